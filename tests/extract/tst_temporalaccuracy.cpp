#include "extract/temporaltagger.h"
#include "extract/timexscorer.h"
#include "io/timemldocument.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QtTest>

using namespace demarche;

// Scores the temporal tagger on TimeBank + AQUAINT (gold TIMEX3) and prints the TempEval-3 style
// report. The floors sit just under the figures measured when the tagger was written, so that a
// regression fails while the noise of a rule change does not.
class TestTemporalAccuracy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tbaq();
};

void TestTemporalAccuracy::tbaq()
{
    const QString root = QStringLiteral(DEMARCHE_SHARED_DATA "/temporal/tbaq");
    if (!QDir(root).exists())
        QSKIP("TBAQ gold data absent (../shared/data/temporal/tbaq): nothing to score");
    QStringList files;
    QDirIterator it(root, {QStringLiteral("*.tml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    QVERIFY2(!files.isEmpty(), "no .tml files under the TBAQ folder");

    const TemporalTagger tagger;
    TimexScorer scorer;
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const Result<TimeMlDocument> doc = TimeMlDocument::parse(file.readAll());
        QVERIFY2(doc.isOk(), qPrintable(path + QStringLiteral(": ") + doc.error()));
        std::vector<ScoredTimex> gold;
        for (const AnnotatedTimex &t : doc->timexes)
            gold.push_back({t.span, t.type, t.value});
        std::vector<ScoredTimex> system;
        for (const TimeExpression &e : tagger.tag(doc->text, doc->creationTime))
            system.push_back({e.span, timexTypeName(e.type), e.value});
        scorer.addDocument(doc->docId, doc->text, gold, system);
    }
    // DEMARCHE_TIMEX_ERRORS=N lists the N most frequent error patterns instead of 60.
    const int worst = qEnvironmentVariableIsSet("DEMARCHE_TIMEX_ERRORS")
        ? qEnvironmentVariableIntValue("DEMARCHE_TIMEX_ERRORS")
        : 60;
    const QString report = scorer.report(worst);
    std::fputs(qPrintable(report), stdout);
    QCOMPARE(scorer.documents(), int(files.size()));
    // Measured: strict extent F1 87.5, relaxed 94.0, value F1 80.0.
    QVERIFY2(scorer.strict().f1() >= 0.865, "strict extent F1 below its floor");
    QVERIFY2(scorer.relaxed().f1() >= 0.935, "relaxed extent F1 below its floor");
    QVERIFY2(scorer.valueF1() >= 0.795, "value F1 below its floor");
}

QTEST_GUILESS_MAIN(TestTemporalAccuracy)
#include "tst_temporalaccuracy.moc"
