#include "extract/eventscorer.h"

#include <QTest>

using namespace demarche;

// A predicted event from `source` to `target` (none when empty) coded `code`.
Event predicted(const QString &source, const QString &target, const QString &code)
{
    Event e;
    e.source.code = source;
    e.source.country = source;
    if (!target.isEmpty()) {
        Actor t;
        t.code = target;
        t.country = target;
        e.target = t;
    }
    e.cameoCode = code;
    e.cameoRoot = code.left(2);
    return e;
}

// The scorer's matching rules on hand-made gold and predictions.
class TestEventScorer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldCountry_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("country");
        QTest::newRow("CAMEO code unchanged") << "KORGOV"
                                              << "KOR";
        QTest::newRow("JAP is Japan") << "JAP"
                                      << "JPN";
        QTest::newRow("ITL is Italy") << "ITLGOV"
                                      << "ITA";
        QTest::newRow("IGO stays") << "IGOUNO"
                                   << "IGO";
        QTest::newRow("empty") << ""
                               << "";
    }
    void goldCountry()
    {
        QFETCH(QString, code);
        QFETCH(QString, country);
        QCOMPARE(EventScorer::goldCountry(code), country);
    }

    void matching_data()
    {
        QTest::addColumn<QString>("goldSource");
        QTest::addColumn<QString>("goldTarget");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("target"); // empty: the prediction has no target
        QTest::addColumn<int>("matched");
        QTest::newRow("same dyad") << "ISR"
                                   << "PSE"
                                   << "ISR"
                                   << "PSE" << 1;
        QTest::newRow("wrong target") << "ISR"
                                      << "PSE"
                                      << "ISR"
                                      << "LBN" << 0;
        QTest::newRow("no target for a foreign gold target") << "ISR"
                                                             << "PSE"
                                                             << "ISR" << QString() << 0;
        QTest::newRow("no target for a domestic gold record") << "TUR"
                                                              << "TUR"
                                                              << "TUR" << QString() << 0;
        QTest::newRow("own country for a domestic gold record") << "TUR"
                                                                << "TUR"
                                                                << "TUR"
                                                                << "TUR" << 1;
        QTest::newRow("wrong source") << "TUR"
                                      << "TUR"
                                      << "SYR"
                                      << "TUR" << 0;
        QTest::newRow("gold and prediction without target")
            << "PRK" << QString() << "PRK" << QString() << 1;
        QTest::newRow("gold without target takes any") << "PRK" << QString() << "PRK"
                                                       << "KOR" << 1;
    }
    void matching()
    {
        QFETCH(QString, goldSource);
        QFETCH(QString, goldTarget);
        QFETCH(QString, source);
        QFETCH(QString, target);
        QFETCH(int, matched);
        GoldSentence sentence;
        sentence.text = QStringLiteral("stand-in");
        GoldEvent g;
        g.sources << goldSource;
        if (!goldTarget.isEmpty())
            g.targets << goldTarget;
        g.cameoCode = QStringLiteral("190");
        g.cameoRoot = QStringLiteral("19");
        sentence.events.push_back(g);
        const EventScore score
            = EventScorer::score({sentence}, {{predicted(source, target, QStringLiteral("190"))}});
        QCOMPARE(score.matchedTriples, matched);
        QCOMPARE(score.predictedTriples, 1);
        // An unmatched prediction is an extra of one class, and its gold triple a miss beside it.
        QCOMPARE(score.extraWrongRoot + score.extraWrongDyad + score.extraNoGold, 1 - matched);
        QCOMPARE(score.missedBeside, 1 - matched);
        QCOMPARE(score.missedSilent, 0);
    }

    void errorClasses()
    {
        GoldEvent attack;
        attack.sources << QStringLiteral("ISR");
        attack.targets << QStringLiteral("PSE");
        attack.cameoRoot = QStringLiteral("19");
        GoldSentence coded;
        coded.events = {attack};
        GoldSentence silent = coded;
        const GoldSentence empty;
        const Event wrongRoot
            = predicted(QStringLiteral("ISR"), QStringLiteral("PSE"), QStringLiteral("111"));
        const Event stray
            = predicted(QStringLiteral("EGY"), QStringLiteral("PSE"), QStringLiteral("111"));
        const EventScore score
            = EventScorer::score({coded, silent, empty}, {{wrongRoot}, {}, {stray}});
        QCOMPARE(score.extraWrongRoot, 1);
        QCOMPARE(score.extraNoGold, 1);
        QCOMPARE(score.extraWrongDyad, 0);
        QCOMPARE(score.missedBeside, 1);
        QCOMPARE(score.missedSilent, 1);
    }
};

QTEST_GUILESS_MAIN(TestEventScorer)
#include "tst_eventscorer.moc"
