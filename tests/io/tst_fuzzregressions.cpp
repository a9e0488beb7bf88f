// Every input a fuzzer ever broke Demarche with, kept under fuzz/regressions/<target>/, fed
// again to the very harness that found it (the fuzz_*.cpp files are compiled in here under other
// names), so a fixed crash stays fixed in the ordinary test run, sanitizers or not.
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <cstddef>
#include <cstdint>

#define LLVMFuzzerTestOneInput fuzzPlainText
#include "../../fuzz/fuzz_plaintext.cpp"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzzJsonLines
#include "../../fuzz/fuzz_jsonlines.cpp"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzzTimeMl
#include "../../fuzz/fuzz_timeml.cpp"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzzReuters
#include "../../fuzz/fuzz_reuters.cpp"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzzSentenceSplitter
#include "../../fuzz/fuzz_sentencesplitter.cpp"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzzTemporalTagger
#include "../../fuzz/fuzz_temporaltagger.cpp"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzzExtractor
#include "../../fuzz/fuzz_extractor.cpp"
#undef LLVMFuzzerTestOneInput

namespace {

using Harness = int (*)(const uint8_t *, size_t);

Harness harness(const QString &target)
{
    static const QHash<QString, Harness> harnesses = {
        {QStringLiteral("plaintext"), fuzzPlainText},
        {QStringLiteral("jsonlines"), fuzzJsonLines},
        {QStringLiteral("timeml"), fuzzTimeMl},
        {QStringLiteral("reuters"), fuzzReuters},
        {QStringLiteral("sentencesplitter"), fuzzSentenceSplitter},
        {QStringLiteral("temporaltagger"), fuzzTemporalTagger},
        {QStringLiteral("extractor"), fuzzExtractor},
    };
    return harnesses.value(target);
}

QString fuzzRoot()
{
    return QFileInfo(QStringLiteral(DEMARCHE_SEEDS)).absolutePath() + QStringLiteral("/fuzz");
}

} // namespace

class TestFuzzRegressions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replay_data();
    void replay();
};

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    // The seed corpora too: cheap, and they prove every harness runs outside libFuzzer.
    for (const QString &folder : {QStringLiteral("regressions"), QStringLiteral("corpus")}) {
        QDirIterator it(fuzzRoot() + u'/' + folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo file(it.next());
            if (file.fileName().startsWith(u'.') || file.fileName().endsWith(QLatin1String(".md")))
                continue;
            const QString target = file.dir().dirName();
            QTest::newRow(qPrintable(folder + u'/' + target + u'/' + file.fileName()))
                << target << file.absoluteFilePath();
        }
    }
}

void TestFuzzRegressions::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    const Harness run = harness(target);
    QVERIFY2(run, qPrintable(QStringLiteral("no harness for folder ") + target));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray input = file.readAll();
    QCOMPARE(run(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size())), 0);
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
