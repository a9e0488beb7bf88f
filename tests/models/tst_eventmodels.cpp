// The item models over a project snapshot: QAbstractItemModelTester on each, and the filter
// proxy, which forwards to core's EventFilter, checked row by row.
#include "models/actorlistmodel.h"
#include "models/eventfilterproxymodel.h"
#include "models/eventselection.h"
#include "models/eventtablemodel.h"
#include "models/projectsession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace demarche;

namespace {

Actor actor(const QString &code, const QString &name)
{
    Actor a;
    a.code = code;
    a.name = name;
    a.country = code.left(3);
    return a;
}

Event event(const QString &source, const QString &target, const QString &code, QuadClass quad,
            const DateSpan &date)
{
    Event e;
    e.articleId = QStringLiteral("a1");
    e.source = actor(source, source + QStringLiteral(" name"));
    if (!target.isEmpty())
        e.target = actor(target, target + QStringLiteral(" name"));
    e.cameoCode = code;
    e.cameoRoot = code.left(2);
    e.quadClass = quad;
    e.date = date;
    e.trigger = QStringLiteral("trigger ") + code;
    return e;
}

ProjectSnapshot snapshot()
{
    Article article;
    article.id = QStringLiteral("a1");
    article.title = QStringLiteral("Talks on the peninsula");
    article.text = QStringLiteral("Seoul asked Beijing to mediate. Pyongyang refused.");
    return ProjectSnapshot(
        {article},
        {event(QStringLiteral("KORGOV"), QStringLiteral("CHNGOV"), QStringLiteral("028"),
               QuadClass::VerbalCooperation, DateSpan::day(QDate(2026, 1, 5))),
         event(QStringLiteral("CHNGOV"), QStringLiteral("KORGOV"), QStringLiteral("018"),
               QuadClass::VerbalCooperation, DateSpan::weekOf(QDate(2026, 1, 7))),
         event(QStringLiteral("PRK"), QStringLiteral("KORGOV"), QStringLiteral("128"),
               QuadClass::VerbalConflict, DateSpan::month(2025, 10)),
         event(QStringLiteral("PRK"), QString(), QStringLiteral("190"), QuadClass::MaterialConflict,
               DateSpan::year(2024))});
}

} // namespace

class TestEventModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelsPassTester();
    void snapshotCountsActors();
    void proxyFollowsFilter_data();
    void proxyFollowsFilter();
    void actorCheckboxesSetFilter();
    void selectionSignalsOnce();
};

void TestEventModels::modelsPassTester()
{
    ProjectSession session;
    EventTableModel table(&session);
    EventFilterProxyModel proxy(&session);
    proxy.setSourceModel(&table);
    ActorListModel actors(&session);
    QAbstractItemModelTester tableTester(&table,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester actorTester(&actors,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    session.setSnapshot(snapshot());
    QCOMPARE(table.rowCount(), 4);
    proxy.sort(EventTableModel::DateColumn);
    EventFilter filter;
    filter.setQuadClasses({QuadClass::VerbalConflict});
    session.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 1);
    actors.setData(actors.index(0), Qt::Checked, Qt::CheckStateRole);
    session.setSnapshot(ProjectSnapshot());
    QCOMPARE(table.rowCount(), 0);
}

void TestEventModels::snapshotCountsActors()
{
    const ProjectSnapshot s = snapshot();
    QCOMPARE(int(s.actors().size()), 3);
    QCOMPARE(s.actors().front().code, QStringLiteral("KORGOV"));
    QCOMPARE(s.actors().front().eventCount, 3);
    for (const Event &e : s.events())
        QVERIFY(e.id > 0);
}

void TestEventModels::proxyFollowsFilter_data()
{
    QTest::addColumn<QStringList>("actors");
    QTest::addColumn<QString>("root");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expectedCodes");
    const QDate none;
    QTest::newRow("no filter") << QStringList() << QString() << none << none << QString()
                               << QStringList {"018", "028", "128", "190"};
    QTest::newRow("actor as target") << QStringList {"CHNGOV"} << QString() << none << none
                                     << QString() << QStringList {"018", "028"};
    QTest::newRow("root") << QStringList() << QStringLiteral("12") << none << none << QString()
                          << QStringList {"128"};
    QTest::newRow("vague month overlaps")
        << QStringList() << QString() << QDate(2025, 10, 31) << QDate(2025, 11, 30) << QString()
        << QStringList {"128"};
    QTest::newRow("week overlaps open end") << QStringList() << QString() << QDate(2026, 1, 6)
                                            << none << QString() << QStringList {"018"};
    QTest::newRow("text in code name") << QStringList() << QString() << none << none
                                       << QStringLiteral("mediation") << QStringList {"028"};
    QTest::newRow("text in article")
        << QStringList() << QString() << none << none << QStringLiteral("pyongyang")
        << QStringList {"018", "028", "128", "190"};
    QTest::newRow("criteria combine") << QStringList {"PRK"} << QStringLiteral("19") << none << none
                                      << QString() << QStringList {"190"};
}

void TestEventModels::proxyFollowsFilter()
{
    QFETCH(QStringList, actors);
    QFETCH(QString, root);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, text);
    QFETCH(QStringList, expectedCodes);
    ProjectSession session;
    session.setSnapshot(snapshot());
    EventTableModel table(&session);
    EventFilterProxyModel proxy(&session);
    proxy.setSourceModel(&table);
    QSignalSpy changed(&session, &ProjectSession::filterChanged);
    EventFilter filter;
    filter.setActors(QSet<QString>(actors.begin(), actors.end()));
    if (!root.isEmpty())
        filter.setCameoRoots({root});
    filter.setDateRange(from, to);
    filter.setText(text);
    session.setFilter(filter);
    QCOMPARE(changed.count(), filter.isEmpty() ? 0 : 1);
    QStringList codes;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const int source = proxy.mapToSource(proxy.index(row, 0)).row();
        codes << session.snapshot().events()[std::size_t(source)].cameoCode;
    }
    codes.sort();
    QCOMPARE(codes, expectedCodes);
    QCOMPARE(int(session.acceptedEvents().size()), expectedCodes.size());
}

void TestEventModels::actorCheckboxesSetFilter()
{
    ProjectSession session;
    session.setSnapshot(snapshot());
    ActorListModel actors(&session);
    QSignalSpy changed(&session, &ProjectSession::filterChanged);
    const QModelIndex first = actors.index(0);
    QVERIFY(actors.setData(first, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(session.filter().actors(),
             QSet<QString> {first.data(ActorListModel::CodeRole).toString()});
    EventFilter none;
    session.setFilter(none);
    QCOMPARE(first.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
}

void TestEventModels::selectionSignalsOnce()
{
    EventSelection selection;
    QSignalSpy changed(&selection, &EventSelection::selectionChanged);
    selection.selectEvents({3, 4, 3}, 4);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(selection.selectedEventIds(), (QList<qint64> {3, 4}));
    QCOMPARE(selection.currentEventId(), 4);
    selection.selectEvents({3, 4}, 4);
    QCOMPARE(changed.count(), 1);
    selection.selectEvent(0);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(selection.currentEventId(), 0);
}

QTEST_MAIN(TestEventModels)
#include "tst_eventmodels.moc"
