// Actor recognition throughput on the TempEval-3 silver corpus: prints MB/s (UTF-8 input bytes)
// for the tokenizer alone and for full recognition, in the same run. Asserts nothing.
#include "extract/actorrecognizer.h"
#include "extract/actortokenizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTextStream>
#include <cstdio>
#include <ctime>

using namespace demarche;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString dirPath = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                     : QStringLiteral(DEMARCHE_SHARED_DATA "/corpora/te3-silver");
    QDir dir(dirPath);
    const QStringList files = dir.entryList({QStringLiteral("*.tml")}, QDir::Files);
    if (files.isEmpty()) {
        std::fprintf(stderr, "no .tml files in %s\n", qPrintable(dirPath));
        return 1;
    }
    // Plain text of each document: the TEXT element with its tags removed.
    const QRegularExpression textElement(QStringLiteral("<TEXT>(.*)</TEXT>"),
                                         QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    std::vector<QString> texts;
    qint64 bytes = 0;
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString xml = QString::fromUtf8(file.readAll());
        const auto match = textElement.match(xml);
        QString text = match.hasMatch() ? match.captured(1) : xml;
        text.remove(tag);
        bytes += text.toUtf8().size();
        texts.push_back(std::move(text));
    }
    const QDate date(2013, 1, 1);
    QElapsedTimer load;
    load.start();
    const ActorRecognizer &recognizer = ActorRecognizer::builtin();
    std::printf("dictionary + trie ready (first use) in %lld ms\n", load.elapsed());

    auto run = [&](auto &&work, const char *label) {
        qint64 total = 0;
        size_t items = 0;
        int rounds = 0;
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        do {
            for (const QString &text : texts)
                items += work(text);
            total += bytes;
            ++rounds;
        } while (timer.elapsed() < 2000);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const double cpu = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
        // CPU time too: the machine may be shared, and wall time then understates the speed.
        std::printf("%-18s %7.1f MB/s wall, %7.1f MB/s per CPU second  (%d rounds over %zu "
                    "documents, %.1f MB each round, %zu items/round)\n",
                    label, double(total) / 1e6 / seconds, double(total) / 1e6 / cpu, rounds,
                    texts.size(), double(bytes) / 1e6, items / size_t(rounds));
    };
    std::vector<ActorToken> tokens;
    run(
        [&](const QString &t) {
            ActorTokenizer::tokenize(t, tokens);
            return tokens.size();
        },
        "tokenize only");
    run([&](const QString &t) { return recognizer.recognize(t, date).mentions().size(); },
        "recognize actors");
    return 0;
}
