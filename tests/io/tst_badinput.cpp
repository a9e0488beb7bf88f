// Whatever users saved from the web: every reader either reads a bad file sanely or names the
// problem, never crashes, and the good files beside it still import (issue 9).
#include "io/articlereader.h"
#include "io/jsonlinesreader.h"
#include "io/timemldocument.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace demarche;

namespace {

const QByteArray goodTimeMl = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>GOOD1</DOCID>\n"
                              "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-02-27\" "
                              "functionInDocument=\"CREATION_TIME\">02/27/1998</TIMEX3></DCT>\n"
                              "<TEXT>Officials met yesterday.</TEXT>\n</TimeML>\n";

// The classic exponential entity bomb: ten levels of ten references, 10^9 "lol"s if expanded.
QByteArray billionLaughs()
{
    QByteArray xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE TimeML [\n<!ENTITY lol0 \"lol\">\n";
    for (int i = 1; i <= 9; ++i) {
        xml += "<!ENTITY lol" + QByteArray::number(i) + " \"";
        for (int j = 0; j < 10; ++j)
            xml += "&lol" + QByteArray::number(i - 1) + ";";
        xml += "\">\n";
    }
    xml += "]>\n<TimeML><DOCID>BOMB</DOCID><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" "
           "value=\"1998-01-08\" "
           "functionInDocument=\"CREATION_TIME\"/></DCT><TEXT>&lol9;</TEXT></TimeML>\n";
    return xml;
}

QByteArray nestedJson(int depth)
{
    return "{\"id\":\"deep\",\"text\":\"x\",\"title\":" + QByteArray(depth, '[')
        + QByteArray(depth, ']') + "}\n";
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestBadInput final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badFileBesideGoodOnes_data();
    void badFileBesideGoodOnes();
    void hugeSingleLine_data();
    void hugeSingleLine();
    void badJsonLinesKeepTheGoodLines_data();
    void badJsonLinesKeepTheGoodLines();
    void entityBombIsNotExpanded();
};

// Each bad file sits in a folder with one good plain-text article: the good one must always be
// read, the bad one either read sanely or reported by name.
void TestBadInput::badFileBesideGoodOnes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("isReportedBad");

    QByteArray binary;
    for (int i = 0; i < 4096; ++i)
        binary += char((i * 7919) & 0xff);
    QTest::newRow("invalid UTF-8 text")
        << "bad.txt" << QByteArray("caf\xe9 \xff\xfe au lait") << true;
    QTest::newRow("lone surrogate UTF-8") << "sur.txt" << QByteArray("a \xed\xa0\x80 b") << true;
    QTest::newRow("binary text") << "bin.txt" << binary << true;
    QTest::newRow("binary JSON Lines") << "bin.jsonl" << binary << true;
    QTest::newRow("binary TimeML") << "bin.tml" << binary << true;
    QTest::newRow("binary SGML") << "bin.sgm" << binary << true;
    QTest::newRow("empty text") << "empty.txt" << QByteArray() << true;
    QTest::newRow("empty JSON Lines") << "empty.jsonl" << QByteArray() << true;
    QTest::newRow("empty TimeML") << "empty.tml" << QByteArray() << true;
    QTest::newRow("empty SGML") << "empty.sgm" << QByteArray() << true;
    QTest::newRow("truncated JSON")
        << "cut.jsonl" << QByteArray("{\"id\":\"1\",\"text\":\"Lee me") << true;
    QTest::newRow("deeply nested JSON") << "deep.jsonl" << nestedJson(100000) << true;
    QTest::newRow("truncated TimeML")
        << "cut.tml" << goodTimeMl.left(goodTimeMl.size() / 2) << true;
    QTest::newRow("entity bomb TimeML") << "bomb.tml" << billionLaughs() << true;
    QTest::newRow("unterminated SGML record")
        << "cut.sgm" << QByteArray("<REUTERS NEWID=\"1\"><DATE>26-FEB-1987</DATE><TEXT><BODY>Open")
        << true;
    QTest::newRow("NUL in front matter")
        << "nul.txt" << QByteArray("---\ntitle: a\0b\n---\nBody.", 24) << true;
    QTest::newRow("front matter never closed")
        << "open.txt" << QByteArray("---\ntitle: x\n") << false;
    QTest::newRow("the 31st of February in a sidecar")
        << "feb.txt" << QByteArray("---\ndate: 2026-02-31\n---\nBody.") << false;
    QTest::newRow("year 99999 in JSON Lines")
        << "y.jsonl" << QByteArray("{\"id\":\"y\",\"text\":\"Body.\",\"date\":\"99999-01-01\"}\n")
        << false;
}

void TestBadInput::badFileBesideGoodOnes()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, isReportedBad);
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("0-good.txt")), "Lee met Xi in Beijing."));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("1-good.tml")), goodTimeMl));
    QVERIFY(writeFile(dir.filePath(name), bytes));

    const ReadBatch batch = readAllArticles({dir.path()});
    QStringList ids;
    for (const Article &article : batch.articles) {
        ids << article.id;
        QVERIFY2(!article.text.contains(QChar(0)), qPrintable(article.id));
        QVERIFY2(article.published.isValid() || article.isDateAssumed, qPrintable(article.id));
    }
    QVERIFY2(ids.contains(QStringLiteral("0-good")), qPrintable(ids.join(u' ')));
    QVERIFY2(ids.contains(QStringLiteral("GOOD1")), qPrintable(ids.join(u' ')));
    QStringList problems;
    for (const ReadProblem &problem : batch.problems) {
        problems << problem.toString();
        QVERIFY2(problem.path.endsWith(name), qPrintable(problem.toString()));
        QVERIFY(!problem.message.isEmpty());
    }
    if (isReportedBad)
        QVERIFY2(!problems.isEmpty(), qPrintable(ids.join(u' ')));
    else
        QVERIFY2(ids.size() == 3 || !problems.isEmpty(), qPrintable(ids.join(u' ')));
}

// A 100 MB file without a line break (a saved page of minified script): read or refused, but
// never a crash, and the next article still imports.
void TestBadInput::hugeSingleLine_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("plain text") << "huge.txt";
    QTest::newRow("JSON Lines") << "huge.jsonl";
}

void TestBadInput::hugeSingleLine()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    const qint64 size = 100 * 1024 * 1024;
    {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        const bool isJson = name.endsWith(QLatin1String(".jsonl"));
        if (isJson)
            file.write("{\"id\":\"huge\",\"text\":\"");
        const QByteArray chunk = QByteArray("word ").repeated(1024 * 1024 / 5);
        while (file.size() < size)
            QVERIFY(file.write(chunk) == chunk.size());
        if (isJson)
            file.write("\"}");
    }
    QVERIFY(writeFile(dir.filePath(QStringLiteral("z-next.txt")), "Lee met Xi."));
    int huge = 0;
    QStringList ids;
    QStringList problems;
    readArticles(
        {dir.path()},
        [&](Article &&article) {
            ids << article.id;
            if (article.text.size() > size / 2)
                ++huge;
        },
        [&](const ReadProblem &problem) { problems << problem.toString(); });
    QVERIFY2(ids.contains(QStringLiteral("z-next")), qPrintable(ids.join(u' ')));
    QVERIFY2(huge == 1 || !problems.isEmpty(), "the huge article was neither read nor reported");
}

// One bad line must not cost the lines after it.
void TestBadInput::badJsonLinesKeepTheGoodLines_data()
{
    QTest::addColumn<QByteArray>("badLine");
    QTest::newRow("truncated object") << QByteArray("{\"id\":\"x\",\"text\":\"cut");
    QTest::newRow("deeply nested") << nestedJson(100000).trimmed();
    QTest::newRow("nested arrays only") << QByteArray(200000, '[');
    QTest::newRow("invalid UTF-8") << QByteArray("{\"id\":\"x\",\"text\":\"caf\xe9\"}");
    QTest::newRow("NUL bytes") << QByteArray("{\"id\":\"x\",\0\"text\":\"a\"}", 22);
    QTest::newRow("text is a number") << QByteArray("{\"id\":\"x\",\"text\":3}");
    QTest::newRow("top level array") << QByteArray("[1,2,3]");
    QTest::newRow("31st of February")
        << QByteArray("{\"id\":\"x\",\"text\":\"a\",\"date\":\"2026-02-31\"}");
    QTest::newRow("year 99999") << QByteArray(
        "{\"id\":\"x\",\"text\":\"a\",\"date\":\"99999-12-31\"}");
}

void TestBadInput::badJsonLinesKeepTheGoodLines()
{
    QFETCH(QByteArray, badLine);
    QByteArray input = "{\"id\":\"a\",\"text\":\"First.\"}\n" + badLine
        + "\n{\"id\":\"b\",\"text\":\"Last.\",\"date\":\"2024-02-29\"}\n";
    QBuffer device(&input);
    QVERIFY(device.open(QIODevice::ReadOnly));
    QStringList ids;
    QList<QDate> dates;
    QStringList problems;
    readJsonLines(
        device, QStringLiteral("in.jsonl"), QDate(2020, 1, 1),
        [&](Article &&article) {
            ids << article.id;
            dates << article.published;
        },
        [&](const ReadProblem &problem) {
            problems << problem.toString();
            QCOMPARE(problem.line, 2);
        });
    QVERIFY2(ids.startsWith(QStringLiteral("a")), qPrintable(ids.join(u' ')));
    QVERIFY2(ids.endsWith(QStringLiteral("b")), qPrintable(ids.join(u' ')));
    QCOMPARE(dates.last(), QDate(2024, 2, 29));
    // The bad line is either a problem or (for a bad date) an article with a valid, assumed date.
    QVERIFY2(ids.size() == 3 || problems.size() == 1, qPrintable(problems.join(u'\n')));
    for (const QDate &date : dates)
        QVERIFY(date.isValid());
}

// An internal entity bomb must be refused or left unexpanded: never a gigabyte of "lol".
void TestBadInput::entityBombIsNotExpanded()
{
    const Result<TimeMlDocument> doc = TimeMlDocument::parse(billionLaughs());
    if (doc.isOk())
        QVERIFY2(doc->text.size() < 100000, qPrintable(QString::number(doc->text.size())));
    else
        QVERIFY(!doc.error().isEmpty());
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
