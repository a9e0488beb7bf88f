#include "core/textindex.h"

#include <QTest>

using namespace demarche;

class TestTextIndex final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
};

void TestTextIndex::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("codePointBegin");
    QTest::newRow("ASCII") << "Lee met Xi." << "Xi" << 8;
    QTest::newRow("BMP punctuation") << QString::fromUtf8("Lee’s visit — Xi") << "Xi" << 14;
    QTest::newRow("astral emoji before") << QString::fromUtf8("😀 Lee met Xi") << "Xi" << 10;
    QTest::newRow("two astral chars") << QString::fromUtf8("𝒜𝒜 Seoul") << "Seoul" << 3;
}

void TestTextIndex::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(QString, word);
    QFETCH(int, codePointBegin);
    const TextIndex index(text);
    const int utf16 = int(text.indexOf(word));
    const TextSpan utf16Span{utf16, utf16 + int(word.size())};
    const TextSpan codePoints = index.toCodePoints(utf16Span);
    QCOMPARE(codePoints.begin, codePointBegin);
    QCOMPARE(codePoints.length(), int(word.toUcs4().size()));
    QCOMPARE(index.toUtf16(codePoints), utf16Span);
    QCOMPARE(index.codePointCount(), int(text.toUcs4().size()));
}

QTEST_APPLESS_MAIN(TestTextIndex)
#include "tst_textindex.moc"
