#include "projectsnapshot.h"

#include "store/projectstore.h"

#include <algorithm>

namespace demarche {

ProjectSnapshot::ProjectSnapshot(std::vector<Article> articles, std::vector<Event> events)
    : m_articles(std::move(articles))
    , m_events(std::move(events))
{
    qint64 nextId = 1;
    for (const Event &event : m_events)
        nextId = std::max(nextId, event.id + 1);
    for (Event &event : m_events) {
        if (event.id <= 0)
            event.id = nextId++;
    }
    for (int i = 0; i < int(m_articles.size()); ++i)
        m_articleIndex.insert(m_articles[std::size_t(i)].id, i);

    QHash<QString, int> actorIndex;
    const auto count = [&](const Actor &actor) {
        if (!actor.isValid())
            return;
        auto it = actorIndex.constFind(actor.code);
        if (it == actorIndex.cend()) {
            it = actorIndex.insert(actor.code, int(m_actors.size()));
            m_actors.push_back({actor.code, actor.name.isEmpty() ? actor.code : actor.name, 0});
        }
        ++m_actors[std::size_t(*it)].eventCount;
    };
    for (int i = 0; i < int(m_events.size()); ++i) {
        const Event &event = m_events[std::size_t(i)];
        m_eventIndex.insert(event.id, i);
        count(event.source);
        if (event.target && event.target->code != event.source.code)
            count(*event.target);
    }
    std::sort(m_actors.begin(), m_actors.end(), [](const ActorSummary &a, const ActorSummary &b) {
        if (a.eventCount != b.eventCount)
            return a.eventCount > b.eventCount;
        return a.name.localeAwareCompare(b.name) < 0;
    });
}

Result<ProjectSnapshot> ProjectSnapshot::load(const ProjectStore &store)
{
    auto articles = store.articles();
    if (!articles)
        return Result<ProjectSnapshot>::failure(articles.error());
    auto events = store.events();
    if (!events)
        return Result<ProjectSnapshot>::failure(events.error());
    return ProjectSnapshot(std::move(articles).value(), std::move(events).value());
}

const Article *ProjectSnapshot::article(const QString &id) const
{
    const int index = m_articleIndex.value(id, -1);
    return index < 0 ? nullptr : &m_articles[std::size_t(index)];
}

const Event *ProjectSnapshot::event(qint64 eventId) const
{
    const int index = eventIndex(eventId);
    return index < 0 ? nullptr : &m_events[std::size_t(index)];
}

} // namespace demarche
