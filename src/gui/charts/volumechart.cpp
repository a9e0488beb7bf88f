#include "volumechart.h"

#include "calendaraxis.h"
#include "chartstyle.h"
#include "models/eventtext.h"
#include "models/projectsession.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace demarche {

namespace {

constexpr std::array<QuadClass, 4> quadClasses {
    QuadClass::VerbalCooperation, QuadClass::MaterialCooperation, QuadClass::VerbalConflict,
    QuadClass::MaterialConflict};

QString unitName(const PeriodSeries &series)
{
    return series.kind() == PeriodKind::Week ? QStringLiteral("week") : QStringLiteral("month");
}

} // namespace

VolumeChart::VolumeChart(ProjectSession *session, QWidget *parent)
    : ChartWidget(session, parent)
{
    setObjectName(QStringLiteral("volumeChart"));
    refresh();
}

QString VolumeChart::exportDescription() const
{
    QString window = QStringLiteral("no dated events");
    if (!m_series.isEmpty())
        window = QStringLiteral("%1 to %2")
                     .arg(m_series.periods().front().first.toString(Qt::ISODate),
                          m_series.periods().back().last.toString(Qt::ISODate));
    return QStringLiteral("Events per %1 by QuadClass; time window %2; filter: %3")
        .arg(unitName(m_series), window, ChartStyle::describeFilter(session()->filter()));
}

QList<qint64> VolumeChart::segmentEvents(int period, QuadClass quadClass) const
{
    if (period < 0 || period >= int(m_buckets.size()))
        return {};
    return m_buckets[size_t(period)].idsByQuad[int(quadClass) - 1];
}

void VolumeChart::activateSegment(int period, QuadClass quadClass)
{
    const QList<qint64> ids = segmentEvents(period, quadClass);
    if (!ids.isEmpty())
        Q_EMIT eventsClicked(ids);
}

void VolumeChart::recompute(const std::vector<Event> &events)
{
    m_series = PeriodSeries::covering(events);
    m_buckets = m_series.volume(events);
}

QChart *VolumeChart::buildChart() const
{
    auto *chart = new QChart;
    ChartStyle::apply(chart);
    int total = 0;
    for (const VolumeBucket &bucket : m_buckets)
        total += bucket.total();
    chart->setTitle(QStringLiteral("Events per %1 (%2 events)").arg(unitName(m_series)).arg(total));

    auto *series = new QStackedBarSeries;
    int highest = 0;
    for (const QuadClass quadClass : quadClasses) {
        auto *set = new QBarSet(quadClassName(quadClass));
        // The timeline, table and legend colours, so every view reads the same.
        set->setColor(quadClassColor(quadClass));
        set->setBorderColor(quadClassColor(quadClass).darker(130));
        for (const VolumeBucket &bucket : m_buckets)
            set->append(bucket.count(quadClass));
        series->append(set);
    }
    for (const VolumeBucket &bucket : m_buckets)
        highest = std::max(highest, bucket.total());
    series->setBarWidth(0.8);
    chart->addSeries(series);

    QCategoryAxis *x = CalendarAxis::create(m_series);
    x->setTitleText(m_series.kind() == PeriodKind::Week ? QStringLiteral("ISO week starting")
                                                        : QStringLiteral("Month"));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    ChartStyle::setCountRange(y, highest);
    y->setTitleText(QStringLiteral("Events"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return chart;
}

void VolumeChart::connectChart(QChart *chart)
{
    const QList<QAbstractSeries *> all = chart->series();
    if (all.isEmpty())
        return;
    auto *series = static_cast<QStackedBarSeries *>(all.front());
    const QList<QBarSet *> sets = series->barSets();
    for (int i = 0; i < int(sets.size()); ++i) {
        const QuadClass quadClass = quadClasses[size_t(i)];
        connect(sets[i], &QBarSet::clicked, this,
                [this, quadClass](int index) { activateSegment(index, quadClass); });
    }
}

} // namespace demarche
