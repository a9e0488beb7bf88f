#include "core/cameotable.h"

#include <QTest>

#include <algorithm>

using namespace demarche;

class TestCameoTable final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtinIsComplete();
    void knownCodes_data();
    void knownCodes();
    void rejectsBadTables_data();
    void rejectsBadTables();
};

void TestCameoTable::builtinIsComplete()
{
    const CameoTable &table = CameoTable::builtin();
    QCOMPARE(int(table.codes().size()), 311);
    QSet<QString> roots;
    for (const CameoCode &code : table.codes()) {
        QVERIFY2(!code.name.isEmpty(), qPrintable(code.code));
        // CAMEO names are plain English: anything else is a garbled encoding in the source list.
        const bool printableAscii = std::all_of(code.name.begin(), code.name.end(), [](QChar c) {
            return c.unicode() >= 0x20 && c.unicode() < 0x7f;
        });
        QVERIFY2(printableAscii, qPrintable(code.code + QLatin1Char(' ') + code.name));
        QVERIFY2(!code.ploverType.isEmpty(), qPrintable(code.code));
        QVERIFY(code.goldstein >= -10.0 && code.goldstein <= 10.0);
        QVERIFY(int(code.quadClass) >= 1 && int(code.quadClass) <= 4);
        roots.insert(code.root());
    }
    QCOMPARE(roots.size(), 20);
}

void TestCameoTable::knownCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<double>("goldstein");
    QTest::addColumn<int>("quadClass");
    QTest::addColumn<QString>("plover");
    QTest::newRow("appeal to mediate") << "028" << 4.0 << 1 << "REQUEST";
    QTest::newRow("make a visit") << "042" << 1.9 << 1 << "CONSULT";
    QTest::newRow("sign agreement") << "057" << 8.0 << 1 << "SUPPORT";
    QTest::newRow("criticize") << "111" << -2.0 << 3 << "ACCUSE";
    QTest::newRow("impose embargo") << "163" << -8.0 << 4 << "COERCE";
    QTest::newRow("nuclear weapons") << "2042" << -10.0 << 4 << "ASSAULT";
    QTest::newRow("public statement has no PLOVER type") << "010" << 0.0 << 1 << "NONE";
}

void TestCameoTable::knownCodes()
{
    QFETCH(QString, code);
    QFETCH(double, goldstein);
    QFETCH(int, quadClass);
    QFETCH(QString, plover);
    const CameoCode *found = CameoTable::builtin().find(code);
    QVERIFY(found);
    QCOMPARE(found->goldstein, goldstein);
    QCOMPARE(int(found->quadClass), quadClass);
    QCOMPARE(found->ploverType, plover);
    QVERIFY(!CameoTable::builtin().find(QStringLiteral("999")));
}

void TestCameoTable::rejectsBadTables_data()
{
    QTest::addColumn<QString>("tsv");
    QTest::addColumn<QString>("errorPart");
    const QString header = QStringLiteral("code\tname\tgoldstein\tquadclass\tplover\n");
    QTest::newRow("empty") << header << "empty";
    QTest::newRow("missing field") << header + "010\tStatement\t0.0\t1\n" << "5 tab-separated";
    QTest::newRow("bad Goldstein") << header + "010\tStatement\t12\t1\tNONE\n" << "Goldstein";
    QTest::newRow("bad root") << header + "210\tStatement\t0\t1\tNONE\n" << "root";
    QTest::newRow("duplicate") << header + "010\tA\t0\t1\tNONE\n010\tB\t0\t1\tNONE\n" << "duplicate";
    QTest::newRow("bad QuadClass") << header + "010\tA\t0\t5\tNONE\n" << "QuadClass";
}

void TestCameoTable::rejectsBadTables()
{
    QFETCH(QString, tsv);
    QFETCH(QString, errorPart);
    const Result<CameoTable> table = CameoTable::parse(tsv);
    QVERIFY(!table);
    QVERIFY2(table.error().contains(errorPart), qPrintable(table.error()));
}

QTEST_APPLESS_MAIN(TestCameoTable)
#include "tst_cameotable.moc"
