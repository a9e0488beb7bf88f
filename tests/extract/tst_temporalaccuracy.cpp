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
    // DEMARCHE_TIMEX_CORPUS=DIR scores another TimeML folder (a held-out set) with the same report;
    // the floors hold for TBAQ only.
    const QString other = qEnvironmentVariable("DEMARCHE_TIMEX_CORPUS");
    const QString root
        = other.isEmpty() ? QStringLiteral(DEMARCHE_SHARED_DATA "/temporal/tbaq") : other;
    if (!QDir(root).exists())
        QSKIP(qPrintable(
            QStringLiteral("TimeML gold folder absent (%1): nothing to score").arg(root)));
    QStringList files;
    QDirIterator it(root, {QStringLiteral("*.tml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    QVERIFY2(!files.isEmpty(), "no .tml files under the TBAQ folder");

    const TemporalTagger tagger;
    TimexScorer scorer;
    // DEMARCHE_TIMEX_DUMP=FILE writes every gold and system expression with its context, one a
    // line, for studying errors by class outside the test.
    QFile dump(qEnvironmentVariable("DEMARCHE_TIMEX_DUMP"));
    const bool dumping = !dump.fileName().isEmpty() && dump.open(QIODevice::WriteOnly);
    const auto write = [&](const QString &docId, const QString &text, const ScoredTimex &t,
                           char kind) {
        const auto clean = [](QString s) {
            return s.replace(QLatin1Char('\n'), QLatin1Char(' '));
        };
        const QString line = QStringList {QString(QLatin1Char(kind)),
                                          docId,
                                          QString::number(t.span.begin),
                                          QString::number(t.span.end),
                                          t.type,
                                          t.value,
                                          clean(text.mid(t.span.begin, t.span.end - t.span.begin)),
                                          clean(text.mid(std::max(0, t.span.begin - 80),
                                                         std::min(80, t.span.begin))),
                                          clean(text.mid(t.span.end, 80))}
                                 .join(QLatin1Char('\t'))
            + QLatin1Char('\n');
        dump.write(line.toUtf8());
    };
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
        if (dumping) {
            dump.write(QStringLiteral("D\t%1\t%2\n")
                           .arg(doc->docId, doc->creationTime.toString(Qt::ISODate))
                           .toUtf8());
            for (const ScoredTimex &t : gold)
                write(doc->docId, doc->text, t, 'G');
            for (const ScoredTimex &t : system)
                write(doc->docId, doc->text, t, 'S');
        }
    }
    // DEMARCHE_TIMEX_ERRORS=N lists the N most frequent error patterns instead of 60.
    const int worst = qEnvironmentVariableIsSet("DEMARCHE_TIMEX_ERRORS")
        ? qEnvironmentVariableIntValue("DEMARCHE_TIMEX_ERRORS")
        : 60;
    const QString report = scorer.report(worst);
    std::fputs(qPrintable(report), stdout);
    QCOMPARE(scorer.documents(), int(files.size()));
    if (!other.isEmpty())
        return;
    // Measured: strict extent F1 89.64, relaxed 95.05, value F1 82.01.
    QVERIFY2(scorer.strict().f1() >= 0.895, "strict extent F1 below its floor");
    QVERIFY2(scorer.relaxed().f1() >= 0.949, "relaxed extent F1 below its floor");
    QVERIFY2(scorer.valueF1() >= 0.818, "value F1 below its floor");
}

QTEST_GUILESS_MAIN(TestTemporalAccuracy)
#include "tst_temporalaccuracy.moc"
