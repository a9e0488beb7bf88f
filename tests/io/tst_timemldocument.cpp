#include "io/timemldocument.h"

#include <QDirIterator>
#include <QtTest>

using namespace demarche;

// Parsing TimeML and writing TIMEX3 tags back so that the TEXT content stays the input text.
class TestTimeMlDocument final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse();
    void parseFails_data();
    void parseFails();
    void roundTrip_data();
    void roundTrip();
    void roundTripShared();
};

namespace {

const QByteArray sample = QByteArrayLiteral(
    "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>ABC1</DOCID>\n"
    "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\" "
    "functionInDocument=\"CREATION_TIME\">19980108</TIMEX3></DCT>\n"
    "<TEXT>\nStocks <EVENT eid=\"e1\">fell</EVENT> &amp; rose <TIMEX3 tid=\"t1\" type=\"DATE\" "
    "value=\"1998-01-07\">yesterday</TIMEX3> for a <TIMEX3 tid=\"t2\" type=\"DURATION\" "
    "value=\"P5Y\" mod=\"APPROX\">five year</TIMEX3> low.\n</TEXT>\n"
    "<TLINK lid=\"l1\" relType=\"BEFORE\" timeID=\"t1\" relatedToTime=\"t0\"/>\n</TimeML>\n");

// The TEXT content of a TimeML file with every tag removed, as a parser sees it.
QString strippedText(const QByteArray &xml)
{
    const Result<TimeMlDocument> doc = TimeMlDocument::parse(xml);
    return doc ? doc->text : QStringLiteral("<unparsable: %1>").arg(doc.error());
}

} // namespace

void TestTimeMlDocument::parse()
{
    const Result<TimeMlDocument> doc = TimeMlDocument::parse(sample);
    QVERIFY2(doc.isOk(), qPrintable(doc.error()));
    QCOMPARE(doc->docId, QStringLiteral("ABC1"));
    QCOMPARE(doc->creationTime, QDate(1998, 1, 8));
    QCOMPARE(doc->text, QStringLiteral("\nStocks fell & rose yesterday for a five year low.\n"));
    QCOMPARE(doc->timexes.size(), std::size_t(2));
    const AnnotatedTimex &first = doc->timexes[0];
    QCOMPARE(doc->text.mid(first.span.begin, first.span.length()), QStringLiteral("yesterday"));
    QCOMPARE(first.type, QStringLiteral("DATE"));
    QCOMPARE(first.value, QStringLiteral("1998-01-07"));
    QCOMPARE(doc->timexes[1].mod, QStringLiteral("APPROX"));
    QCOMPARE(doc->text.mid(doc->timexes[1].span.begin, doc->timexes[1].span.length()),
             QStringLiteral("five year"));
}

void TestTimeMlDocument::parseFails_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("malformed") << QByteArray("<TimeML><DCT><TIMEX3 value=\"1998-01-08\"></DCT>")
                               << "line";
    QTest::newRow("no text") << QByteArray(
        "<TimeML><DCT><TIMEX3 value=\"1998-01-08\"/></DCT></TimeML>")
                             << "TEXT";
    QTest::newRow("no dct") << QByteArray("<TimeML><TEXT>hi</TEXT></TimeML>") << "DCT";
    QTest::newRow("bad dct") << QByteArray(
        "<TimeML><DCT><TIMEX3 value=\"soon\"/></DCT><TEXT>hi</TEXT></TimeML>")
                             << "DCT";
    QTest::newRow("external entity") << QByteArray(
        "<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        "<TimeML><DCT><TIMEX3 value=\"1998-01-08\"/></DCT><TEXT>&x;</TEXT></TimeML>")
                                     << "entit";
}

void TestTimeMlDocument::parseFails()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, messagePart);
    const Result<TimeMlDocument> doc = TimeMlDocument::parse(xml);
    QVERIFY(!doc.isOk());
    QVERIFY2(doc.error().contains(messagePart, Qt::CaseInsensitive), qPrintable(doc.error()));
}

void TestTimeMlDocument::roundTrip_data()
{
    QTest::addColumn<QList<int>>("spans"); // begin, end pairs into the text
    QTest::newRow("none") << QList<int> {};
    QTest::newRow("one") << QList<int> {20, 29};
    QTest::newRow("two and an escaped char") << QList<int> {8, 12, 20, 29};
    QTest::newRow("overlap keeps the first") << QList<int> {20, 29, 25, 40};
    QTest::newRow("whole text") << QList<int> {0, 52};
}

void TestTimeMlDocument::roundTrip()
{
    QFETCH(QList<int>, spans);
    const Result<TimeMlDocument> doc = TimeMlDocument::parse(sample);
    QVERIFY(doc.isOk());
    std::vector<TimeExpression> expressions;
    for (int i = 0; i + 1 < spans.size(); i += 2) {
        TimeExpression e;
        e.span = TextSpan {spans[i], std::min<int>(spans[i + 1], int(doc->text.size()))};
        e.type = TimexType::Date;
        e.value = QStringLiteral("1998-01-07");
        expressions.push_back(e);
    }
    const QByteArray out = doc->withTimexes(sample, expressions);
    const Result<TimeMlDocument> again = TimeMlDocument::parse(out);
    QVERIFY2(again.isOk(), qPrintable(again.error()));
    QCOMPARE(again->text, doc->text);
    QCOMPARE(again->creationTime, doc->creationTime);
    QVERIFY(out.contains("<TLINK lid=\"l1\""));
    for (const AnnotatedTimex &t : again->timexes)
        QCOMPARE(t.value, QStringLiteral("1998-01-07"));
    QVERIFY(again->timexes.size() <= expressions.size());
}

void TestTimeMlDocument::roundTripShared()
{
    const QString root = QStringLiteral(DEMARCHE_SHARED_DATA "/temporal/tbaq");
    if (!QDir(root).exists())
        QSKIP("TBAQ data absent (../shared/data/temporal/tbaq): no real TimeML to round-trip");
    QDirIterator it(root, {QStringLiteral("*.tml")}, QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray xml = file.readAll();
        const Result<TimeMlDocument> doc = TimeMlDocument::parse(xml);
        QVERIFY2(doc.isOk(), qPrintable(file.fileName() + doc.error()));
        // Write the gold expressions back: the text must survive exactly.
        std::vector<TimeExpression> expressions;
        for (const AnnotatedTimex &t : doc->timexes) {
            TimeExpression e;
            e.span = t.span;
            e.value = t.value;
            expressions.push_back(e);
        }
        QCOMPARE(strippedText(doc->withTimexes(xml, expressions)), doc->text);
        ++files;
    }
    QVERIFY(files > 0);
}

QTEST_GUILESS_MAIN(TestTimeMlDocument)
#include "tst_timemldocument.moc"
