// ProjectSnapshot as loaded from a project file: article texts stay in the file until asked for,
// the free-text filter loads them, and a file changed under the snapshot is reported, not shown.
#include "models/projectsession.h"
#include "models/projectsnapshot.h"
#include "store/projectstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "../store/articlefixture.h"

using namespace demarche;

namespace {

using test::articleWithText;

Event makeEvent(const QString &articleId, const QString &source, qint64 id = 0)
{
    Event e;
    e.id = id;
    e.articleId = articleId;
    e.source.code = source;
    e.source.name = source + QStringLiteral(" name");
    e.cameoCode = QStringLiteral("036");
    e.cameoRoot = QStringLiteral("03");
    e.date = DateSpan::day(QDate(2026, 1, 5));
    e.trigger = QStringLiteral("met");
    return e;
}

const QString textA = QStringLiteral("Seoul asked Beijing to mediate in the dispute.");
const QString textB = QString::fromUtf8("Pyongyang refused the offer 😀 outright.");

} // namespace

class TestProjectSnapshot final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void textsLoadWhenAsked_data();
    void textsLoadWhenAsked();
    void textFilterLoadsTexts_data();
    void textFilterLoadsTexts();
    void changedFileIsReported();
    void eventIndexFindsEveryId_data();
    void eventIndexFindsEveryId();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
};

void TestProjectSnapshot::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = ProjectStore::open(m_dir->filePath(QStringLiteral("p.demarche")));
    QVERIFY2(store, qPrintable(store.error()));
    m_store = std::move(store).value();
    QVERIFY(m_store->saveArticles({{articleWithText(QStringLiteral("a"), textA),
                                    {makeEvent(QStringLiteral("a"), QStringLiteral("KOR"))}},
                                   {articleWithText(QStringLiteral("b"), textB),
                                    {makeEvent(QStringLiteral("b"), QStringLiteral("PRK")),
                                     makeEvent(QStringLiteral("b"), QStringLiteral("KOR"))}}}));
}

void TestProjectSnapshot::textsLoadWhenAsked_data()
{
    QTest::addColumn<QString>("articleId");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ASCII text") << "a" << textA;
    QTest::newRow("text beyond the BMP") << "b" << textB;
}

void TestProjectSnapshot::textsLoadWhenAsked()
{
    QFETCH(QString, articleId);
    QFETCH(QString, expected);
    const Result<ProjectSnapshot> snapshot = ProjectSnapshot::load(*m_store);
    QVERIFY2(snapshot, qPrintable(snapshot.error()));
    QVERIFY(!snapshot->hasTexts());
    const Article *a = snapshot->article(articleId);
    QVERIFY(a);
    QVERIFY(a->text.isEmpty()); // not loaded up front
    QCOMPARE(a->title, QStringLiteral("Title of ") + articleId);
    QCOMPARE(int(a->sentences.size()), 1);
    const Result<QString> text = snapshot->text(*a);
    QVERIFY2(text, qPrintable(text.error()));
    QCOMPARE(text.value(), expected);
}

void TestProjectSnapshot::textFilterLoadsTexts_data()
{
    QTest::addColumn<QString>("words");
    QTest::addColumn<int>("accepted");
    QTest::newRow("word only in article a's text") << "mediate" << 1;
    QTest::newRow("word only in article b's text") << "outright" << 2;
    QTest::newRow("word in no text") << "ceasefire" << 0;
    QTest::newRow("no words: texts stay in the file") << "" << 3;
}

void TestProjectSnapshot::textFilterLoadsTexts()
{
    QFETCH(QString, words);
    QFETCH(int, accepted);
    auto snapshot = ProjectSnapshot::load(*m_store);
    QVERIFY(snapshot);
    ProjectSession session;
    QSignalSpy failed(&session, &ProjectSession::failed);
    session.setSnapshot(std::move(snapshot).value());
    EventFilter filter;
    filter.setText(words);
    session.setFilter(filter);
    QCOMPARE(int(session.acceptedEvents().size()), accepted);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(session.snapshot().hasTexts(), !words.isEmpty());
    if (!words.isEmpty())
        QCOMPARE(session.snapshot().article(QStringLiteral("a"))->text, textA);
}

void TestProjectSnapshot::changedFileIsReported()
{
    auto snapshot = ProjectSnapshot::load(*m_store);
    QVERIFY(snapshot);
    // Another process re-imports article a with another text: the events' spans no longer fit it.
    QVERIFY(m_store->saveArticle(articleWithText(QStringLiteral("a"), textB), {}));
    const Result<QString> text = snapshot->text(*snapshot->article(QStringLiteral("a")));
    QVERIFY(!text);
    QVERIFY2(text.error().contains(QStringLiteral("changed")), qPrintable(text.error()));
    QVERIFY(snapshot->text(*snapshot->article(QStringLiteral("b"))));

    ProjectSession session;
    QSignalSpy failed(&session, &ProjectSession::failed);
    session.setSnapshot(std::move(snapshot).value());
    EventFilter filter;
    filter.setText(QStringLiteral("outright"));
    session.setFilter(filter);
    QCOMPARE(failed.count(), 1);
    QVERIFY(!session.snapshot().hasTexts()); // nothing half-loaded
}

void TestProjectSnapshot::eventIndexFindsEveryId_data()
{
    QTest::addColumn<QList<qint64>>("ids");
    QTest::newRow("ascending, as stored") << QList<qint64> {3, 5, 9, 1000};
    QTest::newRow("out of order, as after corrections") << QList<qint64> {9, 3, 1000, 5};
    QTest::newRow("no ids yet: numbered 1, 2, ...") << QList<qint64> {0, 0, 0};
    QTest::newRow("some ids missing") << QList<qint64> {7, 0, 2};
}

void TestProjectSnapshot::eventIndexFindsEveryId()
{
    QFETCH(QList<qint64>, ids);
    std::vector<Event> events;
    for (qint64 id : ids)
        events.push_back(makeEvent(QStringLiteral("a"), QStringLiteral("KOR"), id));
    const ProjectSnapshot snapshot({articleWithText(QStringLiteral("a"), textA)},
                                   std::move(events));
    QSet<qint64> seen;
    for (int i = 0; i < int(snapshot.events().size()); ++i) {
        const qint64 id = snapshot.events()[std::size_t(i)].id;
        QVERIFY(id > 0);
        QVERIFY(!seen.contains(id));
        seen.insert(id);
        QCOMPARE(snapshot.eventIndex(id), i);
        QCOMPARE(snapshot.event(id), &snapshot.events()[std::size_t(i)]);
    }
    QCOMPARE(snapshot.eventIndex(-1), -1);
    QCOMPARE(snapshot.eventIndex(123456), -1);
    QCOMPARE(snapshot.event(123456), nullptr);
}

QTEST_GUILESS_MAIN(TestProjectSnapshot)
#include "tst_projectsnapshot.moc"
