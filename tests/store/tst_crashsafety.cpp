// No lost work: a writer killed with SIGKILL in the middle of an import leaves a project that
// reopens with every batch it committed, and no half batch (issue 9). The writer is this same
// executable started with --writer, so the test needs no helper target of its own.
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace demarche;

namespace {

constexpr int batchSize = 50;

Article article(int n)
{
    Article a;
    a.id = QStringLiteral("a%1").arg(n);
    a.title = QStringLiteral("Article %1").arg(n);
    a.source = QStringLiteral("crash test");
    a.published = QDate(2026, 1, 1).addDays(n % 365);
    // Long enough that a batch takes a while to write, so the kill often lands inside one.
    a.text = QStringLiteral("Lee asked Xi to mediate in the dispute. ").repeated(40);
    a.sentences = {{0, {0, 39}}};
    return a;
}

// Writer mode: imports batches forever, printing "committed <articles>" after each commit, until
// it is killed.
int runWriter(const QString &path)
{
    auto store = ProjectStore::open(path);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error()));
        return 2;
    }
    for (int b = 0;; ++b) {
        std::vector<std::pair<Article, std::vector<Event>>> batch;
        for (int i = 0; i < batchSize; ++i)
            batch.push_back({article(b * batchSize + i), {}});
        const Status saved = store.value()->saveArticles(batch);
        if (!saved) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.error()));
            return 3;
        }
        std::printf("committed %d\n", (b + 1) * batchSize);
        std::fflush(stdout);
    }
}

} // namespace

class TestCrashSafety final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLosesNoCommittedBatch_data();
    void killedWriterLosesNoCommittedBatch();
    void truncatedProjectIsRefusedUntouched();
};

void TestCrashSafety::killedWriterLosesNoCommittedBatch_data()
{
    QTest::addColumn<int>("killAfter"); // reported commits before the kill
    QTest::newRow("after the first batch") << 1;
    QTest::newRow("after a few batches") << 4;
    QTest::newRow("after many batches") << 12;
}

void TestCrashSafety::killedWriterLosesNoCommittedBatch()
{
    QFETCH(int, killAfter);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.demarche"));
    QProcess writer;
    writer.setProcessChannelMode(QProcess::SeparateChannels);
    writer.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--writer"), path});
    QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));

    int reported = 0;
    int lines = 0;
    while (lines < killAfter) {
        if (!writer.canReadLine() && !writer.waitForReadyRead(120000))
            QFAIL(qPrintable(QStringLiteral("writer stopped: ") + writer.readAllStandardError()));
        while (writer.canReadLine()) {
            const QByteArray line = writer.readLine().trimmed();
            QVERIFY2(line.startsWith("committed "), line.constData());
            reported = line.mid(10).toInt();
            ++lines;
        }
    }
    writer.kill(); // SIGKILL: no destructor, no rollback, no checkpoint
    QVERIFY(writer.waitForFinished());
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
    // Lines printed between the last read and the kill still count as committed.
    while (writer.canReadLine())
        reported = writer.readLine().trimmed().mid(10).toInt();

    auto store = ProjectStore::open(path);
    QVERIFY2(store, qPrintable(store.error()));
    const int count = store.value()->articleCount();
    QVERIFY2(count >= reported,
             qPrintable(QStringLiteral("%1 stored, %2 committed").arg(count).arg(reported)));
    QVERIFY2(count % batchSize == 0,
             qPrintable(QStringLiteral("half a batch stored: %1").arg(count)));
    QVERIFY(count <= reported + batchSize); // at most the batch whose report the kill swallowed
    const Result<std::vector<Article>> articles = store.value()->articles();
    QVERIFY2(articles, qPrintable(articles.error()));
    QCOMPARE(int(articles->size()), count);
    for (const Article &a : articles.value())
        QCOMPARE(a.text, article(a.id.mid(1).toInt()).text);
    // And the project takes new work after the crash.
    QVERIFY(store.value()->saveArticle(article(count), {}));
    QCOMPARE(store.value()->articleCount(), count + 1);
}

// A project cut short (a copy interrupted, a full disk) is refused with a message and left as it
// is, or, when SQLite can still read it, read without a crash.
void TestCrashSafety::truncatedProjectIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.demarche"));
    {
        auto store = ProjectStore::open(path);
        QVERIFY(store);
        std::vector<std::pair<Article, std::vector<Event>>> batch;
        for (int i = 0; i < 100; ++i)
            batch.push_back({article(i), {}});
        QVERIFY(store.value()->saveArticles(batch));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.size() > 8192);
    QVERIFY(file.resize(file.size() / 2));
    file.close();
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    const QByteArray before = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    auto store = ProjectStore::open(path);
    if (!store) {
        QVERIFY(!store.error().isEmpty());
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
    } else {
        const Result<std::vector<Article>> articles = store.value()->articles();
        QVERIFY(articles || !articles.error().isEmpty());
    }
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--writer") == 0) {
        QCoreApplication app(argc, argv);
        return runWriter(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestCrashSafety test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafety.moc"
