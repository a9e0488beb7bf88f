// Throughput of the temporal tagger over the TEXT of the TE3 silver corpus, in MB/s of UTF-8 text
// on one core. Prints figures; asserts nothing.
#include "extract/temporaltagger.h"
#include "io/timemldocument.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

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
    double best = 0;
    std::size_t expressions = 0;
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer timer;
        timer.start();
        expressions = 0;
        for (const auto &[text, date] : texts)
            expressions += tagger.tag(text, date).size();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const double mbs = double(bytes) / 1e6 / seconds;
        best = std::max(best, mbs);
        std::printf("round %d: %zu documents, %.1f MB, %zu expressions, %.3f s, %.1f MB/s\n",
                    round + 1, texts.size(), double(bytes) / 1e6, expressions, seconds, mbs);
    }
    std::printf("temporal tagger: best %.1f MB/s (one core)\n", best);
    return 0;
}
