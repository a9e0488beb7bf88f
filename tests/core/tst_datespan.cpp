#include "core/calendar.h"
#include "core/datespan.h"

#include <QTest>

using namespace demarche;

class TestDateSpan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isoWeek_data();
    void isoWeek();
    void weekOf_data();
    void weekOf();
    void month_data();
    void month();
    void quarterAndHalf_data();
    void quarterAndHalf();
    void season_data();
    void season();
    void decadeAndCentury();
    void addMonths_data();
    void addMonths();
    void overlapAndDays();
    void namesRoundTrip();
    void valuesMatchQtFormatting();
};

void TestDateSpan::isoWeek_data()
{
    QTest::addColumn<int>("isoYear");
    QTest::addColumn<int>("week");
    QTest::addColumn<QDate>("monday");
    QTest::addColumn<QString>("value");
    QTest::newRow("seed week") << 2026 << 2 << QDate(2026, 1, 5) << "2026-W02";
    QTest::newRow("week 1 starts in December") << 2025 << 1 << QDate(2024, 12, 30) << "2025-W01";
    QTest::newRow("53-week year 2020") << 2020 << 53 << QDate(2020, 12, 28) << "2020-W53";
    QTest::newRow("53-week year 2026") << 2026 << 53 << QDate(2026, 12, 28) << "2026-W53";
    QTest::newRow("week 52 of 2021") << 2021 << 52 << QDate(2021, 12, 27) << "2021-W52";
}

void TestDateSpan::isoWeek()
{
    QFETCH(int, isoYear);
    QFETCH(int, week);
    QFETCH(QDate, monday);
    QFETCH(QString, value);
    const DateSpan span = DateSpan::isoWeek(isoYear, week);
    QCOMPARE(span.earliest, monday);
    QCOMPARE(span.latest, monday.addDays(6));
    QCOMPARE(span.value, value);
    QCOMPARE(span.granularity, Granularity::Week);
    QCOMPARE(span.dayCount(), 7);
    QCOMPARE(span.earliest.dayOfWeek(), 1);
}

void TestDateSpan::weekOf_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("value");
    QTest::newRow("publication day of the seed") << QDate(2026, 1, 7) << "2026-W02";
    QTest::newRow("1 Jan 2021 is in 2020-W53") << QDate(2021, 1, 1) << "2020-W53";
    QTest::newRow("31 Dec 2024 is in 2025-W01") << QDate(2024, 12, 31) << "2025-W01";
    QTest::newRow("Sunday ends its week") << QDate(2026, 1, 11) << "2026-W02";
    QTest::newRow("no week 53 in 2021") << QDate(2022, 1, 2) << "2021-W52";
}

void TestDateSpan::weekOf()
{
    QFETCH(QDate, day);
    QFETCH(QString, value);
    const DateSpan span = DateSpan::weekOf(day);
    QCOMPARE(span.value, value);
    QVERIFY(span.earliest <= day && day <= span.latest);
}

void TestDateSpan::month_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<QDate>("last");
    QTest::newRow("leap February") << 2024 << 2 << QDate(2024, 2, 29);
    QTest::newRow("common February") << 2025 << 2 << QDate(2025, 2, 28);
    QTest::newRow("century not leap") << 1900 << 2 << QDate(1900, 2, 28);
    QTest::newRow("400-year leap") << 2000 << 2 << QDate(2000, 2, 29);
    QTest::newRow("30-day month") << 2025 << 6 << QDate(2025, 6, 30);
    QTest::newRow("December") << 2025 << 12 << QDate(2025, 12, 31);
}

void TestDateSpan::month()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(QDate, last);
    const DateSpan span = DateSpan::month(year, month);
    QCOMPARE(span.earliest, QDate(year, month, 1));
    QCOMPARE(span.latest, last);
    QCOMPARE(span.value, QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0')));
    QVERIFY(!DateSpan::month(year, 13).isValid());
}

void TestDateSpan::quarterAndHalf_data()
{
    QTest::addColumn<DateSpan>("span");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QString>("value");
    QTest::newRow("Q1 leap year") << DateSpan::quarter(2024, 1) << QDate(2024, 1, 1) << QDate(2024, 3, 31) << "2024-Q1";
    QTest::newRow("Q2") << DateSpan::quarter(2025, 2) << QDate(2025, 4, 1) << QDate(2025, 6, 30) << "2025-Q2";
    QTest::newRow("Q4") << DateSpan::quarter(2025, 4) << QDate(2025, 10, 1) << QDate(2025, 12, 31) << "2025-Q4";
    QTest::newRow("H2") << DateSpan::half(2025, 2) << QDate(2025, 7, 1) << QDate(2025, 12, 31) << "2025-H2";
    QTest::newRow("year") << DateSpan::year(2025) << QDate(2025, 1, 1) << QDate(2025, 12, 31) << "2025";
}

void TestDateSpan::quarterAndHalf()
{
    QFETCH(DateSpan, span);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QString, value);
    QCOMPARE(span.earliest, first);
    QCOMPARE(span.latest, last);
    QCOMPARE(span.value, value);
}

void TestDateSpan::season_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::newRow("summer") << "SU" << QDate(2012, 6, 1) << QDate(2012, 8, 31);
    QTest::newRow("winter into leap February") << "WI" << QDate(2023, 12, 1) << QDate(2024, 2, 29);
    QTest::newRow("autumn alias") << "AU" << QDate(2012, 9, 1) << QDate(2012, 11, 30);
}

void TestDateSpan::season()
{
    QFETCH(QString, code);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    const DateSpan span = DateSpan::season(first.year(), code);
    QCOMPARE(span.earliest, first);
    QCOMPARE(span.latest, last);
    QCOMPARE(span.granularity, Granularity::Season);
}

void TestDateSpan::decadeAndCentury()
{
    const DateSpan nineties = DateSpan::decade(1990);
    QCOMPARE(nineties.value, QStringLiteral("199"));
    QCOMPARE(nineties.latest, QDate(1999, 12, 31));
    const DateSpan twentieth = DateSpan::century(19);
    QCOMPARE(twentieth.value, QStringLiteral("19"));
    QCOMPARE(twentieth.earliest, QDate(1900, 1, 1));
    QCOMPARE(twentieth.latest, QDate(1999, 12, 31));
}

void TestDateSpan::addMonths_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("31 Jan + 1 clamps to leap Feb") << QDate(2024, 1, 31) << 1 << QDate(2024, 2, 29);
    QTest::newRow("28 Feb + 1 does not snap to month end") << QDate(2025, 2, 28) << 1 << QDate(2025, 3, 28);
    QTest::newRow("across the year end") << QDate(2025, 11, 15) << 3 << QDate(2026, 2, 15);
    QTest::newRow("backwards across the year") << QDate(2026, 1, 7) << -1 << QDate(2025, 12, 7);
    QTest::newRow("31 Mar - 1 clamps") << QDate(2025, 3, 31) << -1 << QDate(2025, 2, 28);
}

void TestDateSpan::addMonths()
{
    QFETCH(QDate, from);
    QFETCH(int, months);
    QFETCH(QDate, expected);
    QCOMPARE(calendar::addMonths(from, months), expected);
}

void TestDateSpan::overlapAndDays()
{
    const DateSpan week = DateSpan::isoWeek(2026, 2);
    QVERIFY(week.overlaps(DateSpan::day(QDate(2026, 1, 11))));
    QVERIFY(!week.overlaps(DateSpan::day(QDate(2026, 1, 12))));
    QVERIFY(!week.overlaps(DateSpan()));
    QCOMPARE(DateSpan::year(2024).dayCount(), 366);
    QCOMPARE(DateSpan().dayCount(), 0);
    const DateSpan published = DateSpan::publication(QDate(2026, 1, 7));
    QCOMPARE(published.basis, DateBasis::Publication);
    QVERIFY(published.isExact());
}

void TestDateSpan::namesRoundTrip()
{
    for (int g = int(Granularity::Day); g <= int(Granularity::Vague); ++g)
        QCOMPARE(granularityFromName(granularityName(Granularity(g))), Granularity(g));
    QCOMPARE(dateBasisFromName(dateBasisName(DateBasis::Publication)), DateBasis::Publication);
}

// Values are formatted by hand for speed; they must stay what QDate::toString and QString::arg
// wrote, including the edges where Qt gives no text (years past 9999) or a sign.
void TestDateSpan::valuesMatchQtFormatting()
{
    const QList<QDate> days = {QDate(1, 1, 1),
                               QDate(5, 3, 9),
                               QDate(999, 12, 31),
                               QDate(1000, 1, 1),
                               QDate(1998, 8, 7),
                               QDate(2026, 10, 27),
                               QDate(9999, 12, 31),
                               QDate(10000, 1, 1),
                               QDate(-44, 3, 15),
                               QDate(123456, 7, 8),
                               QDate()};
    for (const QDate &day : days)
        QCOMPARE(DateSpan::day(day).value, day.toString(Qt::ISODate));
    for (const int year : {-2000, -1, 1, 7, 99, 100, 999, 1000, 2026, 9999, 10000, 20000}) {
        QCOMPARE(DateSpan::year(year).value,
                 QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0')));
        const QString qtYear = QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
        QCOMPARE(DateSpan::month(year, 3).value, qtYear + QStringLiteral("-03"));
        QCOMPARE(DateSpan::month(year, 11).value, qtYear + QStringLiteral("-11"));
        QCOMPARE(DateSpan::quarter(year, 3).value, qtYear + QStringLiteral("-Q3"));
        QCOMPARE(DateSpan::half(year, 2).value, qtYear + QStringLiteral("-H2"));
        QCOMPARE(DateSpan::isoWeek(year, 2).value, qtYear + QStringLiteral("-W02"));
        QCOMPARE(DateSpan::isoWeek(year, 52).value, qtYear + QStringLiteral("-W52"));
    }
    for (const int century : {-3, 0, 5, 19, 20, 99, 100})
        QCOMPARE(DateSpan::century(century).value,
                 QStringLiteral("%1").arg(century, 2, 10, QLatin1Char('0')));
}

QTEST_APPLESS_MAIN(TestDateSpan)
#include "tst_datespan.moc"
