#include "extract/wordclasses.h"

#include <QTest>

using namespace demarche;

Q_DECLARE_METATYPE(WordClass)

// The closed word classes the event coder reads from resources/extract/grammar/wordclasses.txt.
class TestWordClasses final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtin_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<WordClass>("wordClass");
        QTest::addColumn<bool>("isMember");
        QTest::newRow("'was' is a form of be") << "was" << WordClass::Be << true;
        QTest::newRow("'that' breaks a clause") << "that" << WordClass::ClauseBreak << true;
        QTest::newRow("'with' is a preposition") << "with" << WordClass::Preposition << true;
        QTest::newRow("'with' is no clause break") << "with" << WordClass::ClauseBreak << false;
        QTest::newRow("'since' anchors a date") << "since" << WordClass::DateAnchor << true;
        QTest::newRow("'since' opens a gerund clause")
            << "since" << WordClass::GerundSubordinator << true;
        QTest::newRow("'following' places an event noun")
            << "following" << WordClass::EventPreposition << true;
        QTest::newRow("'launch' is a light verb") << "launch" << WordClass::LightVerb << true;
        QTest::newRow("'he' is a subject pronoun") << "he" << WordClass::SubjectPronoun << true;
        QTest::newRow("'him' is no subject pronoun") << "him" << WordClass::SubjectPronoun << false;
        QTest::newRow("'him' is a person pronoun") << "him" << WordClass::PersonPronoun << true;
        QTest::newRow("words are lower case") << "Since" << WordClass::DateAnchor << false;
        QTest::newRow("empty word") << "" << WordClass::Be << false;
    }
    void builtin()
    {
        QFETCH(QString, word);
        QFETCH(WordClass, wordClass);
        QFETCH(bool, isMember);
        QCOMPARE(WordClasses::builtin().is(word, wordClass), isMember);
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("unknown class") << "colour: red\n"
                                       << "line 1";
        QTest::newRow("class without words") << "# comment\nbe:\n"
                                             << "line 2";
        QTest::newRow("missing colon") << "be is are\n"
                                       << "line 1";
        QTest::newRow("a class never given") << "be: is\n"
                                             << "has no words";
    }
    void parseErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, errorPart);
        const Result<WordClasses> parsed = WordClasses::parse(text);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().contains(errorPart), qPrintable(parsed.error()));
    }
};

QTEST_GUILESS_MAIN(TestWordClasses)
#include "tst_wordclasses.moc"
