#pragma once

#include "core/article.h"
#include "core/event.h"
#include "core/result.h"

#include <QHash>
#include <QString>
#include <vector>

namespace demarche {

class ProjectStore;

// One actor as the views list it: code, readable name and how many events it takes part in.
struct ActorSummary
{
    QString code;
    QString name;
    int eventCount = 0;
};

// An immutable in-memory copy of a project (articles, events, actors) that every model and view
// reads, so that they all show the same state and none of them touches SQLite while painting.
class ProjectSnapshot final
{
public:
    ProjectSnapshot() = default;
    // Events without a store id get ids 1, 2, ... after the largest one present, so that
    // selections can name them.
    ProjectSnapshot(std::vector<Article> articles, std::vector<Event> events);
    // Reads everything the store holds.
    static Result<ProjectSnapshot> load(const ProjectStore &store);

    const std::vector<Article> &articles() const { return m_articles; }
    const std::vector<Event> &events() const { return m_events; }
    // Actors of all events, by descending event count then name.
    const std::vector<ActorSummary> &actors() const { return m_actors; }

    // nullptr when unknown.
    const Article *article(const QString &id) const;
    // Index into events(); -1 when unknown.
    int eventIndex(qint64 eventId) const { return m_eventIndex.value(eventId, -1); }
    // nullptr when unknown.
    const Event *event(qint64 eventId) const;
    // The article an event comes from, or nullptr.
    const Article *articleOf(const Event &event) const { return article(event.articleId); }

private:
    std::vector<Article> m_articles;
    std::vector<Event> m_events;
    std::vector<ActorSummary> m_actors;
    QHash<QString, int> m_articleIndex;
    QHash<qint64, int> m_eventIndex;
};

} // namespace demarche
