#include "io/articlereader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace demarche;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

const QByteArray validTimeMl = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>APW1</DOCID>\n"
                               "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-02-27\" "
                               "functionInDocument=\"CREATION_TIME\">02/27/1998</TIMEX3></DCT>\n"
                               "<TEXT>Officials met <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-02-26\">"
                               "yesterday</TIMEX3>.</TEXT>\n</TimeML>\n";

const QByteArray reutersSample =
    "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n"
    "<REUTERS TOPICS=\"YES\" NEWID=\"1\">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n"
    "<TEXT>&#2;\n<TITLE>BAHIA COCOA REVIEW</TITLE>\n<BODY>Showers continued &lt;throughout&gt; the week.\n&#3;</BODY></TEXT>\n</REUTERS>\n"
    "<REUTERS TOPICS=\"NO\" NEWID=\"2\">\n<DATE>26-FEB-1987 15:02:20.00</DATE>\n"
    "<TEXT><TITLE>ONLY A TITLE</TITLE></TEXT>\n</REUTERS>\n"
    "<REUTERS TOPICS=\"NO\" NEWID=\"3\">\n<DATE>junk</DATE>\n"
    "<TEXT><TITLE>NOISY</TITLE><BODY>Prices fell \xfc sharply.</BODY></TEXT>\n</REUTERS>\n";

} // namespace

class TestArticleReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void singleFiles_data();
    void singleFiles();
    void metadata_data();
    void metadata();
    void jsonLinesGoOnAfterBadLines();
    void reutersRecords();
    void folderReadsEverythingInOrder();
    void seedsHaveTheirDate();

private:
    QTemporaryDir m_dir;
};

void TestArticleReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestArticleReader::singleFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("articles");
    QTest::addColumn<QString>("problem");  // part of the expected message; empty = no problem

    QTest::newRow("plain text") << "a.txt" << QByteArray("Lee met Xi in Beijing.") << 1 << "";
    QTest::newRow("empty file") << "empty.txt" << QByteArray() << 0 << "empty file";
    QTest::newRow("whitespace only") << "blank.txt" << QByteArray(" \n\t\n") << 0 << "empty file";
    QTest::newRow("binary") << "bin.txt" << QByteArray("abc\0def", 7) << 0 << "binary file";
    QTest::newRow("invalid UTF-8 names its line")
        << "latin1.txt" << QByteArray("line one\nline two caf\xe9\n") << 0 << "invalid UTF-8 at line 2";
    QTest::newRow("overlong UTF-8") << "overlong.txt" << QByteArray("a \xc0\xaf b") << 0 << "invalid UTF-8";
    QTest::newRow("truncated UTF-8 at end") << "cut.txt" << QByteArray("word \xe2\x80") << 0 << "invalid UTF-8";
    QTest::newRow("BOM is dropped") << "bom.txt" << QByteArray("\xef\xbb\xbfText.") << 1 << "";
    QTest::newRow("unknown type") << "notes.docx" << QByteArray("x") << 0 << "unknown file type";
    QTest::newRow("TimeML") << "doc.tml" << validTimeMl << 1 << "";
    QTest::newRow("malformed TimeML") << "bad.tml" << QByteArray("<TimeML><TEXT>open") << 0 << "";
    QTest::newRow("empty JSON Lines") << "e.jsonl" << QByteArray() << 0 << "empty file";
}

void TestArticleReader::singleFiles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(int, articles);
    QFETCH(QString, problem);
    const QString path = m_dir.filePath(name);
    writeFile(path, bytes);
    const ReadBatch batch = readAllArticles({path});
    QCOMPARE(int(batch.articles.size()), articles);
    if (articles == 0) {
        QCOMPARE(int(batch.problems.size()), 1);
        QVERIFY2(batch.problems.front().path == path, qPrintable(batch.problems.front().toString()));
        QVERIFY2(batch.problems.front().message.contains(problem), qPrintable(batch.problems.front().toString()));
    } else {
        QVERIFY2(batch.problems.empty(), batch.problems.empty() ? "" : qPrintable(batch.problems.front().toString()));
        QVERIFY(!batch.articles.front().text.isEmpty());
        QVERIFY(!batch.articles.front().text.startsWith(QChar(0xFEFF)));
    }
}

void TestArticleReader::metadata_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("sidecar");  // empty = none
    QTest::addColumn<QString>("title");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<bool>("isAssumed");
    QTest::addColumn<QString>("textStart");
    QTest::addColumn<QString>("problem");

    QTest::newRow("sidecar") << QByteArray("Body.") << QByteArray(R"({"title":"T","date":"2026-01-07"})")
                             << "T" << QDate(2026, 1, 7) << false << "Body." << "";
    QTest::newRow("front matter") << QByteArray("---\ntitle: F\ndate: 2025-06-04\n---\nBody.") << QByteArray()
                                  << "F" << QDate(2025, 6, 4) << false << "Body." << "";
    QTest::newRow("sidecar wins over front matter")
        << QByteArray("---\ntitle: F\n---\nBody.") << QByteArray(R"({"title":"S"})") << "S" << QDate() << true
        << "Body." << "";
    QTest::newRow("undated is assumed") << QByteArray("Body.") << QByteArray() << "" << QDate() << true << "Body." << "";
    QTest::newRow("malformed sidecar names line")
        << QByteArray("Body.") << QByteArray("{\n\"title\": \"x\",\n oops}") << "" << QDate() << true << "" << ":3: malformed JSON";
    QTest::newRow("bad date") << QByteArray("Body.") << QByteArray(R"({"date":"7 Jan"})") << "" << QDate() << true
                              << "" << "date";
    QTest::newRow("non-string title") << QByteArray("Body.") << QByteArray(R"({"title":3})") << "" << QDate()
                                      << true << "" << "title";
}

void TestArticleReader::metadata()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, sidecar);
    QFETCH(QString, title);
    QFETCH(QDate, published);
    QFETCH(bool, isAssumed);
    QFETCH(QString, textStart);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("art.txt")), text);
    if (!sidecar.isEmpty())
        writeFile(dir.filePath(QStringLiteral("art.json")), sidecar);
    const ReadBatch batch = readAllArticles({dir.filePath(QStringLiteral("art.txt"))});
    if (!problem.isEmpty()) {
        QCOMPARE(int(batch.articles.size()), 0);
        QVERIFY2(batch.problems.front().toString().contains(problem), qPrintable(batch.problems.front().toString()));
        return;
    }
    QCOMPARE(int(batch.articles.size()), 1);
    const Article &article = batch.articles.front();
    QCOMPARE(article.title, title);
    QCOMPARE(article.isDateAssumed, isAssumed);
    QVERIFY(article.published.isValid());
    if (published.isValid())
        QCOMPARE(article.published, published);
    QVERIFY(article.text.startsWith(textStart));
    QCOMPARE(article.id, QStringLiteral("art"));
}

void TestArticleReader::jsonLinesGoOnAfterBadLines()
{
    const QString path = m_dir.filePath(QStringLiteral("batch.jsonl"));
    writeFile(path, "{\"id\":\"a\",\"date\":\"2020-05-01\",\"text\":\"One.\",\"title\":\"A\",\"url\":\"http://x\"}\n"
                    "{\"id\":\"b\",\"text\":\n"
                    "\n"
                    "[1,2]\n"
                    "{\"id\":\"c\",\"date\":\"2020-05-02\"}\n"
                    "{\"id\":\"d\",\"text\":\"Bad \xff byte\"}\n"
                    "{\"id\":\"e\",\"text\":\"Undated.\"}\n"
                    "{\"id\":\"f\",\"date\":\"2020-13-45\",\"text\":\"x\"}\n");
    const ReadBatch batch = readAllArticles({path});
    QCOMPARE(int(batch.articles.size()), 2);
    QCOMPARE(batch.articles[0].id, QStringLiteral("a"));
    QCOMPARE(batch.articles[0].url, QStringLiteral("http://x"));
    QCOMPARE(batch.articles[0].published, QDate(2020, 5, 1));
    QCOMPARE(batch.articles[1].id, QStringLiteral("e"));
    QVERIFY(batch.articles[1].isDateAssumed);
    QList<int> badLines;
    for (const ReadProblem &problem : batch.problems)
        badLines.append(problem.line);
    QCOMPARE(badLines, QList<int>({2, 4, 5, 6, 8}));
}

void TestArticleReader::reutersRecords()
{
    const QString path = m_dir.filePath(QStringLiteral("reut2-test.sgm"));
    writeFile(path, reutersSample);
    const ReadBatch batch = readAllArticles({path});
    QCOMPARE(int(batch.articles.size()), 2);
    const Article &first = batch.articles[0];
    QCOMPARE(first.id, QStringLiteral("reuters-1"));
    QCOMPARE(first.title, QStringLiteral("BAHIA COCOA REVIEW"));
    QCOMPARE(first.published, QDate(1987, 2, 26));
    QVERIFY(first.text.contains(QStringLiteral("<throughout>")));
    QVERIFY(!first.text.contains(QChar(3)));
    const Article &noisy = batch.articles[1];
    QVERIFY(noisy.isDateAssumed);
    QVERIFY(noisy.text.contains(QChar(0xFC)));
    QCOMPARE(int(batch.problems.size()), 2);
}

void TestArticleReader::folderReadsEverythingInOrder()
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("sub"));
    writeFile(dir.filePath(QStringLiteral("b.txt")), "Second.");
    writeFile(dir.filePath(QStringLiteral("a.txt")), "First.");
    writeFile(dir.filePath(QStringLiteral("a.json")), R"({"date":"2024-02-29"})");
    writeFile(dir.filePath(QStringLiteral("sub/c.tml")), validTimeMl);
    writeFile(dir.filePath(QStringLiteral("sub/broken.txt")), QByteArray("\0\0", 2));
    writeFile(dir.filePath(QStringLiteral("image.png")), "PNG");
    const ReadBatch batch = readAllArticles({dir.path()});
    QStringList ids;
    for (const Article &article : batch.articles)
        ids.append(article.id);
    QCOMPARE(ids, QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("APW1")}));
    QCOMPARE(batch.articles[0].published, QDate(2024, 2, 29));
    QCOMPARE(batch.articles[2].published, QDate(1998, 2, 27));
    QCOMPARE(int(batch.problems.size()), 1);
    QVERIFY(batch.problems.front().path.endsWith(QStringLiteral("broken.txt")));
}

void TestArticleReader::seedsHaveTheirDate()
{
    const ReadBatch batch = readAllArticles({QStringLiteral(DEMARCHE_SEEDS)});
    QCOMPARE(int(batch.articles.size()), 1);
    QCOMPARE(int(batch.problems.size()), 0);
    const Article &seed = batch.articles.front();
    QCOMPARE(seed.published, QDate(2026, 1, 7));
    QVERIFY(!seed.isDateAssumed);
    QCOMPARE(seed.language, QStringLiteral("en"));
    QVERIFY(seed.text.startsWith(QStringLiteral("South Korean President Lee Jae Myung")));
}

QTEST_GUILESS_MAIN(TestArticleReader)
#include "tst_articlereader.moc"
