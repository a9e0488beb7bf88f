#pragma once

#include "event.h"

#include <QStringList>
#include <vector>

namespace demarche {

// One real-world event and every sentence that reports it, counted like GDELT's NumMentions
// (reporting sentences) and NumArticles (distinct articles).
struct EventCluster
{
    Event event; // the representative report: the most precise date, then the most confident
    DateSpan date; // the days every report agrees on (the representative's when they disagree)
    std::vector<Event>
        mentions; // every report, in date then article order (raw events stay available)
    QStringList articleIds; // distinct, sorted

    int mentionCount() const { return int(mentions.size()); }
    int articleCount() const { return int(articleIds.size()); }
};

} // namespace demarche
