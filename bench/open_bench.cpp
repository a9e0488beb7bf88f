// Project open benchmark. `open_bench create N path` writes a synthetic project of N events
// (10 years, 200 actors, 10 events per article); `open_bench open path` then measures, in a fresh
// process, the time to first paint (open the store, load the snapshot, build the session and the
// timeline, render one frame) and the peak RSS, per event. Prints figures; asserts nothing.
// scripts/bench.sh runs both steps for 10k and 100k events.
#include "models/eventselection.h"
#include "models/projectsession.h"
#include "models/projectsnapshot.h"
#include "store/projectstore.h"
#include "syntheticproject.h"
#include "timelineview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <cstdio>

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

int open(const QString &path)
{
    const qint64 baseRss = bench::currentRssKiB();
    QElapsedTimer timer;
    timer.start();
    auto store = ProjectStore::open(path);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error()));
        return 1;
    }
    const double openMs = double(timer.nsecsElapsed()) / 1e6;
    Result<ProjectSnapshot> snapshot = ProjectSnapshot::load(*store.value());
    if (!snapshot) {
        std::fprintf(stderr, "%s\n", qPrintable(snapshot.error()));
        return 1;
    }
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    const int events = int(snapshot->events().size());
    const int articles = int(snapshot->articles().size());
    ProjectSession session;
    EventSelection selection;
    session.setSnapshot(std::move(snapshot).value());
    const double sessionMs = double(timer.nsecsElapsed()) / 1e6;
    TimelineView view(&session, &selection);
    view.resize(1280, 720);
    view.fitAll();
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    view.render(&image);
    const double paintMs = double(timer.nsecsElapsed()) / 1e6;
    const qint64 rss = bench::currentRssKiB();
    const qint64 peak = bench::peakRssKiB();
    std::printf("open %d events, %d articles: store %.0f ms, snapshot %.0f ms, session %.0f ms, "
                "first paint at %.0f ms\n",
                events, articles, openMs, loadMs - openMs, sessionMs - loadMs, paintMs);
    std::printf("  RSS before open %lld KiB, after first paint %lld KiB, peak %lld KiB: "
                "%.0f bytes per event held, %.0f bytes per event peak\n",
                static_cast<long long>(baseRss), static_cast<long long>(rss),
                static_cast<long long>(peak), 1024.0 * double(rss - baseRss) / qMax(1, events),
                1024.0 * double(peak - baseRss) / qMax(1, events));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("create"))
        return create(args.at(2).toInt(), args.at(3));
    if (args.size() == 3 && args.at(1) == QLatin1String("open"))
        return open(args.at(2));
    std::fprintf(stderr, "usage: open_bench create N path | open_bench open path\n");
    return 2;
}
