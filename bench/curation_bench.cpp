// What the source panel's "one event, many reports" costs on a large project: after every
// snapshot change (each correction refreshes it) and every selection, the panel finds the reports
// of the current event. Prints CPU times (medians of 5 runs), asserts nothing.
// Usage: curation_bench [event counts...]   (default 10000 100000)
#include "syntheticproject.h"

#include "models/eventselection.h"
#include "models/projectsession.h"
#include "sourcepanel.h"

#include <QApplication>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace demarche;

namespace {

double cpuMs(const std::function<void()> &work)
{
    const std::clock_t start = std::clock();
    work();
    return 1000.0 * double(std::clock() - start) / CLOCKS_PER_SEC;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

void measure(int eventCount)
{
    bench::SyntheticProject project = bench::syntheticProject(eventCount, 300);
    ProjectSession bare; // no panel: what a snapshot change costs without it
    ProjectSession session;
    EventSelection selection;
    SourcePanel panel(&session, &selection);
    session.setSnapshot(ProjectSnapshot(project.articles, project.events));
    const auto &events = session.snapshot().events();
    selection.selectEvent(events.front().id);
    std::vector<double> without;
    std::vector<double> with;
    std::vector<double> next;
    for (int run = 0; run < 5; ++run) {
        ProjectSnapshot a(project.articles, project.events);
        ProjectSnapshot b(project.articles, project.events);
        without.push_back(cpuMs([&] { bare.setSnapshot(std::move(a)); }));
        // A correction refreshes the snapshot: the panel shows the current event again and
        // groups every report into real-world events.
        with.push_back(cpuMs([&] { session.setSnapshot(std::move(b)); }));
        next.push_back(cpuMs([&] { selection.selectEvent(events[events.size() / 2 + run].id); }));
    }
    std::printf("%8d events: snapshot change %7.1f ms CPU without the panel, %7.1f ms with it "
                "(reports grouped); next selection %5.2f ms CPU (medians of 5)\n",
                eventCount, median(without), median(with), median(next));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    std::vector<int> counts;
    for (int i = 1; i < argc; ++i)
        counts.push_back(QString::fromLocal8Bit(argv[i]).toInt());
    if (counts.empty())
        counts = {10000, 100000};
    for (int count : counts)
        measure(count);
    return 0;
}
