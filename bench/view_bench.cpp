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

using namespace demarche;

namespace {

struct FrameStats
{
    double medianMs = 0;
    double maxMs = 0;
    int drawn = 0;
    int clusters = 0;
};

FrameStats renderFrames(TimelineView &view, QImage &image, int frames)
{
    std::vector<double> times;
    FrameStats stats;
    for (int i = 0; i < frames; ++i) {
        image.fill(Qt::white);
        QElapsedTimer timer;
        timer.start();
        view.render(&image);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    stats.medianMs = times[times.size() / 2];
    stats.maxMs = times.back();
    stats.drawn = view.drawnEventCount();
    stats.clusters = view.clusterCount();
    return stats;
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
        QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        view.render(&image); // warm
        QElapsedTimer frame;
        frame.start();
        view.render(&image);
        const double frameMs = double(frame.nsecsElapsed()) / 1e6;
        std::printf("  %5d actors  %5d nodes  %6d dyad edges  layout %s%9.1f ms  frame %7.2f ms\n",
                    actors, view.nodeCount(), view.edgeCount(), done ? "" : "> (timed out) ",
                    layoutMs, frameMs);
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
