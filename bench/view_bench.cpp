// View benchmarks: timeline frame time rendered to an offscreen QImage at fit-all, mid and deep
// zoom for 1k, 10k and 100k synthetic events (10 years, 200 actors), and the network's
// force-directed layout time (worker thread, from new data to layoutFinished) for 100, 1k and
// 5k actors. Usage: view_bench [timeline|network|all] [max events, or max actors for network].
// Prints figures; asserts nothing. Run with QT_QPA_PLATFORM=offscreen.
#include "models/eventselection.h"
#include "models/projectsession.h"
#include "networkview.h"
#include "syntheticproject.h"
#include "timelineview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QPainter>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace demarche;

namespace {

struct FrameStats
{
    double medianMs = 0;
    double maxMs = 0;
    int drawn = 0;
    int clusters = 0;
};

// Median and max wall time of `frames` renders of `view` into `image` (through its paintEvent,
// as on screen).
// CPU time of this thread: the machine is shared, wall time would count the other processes.
double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// `prepare(i)` runs before frame i, outside the timing.
template<typename Prepare>
FrameStats timeFrames(QWidget &view, QImage &image, int frames, Prepare &&prepare)
{
    std::vector<double> times;
    FrameStats stats;
    for (int i = 0; i < frames; ++i) {
        prepare(i);
        image.fill(Qt::white);
        const double before = cpuMs();
        view.render(&image);
        times.push_back(cpuMs() - before);
    }
    std::sort(times.begin(), times.end());
    stats.medianMs = times[times.size() / 2];
    stats.maxMs = times.back();
    return stats;
}

FrameStats timeFrames(QWidget &view, QImage &image, int frames)
{
    return timeFrames(view, image, frames, [](int) {});
}

FrameStats renderFrames(TimelineView &view, QImage &image, int frames)
{
    FrameStats stats = timeFrames(view, image, frames);
    stats.drawn = view.drawnEventCount();
    stats.clusters = view.clusterCount();
    return stats;
}

// Saves the frame as <VIEW_BENCH_PNG>/<name>.png when that variable names a folder, to look at.
void savePng(const QImage &image, const QString &name)
{
    const QString folder = qEnvironmentVariable("VIEW_BENCH_PNG");
    if (!folder.isEmpty())
        image.save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void timelineBench(int maxEvents)
{
    std::printf("timeline frame time, 1280x720 offscreen QImage, 200 actors, 2010-2019, "
                "median / max of 15 frames\n");
    for (const int count : {1000, 10000, 100000}) {
        if (count > maxEvents)
            continue;
        bench::SyntheticProject project = bench::syntheticProject(count, 200);
        ProjectSession session;
        EventSelection selection;
        QElapsedTimer setup;
        setup.start();
        session.setSnapshot(
            ProjectSnapshot(std::move(project.articles), std::move(project.events)));
        TimelineView view(&session, &selection);
        view.resize(1280, 720);
        view.fitAll();
        const double setupMs = double(setup.nsecsElapsed()) / 1e6;
        QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
        renderFrames(view, image, 2); // warm the font and glyph caches
        for (const auto &[name, factor] : {std::pair<const char *, double>("fit-all (10 y)", 1.0),
                                           std::pair<const char *, double>("mid (1 y)", 10.0),
                                           std::pair<const char *, double>("deep (1 w)", 52.0)}) {
            view.zoomBy(factor, 190 + (1280 - 190 - 16) / 2.0);
            const FrameStats s = renderFrames(view, image, 15);
            std::printf("  %6d events  %-15s %7.2f ms median  %7.2f ms max  %6d events drawn, "
                        "%5d badges  (%s .. %s)\n",
                        count, name, s.medianMs, s.maxMs, s.drawn, s.clusters,
                        qPrintable(view.visibleFirstDate().toString(Qt::ISODate)),
                        qPrintable(view.visibleLastDate().toString(Qt::ISODate)));
        }
        // Dyad lanes: many more lanes, virtualised.
        view.setLaneMode(TimelineView::LaneMode::Dyad);
        view.fitAll();
        const FrameStats s = renderFrames(view, image, 15);
        std::printf("  %6d events  %-15s %7.2f ms median  %7.2f ms max  %6d events drawn, "
                    "%5d badges\n",
                    count, "fit-all, dyads", s.medianMs, s.maxMs, s.drawn, s.clusters);
        std::printf("  %6d events  snapshot + view setup %.1f ms\n", count, setupMs);
    }
}

// Lets the view's gesture timer fire, so that the next frame is drawn as after a pan or zoom.
void settle()
{
    QEventLoop loop;
    QTimer::singleShot(250, &loop, &QEventLoop::quit);
    loop.exec();
}

void printFrames(const char *what, const FrameStats &s, const NetworkView &view)
{
    std::printf("      %-34s %7.2f ms median  %7.2f ms max  %3lld labels\n", what, s.medianMs,
                s.maxMs, static_cast<long long>(view.labelledActors().size()));
}

// Frames of the network as laid out: "redraw" frames draw every edge and node again (the size
// changes by one pixel before each, as after a resize or a new layout); "repaint" frames reuse
// the layer (a selection change, a tooltip); "pan" frames are drawn while a gesture moves the
// view (the layer is moved, labels drawn again).
void networkFrames(NetworkView &view, const QString &name)
{
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    const QSize size = view.size();
    const auto wobble = [&](int i) {
        view.resize(size - QSize(0, i % 2));
    };
    const QPointF middle(size.width() / 2.0, size.height() / 2.0);
    timeFrames(view, image, 2, wobble); // warm the font, glyph and sprite caches
    printFrames("fit, redraw", timeFrames(view, image, 15, wobble), view);
    view.resize(size);
    printFrames("fit, repaint", timeFrames(view, image, 15), view);
    savePng(image, name + QStringLiteral("-fit"));
    printFrames("zoom gesture from fit (x1.05 a frame)",
                timeFrames(view, image, 15, [&](int) { view.zoomBy(1.05, middle); }), view);
    view.fitAll();
    view.zoomBy(4, middle);
    settle();
    timeFrames(view, image, 2, wobble);
    printFrames("zoom 4x, redraw", timeFrames(view, image, 15, wobble), view);
    view.resize(size);
    printFrames("zoom 4x, repaint", timeFrames(view, image, 15), view);
    savePng(image, name + QStringLiteral("-zoom4"));
    view.fitAll();
    settle();
}

void networkBench(int maxActors)
{
    std::printf("network layout (igraph Fruchterman-Reingold on a worker thread), from new data "
                "to layoutFinished incl. the view's 40 ms debounce; 5 events per actor\n");
    for (const int actors : {100, 1000, 5000}) {
        if (actors > maxActors)
            continue;
        bench::SyntheticProject project = bench::syntheticProject(actors * 5, actors);
        ProjectSession session;
        EventSelection selection;
        NetworkView view(&session, &selection);
        view.resize(1000, 800);
        QEventLoop loop;
        QObject::connect(&view, &NetworkView::layoutFinished, &loop, &QEventLoop::quit);
        QTimer::singleShot(120 * 1000, &loop, &QEventLoop::quit);
        QElapsedTimer timer;
        timer.start();
        session.setSnapshot(
            ProjectSnapshot(std::move(project.articles), std::move(project.events)));
        loop.exec();
        const double layoutMs = double(timer.nsecsElapsed()) / 1e6;
        const bool done = !view.isLayoutRunning();
        std::printf("  %5d actors  %5d nodes  %6d dyad edges  layout %s%9.1f ms\n", actors,
                    view.nodeCount(), view.edgeCount(), done ? "" : "> (timed out) ", layoutMs);
        networkFrames(view, QStringLiteral("network-%1").arg(actors));
        if (!done)
            view.hide(); // the destructor waits for the worker
    }
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString what = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("all");
    const int maxEvents = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 100000;
    if (what == QLatin1String("timeline") || what == QLatin1String("all"))
        timelineBench(maxEvents);
    if (what == QLatin1String("network") || what == QLatin1String("all"))
        networkBench(what == QLatin1String("network") && argc > 2 ? maxEvents : 5000);
    return 0;
}
