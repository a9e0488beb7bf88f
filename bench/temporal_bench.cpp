// Throughput of the temporal tagger over the TEXT of the TE3 silver corpus, in MB/s of UTF-8 text
// on one core. Prints figures; asserts nothing.
#include "extract/temporaltagger.h"
#include "io/timemldocument.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>

#include <cstdio>
#include <ctime>

int main(int argc, char *argv[])
{
    using namespace demarche;
    const QString root = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                  : QStringLiteral(DEMARCHE_SHARED_DATA "/corpora/te3-silver");
    if (!QDir(root).exists()) {
        std::printf("temporal_bench: %s absent, nothing to measure\n", qPrintable(root));
        return 0;
    }
    std::vector<std::pair<QString, QDate>> texts;
    qint64 bytes = 0;
    QDirIterator it(root, {QStringLiteral("*.tml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const Result<TimeMlDocument> doc = TimeMlDocument::parse(file.readAll());
        if (!doc)
            continue;
        bytes += doc->text.toUtf8().size();
        texts.emplace_back(doc->text, doc->creationTime);
    }
    const TemporalTagger tagger;
    tagger.tag(QStringLiteral("warm up on Friday"), QDate(2000, 1, 1));
    // CPU time of this thread as well as wall time: on a shared machine the wall clock also
    // counts the time other processes hold the core.
    const auto cpuSeconds = [] {
        timespec ts {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
    };
    double best = 0;
    double bestCpu = 0;
    std::vector<double> cpuRates;
    std::size_t expressions = 0;
    // Ten rounds: one round takes a tenth of a second, so the median of ten is steadier on a
    // loaded machine than the best of a few.
    for (int round = 0; round < 10; ++round) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = cpuSeconds();
        expressions = 0;
        for (const auto &[text, date] : texts)
            expressions += tagger.tag(text, date).size();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const double cpu = cpuSeconds() - cpuStart;
        const double mbs = double(bytes) / 1e6 / seconds;
        const double cpuMbs = double(bytes) / 1e6 / cpu;
        best = std::max(best, mbs);
        bestCpu = std::max(bestCpu, cpuMbs);
        cpuRates.push_back(cpuMbs);
        std::printf("round %d: %zu documents, %.1f MB, %zu expressions, %.3f s wall (%.1f MB/s), "
                    "%.3f s CPU (%.1f MB/s)\n",
                    round + 1, texts.size(), double(bytes) / 1e6, expressions, seconds, mbs, cpu,
                    cpuMbs);
    }
    std::sort(cpuRates.begin(), cpuRates.end());
    const double medianCpu = (cpuRates[4] + cpuRates[5]) / 2;
    std::printf("temporal tagger: best %.1f MB/s wall, %.1f MB/s per CPU second (one core), "
                "median %.1f MB/s per CPU second\n",
                best, bestCpu, medianCpu);
    return 0;
}
