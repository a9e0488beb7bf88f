#include "core/eventclusterer.h"

#include <QTest>

using namespace demarche;

namespace {

Actor actor(const QString &code)
{
    return {code, code.left(3), code.mid(3), code, code, {0, 3}};
}

Event report(qint64 id, const QString &article, const QString &source, const QString &target,
             const QString &code, const DateSpan &date)
{
    Event e;
    e.id = id;
    e.articleId = article;
    e.source = actor(source);
    if (!target.isEmpty())
        e.target = actor(target);
    e.cameoCode = code;
    e.cameoRoot = code.left(2);
    e.date = date;
    e.confidence = 0.5;
    return e;
}

// Four wire stories about one Seoul-Beijing meeting on 5 January 2026, dated "Monday",
// "yesterday", the publication date and "this week", plus a second article sentence about it.
std::vector<Event> meetingFixture()
{
    return {
        report(1, QStringLiteral("ap"), QStringLiteral("KORGOV"), QStringLiteral("CHNGOV"),
               QStringLiteral("040"), DateSpan::day(QDate(2026, 1, 5))),
        report(2, QStringLiteral("reuters"), QStringLiteral("KORGOV"), QStringLiteral("CHNGOV"),
               QStringLiteral("042"), DateSpan::day(QDate(2026, 1, 5))),
        report(3, QStringLiteral("yonhap"), QStringLiteral("KORGOV"), QStringLiteral("CHNGOV"),
               QStringLiteral("043"), DateSpan::publication(QDate(2026, 1, 6))),
        report(4, QStringLiteral("xinhua"), QStringLiteral("KORGOV"), QStringLiteral("CHNGOV"),
               QStringLiteral("040"), DateSpan::isoWeek(2026, 2)),
        report(5, QStringLiteral("ap"), QStringLiteral("KORGOV"), QStringLiteral("CHNGOV"),
               QStringLiteral("040"), DateSpan::day(QDate(2026, 1, 5))),
    };
}

} // namespace

class TestEventClusterer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergesReportsOfOneMeeting();
    void keepsDistinctEventsApart_data();
    void keepsDistinctEventsApart();
    void emptyInputGivesNoCluster();
};

void TestEventClusterer::mergesReportsOfOneMeeting()
{
    const std::vector<Event> events = meetingFixture();
    const std::vector<EventCluster> clusters = EventClusterer().cluster(events);
    QCOMPARE(clusters.size(), std::size_t(1));
    const EventCluster &meeting = clusters.front();
    QCOMPARE(meeting.mentionCount(), int(events.size()));
    QCOMPARE(meeting.articleCount(), 4);
    QCOMPARE(meeting.articleIds,
             QStringList({QStringLiteral("ap"), QStringLiteral("reuters"), QStringLiteral("xinhua"),
                          QStringLiteral("yonhap")}));
    QVERIFY(meeting.event.date.isExact());
    QCOMPARE(meeting.event.date.earliest, QDate(2026, 1, 5));
    // The raw reports all stay available.
    QList<qint64> ids;
    for (const Event &e : meeting.mentions)
        ids.append(e.id);
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, QList<qint64>({1, 2, 3, 4, 5}));
}

void TestEventClusterer::keepsDistinctEventsApart_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("expectedClusters");

    QTest::newRow("same meeting, next day") << "KORGOV"
                                            << "CHNGOV"
                                            << "040" << QDate(2026, 1, 6) << 1;
    QTest::newRow("two days later is another round") << "KORGOV"
                                                     << "CHNGOV"
                                                     << "040" << QDate(2026, 1, 8) << 2;
    QTest::newRow("reversed dyad") << "CHNGOV"
                                   << "KORGOV"
                                   << "040" << QDate(2026, 1, 5) << 2;
    QTest::newRow("other root") << "KORGOV"
                                << "CHNGOV"
                                << "190" << QDate(2026, 1, 5) << 2;
    QTest::newRow("no target") << "KORGOV"
                               << ""
                               << "040" << QDate(2026, 1, 5) << 2;
}

void TestEventClusterer::keepsDistinctEventsApart()
{
    QFETCH(QString, source);
    QFETCH(QString, target);
    QFETCH(QString, code);
    QFETCH(QDate, day);
    QFETCH(int, expectedClusters);
    const std::vector<Event> events = {
        report(1, QStringLiteral("a"), QStringLiteral("KORGOV"), QStringLiteral("CHNGOV"),
               QStringLiteral("040"), DateSpan::day(QDate(2026, 1, 5))),
        report(2, QStringLiteral("b"), source, target, code, DateSpan::day(day)),
    };
    QCOMPARE(int(EventClusterer().cluster(events).size()), expectedClusters);
}

void TestEventClusterer::emptyInputGivesNoCluster()
{
    QVERIFY(EventClusterer().cluster({}).empty());
    // A year-vague report is never merged, even with itself's dyad on the same days.
    const std::vector<Event> vague = {
        report(1, QStringLiteral("a"), QStringLiteral("KORGOV"), QStringLiteral("CHNGOV"),
               QStringLiteral("040"), DateSpan::year(2026)),
        report(2, QStringLiteral("b"), QStringLiteral("KORGOV"), QStringLiteral("CHNGOV"),
               QStringLiteral("040"), DateSpan::year(2026)),
    };
    QCOMPARE(EventClusterer().cluster(vague).size(), std::size_t(2));
}

QTEST_GUILESS_MAIN(TestEventClusterer)
#include "tst_eventclusterer.moc"
