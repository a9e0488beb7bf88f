#pragma once

#include "core/article.h"
#include "core/event.h"
#include "core/result.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

namespace demarche {

// A Demarche project: one SQLite file holding articles, sentences, actors and events, with a
// schema version. Every write is one transaction. A file that is not a Demarche project, is
// corrupt, or has a newer schema is refused with a clear message and never written to.
class ProjectStore final
{
public:
    // Opens `path`, creating an empty project when the file does not exist.
    static Result<std::unique_ptr<ProjectStore>> open(const QString &path);
    ~ProjectStore();
    ProjectStore(const ProjectStore &) = delete;
    ProjectStore &operator=(const ProjectStore &) = delete;

    QString path() const;
    bool isReadOnly() const;
    // The project's connection, for stores of other tables in the same file (CorrectionStore).
    QSqlDatabase database() const;
    // Runs `work` in one write transaction on that connection: committed when it succeeds,
    // rolled back otherwise; refused on a read-only project. For stores of other tables.
    Status writeTransaction(const std::function<Status()> &work) const;

    // Stores an article (with its sentences) and its events, replacing what the project held
    // for that article id. One transaction.
    Status saveArticle(const Article &article, const std::vector<Event> &events);
    // Same for many articles in one transaction (imports write in batches).
    Status saveArticles(const std::vector<std::pair<Article, std::vector<Event>>> &batch);

    // Whether articles() reads the texts: views load them later, through ArticleTextSource.
    enum class ArticleContent { WithText, WithoutText };
    // Every article with its sentences, by publication date then id; WithoutText leaves each
    // text empty (a third of a project's memory, not needed to draw it).
    Result<std::vector<Article>> articles(ArticleContent content = ArticleContent::WithText) const;
    // Every event in row id order, with its actors' names; equal values share one QString.
    Result<std::vector<Event>> events() const;
    int articleCount() const;
    int eventCount() const;

    // SHA-1 of an article's text and of the extractor's fingerprint, as stored with it:
    // re-imports skip articles whose hash is unchanged, and re-extract every article once the
    // extractor's rules changed (Extractor::fingerprint).
    static QString contentHash(const QString &text);
    // The stored hash of an article; empty when the project does not hold it.
    Result<QString> storedContentHash(const QString &articleId) const;

    static constexpr int schemaVersion = 2;

private:
    struct Private;
    explicit ProjectStore(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace demarche
