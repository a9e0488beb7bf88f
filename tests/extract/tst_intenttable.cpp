#include "extract/intenttable.h"

#include <QTest>

using namespace demarche;

// CAMEO's intent and threat codes for stated future actions (resources/extract/verbs/intents.tsv).
class TestIntentTable final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtin_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("intent");
        QTest::newRow("meet: intent to meet") << "040"
                                              << "036";
        QTest::newRow("mediate: intent to mediate") << "045"
                                                    << "039";
        QTest::newRow("humanitarian aid") << "073"
                                          << "0333";
        QTest::newRow("release: longest prefix 084") << "0841"
                                                     << "0353";
        QTest::newRow("sanctions: threat of sanctions") << "163"
                                                        << "1312";
        QTest::newRow("blockade") << "191"
                                  << "1381";
        QTest::newRow("attack") << "190"
                                << "138";
        QTest::newRow("appeal keeps its code") << "028" << QString();
        QTest::newRow("threat keeps its code") << "138" << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void builtin()
    {
        QFETCH(QString, code);
        QFETCH(QString, intent);
        QCOMPARE(IntentTable::builtin().intentOf(code), intent);
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("intent outside 03 and 13") << "04\t040\n";
        QTest::newRow("unknown code") << "# c\n04\t0399\n";
        QTest::newRow("one column") << "04\n";
    }
    void parseErrors()
    {
        QFETCH(QString, text);
        const Result<IntentTable> parsed = IntentTable::parse(text, CameoTable::builtin());
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().contains(QLatin1String("line")), qPrintable(parsed.error()));
    }
};

QTEST_GUILESS_MAIN(TestIntentTable)
#include "tst_intenttable.moc"
