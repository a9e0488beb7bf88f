// Import end to end (read, extract on all cores, store in batched transactions) through the
// ImportService the app uses, in articles/s; then the same import again, where every article is
// unchanged and skipped by content hash. Usage: import_bench [reuters files, default 3]
// [te3-silver files, default 500]. Prints figures; asserts nothing.
#include "models/importservice.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <cstdio>

using namespace demarche;

namespace {

struct Run
{
    ImportProgress progress;
    int saved = 0;
    int events = 0;
    int problems = 0;
    double seconds = 0;
};

Run runImport(const QStringList &paths, ProjectStore *store)
{
    ImportService service;
    Run run;
    QEventLoop loop;
    QObject::connect(&service, &ImportService::problem, [&run] { ++run.problems; });
    QObject::connect(&service, &ImportService::finished, &loop, [&](int articles, int events) {
        run.saved = articles;
        run.events = events;
        loop.quit();
    });
    QObject::connect(&service, &ImportService::failed, &loop, [&](const QString &message) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(message));
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    if (!service.start(paths, store))
        return run;
    loop.exec();
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.progress = service.lastProgress();
    return run;
}

void report(const char *what, const Run &run)
{
    std::printf("  %-26s %6d articles (%d saved, %d skipped)  %7d events  %4d problems  %7.2f s  "
                "%8.1f articles/s\n",
                what, run.progress.articlesDone, run.saved, run.progress.articlesSkipped,
                run.events, run.problems, run.seconds,
                run.progress.articlesDone / qMax(1e-9, run.seconds));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int reutersFiles = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 3;
    const int te3Files = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 500;
    const QString data = QStringLiteral(DEMARCHE_SHARED_DATA "/corpora");
    if (!QDir(data).exists()) {
        std::printf("corpora absent (%s): nothing to measure\n", qPrintable(data));
        return 0;
    }
    std::printf("import end to end, %d threads in the pool, %d cores\n",
                QThreadPool::globalInstance()->maxThreadCount(), QThread::idealThreadCount());
    const auto files = [](const QString &dir, const QString &pattern, int count) {
        QStringList paths;
        for (const QString &name : QDir(dir).entryList({pattern}, QDir::Files, QDir::Name)) {
            if (paths.size() >= count)
                break;
            paths << dir + QLatin1Char('/') + name;
        }
        return paths;
    };
    const std::pair<const char *, QStringList> inputs[]
        = {{"reuters21578",
            files(data + QStringLiteral("/reuters21578"), QStringLiteral("reut2-*.sgm"),
                  reutersFiles)},
           {"te3-silver",
            files(data + QStringLiteral("/te3-silver"), QStringLiteral("*.tml"), te3Files)}};
    for (const auto &[name, paths] : inputs) {
        QTemporaryDir dir;
        auto store = ProjectStore::open(dir.filePath(QStringLiteral("bench.demarche")));
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error()));
            return 1;
        }
        std::printf("%s: %lld files\n", name, static_cast<long long>(paths.size()));
        report("first import", runImport(paths, store->get()));
        report("re-import (all unchanged)", runImport(paths, store->get()));
    }
    return 0;
}
