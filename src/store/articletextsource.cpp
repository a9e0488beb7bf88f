#include "articletextsource.h"

#include "projectstore.h"
#include "sqlitestatement.h"

#include <sqlite3.h>

#include <algorithm>

namespace demarche {

namespace {

// The first 64 bits of a hex SHA-1: enough to tell a changed text from the same one.
quint64 hashPrefix(QByteArrayView hex)
{
    bool isNumber = false;
    const quint64 value = hex.first(std::min<qsizetype>(16, hex.size())).toULongLong(&isNumber, 16);
    return isNumber ? value : 0;
}

QString noLongerThere(const QString &articleId, const QString &path)
{
    return QStringLiteral("article %1 is no longer in %2; reopen the project").arg(articleId, path);
}

} // namespace

ArticleTextSource::ArticleTextSource(QString path, QHash<QString, quint64> hashes)
    : m_path(std::move(path))
    , m_hashes(std::move(hashes))
{ }

ArticleTextSource::~ArticleTextSource()
{
    if (m_db)
        sqlite3_close(m_db);
}

Result<std::shared_ptr<ArticleTextSource>> ArticleTextSource::create(const ProjectStore &store)
{
    using Created = Result<std::shared_ptr<ArticleTextSource>>;
    auto rows = SqliteStatement::prepare(store.database(), "SELECT id, content_hash FROM articles",
                                         QStringLiteral("reading article hashes"));
    if (!rows)
        return Created::failure(rows.error());
    QHash<QString, quint64> hashes;
    while (rows->next())
        hashes.insert(rows->text(0), hashPrefix(rows->bytes(1)));
    if (Status read = rows->status(); !read)
        return Created::failure(read.error());
    return std::shared_ptr<ArticleTextSource>(
        new ArticleTextSource(store.path(), std::move(hashes)));
}

sqlite3 *ArticleTextSource::connection() const
{
    if (m_db || !m_openError.isEmpty())
        return m_db;
    const QByteArray path = m_path.toUtf8();
    if (sqlite3_open_v2(path.constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        m_openError = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no memory");
        sqlite3_close(m_db);
        m_db = nullptr;
    }
    return m_db;
}

Status ArticleTextSource::check(const QString &articleId, const QByteArrayView &storedHash) const
{
    if (hashPrefix(storedHash) != m_hashes.value(articleId))
        return Status::failure(QStringLiteral("the text of article %1 changed in %2 since the "
                                              "project was opened; reopen the project")
                                   .arg(articleId, m_path));
    return ok();
}

Result<QString> ArticleTextSource::text(const QString &articleId) const
{
    if (!contains(articleId))
        return Result<QString>::failure(
            QStringLiteral("article %1 is not in the project %2").arg(articleId, m_path));
    if (articleId == m_cachedId)
        return m_cachedText;
    const QString what
        = QStringLiteral("reading the text of article %1 from %2").arg(articleId, m_path);
    sqlite3 *db = connection();
    if (!db)
        return Result<QString>::failure(QStringLiteral("%1: %2").arg(what, m_openError));
    auto row = SqliteStatement::prepare(db, "SELECT text, content_hash FROM articles WHERE id = ?",
                                        what);
    if (!row)
        return Result<QString>::failure(row.error());
    row->bind(1, articleId);
    if (!row->next()) {
        if (Status read = row->status(); !read)
            return Result<QString>::failure(read.error());
        return Result<QString>::failure(noLongerThere(articleId, m_path));
    }
    if (Status same = check(articleId, row->bytes(1)); !same)
        return Result<QString>::failure(same.error());
    m_cachedId = articleId;
    m_cachedText = row->text(0);
    return m_cachedText;
}

Result<QHash<QString, QString>> ArticleTextSource::allTexts() const
{
    using Texts = Result<QHash<QString, QString>>;
    const QString what = QStringLiteral("reading article texts from %1").arg(m_path);
    sqlite3 *db = connection();
    if (!db)
        return Texts::failure(QStringLiteral("%1: %2").arg(what, m_openError));
    auto rows = SqliteStatement::prepare(db, "SELECT id, text, content_hash FROM articles", what);
    if (!rows)
        return Texts::failure(rows.error());
    QHash<QString, QString> texts;
    texts.reserve(m_hashes.size());
    while (rows->next()) {
        const QString id = rows->text(0);
        if (!contains(id))
            continue;
        if (Status same = check(id, rows->bytes(2)); !same)
            return Texts::failure(same.error());
        texts.insert(id, rows->text(1));
    }
    if (Status read = rows->status(); !read)
        return Texts::failure(read.error());
    for (auto it = m_hashes.cbegin(); it != m_hashes.cend(); ++it) {
        if (!texts.contains(it.key()))
            return Texts::failure(noLongerThere(it.key(), m_path));
    }
    return texts;
}

} // namespace demarche
