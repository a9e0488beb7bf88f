// How a date reads in the table and the source panel: whole calendar units by their name, and
// narrowed ones ("mid-2025", "early March") as the interval they are.
#include "core/datespan.h"
#include "models/eventtext.h"

#include <QTest>

using namespace demarche;

Q_DECLARE_METATYPE(DateSpan)

class TestEventText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describeDateValue_data();
    void describeDateValue();
};

void TestEventText::describeDateValue_data()
{
    QTest::addColumn<DateSpan>("date");
    QTest::addColumn<QString>("expected");
    const auto narrowed = [](QDate first, QDate last, Granularity granularity) {
        return DateSpan::interval(first, last, QStringLiteral("2025"), granularity);
    };
    QTest::newRow("day") << DateSpan::day(QDate(2026, 1, 5)) << QStringLiteral("5 Jan 2026");
    QTest::newRow("ISO week") << DateSpan::isoWeek(2026, 2) << QStringLiteral("week of 5 Jan 2026");
    QTest::newRow("month") << DateSpan::month(2024, 2) << QStringLiteral("Feb 2024");
    QTest::newRow("quarter") << DateSpan::quarter(2013, 1) << QStringLiteral("Q1 2013");
    QTest::newRow("year") << DateSpan::year(2025) << QStringLiteral("2025");
    QTest::newRow("decade") << DateSpan::decade(1990) << QStringLiteral("1990s");
    QTest::newRow("mid-year, whole months")
        << narrowed(QDate(2025, 5, 1), QDate(2025, 8, 31), Granularity::Year)
        << QStringLiteral("May – Aug 2025");
    QTest::newRow("mid-year, days")
        << narrowed(QDate(2025, 5, 2), QDate(2025, 9, 1), Granularity::Year)
        << QStringLiteral("2 May 2025 – 1 Sep 2025");
    QTest::newRow("early month") << narrowed(QDate(2025, 3, 1), QDate(2025, 3, 10),
                                             Granularity::Month)
                                 << QStringLiteral("1 Mar 2025 – 10 Mar 2025");
    QTest::newRow("late year into the next")
        << narrowed(QDate(2024, 11, 1), QDate(2025, 1, 31), Granularity::Year)
        << QStringLiteral("Nov 2024 – Jan 2025");
    QTest::newRow("undated") << DateSpan() << QStringLiteral("undated");
}

void TestEventText::describeDateValue()
{
    QFETCH(DateSpan, date);
    QFETCH(QString, expected);
    QCOMPARE(demarche::describeDateValue(date), expected);
}

QTEST_GUILESS_MAIN(TestEventText)
#include "tst_eventtext.moc"
