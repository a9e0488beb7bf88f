#include "dyadchart.h"

#include "calendaraxis.h"
#include "chartstyle.h"
#include "models/projectsession.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace demarche {

namespace {

const QColor forwardColor(0x21, 0x66, 0xac);
const QColor backwardColor(0xe0, 0x82, 0x14);

struct DyadCount
{
    QString first;
    QString second;
    int count = 0;
};

} // namespace

DyadChart::DyadChart(ProjectSession *session, QWidget *parent)
    : ChartWidget(session, parent)
    , m_picker(new QComboBox(this))
{
    setObjectName(QStringLiteral("dyadChart"));
    m_picker->setObjectName(QStringLiteral("dyadPicker"));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(6, 4, 6, 0);
    auto *label = new QLabel(tr("&Dyad:"), this);
    label->setBuddy(m_picker);
    row->addWidget(label);
    row->addWidget(m_picker, 1);
    controlsLayout()->insertLayout(0, row);
    connect(m_picker, &QComboBox::activated, this, &DyadChart::pickFromCombo);
    refresh();
}

QString DyadChart::exportDescription() const
{
    QString window = QStringLiteral("no dated events");
    if (!m_series.isEmpty())
        window = QStringLiteral("%1 to %2")
                     .arg(m_series.periods().front().first.toString(Qt::ISODate),
                          m_series.periods().back().last.toString(Qt::ISODate));
    return QStringLiteral("Dyad %1<->%2, mean Goldstein and events per %3; time window %4; "
                          "filter: %5")
        .arg(m_source, m_target,
             m_series.kind() == PeriodKind::Week ? QStringLiteral("week") : QStringLiteral("month"),
             window, ChartStyle::describeFilter(session()->filter()));
}

void DyadChart::setDyad(const QString &source, const QString &target)
{
    if (source == m_source && target == m_target && !source.isEmpty())
        return;
    m_source = source;
    m_target = target;
    refresh();
    Q_EMIT dyadChanged(m_source, m_target);
}

void DyadChart::activatePeriod(int period, bool isBackward)
{
    const std::vector<DyadBucket> &buckets = isBackward ? m_backward : m_forward;
    if (period < 0 || period >= int(buckets.size()) || buckets[size_t(period)].isEmpty())
        return;
    Q_EMIT eventsClicked(buckets[size_t(period)].ids);
}

void DyadChart::pickFromCombo(int index)
{
    const QStringList pair = m_picker->itemData(index).toStringList();
    if (pair.size() == 2)
        setDyad(pair[0], pair[1]);
}

void DyadChart::recompute(const std::vector<Event> &events)
{
    m_events = events;
    fillPicker(events);
    m_series = PeriodSeries::covering(events);
    m_forward = m_series.dyad(events, m_source, m_target);
    m_backward = m_series.dyad(events, m_target, m_source);
}

void DyadChart::fillPicker(const std::vector<Event> &events)
{
    // Undirected pairs, each written with its busier direction first.
    QHash<QPair<QString, QString>, int> directed;
    for (const Event &event : events) {
        if (event.target && !event.source.code.isEmpty() && !event.target->code.isEmpty()
            && event.source.code != event.target->code)
            ++directed[{event.source.code, event.target->code}];
    }
    std::vector<DyadCount> pairs;
    for (auto it = directed.cbegin(); it != directed.cend(); ++it) {
        const auto &[a, b] = it.key();
        const int reverse = directed.value({b, a});
        if (it.value() < reverse || (it.value() == reverse && b < a))
            continue;
        pairs.push_back({a, b, it.value() + reverse});
    }
    std::sort(pairs.begin(), pairs.end(), [](const DyadCount &l, const DyadCount &r) {
        return l.count != r.count ? l.count > r.count
                                  : std::tie(l.first, l.second) < std::tie(r.first, r.second);
    });

    if (m_source.isEmpty() || m_target.isEmpty()) {
        if (!pairs.empty()) {
            m_source = pairs.front().first;
            m_target = pairs.front().second;
        }
    }
    const QSignalBlocker blocker(m_picker);
    m_picker->clear();
    int current = -1;
    for (const DyadCount &pair : pairs) {
        const bool isCurrent = (pair.first == m_source && pair.second == m_target)
            || (pair.first == m_target && pair.second == m_source);
        // Keep the orientation the user chose for the current pair.
        const QStringList data
            = isCurrent ? QStringList {m_source, m_target} : QStringList {pair.first, pair.second};
        if (isCurrent)
            current = m_picker->count();
        m_picker->addItem(QStringLiteral("%1 \u21c4 %2 (%3)").arg(data[0], data[1]).arg(pair.count),
                          data);
    }
    if (current < 0 && !m_source.isEmpty()) {
        current = m_picker->count();
        m_picker->addItem(QStringLiteral("%1 \u21c4 %2 (0)").arg(m_source, m_target),
                          QStringList {m_source, m_target});
    }
    m_picker->setCurrentIndex(current);
}

QString DyadChart::actorName(const QString &code) const
{
    for (const ActorSummary &actor : session()->snapshot().actors())
        if (actor.code == code)
            return actor.name.isEmpty() ? code : actor.name;
    return code;
}

QChart *DyadChart::buildChart() const
{
    auto *chart = new QChart;
    ChartStyle::apply(chart);
    if (m_source.isEmpty()) {
        chart->setTitle(QStringLiteral("Dyad trend: no events between two actors"));
        return chart;
    }
    chart->setTitle(QStringLiteral("%1 \u21c4 %2: cooperation and conflict")
                        .arg(actorName(m_source), actorName(m_target)));

    const QString forwardName = QStringLiteral("%1\u2192%2").arg(m_source, m_target);
    const QString backwardName = QStringLiteral("%1\u2192%2").arg(m_target, m_source);
    auto *counts = new QBarSeries;
    auto *forwardCount = new QBarSet(QStringLiteral("events %1").arg(forwardName));
    auto *backwardCount = new QBarSet(QStringLiteral("events %1").arg(backwardName));
    // Pale, translucent bars: the counts are context, the Goldstein lines are the message.
    const auto pale = [](QColor colour) {
        colour.setAlpha(70);
        return colour;
    };
    forwardCount->setColor(pale(forwardColor));
    forwardCount->setBorderColor(pale(forwardColor));
    backwardCount->setColor(pale(backwardColor));
    backwardCount->setBorderColor(pale(backwardColor));
    auto *forwardMean = new QLineSeries;
    auto *backwardMean = new QLineSeries;
    forwardMean->setName(QStringLiteral("mean Goldstein %1").arg(forwardName));
    backwardMean->setName(QStringLiteral("mean Goldstein %1").arg(backwardName));
    int highest = 0;
    for (int i = 0; i < m_series.size(); ++i) {
        const DyadBucket &f = m_forward[size_t(i)];
        const DyadBucket &b = m_backward[size_t(i)];
        forwardCount->append(f.count());
        backwardCount->append(b.count());
        highest = std::max({highest, f.count(), b.count()});
        // Periods without events have no mean: no point rather than a misleading 0.
        if (!f.isEmpty())
            forwardMean->append(i, f.meanGoldstein());
        if (!b.isEmpty())
            backwardMean->append(i, b.meanGoldstein());
    }
    counts->append(forwardCount);
    counts->append(backwardCount);
    counts->setBarWidth(0.7);
    for (auto [line, colour] :
         {std::pair {forwardMean, forwardColor}, {backwardMean, backwardColor}}) {
        QPen pen(colour, 2.5);
        line->setPen(pen);
        line->setPointsVisible(true);
        line->setMarkerSize(8);
    }
    chart->addSeries(counts);
    chart->addSeries(forwardMean);
    chart->addSeries(backwardMean);

    QCategoryAxis *x = CalendarAxis::create(m_series);
    x->setTitleText(m_series.kind() == PeriodKind::Week ? QStringLiteral("ISO week starting")
                                                        : QStringLiteral("Month"));
    chart->addAxis(x, Qt::AlignBottom);
    auto *goldstein = new QValueAxis;
    goldstein->setRange(-10, 10);
    goldstein->setTickCount(5);
    goldstein->setLabelFormat(QStringLiteral("%+.0f"));
    goldstein->setTitleText(QStringLiteral("Mean Goldstein (conflict \u2212 / cooperation +)"));
    chart->addAxis(goldstein, Qt::AlignLeft);
    auto *count = new QValueAxis;
    ChartStyle::setCountRange(count, highest);
    count->setTitleText(QStringLiteral("Events"));
    count->setGridLineVisible(false);
    chart->addAxis(count, Qt::AlignRight);
    counts->attachAxis(x);
    counts->attachAxis(count);
    for (QLineSeries *line : {forwardMean, backwardMean}) {
        line->attachAxis(x);
        line->attachAxis(goldstein);
    }
    return chart;
}

void DyadChart::connectChart(QChart *chart)
{
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QBarSeries *>(series)) {
            const QList<QBarSet *> sets = bars->barSets();
            for (int i = 0; i < int(sets.size()); ++i)
                connect(sets[i], &QBarSet::clicked, this,
                        [this, i](int index) { activatePeriod(index, i == 1); });
        } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
            const bool isBackward = series != chart->series().at(1);
            connect(line, &QLineSeries::clicked, this, [this, isBackward](const QPointF &point) {
                activatePeriod(int(std::lround(point.x())), isBackward);
            });
        }
    }
}

} // namespace demarche
