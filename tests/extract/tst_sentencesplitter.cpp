#include "extract/sentencesplitter.h"
#include "extract/tokenizer.h"

#include <QTest>

using namespace demarche;

class TestSentenceSplitter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("sentences");
        QTest::newRow("two plain sentences")
            << "Lee met Xi. They talked." << QStringList {"Lee met Xi.", "They talked."};
        QTest::newRow("U.S. before a capital name")
            << "The U.S. President met Xi. He left."
            << QStringList {"The U.S. President met Xi.", "He left."};
        QTest::newRow("U.N. before a capital name")
            << "The U.N. Security Council met. It voted."
            << QStringList {"The U.N. Security Council met.", "It voted."};
        QTest::newRow("U.S. ends a sentence")
            << "Sanctions were imposed by the U.S. The move angered Iran."
            << QStringList {"Sanctions were imposed by the U.S.", "The move angered Iran."};
        QTest::newRow("rank title") << "Gen. Smith arrived. Troops followed."
                                    << QStringList {"Gen. Smith arrived.", "Troops followed."};
        QTest::newRow("month abbreviation")
            << "It happened on Jan. 5 in Seoul. Nobody died."
            << QStringList {"It happened on Jan. 5 in Seoul.", "Nobody died."};
        QTest::newRow("honorific") << "Mr. Lee and Dr. Kim spoke. Then they left."
                                   << QStringList {"Mr. Lee and Dr. Kim spoke.", "Then they left."};
        QTest::newRow("initial") << "George W. Bush spoke. Laura listened."
                                 << QStringList {"George W. Bush spoke.", "Laura listened."};
        QTest::newRow("company") << "Acme Corp. Chief Executive resigned. Shares fell."
                                 << QStringList {"Acme Corp. Chief Executive resigned.",
                                                 "Shares fell."};
        QTest::newRow("heading on its own line")
            << "Broader Diplomatic Context\nThis week's summit was Lee's first."
            << QStringList {"Broader Diplomatic Context", "This week's summit was Lee's first."};
        QTest::newRow("hard-wrapped line joins")
            << "The ministers of the two countries agreed on Monday to resume the\ntalks. "
               "They left."
            << QStringList {
                   "The ministers of the two countries agreed on Monday to resume the\ntalks.",
                   "They left."};
        QTest::newRow("blank line ends a paragraph")
            << "Ministers met without a statement\n\nTalks resume"
            << QStringList {"Ministers met without a statement", "Talks resume"};
        QTest::newRow("question and exclamation")
            << "Will they meet? Yes! Soon." << QStringList {"Will they meet?", "Yes!", "Soon."};
        QTest::newRow("surrounding blanks trimmed")
            << "  One.   Two.  " << QStringList {"One.", "Two."};
        QTest::newRow("empty") << "" << QStringList {};
        QTest::newRow("blank") << "   \n  " << QStringList {};
    }
    void split()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, sentences);
        QStringList got;
        for (const TextSpan &s : SentenceSplitter::builtin().split(text))
            got << text.mid(s.begin, s.length());
        QCOMPARE(got, sentences);
    }

    void badListFails()
    {
        QVERIFY(!SentenceSplitter::parse(QStringLiteral("nonsense line here\n")));
        QVERIFY(!SentenceSplitter::parse(QStringLiteral("# only a comment\n")));
        QVERIFY(SentenceSplitter::parse(QStringLiteral("title gen\n")));
    }

    void tokenize_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tokens");
        QTest::newRow("possessive") << "China's role" << QStringList {"china", "'s", "role"};
        QTest::newRow("typographic possessive")
            << QString::fromUtf8("Lee\u2019s visit") << QStringList {"lee", "'s", "visit"};
        QTest::newRow("negation clitic") << "did n't" << QStringList {"did", "n't"};
        QTest::newRow("joined negation") << "didn't go" << QStringList {"did", "n't", "go"};
        QTest::newRow("dotted short form")
            << "the U.S. said" << QStringList {"the", "u.s.", "said"};
        QTest::newRow("final stop split") << "to Seoul." << QStringList {"to", "seoul", "."};
        QTest::newRow("hyphen joins")
            << "war-torn Mozambique" << QStringList {"war-torn", "mozambique"};
        QTest::newRow("number with comma") << "1,000 troops" << QStringList {"1,000", "troops"};
        QTest::newRow("name apostrophe") << "O'Brien said" << QStringList {"o'brien", "said"};
        QTest::newRow("punctuation")
            << "Xi, Lee; Kim" << QStringList {"xi", ",", "lee", ";", "kim"};
        QTest::newRow("empty") << "" << QStringList {};
    }
    void tokenize()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tokens);
        QStringList got;
        for (const Token &t : Tokenizer::tokenize(text)) {
            got << t.lower;
            QCOMPARE(text.mid(t.begin, t.end - t.begin)
                         .toLower()
                         .replace(QChar(0x2019), QLatin1Char('\'')),
                     t.lower);
        }
        QCOMPARE(got, tokens);
    }
};

QTEST_GUILESS_MAIN(TestSentenceSplitter)
#include "tst_sentencesplitter.moc"
