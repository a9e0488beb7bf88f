// Import at scale on real data: a subset of te3-silver and two Reuters-21578 files go through
// the threaded ImportService into a project; cancel leaves a project that reopens; re-import
// skips what did not change and updates what did.
#include "models/importservice.h"
#include "models/projectsnapshot.h"
#include "store/projectstore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace demarche;

namespace {

const QString corpora = QStringLiteral(DEMARCHE_SHARED_DATA "/corpora");

// The first `count` te3-silver files named in the international-politics list.
QStringList te3Subset(int count)
{
    QFile list(corpora + QStringLiteral("/te3-silver-intl-politics.txt"));
    QStringList paths;
    if (!list.open(QIODevice::ReadOnly | QIODevice::Text))
        return paths;
    while (!list.atEnd() && paths.size() < count) {
        const QString name = QString::fromUtf8(list.readLine()).trimmed();
        if (name.isEmpty() || name.startsWith(QLatin1Char('#')))
            continue;
        const QString path = corpora + QStringLiteral("/te3-silver/") + name;
        if (QFile::exists(path))
            paths << path;
    }
    return paths;
}

QString reuters(const char *name)
{
    return corpora + QStringLiteral("/reuters21578/") + QLatin1String(name);
}

// Independent count of the Reuters records an importer must yield: those with a non-blank
// <BODY> (title-only records carry nothing to extract).
int reutersBodies(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression body(QStringLiteral("<BODY>\\s*\\S"));
    const QString text = QString::fromLatin1(file.readAll());
    int count = 0;
    for (auto it = body.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

struct Outcome
{
    int articles = 0;
    int events = 0;
    bool cancelled = false;
    QStringList problems;
    ImportProgress progress;
};

// Runs one import to its end; `cancelAfter` > 0 cancels at the first progress report past that
// many articles.
Outcome runImport(ImportService &service, const QStringList &paths, ProjectStore *store,
                  int cancelAfter = 0)
{
    Outcome outcome;
    QSignalSpy finished(&service, &ImportService::finished);
    QSignalSpy failed(&service, &ImportService::failed);
    const QMetaObject::Connection problems
        = QObject::connect(&service, &ImportService::problem,
                           [&](const QString &message) { outcome.problems << message; });
    const QMetaObject::Connection cancel
        = QObject::connect(&service, &ImportService::progress, [&](int done, const QString &) {
              if (cancelAfter > 0 && done >= cancelAfter)
                  service.cancel();
          });
    if (!service.start(paths, store))
        return outcome;
    // Generous: a slow shared machine must not turn into a failure.
    finished.wait(600 * 1000);
    QObject::disconnect(problems);
    QObject::disconnect(cancel);
    if (finished.count() != 1 || !failed.isEmpty())
        return outcome;
    outcome.articles = finished.at(0).at(0).toInt();
    outcome.events = finished.at(0).at(1).toInt();
    outcome.cancelled = finished.at(0).at(2).toBool();
    outcome.progress = service.lastProgress();
    return outcome;
}

// Every event belongs to an article the project holds, and the counts the store reports agree
// with what it lists.
void checkConsistent(const ProjectStore &store)
{
    const Result<std::vector<Article>> articles = store.articles();
    const Result<std::vector<Event>> events = store.events();
    QVERIFY2(articles.isOk(), qPrintable(articles.error()));
    QVERIFY2(events.isOk(), qPrintable(events.error()));
    QCOMPARE(int(articles->size()), store.articleCount());
    QCOMPARE(int(events->size()), store.eventCount());
    QSet<QString> ids;
    for (const Article &article : articles.value())
        ids.insert(article.id);
    for (const Event &event : events.value())
        QVERIFY2(ids.contains(event.articleId), qPrintable(event.articleId));
}

} // namespace

class TestImportScale final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importSubset_data();
    void importSubset();
    void cancelLeavesConsistentProject();
    void reimportIsIdempotent();
    void reimportUpdatesChangedArticles();
    void reimportReextractsWhenRulesChanged();
};

void TestImportScale::initTestCase()
{
    if (!QDir(corpora + QStringLiteral("/te3-silver")).exists()
        || !QFile::exists(reuters("reut2-017.sgm")))
        QSKIP("corpora absent: ../shared/data/corpora (te3-silver, reuters21578) is needed");
}

void TestImportScale::importSubset_data()
{
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<int>("expectedArticles");
    QTest::addColumn<QString>("expectedProblem"); // a problem text part; empty = none expected

    const QStringList te3 = te3Subset(50);
    QTest::newRow("te3-silver, 50 international politics articles") << te3 << 50 << QString();
    // reut2-017 holds the corpus's one byte that is not UTF-8; reut2-021 is the short last file.
    const QStringList sgml {reuters("reut2-017.sgm"), reuters("reut2-021.sgm")};
    QTest::newRow("reuters, 2 files incl. the bad byte")
        << sgml << reutersBodies(sgml.at(0)) + reutersBodies(sgml.at(1))
        << QStringLiteral("not UTF-8");
}

void TestImportScale::importSubset()
{
    QFETCH(QStringList, paths);
    QFETCH(int, expectedArticles);
    QFETCH(QString, expectedProblem);
    QVERIFY(expectedArticles > 0);

    QTemporaryDir dir;
    auto store = ProjectStore::open(dir.filePath(QStringLiteral("p.demarche")));
    QVERIFY2(store.isOk(), qPrintable(store.error()));
    ImportService service;
    QSignalSpy progress(&service, &ImportService::progressChanged);
    const Outcome outcome = runImport(service, paths, store->get());

    QVERIFY(!outcome.cancelled);
    QCOMPARE(outcome.articles, expectedArticles);
    QCOMPARE(store.value()->articleCount(), expectedArticles);
    QVERIFY(outcome.events > 0);
    QCOMPARE(store.value()->eventCount(), outcome.events);
    QCOMPARE(outcome.progress.articlesTotal, expectedArticles);
    QCOMPARE(outcome.progress.articlesDone, expectedArticles);
    QCOMPARE(outcome.progress.articlesSkipped, 0);
    QCOMPARE(outcome.progress.eventsFound, outcome.events);
    QVERIFY(!progress.isEmpty());
    if (expectedProblem.isEmpty()) {
        QVERIFY2(outcome.problems.isEmpty(), qPrintable(outcome.problems.join(QLatin1Char('\n'))));
    } else {
        const QStringList matching = outcome.problems.filter(expectedProblem);
        QVERIFY2(!matching.isEmpty(), qPrintable(outcome.problems.join(QLatin1Char('\n'))));
        QVERIFY(matching.first().contains(QStringLiteral("reut2-017.sgm")));
    }
    checkConsistent(*store.value());
}

void TestImportScale::cancelLeavesConsistentProject()
{
    const QStringList paths = QStringList {reuters("reut2-021.sgm")} + te3Subset(50);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.demarche"));
    int saved = 0;
    int savedEvents = 0;
    {
        auto store = ProjectStore::open(path);
        QVERIFY2(store.isOk(), qPrintable(store.error()));
        ImportService service;
        const Outcome outcome = runImport(service, paths, store->get(), 1);
        QVERIFY(outcome.cancelled);
        saved = outcome.articles;
        savedEvents = outcome.events;
        QVERIFY(saved > 0);
        QCOMPARE(store.value()->articleCount(), saved);
        QCOMPARE(store.value()->eventCount(), savedEvents);
        QVERIFY(saved < outcome.progress.articlesTotal);
        checkConsistent(*store.value());
    }
    auto reopened = ProjectStore::open(path);
    QVERIFY2(reopened.isOk(), qPrintable(reopened.error()));
    QCOMPARE(reopened.value()->articleCount(), saved);
    QCOMPARE(reopened.value()->eventCount(), savedEvents);
    const Result<ProjectSnapshot> snapshot = ProjectSnapshot::load(*reopened.value());
    QVERIFY2(snapshot.isOk(), qPrintable(snapshot.error()));
    QCOMPARE(int(snapshot->events().size()), savedEvents);

    // Importing again completes the project: what the cancelled run saved is skipped.
    ImportService service;
    const Outcome rest = runImport(service, paths, reopened->get());
    QVERIFY(!rest.cancelled);
    QCOMPARE(rest.progress.articlesSkipped, saved);
    QCOMPARE(reopened.value()->articleCount(), rest.progress.articlesTotal);
    checkConsistent(*reopened.value());
}

void TestImportScale::reimportIsIdempotent()
{
    const QStringList paths = te3Subset(50);
    QTemporaryDir dir;
    auto store = ProjectStore::open(dir.filePath(QStringLiteral("p.demarche")));
    QVERIFY2(store.isOk(), qPrintable(store.error()));
    ImportService service;
    const Outcome first = runImport(service, paths, store->get());
    QCOMPARE(first.articles, int(paths.size()));
    const int events = store.value()->eventCount();

    const Outcome second = runImport(service, paths, store->get());
    QVERIFY(!second.cancelled);
    QCOMPARE(second.articles, 0);
    QCOMPARE(second.events, 0);
    QCOMPARE(second.progress.articlesSkipped, int(paths.size()));
    QCOMPARE(second.progress.articlesDone, int(paths.size()));
    QCOMPARE(store.value()->articleCount(), int(paths.size()));
    QCOMPARE(store.value()->eventCount(), events);
    checkConsistent(*store.value());
}

void TestImportScale::reimportUpdatesChangedArticles()
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("talks.txt"));
    const auto write = [&](const QByteArray &body) {
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(body);
    };
    write("WASHINGTON, March 3, 1998 - Iraq rejected the proposal on Tuesday.\n");
    auto store = ProjectStore::open(dir.filePath(QStringLiteral("p.demarche")));
    QVERIFY2(store.isOk(), qPrintable(store.error()));
    ImportService service;
    QCOMPARE(runImport(service, {text}, store->get()).articles, 1);
    const Result<std::vector<Article>> before = store.value()->articles();
    QVERIFY(before.isOk() && before->size() == 1);
    const QString id = before->front().id;
    const QString oldHash = store.value()->storedContentHash(id).value();

    write("WASHINGTON, March 3, 1998 - Iraq accepted the proposal on Tuesday.\n");
    const Outcome changed = runImport(service, {text}, store->get());
    QCOMPARE(changed.articles, 1);
    QCOMPARE(changed.progress.articlesSkipped, 0);
    QCOMPARE(store.value()->articleCount(), 1);
    const QString newHash = store.value()->storedContentHash(id).value();
    QVERIFY(newHash != oldHash);
    QVERIFY(store.value()->articles()->front().text.contains(QStringLiteral("accepted")));
    checkConsistent(*store.value());
}

void TestImportScale::reimportReextractsWhenRulesChanged()
{
    const QStringList paths = te3Subset(5);
    QTemporaryDir dir;
    auto store = ProjectStore::open(dir.filePath(QStringLiteral("p.demarche")));
    QVERIFY2(store.isOk(), qPrintable(store.error()));
    ImportService service;
    QCOMPARE(runImport(service, paths, store->get()).articles, int(paths.size()));
    const int events = store.value()->eventCount();
    // As a project saved by an earlier build stores it: the hash of the text under other rules.
    QSqlQuery stale(store.value()->database());
    QVERIFY(stale.exec(QStringLiteral("UPDATE articles SET content_hash = 'other rules'")));

    const Outcome again = runImport(service, paths, store->get());
    QCOMPARE(again.articles, int(paths.size()));
    QCOMPARE(again.progress.articlesSkipped, 0);
    QCOMPARE(store.value()->articleCount(), int(paths.size()));
    QCOMPARE(store.value()->eventCount(), events);
    const QString id = store.value()->articles()->front().id;
    QCOMPARE(store.value()->storedContentHash(id).value(),
             ProjectStore::contentHash(store.value()->articles()->front().text));
    checkConsistent(*store.value());
}

QTEST_GUILESS_MAIN(TestImportScale)
#include "tst_importscale.moc"
