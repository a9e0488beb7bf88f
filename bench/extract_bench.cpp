// Extraction throughput: sentences/s per core and MB/s on te3-silver TEXT and Reuters-21578 bodies,
// next to a read-and-split-only baseline measured in the same run, then with two threads.
// Usage: extract_bench [max articles per corpus, default 3000]. Prints figures; asserts nothing.
// Besides wall time it prints the process CPU time and sentences per CPU second, the per-core
// figure that holds when other jobs load the machine.
#include "extract/extractor.h"
#include "extract/sentencesplitter.h"
#include "io/timemldocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTextStream>
#include <atomic>
#include <cstdio>
#include <ctime>
#include <thread>

using namespace demarche;

namespace {

struct Corpus
{
    QString name;
    std::vector<Article> articles;
    qint64 bytes = 0; // UTF-8 size of the article texts
    double readSeconds = 0;
};

Corpus loadTe3(const QString &dir, int limit)
{
    Corpus corpus {QStringLiteral("te3-silver"), {}, 0, 0};
    QElapsedTimer timer;
    timer.start();
    const QStringList files
        = QDir(dir).entryList({QStringLiteral("*.tml")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        if (int(corpus.articles.size()) >= limit)
            break;
        QFile file(dir + QLatin1Char('/') + name);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const Result<TimeMlDocument> doc = TimeMlDocument::parse(file.readAll());
        if (!doc)
            continue;
        Article a;
        a.id = doc->docId;
        a.text = doc->text;
        a.published = doc->creationTime;
        corpus.bytes += a.text.toUtf8().size();
        corpus.articles.push_back(std::move(a));
    }
    corpus.readSeconds = double(timer.nsecsElapsed()) / 1e9;
    return corpus;
}

// Crude SGML reading is enough for a benchmark: <DATE> and <BODY> of each <REUTERS> record.
Corpus loadReuters(const QString &dir, int limit)
{
    Corpus corpus {QStringLiteral("reuters21578"), {}, 0, 0};
    QElapsedTimer timer;
    timer.start();
    static const QRegularExpression record(
        QStringLiteral("<DATE>\\s*(\\d+-[A-Z]+-\\d{4})[^<]*</DATE>.*?<BODY>(.*?)</BODY>"),
        QRegularExpression::DotMatchesEverythingOption);
    const QStringList files
        = QDir(dir).entryList({QStringLiteral("*.sgm")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        if (int(corpus.articles.size()) >= limit)
            break;
        QFile file(dir + QLatin1Char('/') + name);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        // One file holds a byte that is not UTF-8; Latin-1 reads every byte.
        const QString all = QString::fromLatin1(file.readAll());
        QRegularExpressionMatchIterator it = record.globalMatch(all);
        while (it.hasNext() && int(corpus.articles.size()) < limit) {
            const QRegularExpressionMatch m = it.next();
            Article a;
            a.id = name + QLatin1Char('#') + QString::number(corpus.articles.size());
            a.published = QDate::fromString(m.captured(1).toLower(), QStringLiteral("d-MMM-yyyy"));
            a.text = m.captured(2)
                         .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
                         .replace(QStringLiteral("&amp;"), QStringLiteral("&"))
                         .replace(QStringLiteral("\x03"), QString());
            corpus.bytes += a.text.toUtf8().size();
            corpus.articles.push_back(std::move(a));
        }
    }
    corpus.readSeconds = double(timer.nsecsElapsed()) / 1e9;
    return corpus;
}

struct Run
{
    qint64 sentences = 0;
    qint64 events = 0;
    double seconds = 0;
    double cpuSeconds = 0; // CPU time of the whole process: all threads
};

double cpuNow()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

Run splitOnly(const Corpus &corpus)
{
    Run run;
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuNow();
    for (const Article &a : corpus.articles)
        run.sentences += qint64(SentenceSplitter::builtin().split(a.text).size());
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.cpuSeconds = cpuNow() - cpuStart;
    return run;
}

Run extractAll(const Corpus &corpus, const Extractor &extractor, int threads)
{
    std::atomic<qint64> sentences {0};
    std::atomic<qint64> events {0};
    std::atomic<size_t> next {0};
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuNow();
    auto work = [&] {
        for (size_t i = next++; i < corpus.articles.size(); i = next++) {
            const ExtractionResult r = extractor.extract(corpus.articles[i]);
            sentences += qint64(r.sentences.size());
            events += qint64(r.events.size());
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
    return {sentences.load(), events.load(), double(timer.nsecsElapsed()) / 1e9,
            cpuNow() - cpuStart};
}

void report(const Corpus &c, const char *what, const Run &r, int threads)
{
    std::printf("%-13s %-22s %2d thr  %8lld sentences %7lld events  %7.3f s  %9.0f sent/s  "
                "%9.0f sent/s/core  %6.2f MB/s  cpu %7.3f s  %9.0f sent/cpu-s\n",
                qPrintable(c.name), what, threads, static_cast<long long>(r.sentences),
                static_cast<long long>(r.events), r.seconds, double(r.sentences) / r.seconds,
                double(r.sentences) / r.seconds / threads, double(c.bytes) / 1e6 / r.seconds,
                r.cpuSeconds, double(r.sentences) / r.cpuSeconds);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int limit = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 3000;
    const QString data = QStringLiteral(DEMARCHE_SHARED_DATA "/corpora");
    if (!QDir(data).exists()) {
        std::printf("corpora absent (%s): nothing to measure\n", qPrintable(data));
        return 0;
    }
    const Extractor extractor; // loads every dictionary before timing
    const std::vector<Corpus> corpora {loadTe3(data + QStringLiteral("/te3-silver"), limit),
                                       loadReuters(data + QStringLiteral("/reuters21578"), limit)};
    for (const Corpus &c : corpora) {
        std::printf("%-13s %zu articles, %.2f MB, read in %.3f s\n", qPrintable(c.name),
                    c.articles.size(), double(c.bytes) / 1e6, c.readSeconds);
        if (c.articles.empty())
            continue;
        report(c, "split only (baseline)", splitOnly(c), 1);
        report(c, "full extraction", extractAll(c, extractor, 1), 1);
        report(c, "full extraction", extractAll(c, extractor, 2), 2);
    }
    return 0;
}
