#pragma once

#include "core/result.h"

#include <QHash>
#include <QString>
#include <memory>

struct sqlite3;

namespace demarche {

class ProjectStore;

// Article texts read from the project file when a view asks for them, so that opening a project
// loads only what the first paint needs (texts are a third of a project's memory). It remembers
// each article's content hash at creation: a text whose hash has changed since (another process
// re-imported the article) is refused, because the events' spans point into the old text.
// Reads through its own read-only connection, so that it never depends on the store's lifetime;
// use it from one thread.
class ArticleTextSource final
{
public:
    // Remembers `store`'s file and the content hash of every article it holds now.
    static Result<std::shared_ptr<ArticleTextSource>> create(const ProjectStore &store);
    ~ArticleTextSource();
    ArticleTextSource(const ArticleTextSource &) = delete;
    ArticleTextSource &operator=(const ArticleTextSource &) = delete;

    QString path() const { return m_path; }
    // Whether the article was in the project when this source was created.
    bool contains(const QString &articleId) const { return m_hashes.contains(articleId); }
    // The stored text of `articleId`. Fails when the article was unknown at creation, when the
    // file cannot be read or no longer holds it, or when its text changed since creation.
    Result<QString> text(const QString &articleId) const;
    // Every known article's text by id, checked the same way (one query).
    Result<QHash<QString, QString>> allTexts() const;

private:
    ArticleTextSource(QString path, QHash<QString, quint64> hashes);
    sqlite3 *connection() const;
    Status check(const QString &articleId, const QByteArrayView &storedHash) const;

    QString m_path;
    QHash<QString, quint64> m_hashes;
    mutable sqlite3 *m_db = nullptr;
    mutable QString m_openError;
    // The last text read: the source panel asks again for every event of the same article.
    mutable QString m_cachedId;
    mutable QString m_cachedText;
};

} // namespace demarche
