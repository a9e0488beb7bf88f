#include "models/periodseries.h"

#include <QTest>

using namespace demarche;

namespace {

Event makeEvent(qint64 id, QDate day, QuadClass quadClass, const QString &source = {},
                const QString &target = {}, double goldstein = 0.0)
{
    Event event;
    event.id = id;
    event.date = DateSpan::day(day);
    event.quadClass = quadClass;
    event.source.code = source;
    if (!target.isEmpty()) {
        Actor actor;
        actor.code = target;
        event.target = actor;
    }
    event.goldstein = goldstein;
    return event;
}

} // namespace

class TestPeriodSeries final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void periodOf_data();
    void periodOf();
    void seriesLabels_data();
    void seriesLabels();
    void indexOf_data();
    void indexOf();
    void kindForRange_data();
    void kindForRange();
    void eventDay_data();
    void eventDay();
    void volume();
    void dyad_data();
    void dyad();
    void coveringIgnoresUndatedEvents();
};

void TestPeriodSeries::periodOf_data()
{
    QTest::addColumn<PeriodKind>("kind");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QString>("label");

    const auto week = PeriodKind::Week;
    const auto month = PeriodKind::Month;
    QTest::newRow("week 53 spans the new year (Thu 31 Dec 2020)")
        << week << QDate(2020, 12, 31) << QDate(2020, 12, 28) << QDate(2021, 1, 3) << "2020-W53";
    QTest::newRow("Sunday 3 Jan 2021 still in 2020-W53")
        << week << QDate(2021, 1, 3) << QDate(2020, 12, 28) << QDate(2021, 1, 3) << "2020-W53";
    QTest::newRow("Monday 30 Dec 2024 is 2025-W01")
        << week << QDate(2024, 12, 30) << QDate(2024, 12, 30) << QDate(2025, 1, 5) << "2025-W01";
    QTest::newRow("1 Jan 2026 (Thu) is 2026-W01")
        << week << QDate(2026, 1, 1) << QDate(2025, 12, 29) << QDate(2026, 1, 4) << "2026-W01";
    QTest::newRow("1 Jan 2027 (Fri) is 2026-W53")
        << week << QDate(2027, 1, 1) << QDate(2026, 12, 28) << QDate(2027, 1, 3) << "2026-W53";
    QTest::newRow("1 Jan 2022 (Sat) is 2021-W52")
        << week << QDate(2022, 1, 1) << QDate(2021, 12, 27) << QDate(2022, 1, 2) << "2021-W52";
    QTest::newRow("a Monday starts its own week")
        << week << QDate(2026, 1, 5) << QDate(2026, 1, 5) << QDate(2026, 1, 11) << "2026-W02";
    QTest::newRow("leap February")
        << month << QDate(2024, 2, 10) << QDate(2024, 2, 1) << QDate(2024, 2, 29) << "Feb 2024";
    QTest::newRow("common February")
        << month << QDate(2025, 2, 28) << QDate(2025, 2, 1) << QDate(2025, 2, 28) << "Feb 2025";
    QTest::newRow("December month")
        << month << QDate(2025, 12, 31) << QDate(2025, 12, 1) << QDate(2025, 12, 31) << "Dec 2025";
    QTest::newRow("invalid day") << week << QDate() << QDate() << QDate() << QString();
}

void TestPeriodSeries::periodOf()
{
    QFETCH(PeriodKind, kind);
    QFETCH(QDate, day);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QString, label);

    const Period period = PeriodSeries::periodOf(kind, day);
    QCOMPARE(period.first, first);
    QCOMPARE(period.last, last);
    QCOMPARE(period.label, label);
    if (day.isValid())
        QVERIFY(period.first <= day && day <= period.last);
}

void TestPeriodSeries::seriesLabels_data()
{
    QTest::addColumn<PeriodKind>("kind");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("labels");

    QTest::newRow("weeks across 2020/2021")
        << PeriodKind::Week << QDate(2020, 12, 20) << QDate(2021, 1, 10)
        << QStringList {"2020-W51", "2020-W52", "2020-W53", "2021-W01"};
    QTest::newRow("weeks across 2025/2026 (no week 53)")
        << PeriodKind::Week << QDate(2025, 12, 24) << QDate(2026, 1, 6)
        << QStringList {"2025-W52", "2026-W01", "2026-W02"};
    QTest::newRow("months across a year end")
        << PeriodKind::Month << QDate(2025, 11, 15) << QDate(2026, 2, 3)
        << QStringList {"Nov 2025", "Dec 2025", "Jan 2026", "Feb 2026"};
    QTest::newRow("single day, single month")
        << PeriodKind::Month << QDate(2026, 1, 7) << QDate(2026, 1, 7) << QStringList {"Jan 2026"};
    QTest::newRow("reversed range is empty")
        << PeriodKind::Week << QDate(2026, 2, 1) << QDate(2026, 1, 1) << QStringList {};
    QTest::newRow("invalid range is empty")
        << PeriodKind::Month << QDate() << QDate(2026, 1, 1) << QStringList {};
}

void TestPeriodSeries::seriesLabels()
{
    QFETCH(PeriodKind, kind);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, labels);

    const PeriodSeries series(kind, from, to);
    QStringList actual;
    for (const Period &period : series.periods())
        actual << period.label;
    QCOMPARE(actual, labels);
    // Periods are contiguous: each starts the day after the previous one ends.
    for (int i = 1; i < series.size(); ++i)
        QCOMPARE(series.periods()[size_t(i)].first,
                 series.periods()[size_t(i - 1)].last.addDays(1));
}

void TestPeriodSeries::indexOf_data()
{
    QTest::addColumn<PeriodKind>("kind");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("index");

    // Series: weeks 2020-W51 .. 2021-W01, or months Nov 2025 .. Feb 2026 (see below).
    QTest::newRow("week: first day") << PeriodKind::Week << QDate(2020, 12, 14) << 0;
    QTest::newRow("week: last Sunday of 2020-W53") << PeriodKind::Week << QDate(2021, 1, 3) << 2;
    QTest::newRow("week: last period") << PeriodKind::Week << QDate(2021, 1, 10) << 3;
    QTest::newRow("week: before") << PeriodKind::Week << QDate(2020, 12, 13) << -1;
    QTest::newRow("week: after") << PeriodKind::Week << QDate(2021, 1, 11) << -1;
    QTest::newRow("week: invalid") << PeriodKind::Week << QDate() << -1;
    QTest::newRow("month: 31 Dec") << PeriodKind::Month << QDate(2025, 12, 31) << 1;
    QTest::newRow("month: 1 Jan") << PeriodKind::Month << QDate(2026, 1, 1) << 2;
    QTest::newRow("month: end of Feb") << PeriodKind::Month << QDate(2026, 2, 28) << 3;
    QTest::newRow("month: before") << PeriodKind::Month << QDate(2025, 10, 31) << -1;
    QTest::newRow("month: after") << PeriodKind::Month << QDate(2026, 3, 1) << -1;
}

void TestPeriodSeries::indexOf()
{
    QFETCH(PeriodKind, kind);
    QFETCH(QDate, day);
    QFETCH(int, index);

    const PeriodSeries series = kind == PeriodKind::Week
        ? PeriodSeries(kind, QDate(2020, 12, 20), QDate(2021, 1, 10))
        : PeriodSeries(kind, QDate(2025, 11, 15), QDate(2026, 2, 3));
    QCOMPARE(series.indexOf(day), index);
    if (index >= 0) {
        const Period &period = series.periods()[size_t(index)];
        QVERIFY(period.first <= day && day <= period.last);
    }
}

void TestPeriodSeries::kindForRange_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<PeriodKind>("kind");

    QTest::newRow("one day") << QDate(2026, 1, 5) << QDate(2026, 1, 5) << PeriodKind::Week;
    QTest::newRow("26 weeks") << QDate(2026, 1, 1) << QDate(2026, 1, 1).addDays(182)
                              << PeriodKind::Week;
    QTest::newRow("26 weeks and a day")
        << QDate(2026, 1, 1) << QDate(2026, 1, 1).addDays(183) << PeriodKind::Month;
    QTest::newRow("two years") << QDate(2024, 1, 1) << QDate(2026, 1, 1) << PeriodKind::Month;
}

void TestPeriodSeries::kindForRange()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(PeriodKind, kind);
    QCOMPARE(PeriodSeries::kindForRange(from, to), kind);
}

void TestPeriodSeries::eventDay_data()
{
    QTest::addColumn<DateSpan>("date");
    QTest::addColumn<QDate>("reportDate");
    QTest::addColumn<QDate>("day");

    QTest::newRow("exact day") << DateSpan::day(QDate(2026, 1, 5)) << QDate(2026, 1, 7)
                               << QDate(2026, 1, 5);
    QTest::newRow("month counts on its last day")
        << DateSpan::month(2025, 6) << QDate(2026, 1, 7) << QDate(2025, 6, 30);
    QTest::newRow("vague past counts where it ends")
        << DateSpan::interval(QDate(2025, 10, 8), QDate(2026, 1, 7), QStringLiteral("PAST_REF"),
                              Granularity::Vague)
        << QDate(2026, 1, 7) << QDate(2026, 1, 7);
    QTest::newRow("no date falls back to the report")
        << DateSpan() << QDate(2026, 1, 7) << QDate(2026, 1, 7);
    QTest::newRow("nothing known") << DateSpan() << QDate() << QDate();
}

void TestPeriodSeries::eventDay()
{
    QFETCH(DateSpan, date);
    QFETCH(QDate, reportDate);
    QFETCH(QDate, day);
    Event event;
    event.date = date;
    event.reportDate = reportDate;
    QCOMPARE(PeriodSeries::eventDay(event), day);
}

void TestPeriodSeries::volume()
{
    const std::vector<Event> events {
        makeEvent(1, QDate(2026, 1, 5), QuadClass::VerbalCooperation),
        makeEvent(2, QDate(2026, 1, 11), QuadClass::VerbalCooperation),
        makeEvent(3, QDate(2026, 1, 11), QuadClass::MaterialConflict),
        makeEvent(4, QDate(2026, 1, 26), QuadClass::VerbalConflict),
        makeEvent(5, QDate(2025, 1, 26), QuadClass::VerbalConflict), // outside the series
    };
    const PeriodSeries series(PeriodKind::Week, QDate(2026, 1, 5), QDate(2026, 1, 26));
    const std::vector<VolumeBucket> buckets = series.volume(events);
    QCOMPARE(int(buckets.size()), series.size());
    QCOMPARE(buckets[0].count(QuadClass::VerbalCooperation), 2);
    QCOMPARE(buckets[0].count(QuadClass::MaterialConflict), 1);
    QCOMPARE(buckets[0].allIds(), (QList<qint64> {1, 2, 3}));
    QCOMPARE(buckets[1].total(), 0);
    QCOMPARE(buckets[2].total(), 0);
    QCOMPARE(buckets[3].idsByQuad[int(QuadClass::VerbalConflict) - 1], QList<qint64> {4});
    int total = 0;
    for (const VolumeBucket &bucket : buckets)
        total += bucket.total();
    QCOMPARE(total, 4);
}

void TestPeriodSeries::dyad_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QList<int>>("counts");
    QTest::addColumn<QList<double>>("means");

    QTest::newRow("KOR->CHN") << "KORGOV"
                              << "CHNGOV" << QList<int> {2, 1} << QList<double> {2.5, -4.0};
    QTest::newRow("CHN->KOR is the other direction")
        << "CHNGOV"
        << "KORGOV" << QList<int> {0, 1} << QList<double> {0.0, 7.0};
    QTest::newRow("unknown dyad") << "USAGOV"
                                  << "CHNGOV" << QList<int> {0, 0} << QList<double> {0.0, 0.0};
    QTest::newRow("empty code matches nothing")
        << ""
        << "CHNGOV" << QList<int> {0, 0} << QList<double> {0.0, 0.0};
}

void TestPeriodSeries::dyad()
{
    QFETCH(QString, source);
    QFETCH(QString, target);
    QFETCH(QList<int>, counts);
    QFETCH(QList<double>, means);

    const std::vector<Event> events {
        makeEvent(1, QDate(2026, 1, 5), QuadClass::VerbalCooperation, "KORGOV", "CHNGOV", 3.0),
        makeEvent(2, QDate(2026, 1, 20), QuadClass::VerbalCooperation, "KORGOV", "CHNGOV", 2.0),
        makeEvent(3, QDate(2026, 2, 2), QuadClass::MaterialConflict, "KORGOV", "CHNGOV", -4.0),
        makeEvent(4, QDate(2026, 2, 3), QuadClass::MaterialCooperation, "CHNGOV", "KORGOV", 7.0),
        makeEvent(5, QDate(2026, 2, 3), QuadClass::VerbalConflict, "CHNGOV"), // no target
    };
    const PeriodSeries series(PeriodKind::Month, QDate(2026, 1, 1), QDate(2026, 2, 28));
    const std::vector<DyadBucket> buckets = series.dyad(events, source, target);
    QCOMPARE(int(buckets.size()), counts.size());
    for (int i = 0; i < counts.size(); ++i) {
        QCOMPARE(buckets[size_t(i)].count(), counts[i]);
        QCOMPARE(buckets[size_t(i)].meanGoldstein(), means[i]);
    }
}

void TestPeriodSeries::coveringIgnoresUndatedEvents()
{
    Event undated;
    undated.id = 9;
    const std::vector<Event> events {makeEvent(1, QDate(2026, 1, 7), QuadClass::VerbalCooperation),
                                     undated,
                                     makeEvent(2, QDate(2026, 3, 2), QuadClass::VerbalConflict)};
    const PeriodSeries series = PeriodSeries::covering(events);
    QCOMPARE(series.kind(), PeriodKind::Week);
    QCOMPARE(series.periods().front().label, QStringLiteral("2026-W02"));
    QCOMPARE(series.periods().back().label, QStringLiteral("2026-W10"));
    QVERIFY(PeriodSeries::covering({undated}).isEmpty());
}

QTEST_GUILESS_MAIN(TestPeriodSeries)
#include "tst_periodseries.moc"
