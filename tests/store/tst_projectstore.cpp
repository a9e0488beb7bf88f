#include "extract/extractor.h"
#include "store/projectstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace demarche;

namespace {

Article sampleArticle(const QString &id)
{
    Article article;
    article.id = id;
    article.title = QStringLiteral("Lee asks Xi");
    article.source = QStringLiteral("test");
    article.url = QStringLiteral("https://example.org/") + id;
    article.path = QStringLiteral("/tmp/") + id + QStringLiteral(".txt");
    article.published = QDate(2026, 1, 7);
    article.isDateAssumed = false;
    article.text = QString::fromUtf8("Lee asked Xi to mediate. Xi urged patience 😀.");
    article.sentences = {{0, {0, 24}}, {1, {25, 46}}};
    return article;
}

Event sampleEvent(const QString &articleId, bool hasTarget)
{
    Event event;
    event.articleId = articleId;
    event.sentenceIndex = 0;
    event.sentenceSpan = {0, 24};
    event.source = {QStringLiteral("KORGOV"), QStringLiteral("KOR"),
                    QStringLiteral("GOV"),    QStringLiteral("South Korea (government)"),
                    QStringLiteral("Lee"),    {0, 3}};
    if (hasTarget)
        event.target = Actor {QStringLiteral("CHNGOV"), QStringLiteral("CHN"),
                              QStringLiteral("GOV"),    QStringLiteral("China (government)"),
                              QStringLiteral("Xi"),     {10, 12}};
    event.cameoCode = QStringLiteral("028");
    event.cameoRoot = QStringLiteral("02");
    event.ploverType = QStringLiteral("REQUEST");
    event.quadClass = QuadClass::VerbalCooperation;
    event.goldstein = 4.0;
    event.date = DateSpan::isoWeek(2026, 2);
    event.date.phrase = QStringLiteral("this week");
    event.reportDate = QDate(2026, 1, 7);
    event.modality = Modality::Refused;
    event.confidence = 0.8;
    event.trigger = QStringLiteral("asked");
    event.triggerSpan = {4, 9};
    return event;
}

} // namespace

class TestProjectStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripSurvivesReopen();
    void savingAnArticleAgainReplacesIt();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void readOnlyProjectOpensButRefusesWrites();
    void contentHashTracksText();
    void eventsShareRepeatedStrings_data();
    void eventsShareRepeatedStrings();
};

void TestProjectStore::roundTripSurvivesReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.demarche"));
    const Article article = sampleArticle(QStringLiteral("a1"));
    std::vector<Event> events
        = {sampleEvent(QStringLiteral("a1"), true), sampleEvent(QStringLiteral("a1"), false)};
    {
        auto store = ProjectStore::open(path);
        QVERIFY2(store, qPrintable(store.error()));
        QVERIFY(store.value()->saveArticle(article, events));
    }
    auto reopened = ProjectStore::open(path);
    QVERIFY2(reopened, qPrintable(reopened.error()));
    const auto articles = reopened.value()->articles();
    QVERIFY(articles);
    QCOMPARE(int(articles->size()), 1);
    QCOMPARE(articles->front(), article);
    auto stored = reopened.value()->events();
    QVERIFY(stored);
    QCOMPARE(int(stored->size()), 2);
    for (std::size_t i = 0; i < events.size(); ++i) {
        QVERIFY(stored.value()[i].id > 0);
        events[i].id = stored.value()[i].id;
        QCOMPARE(stored.value()[i], events[i]);
    }
    QCOMPARE(reopened.value()->eventCount(), 2);
}

void TestProjectStore::savingAnArticleAgainReplacesIt()
{
    QTemporaryDir dir;
    auto store = ProjectStore::open(dir.filePath(QStringLiteral("p.demarche")));
    QVERIFY(store);
    ProjectStore &project = *store.value();
    QVERIFY(project.saveArticles(
        {{sampleArticle(QStringLiteral("a")), {sampleEvent(QStringLiteral("a"), true)}},
         {sampleArticle(QStringLiteral("b")), {sampleEvent(QStringLiteral("b"), true)}}}));
    Article changed = sampleArticle(QStringLiteral("a"));
    changed.title = QStringLiteral("Changed");
    QVERIFY(project.saveArticle(changed, {}));
    QCOMPARE(project.articleCount(), 2);
    QCOMPARE(project.eventCount(), 1);
    QCOMPARE(project.events()->front().articleId, QStringLiteral("b"));
}

void TestProjectStore::refusesBadFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("text file") << "text"
                               << "not a Demarche project";
    QTest::newRow("other SQLite database") << "foreign"
                                           << "not a Demarche project";
    QTest::newRow("newer schema") << "newer"
                                  << "newer Demarche";
    QTest::newRow("corrupt pages") << "corrupt"
                                   << "damaged";
    QTest::newRow("folder") << "folder"
                            << "folder";
}

void TestProjectStore::refusesBadFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, errorPart);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.demarche"));
    if (kind == QLatin1String("text")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("my notes, not a project");
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(path));
    } else if (kind == QLatin1String("foreign") || kind == QLatin1String("newer")) {
        if (kind == QLatin1String("newer")) {
            auto store = ProjectStore::open(path);
            QVERIFY(store);
        }
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(kind == QLatin1String("foreign")
                    ? query.exec(QStringLiteral("CREATE TABLE other (x)"))
                    : query.exec(QStringLiteral(
                        "UPDATE meta SET value = '99' WHERE key = 'schema_version'")));
        query = QSqlQuery();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    } else {
        {
            auto store = ProjectStore::open(path);
            QVERIFY(store);
            std::vector<std::pair<Article, std::vector<Event>>> batch;
            for (int i = 0; i < 200; ++i)
                batch.push_back(
                    {sampleArticle(QString::number(i)), {sampleEvent(QString::number(i), true)}});
            QVERIFY(store.value()->saveArticles(batch));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8192);
        file.seek(4096);
        file.write(QByteArray(file.size() - 4096, '\x5a'));
    }
    const QByteArray before = [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    auto store = ProjectStore::open(path);
    QVERIFY(!store);
    QVERIFY2(store.error().contains(errorPart), qPrintable(store.error()));
    QFile after(path);
    if (after.open(QIODevice::ReadOnly))
        QCOMPARE(after.readAll(), before); // refused files are never written to
}

void TestProjectStore::readOnlyProjectOpensButRefusesWrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.demarche"));
    {
        auto store = ProjectStore::open(path);
        QVERIFY(store);
        QVERIFY(store.value()->saveArticle(sampleArticle(QStringLiteral("a")), {}));
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner);
    auto store = ProjectStore::open(path);
    QVERIFY2(store, qPrintable(store.error()));
    QVERIFY(store.value()->isReadOnly());
    QCOMPARE(store.value()->articleCount(), 1);
    const Status saved = store.value()->saveArticle(sampleArticle(QStringLiteral("b")), {});
    QVERIFY(!saved);
    QVERIFY(saved.error().contains(QStringLiteral("read-only")));
    QCOMPARE(store.value()->articleCount(), 1);
}

void TestProjectStore::contentHashTracksText()
{
    QTemporaryDir dir;
    auto store = ProjectStore::open(dir.filePath(QStringLiteral("p.demarche")));
    QVERIFY(store);
    const Article article = sampleArticle(QStringLiteral("a"));
    QVERIFY(store.value()->storedContentHash(QStringLiteral("a"))->isEmpty());
    QVERIFY(store.value()->saveArticle(article, {}));
    QCOMPARE(store.value()->storedContentHash(QStringLiteral("a")).value(),
             ProjectStore::contentHash(article.text));
    QVERIFY(ProjectStore::contentHash(article.text)
            != ProjectStore::contentHash(article.text + QLatin1Char(' ')));
    // The extractor's rules are part of the hash: a project made by other rules is re-extracted.
    QCOMPARE(Extractor::fingerprint().size(), 40);
    const QByteArray textOnly
        = QCryptographicHash::hash(article.text.toUtf8(), QCryptographicHash::Sha1).toHex();
    QVERIFY(ProjectStore::contentHash(article.text) != QString::fromLatin1(textOnly));
}

void TestProjectStore::eventsShareRepeatedStrings_data()
{
    QTest::addColumn<int>("field");
    QTest::newRow("source code") << 0;
    QTest::newRow("target name") << 1;
    QTest::newRow("CAMEO code") << 2;
    QTest::newRow("trigger") << 3;
    QTest::newRow("article id") << 4;
}

// One QString per distinct value read: 100,000 events must not hold 100,000 copies of "KORGOV".
void TestProjectStore::eventsShareRepeatedStrings()
{
    QFETCH(int, field);
    QTemporaryDir dir;
    auto store = ProjectStore::open(dir.filePath(QStringLiteral("p.demarche")));
    QVERIFY(store);
    QVERIFY(store.value()->saveArticle(
        sampleArticle(QStringLiteral("a")),
        {sampleEvent(QStringLiteral("a"), true), sampleEvent(QStringLiteral("a"), true)}));
    const auto events = store.value()->events();
    QVERIFY(events);
    QCOMPARE(int(events->size()), 2);
    const auto valueOf = [field](const Event &e) {
        const QString values[]
            = {e.source.code, e.target->name, e.cameoCode, e.trigger, e.articleId};
        return values[field];
    };
    const QString first = valueOf(events->at(0));
    const QString second = valueOf(events->at(1));
    QVERIFY(!first.isEmpty());
    QCOMPARE(first, second);
    QCOMPARE(first.constData(), second.constData());
}

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
