#include "charts/chartspanel.h"
#include "charts/dyadchart.h"
#include "charts/volumechart.h"
#include "core/eventfilter.h"
#include "exportableview.h"
#include "models/eventselection.h"
#include "models/projectsession.h"
#include "trendfixture.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QSignalSpy>
#include <QTest>

using namespace demarche;

Q_DECLARE_METATYPE(EventFilter)

class TestChartPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void exportNames();
    void volumeFollowsFilter_data();
    void volumeFollowsFilter();
    void periodKindFollowsRange_data();
    void periodKindFollowsRange();
    void clickingABarSelectsItsEvents();
    void dyadFromOutside_data();
    void dyadFromOutside();
    void dyadPickerListsPairs();
    void emptyProject();

private:
    ProjectSession *m_session = nullptr;
    EventSelection *m_selection = nullptr;
    ChartsPanel *m_panel = nullptr;
};

void TestChartPanel::init()
{
    m_session = new ProjectSession(this);
    m_session->setSnapshot(trendfixture::snapshot());
    m_selection = new EventSelection(this);
    m_panel = new ChartsPanel(m_session, m_selection);
    m_panel->resize(900, 500);
}

void TestChartPanel::cleanup()
{
    delete m_panel;
    delete m_selection;
    delete m_session;
}

void TestChartPanel::exportNames()
{
    QStringList names;
    for (const ExportableView *view : m_panel->exportableViews())
        names << view->exportName();
    QCOMPARE(names, (QStringList {"chart-volume", "chart-dyad"}));
    QCOMPARE(m_panel->currentExportableView()->exportName(), QStringLiteral("chart-volume"));
    m_panel->showDyad("KORGOV", "CHNGOV");
    QCOMPARE(m_panel->currentExportableView()->exportName(), QStringLiteral("chart-dyad"));
}

void TestChartPanel::volumeFollowsFilter_data()
{
    QTest::addColumn<EventFilter>("filter");

    QTest::newRow("no filter") << EventFilter();
    EventFilter conflict;
    conflict.setQuadClasses({QuadClass::VerbalConflict, QuadClass::MaterialConflict});
    QTest::newRow("conflict only") << conflict;
    EventFilter actor;
    actor.setActors({"PRKGOV"});
    QTest::newRow("one actor") << actor;
    EventFilter january;
    january.setDateRange(QDate(2026, 1, 1), QDate(2026, 1, 31));
    QTest::newRow("January") << january;
    EventFilter nothing;
    nothing.setActors({"XXXGOV"});
    QTest::newRow("matches nothing") << nothing;
}

void TestChartPanel::volumeFollowsFilter()
{
    QFETCH(EventFilter, filter);
    m_session->setFilter(filter);

    // What the chart counts must be exactly the events the filter lets through.
    QList<qint64> expected;
    for (const Event &event : m_session->snapshot().events())
        if (filter.matches(event, m_session->snapshot().articleOf(event)))
            expected << event.id;
    QList<qint64> counted;
    const VolumeChart *chart = m_panel->volumeChart();
    for (const VolumeBucket &bucket : chart->buckets())
        counted += bucket.allIds();
    std::sort(expected.begin(), expected.end());
    std::sort(counted.begin(), counted.end());
    QCOMPARE(counted, expected);

    // The bars on screen show the same counts.
    const QChart *shown = chart->findChild<QChartView *>("chartView")->chart();
    if (expected.isEmpty()) {
        QVERIFY(chart->series().isEmpty());
        return;
    }
    const auto *bars = qobject_cast<QAbstractBarSeries *>(shown->series().value(0));
    QVERIFY(bars);
    QCOMPARE(int(bars->barSets().size()), 4);
    double sum = 0;
    for (const QBarSet *set : bars->barSets())
        sum += set->sum();
    QCOMPARE(int(sum), int(expected.size()));
    QVERIFY(chart->exportDescription().contains("filter:"));
}

void TestChartPanel::periodKindFollowsRange_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("unit");

    QTest::newRow("whole fixture (11 weeks): weeks") << QDate() << QDate() << QString("week");
    QTest::newRow("one month: weeks") << QDate(2026, 1, 1) << QDate(2026, 1, 31) << QString("week");
}

void TestChartPanel::periodKindFollowsRange()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, unit);
    EventFilter filter;
    filter.setDateRange(from, to);
    m_session->setFilter(filter);
    QVERIFY(m_panel->volumeChart()->exportDescription().startsWith("Events per " + unit));

    // A project spanning a year switches to months.
    std::vector<Event> events = trendfixture::events();
    events.back().date = DateSpan::day(QDate(2026, 12, 1));
    m_session->setSnapshot(ProjectSnapshot(trendfixture::articles(), events));
    m_session->setFilter(EventFilter());
    QCOMPARE(m_panel->volumeChart()->series().kind(), PeriodKind::Month);
    QCOMPARE(m_panel->volumeChart()->series().periods().front().label, QStringLiteral("Dec 2025"));
}

void TestChartPanel::clickingABarSelectsItsEvents()
{
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    VolumeChart *chart = m_panel->volumeChart();
    QSignalSpy clicked(chart, &ChartWidget::eventsClicked);
    QSignalSpy selectionChanged(m_selection, &EventSelection::selectionChanged);

    // The busiest period's first non-empty segment: click the middle of its bar.
    int period = 0;
    for (int i = 0; i < int(chart->buckets().size()); ++i)
        if (chart->buckets()[size_t(i)].total() > chart->buckets()[size_t(period)].total())
            period = i;
    const VolumeBucket &bucket = chart->buckets()[size_t(period)];
    int below = 0;
    QuadClass quadClass = QuadClass::VerbalCooperation;
    for (int q = 1; q <= 4; ++q) {
        if (bucket.count(QuadClass(q)) > 0) {
            quadClass = QuadClass(q);
            break;
        }
    }
    below = 0;
    for (int q = 1; q < int(quadClass); ++q)
        below += bucket.count(QuadClass(q));
    QChartView *view = chart->findChild<QChartView *>("chartView");
    QChart *shown = view->chart();
    const QPointF inChart = shown->mapToPosition(
        QPointF(period, below + bucket.count(quadClass) / 2.0), shown->series().front());
    const QPoint inView = view->mapFromScene(shown->mapToScene(inChart));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inView);

    QCOMPARE(clicked.count(), 1);
    const QList<qint64> ids = clicked.front().front().value<QList<qint64>>();
    QCOMPARE(ids, chart->segmentEvents(period, quadClass));
    QCOMPARE(selectionChanged.count(), 1);
    QCOMPARE(m_selection->selectedEventIds(), ids);
    for (const qint64 id : ids) {
        const Event *event = m_session->snapshot().event(id);
        QVERIFY(event);
        QCOMPARE(event->quadClass, quadClass);
    }
}

void TestChartPanel::dyadFromOutside_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("target");

    QTest::newRow("KOR-CHN") << "KORGOV"
                             << "CHNGOV";
    QTest::newRow("CHN-KOR (reversed)") << "CHNGOV"
                                        << "KORGOV";
    QTest::newRow("PRK-USA") << "PRKGOV"
                             << "USAGOV";
    QTest::newRow("pair without events") << "KORGOV"
                                         << "XXXGOV";
}

void TestChartPanel::dyadFromOutside()
{
    QFETCH(QString, source);
    QFETCH(QString, target);
    DyadChart *chart = m_panel->dyadChart();
    const bool differs = chart->source() != source || chart->target() != target;
    QSignalSpy changed(chart, &DyadChart::dyadChanged);
    m_panel->showDyad(source, target);
    QCOMPARE(changed.count(), differs ? 1 : 0);
    QCOMPARE(chart->source(), source);
    QCOMPARE(chart->target(), target);

    int forward = 0;
    int backward = 0;
    double forwardSum = 0;
    for (const Event &event : m_session->snapshot().events()) {
        if (event.source.code == source && event.target->code == target) {
            ++forward;
            forwardSum += event.goldstein;
        }
        if (event.source.code == target && event.target->code == source)
            ++backward;
    }
    int forwardCounted = 0;
    int backwardCounted = 0;
    double forwardCountedSum = 0;
    for (const DyadBucket &bucket : chart->forward()) {
        forwardCounted += bucket.count();
        forwardCountedSum += bucket.goldsteinSum;
    }
    for (const DyadBucket &bucket : chart->backward())
        backwardCounted += bucket.count();
    QCOMPARE(forwardCounted, forward);
    QCOMPARE(backwardCounted, backward);
    QCOMPARE(forwardCountedSum, forwardSum);
    QVERIFY(chart->exportDescription().contains(source + "<->" + target));

    QSignalSpy clicked(chart, &ChartWidget::eventsClicked);
    for (int i = 0; i < int(chart->forward().size()); ++i)
        chart->activatePeriod(i, false);
    QCOMPARE(clicked.count(),
             int(std::count_if(chart->forward().begin(), chart->forward().end(),
                               [](const DyadBucket &b) { return !b.isEmpty(); })));
}

void TestChartPanel::dyadPickerListsPairs()
{
    DyadChart *chart = m_panel->dyadChart();
    auto *picker = chart->findChild<QComboBox *>("dyadPicker");
    QVERIFY(picker);
    QVERIFY(picker->count() >= 2);
    QCOMPARE(picker->currentData().toStringList(),
             (QStringList {chart->source(), chart->target()}));
    QSignalSpy changed(chart, &DyadChart::dyadChanged);
    const int other = picker->currentIndex() == 0 ? 1 : 0;
    const QStringList pair = picker->itemData(other).toStringList();
    picker->setCurrentIndex(other);
    Q_EMIT picker->activated(other);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(chart->source(), pair[0]);
    QCOMPARE(chart->target(), pair[1]);
    QCOMPARE(picker->currentData().toStringList(), pair);
}

void TestChartPanel::emptyProject()
{
    m_session->setSnapshot(ProjectSnapshot());
    QVERIFY(m_panel->volumeChart()->series().isEmpty());
    for (const DyadBucket &bucket : m_panel->dyadChart()->forward())
        QVERIFY(bucket.isEmpty());
    QVERIFY(m_panel->volumeChart()->exportDescription().contains("no dated events"));
}

QTEST_MAIN(TestChartPanel)
#include "tst_chartpanel.moc"
