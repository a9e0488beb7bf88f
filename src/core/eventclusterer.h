#pragma once

#include "eventcluster.h"

#include <vector>

namespace demarche {

// Groups reports of the same real-world event: same directed dyad (source code, target code or
// none), same CAMEO root, and date intervals that overlap once each is widened by windowDays().
//
// Why a window of one day: a meeting held on the 5th is dated "Monday" by an article written
// that evening and "yesterday" by one written on the 6th, and undated reports take their
// publication date, usually the day after the event; a wider window starts merging distinct
// rounds of talks, which wire services report on consecutive days. Dates vaguer than a month
// ("this year", "recently") say nothing about which occurrence is meant, so such reports are
// never merged with anything and each forms its own cluster.
class EventClusterer final
{
public:
    static constexpr int defaultWindowDays = 1;
    static constexpr int maxMergeableDays = 31;

    explicit EventClusterer(int windowDays = defaultWindowDays)
        : m_windowDays(windowDays)
    { }
    int windowDays() const { return m_windowDays; }

    // The clusters of `events`, ordered by date then dyad; empty input gives no cluster. Events
    // with an invalid date each form their own cluster.
    std::vector<EventCluster> cluster(const std::vector<Event> &events) const;

private:
    int m_windowDays;
};

} // namespace demarche
