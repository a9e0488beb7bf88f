#include "projectsnapshot.h"

#include "store/articletextsource.h"
#include "store/projectstore.h"

#include <algorithm>

namespace demarche {

ProjectSnapshot::ProjectSnapshot(std::vector<Article> articles, std::vector<Event> events,
                                 std::shared_ptr<const ArticleTextSource> texts)
    : m_articles(std::move(articles))
    , m_events(std::move(events))
    , m_texts(std::move(texts))
{
    indexEvents();
    m_articleIndex.reserve(qsizetype(m_articles.size()));
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
    for (const Event &event : m_events) {
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

// Gives ids to events without one and indexes them by id. Events read from a store come in
// ascending id order, which a binary search serves without a hash of 100,000 entries.
void ProjectSnapshot::indexEvents()
{
    qint64 nextId = 1;
    for (const Event &event : m_events)
        nextId = std::max(nextId, event.id + 1);
    for (Event &event : m_events) {
        if (event.id <= 0)
            event.id = nextId++;
    }
    m_isSortedById = std::is_sorted(m_events.begin(), m_events.end(),
                                    [](const Event &a, const Event &b) { return a.id <= b.id; });
    if (m_isSortedById)
        return;
    m_eventIndex.reserve(qsizetype(m_events.size()));
    for (int i = 0; i < int(m_events.size()); ++i)
        m_eventIndex.insert(m_events[std::size_t(i)].id, i);
}

Result<ProjectSnapshot> ProjectSnapshot::load(const ProjectStore &store)
{
    auto texts = ArticleTextSource::create(store);
    if (!texts)
        return Result<ProjectSnapshot>::failure(texts.error());
    auto articles = store.articles(ProjectStore::ArticleContent::WithoutText);
    if (!articles)
        return Result<ProjectSnapshot>::failure(articles.error());
    auto events = store.events();
    if (!events)
        return Result<ProjectSnapshot>::failure(events.error());
    return ProjectSnapshot(std::move(articles).value(), std::move(events).value(),
                           std::move(texts).value());
}

int ProjectSnapshot::eventIndex(qint64 eventId) const
{
    if (!m_isSortedById)
        return m_eventIndex.value(eventId, -1);
    const auto it = std::lower_bound(m_events.begin(), m_events.end(), eventId,
                                     [](const Event &event, qint64 id) { return event.id < id; });
    return it != m_events.end() && it->id == eventId ? int(it - m_events.begin()) : -1;
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

Result<QString> ProjectSnapshot::text(const Article &article) const
{
    if (!m_texts || !m_texts->contains(article.id))
        return article.text;
    return m_texts->text(article.id);
}

Status ProjectSnapshot::loadTexts()
{
    if (!m_texts)
        return ok();
    auto texts = m_texts->allTexts();
    if (!texts)
        return Status::failure(texts.error());
    for (Article &article : m_articles) {
        if (const auto it = texts->constFind(article.id); it != texts->constEnd())
            article.text = *it;
    }
    m_texts.reset();
    return ok();
}

} // namespace demarche
