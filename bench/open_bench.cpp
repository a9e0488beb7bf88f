// Project open benchmark. `open_bench create N path` writes a synthetic project of N events
// (10 years, 200 actors, 10 events per article); `open_bench open path` then measures, in a fresh
// process, the time to first paint (open the store, load the events as the window does, build the
// session and the timeline, render one frame) and the RSS, per event; `open path snapshot` loads
// through ProjectSnapshot::load alone, without the curation layer. Prints figures; asserts nothing.
// scripts/bench.sh runs both steps for 10k and 100k events.
#include "models/curationservice.h"
#include "models/eventselection.h"
#include "models/projectsession.h"
#include "models/projectsnapshot.h"
#include "store/projectstore.h"
#include "syntheticproject.h"
#include "timelineview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <cstdio>
#include <sys/resource.h>

using namespace demarche;

namespace {

int create(int count, const QString &path)
{
    QFile::remove(path);
    auto store = ProjectStore::open(path);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error()));
        return 1;
    }
    bench::SyntheticProject project = bench::syntheticProject(count, 200);
    QElapsedTimer timer;
    timer.start();
    std::vector<std::pair<Article, std::vector<Event>>> batch;
    std::size_t next = 0;
    for (Article &article : project.articles) {
        std::vector<Event> events;
        while (next < project.events.size() && project.events[next].articleId == article.id)
            events.push_back(std::move(project.events[next++]));
        batch.emplace_back(std::move(article), std::move(events));
        if (batch.size() == 256) {
            if (const Status saved = store.value()->saveArticles(batch); !saved) {
                std::fprintf(stderr, "%s\n", qPrintable(saved.error()));
                return 1;
            }
            batch.clear();
        }
    }
    if (const Status saved = store.value()->saveArticles(batch); !saved) {
        std::fprintf(stderr, "%s\n", qPrintable(saved.error()));
        return 1;
    }
    std::printf("created %s: %d articles, %d events in %.2f s (%.0f events/s stored)\n",
                qPrintable(path), store.value()->articleCount(), store.value()->eventCount(),
                double(timer.nsecsElapsed()) / 1e9,
                store.value()->eventCount() / (double(timer.nsecsElapsed()) / 1e9));
    return 0;
}

// The project as the window opens it (MainWindow::openProject: machine events with corrections
// applied by CurationService) or, with `snapshotOnly`, through ProjectSnapshot::load alone.
Status loadSession(ProjectStore &store, bool snapshotOnly, ProjectSession &session,
                   CurationService &curation)
{
    if (!snapshotOnly)
        return curation.setStore(&store);
    Result<ProjectSnapshot> snapshot = ProjectSnapshot::load(store);
    if (!snapshot)
        return Status::failure(snapshot.error());
    session.setSnapshot(std::move(snapshot).value());
    return ok();
}

// CPU time of this process so far (user + system), in ms: less swayed than wall time by the other
// processes of a loaded machine.
double cpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) {
        return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

QString perEvent(qint64 kib, int events)
{
    if (events == 0)
        return QStringLiteral("n/a");
    return QString::number(qRound64(1024.0 * double(kib) / events)) + QStringLiteral(" bytes");
}

// ProjectStore::open creates missing files: a benchmark of a typo must not measure an empty
// project it just made. Checked before the QApplication, which needs a display.
bool isProjectFile(const QString &path)
{
    if (const QFileInfo info(path); info.isFile() && info.size() > 0)
        return true;
    std::fprintf(stderr,
                 "open_bench: %s is not a project file (create it with "
                 "`open_bench create N %s`)\n",
                 qPrintable(path), qPrintable(path));
    return false;
}

int open(const QString &path, bool snapshotOnly)
{
    const qint64 baseRss = bench::currentRssKiB();
    const double baseCpuMs = cpuMs();
    QElapsedTimer timer;
    timer.start();
    auto store = ProjectStore::open(path);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error()));
        return 1;
    }
    const double openMs = double(timer.nsecsElapsed()) / 1e6;
    ProjectSession session;
    EventSelection selection;
    CurationService curation(&session);
    if (const Status loaded = loadSession(*store.value(), snapshotOnly, session, curation);
        !loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error()));
        return 1;
    }
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    const int events = int(session.snapshot().events().size());
    const int articles = int(session.snapshot().articles().size());
    TimelineView view(&session, &selection);
    view.resize(1280, 720);
    view.fitAll();
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    view.render(&image);
    const double paintMs = double(timer.nsecsElapsed()) / 1e6;
    const double paintCpuMs = cpuMs() - baseCpuMs;
    const qint64 rss = bench::currentRssKiB();
    const qint64 peak = bench::peakRssKiB();
    std::printf("open %d events, %d articles (%s): store %.0f ms, %s %.0f ms, timeline and "
                "first frame %.0f ms, first paint at %.0f ms (CPU %.0f ms)\n",
                events, articles, snapshotOnly ? "ProjectSnapshot::load" : "as the window does",
                openMs, snapshotOnly ? "snapshot and session" : "curation and session",
                loadMs - openMs, paintMs - loadMs, paintMs, paintCpuMs);
    std::printf("  RSS before open %lld KiB, after first paint %lld KiB, peak %lld KiB: "
                "%s per event held, %s per event peak\n",
                static_cast<long long>(baseRss), static_cast<long long>(rss),
                static_cast<long long>(peak), qPrintable(perEvent(rss - baseRss, events)),
                qPrintable(perEvent(peak - baseRss, events)));
    return 0;
}

int usage()
{
    std::fprintf(stderr, "usage: open_bench create N path | open_bench open path [snapshot]\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    const QByteArrayView mode = argc > 1 ? QByteArrayView(argv[1]) : QByteArrayView();
    if (mode == "create" && argc == 4) {
        // Writing a project needs no display.
        QCoreApplication app(argc, argv);
        bool isNumber = false;
        const int count = app.arguments().at(2).toInt(&isNumber);
        if (!isNumber || count < 0)
            return usage();
        return create(count, app.arguments().at(3));
    }
    if (mode == "open" && (argc == 3 || (argc == 4 && QByteArrayView(argv[3]) == "snapshot"))) {
        if (!isProjectFile(QString::fromLocal8Bit(argv[2])))
            return 1;
        QApplication app(argc, argv);
        return open(app.arguments().at(2), argc == 4);
    }
    return usage();
}
