#pragma once

#include "core/article.h"
#include "core/event.h"
#include "core/result.h"

#include <QHash>
#include <QString>
#include <memory>
#include <vector>

namespace demarche {

class ArticleTextSource;
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
// Article texts may stay in the file until asked for (text()): drawing a project needs only its
// events and article titles, and texts are a third of its memory.
class ProjectSnapshot final
{
public:
    ProjectSnapshot() = default;
    // Events without a store id get ids 1, 2, ... after the largest one present, so that
    // selections can name them. With `texts`, articles come without their text and text() reads
    // it from there; without, the articles' own texts are used.
    ProjectSnapshot(std::vector<Article> articles, std::vector<Event> events,
                    std::shared_ptr<const ArticleTextSource> texts = {});
    // Reads the store's articles (texts left in the file) and events.
    static Result<ProjectSnapshot> load(const ProjectStore &store);

    const std::vector<Article> &articles() const { return m_articles; }
    const std::vector<Event> &events() const { return m_events; }
    // Actors of all events, by descending event count then name.
    const std::vector<ActorSummary> &actors() const { return m_actors; }

    // nullptr when unknown.
    const Article *article(const QString &id) const;
    // Index into events(); -1 when unknown.
    int eventIndex(qint64 eventId) const;
    // nullptr when unknown.
    const Event *event(qint64 eventId) const;
    // The article an event comes from, or nullptr.
    const Article *articleOf(const Event &event) const { return article(event.articleId); }

    // The text of `article` (one of articles()): from memory, or read from the project file;
    // fails when the file cannot be read or changed since the snapshot was loaded.
    Result<QString> text(const Article &article) const;
    // Whether every article's text is in memory (articles()[i].text), as the free-text filter
    // needs.
    bool hasTexts() const { return !m_texts; }
    // Reads every text left in the file into articles(); on failure nothing changes.
    Status loadTexts();

private:
    void indexEvents();

    std::vector<Article> m_articles;
    std::vector<Event> m_events;
    std::vector<ActorSummary> m_actors;
    std::shared_ptr<const ArticleTextSource> m_texts;
    QHash<QString, int> m_articleIndex;
    // Store order is ascending ids: eventIndex() then searches m_events and this stays empty.
    QHash<qint64, int> m_eventIndex;
    bool m_isSortedById = true;
};

} // namespace demarche
