#include "extract/actorrecognizer.h"
#include "extract/eventscorer.h"
#include "extract/extractor.h"

#include <QFileInfo>
#include <QTest>

using namespace demarche;

// Label accuracy of the event coder on real, human-coded sentences. Prints the scorer's report
// (set DEMARCHE_SHOW_MISTAKES=1 to list every sentence where coder and gold differ) and asserts a
// floor just under the measured figures, so that a regression fails while noise does not.
class TestEventAccuracy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ploverGold()
    {
        const QString path = QStringLiteral(DEMARCHE_SHARED_DATA "/events/plover-gsr-dev.jsonl");
        if (!QFileInfo::exists(path))
            QSKIP("PLOVER gold data absent (../shared/data/events/plover-gsr-dev.jsonl)");
        const Result<std::vector<GoldSentence>> gold = EventScorer::readPloverJsonl(path);
        QVERIFY2(gold, qPrintable(gold.error()));
        QCOMPARE(gold->size(), size_t(164));
        const Extractor extractor;
        const EventScore score = EventScorer::score(gold.value(), extractor);
        print(score, QStringLiteral("PLOVER gold (plover-gsr-dev.jsonl)"));
        QVERIFY2(score.f1() >= kPloverF1, qPrintable(QString::number(score.f1())));
        QVERIFY2(score.rootAccuracy() >= kPloverRoot,
                 qPrintable(QString::number(score.rootAccuracy())));
        QVERIFY2(score.extraPerSentence() <= kPloverExtra,
                 qPrintable(QString::number(score.extraPerSentence())));
    }

    void petrarchAgreement()
    {
        const QString path
            = QStringLiteral(DEMARCHE_SHARED_DATA "/events/PETR2_GSR_validation.xml");
        if (!QFileInfo::exists(path))
            QSKIP("PETRARCH-2 validation data absent "
                  "(../shared/data/events/PETR2_GSR_validation.xml)");
        const Result<std::vector<GoldSentence>> gold = EventScorer::readPetrarchXml(path);
        QVERIFY2(gold, qPrintable(gold.error()));
        QVERIFY(gold->size() >= 70);
        const Extractor extractor;
        const EventScore score = EventScorer::score(gold.value(), extractor);
        print(score, QStringLiteral("agreement with PETRARCH-2 (PETR2_GSR_validation.xml)"));
        QVERIFY2(score.f1() >= kPetrarchF1, qPrintable(QString::number(score.f1())));
        QVERIFY2(score.noEventAgreed >= kPetrarchNoEvent,
                 qPrintable(QString::number(score.noEventAgreed)));
    }

    // Prints the actors found in DEMARCHE_EXPLAIN's text, to see why a sentence codes as it does.
    void explain()
    {
        const QString text = qEnvironmentVariable("DEMARCHE_EXPLAIN");
        if (text.isEmpty())
            QSKIP("set DEMARCHE_EXPLAIN to a sentence to see its actors and events");
        const ArticleActors actors = ActorRecognizer::builtin().recognize(text, QDate(2000, 1, 1));
        for (const ActorMention &m : actors.mentions())
            qInfo().noquote() << m.actor.code << actorKindName(m.kind)
                              << text.mid(m.span.begin, m.span.length());
        Article article;
        article.text = text;
        article.published = QDate(2000, 1, 1);
        for (const Event &e : Extractor().extract(article).events)
            qInfo().noquote() << e.source.code << (e.target ? e.target->code : QStringLiteral("-"))
                              << e.cameoCode << e.trigger << modalityName(e.modality);
    }

private:
    static void print(const EventScore &score, const QString &title)
    {
        const QByteArray report = score.report(title).toUtf8();
        qInfo().noquote() << report;
        if (qEnvironmentVariableIsSet("DEMARCHE_SHOW_MISTAKES"))
            for (const QString &line : score.mistakes)
                qInfo().noquote() << line;
    }

    // Floors just under the figures measured when this test was last changed (see the report).
    // Matching is the rule, which the held-out set is scored by (a targetless prediction
    // matches only a targetless gold record); the gold's JAP/ITL read as JPN/ITA (EventScorer).
    static constexpr double kPloverF1 = 0.76; // measured 0.781
    static constexpr double kPloverRoot = 0.95; // measured 0.978
    static constexpr double kPloverExtra = 0.15; // measured 0.128
    static constexpr double kPetrarchF1 = 0.38; // measured 0.400
    static constexpr int kPetrarchNoEvent = 6; // measured 6 of 12
};

QTEST_GUILESS_MAIN(TestEventAccuracy)
#include "tst_eventaccuracy.moc"
