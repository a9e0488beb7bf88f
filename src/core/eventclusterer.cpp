#include "eventclusterer.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <tuple>

namespace demarche {

namespace {

bool isMergeable(const Event &event)
{
    return event.date.isValid() && event.date.dayCount() <= EventClusterer::maxMergeableDays;
}

bool isBetterRepresentative(const Event &a, const Event &b)
{
    if (a.date.dayCount() != b.date.dayCount())
        return a.date.dayCount() < b.date.dayCount();
    if (a.confidence != b.confidence)
        return a.confidence > b.confidence;
    return a.id < b.id;
}

EventCluster finish(std::vector<Event> mentions)
{
    EventCluster cluster;
    cluster.event = *std::min_element(mentions.begin(), mentions.end(), isBetterRepresentative);
    QDate first = mentions.front().date.earliest;
    QDate last = mentions.front().date.latest;
    for (const Event &e : mentions) {
        first = std::max(first, e.date.earliest);
        last = std::min(last, e.date.latest);
        if (!cluster.articleIds.contains(e.articleId))
            cluster.articleIds.append(e.articleId);
    }
    cluster.articleIds.sort();
    const DateSpan &best = cluster.event.date;
    if (!first.isValid() || !last.isValid() || first > last)
        cluster.date = best;
    else if (first == last)
        cluster.date = DateSpan::day(first);
    else if (first == best.earliest && last == best.latest)
        cluster.date = best;
    else
        cluster.date = DateSpan::interval(first, last, best.value, best.granularity);
    cluster.mentions = std::move(mentions);
    return cluster;
}

} // namespace

std::vector<EventCluster> EventClusterer::cluster(const std::vector<Event> &events) const
{
    using Dyad = std::tuple<QString, QString, QString>;
    std::map<Dyad, std::vector<Event>> groups;
    std::vector<EventCluster> clusters;
    for (const Event &e : events) {
        if (!isMergeable(e)) {
            clusters.push_back(finish({e}));
            continue;
        }
        groups[{e.source.code, e.target ? e.target->code : QString(), e.cameoRoot}].push_back(e);
    }
    for (auto &[dyad, group] : groups) {
        std::sort(group.begin(), group.end(), [](const Event &a, const Event &b) {
            return std::tie(a.date.earliest, a.date.latest, a.articleId, a.sentenceIndex, a.id)
                < std::tie(b.date.earliest, b.date.latest, b.articleId, b.sentenceIndex, b.id);
        });
        // Sorted by start, a report joins the running cluster when it starts within the window of
        // the latest end seen so far (single link over widened intervals).
        std::vector<Event> current;
        QDate reach;
        for (Event &e : group) {
            if (!current.empty()
                && e.date.earliest.addDays(-m_windowDays) > reach.addDays(m_windowDays)) {
                clusters.push_back(finish(std::move(current)));
                current.clear();
            }
            reach = current.empty() ? e.date.latest : std::max(reach, e.date.latest);
            current.push_back(std::move(e));
        }
        if (!current.empty())
            clusters.push_back(finish(std::move(current)));
    }
    std::sort(clusters.begin(), clusters.end(), [](const EventCluster &a, const EventCluster &b) {
        const auto key = [](const EventCluster &c) {
            return std::make_tuple(c.date.earliest, c.event.source.code,
                                   c.event.target ? c.event.target->code : QString(),
                                   c.event.cameoCode, c.event.articleId, c.event.id);
        };
        return key(a) < key(b);
    });
    return clusters;
}

} // namespace demarche
