#include "extract/timexlexicon.h"

#include <QtTest>

using namespace demarche;

// The temporal lexicon's lookup: any letter case, words that start with a digit ("1st"), and
// the misses the tagger relies on (unknown, non-ASCII, too long).
class TestTemporalLexicon final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void find_data();
    void find();
    void parseErrors_data();
    void parseErrors();
};

void TestTemporalLexicon::find_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("known");
    QTest::addColumn<int>("cls");
    QTest::addColumn<int>("number");

    QTest::newRow("month") << "march" << true << int(LexClass::Month) << 3;
    QTest::newRow("upper case") << "MAY" << true << int(LexClass::Month) << 5;
    QTest::newRow("mixed case") << "Thursday" << true << int(LexClass::Weekday) << 4;
    QTest::newRow("digit first") << "1st" << true << int(LexClass::Ordinal) << 1;
    QTest::newRow("unit") << "Quarter" << true << int(LexClass::Unit) << 0;
    QTest::newRow("unknown same first letter") << "marchers" << false << 0 << 0;
    QTest::newRow("unknown") << "zebra" << false << 0 << 0;
    QTest::newRow("non-ascii") << QStringLiteral("\u00e9t\u00e9") << false << 0 << 0;
    QTest::newRow("too long") << QString(40, QLatin1Char('m')) << false << 0 << 0;
    QTest::newRow("empty") << QString() << false << 0 << 0;
}

void TestTemporalLexicon::find()
{
    QFETCH(QString, word);
    QFETCH(bool, known);
    QFETCH(int, cls);
    QFETCH(int, number);

    const LexEntry *entry = TimexLexicon::builtIn().find(word);
    QCOMPARE(entry != nullptr, known);
    if (!entry)
        return;
    QCOMPARE(int(entry->cls), cls);
    if (number)
        QCOMPARE(entry->number, number);
}

void TestTemporalLexicon::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown class") << "colour\tred\t1\n"
                                   << "line 1";
    QTest::newRow("listed twice") << "month\tmay\t5\nmonth\tMay\t5\n"
                                  << "twice";
}

void TestTemporalLexicon::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, message);

    const Result<TimexLexicon> parsed = TimexLexicon::parse(text);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().contains(message), qPrintable(parsed.error()));
}

QTEST_GUILESS_MAIN(TestTemporalLexicon)
#include "tst_temporallexicon.moc"
