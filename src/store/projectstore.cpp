#include "projectstore.h"

#include "extract/extractor.h"
#include "sqlitestatement.h"
#include "stringpool.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <functional>

namespace demarche {

namespace {

const char *const schemaStatements[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    ("CREATE TABLE articles (id TEXT PRIMARY KEY, title TEXT, source TEXT, url TEXT, path TEXT,"
     " published TEXT, date_assumed INTEGER NOT NULL, language TEXT, text TEXT NOT NULL,"
     " content_hash TEXT NOT NULL)"),
    ("CREATE TABLE sentences (article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
     " idx INTEGER NOT NULL, begin INTEGER NOT NULL, end INTEGER NOT NULL,"
     " PRIMARY KEY (article_id, idx))"),
    "CREATE TABLE actors (code TEXT PRIMARY KEY, country TEXT, sector TEXT, name TEXT)",
    ("CREATE TABLE events (id INTEGER PRIMARY KEY,"
     " article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
     " sentence_index INTEGER, sentence_begin INTEGER, sentence_end INTEGER,"
     " source_code TEXT NOT NULL REFERENCES actors(code), source_mention TEXT,"
     " source_begin INTEGER, source_end INTEGER,"
     " target_code TEXT REFERENCES actors(code), target_mention TEXT,"
     " target_begin INTEGER, target_end INTEGER,"
     " cameo_code TEXT NOT NULL, cameo_root TEXT NOT NULL, plover_type TEXT, quad_class INTEGER,"
     " goldstein REAL, date_value TEXT, date_earliest TEXT, date_latest TEXT, date_granularity "
     "TEXT,"
     " date_phrase TEXT, date_basis TEXT, report_date TEXT, modality TEXT, confidence REAL,"
     " trigger TEXT, trigger_begin INTEGER, trigger_end INTEGER)"),
    "CREATE INDEX events_by_article ON events(article_id)",
};

// Schema 2: the analyst's corrections and actor merges, apart from the machine's tables and with
// no foreign key to them, because saveArticle() deletes and re-inserts an article's events on
// every re-extraction and the corrections must outlive that. Events are named by their stable
// key (CorrectionKey), never by row id; event values are stored as eventToJson() objects.
const char *const schemaV2Statements[] = {
    ("CREATE TABLE corrections (id INTEGER PRIMARY KEY, event_key TEXT NOT NULL,"
     " article_id TEXT NOT NULL, sentence_index INTEGER NOT NULL, trigger_begin INTEGER NOT NULL,"
     " trigger_end INTEGER NOT NULL, machine_code TEXT NOT NULL, is_addition INTEGER NOT NULL,"
     " fields TEXT NOT NULL, is_rejected INTEGER NOT NULL, edited TEXT NOT NULL, original TEXT,"
     " author TEXT, created_at TEXT NOT NULL, reason TEXT)"),
    "CREATE UNIQUE INDEX corrections_by_key ON corrections(event_key) WHERE is_addition = 0",
    ("CREATE TABLE actor_aliases (alias TEXT PRIMARY KEY, canonical TEXT NOT NULL,"
     " canonical_name TEXT, author TEXT, created_at TEXT NOT NULL, reason TEXT)"),
};

QString sqlError(const QString &what, const QSqlError &error)
{
    return QStringLiteral("%1: %2").arg(what, error.text());
}

bool looksLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("demarche-project-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Actors by the data pointer of their interned code: codes read through the same pool share it,
// so an event's actor is found without hashing its code a second time.
using ActorsByCode = QHash<const QChar *, Actor>;

Result<ActorsByCode> readActors(const QSqlDatabase &db, StringPool &pool)
{
    auto rows = SqliteStatement::prepare(db, "SELECT code, country, sector, name FROM actors",
                                         QStringLiteral("reading actors"));
    if (!rows)
        return Result<ActorsByCode>::failure(rows.error());
    ActorsByCode actors;
    while (rows->next()) {
        Actor actor;
        actor.code = pool.intern(rows->bytes(0));
        actor.country = pool.intern(rows->bytes(1));
        actor.sector = pool.intern(rows->bytes(2));
        actor.name = pool.intern(rows->bytes(3));
        actors.insert(actor.code.constData(), actor);
    }
    if (Status read = rows->status(); !read)
        return Result<ActorsByCode>::failure(read.error());
    return actors;
}

// The actor whose code, mention, begin and end are the four columns from `column`.
Actor readActor(const SqliteStatement &row, StringPool &pool, const ActorsByCode &actors,
                int column)
{
    const QString code = pool.intern(row.bytes(column));
    Actor actor = actors.value(code.constData());
    actor.code = code;
    actor.mention = pool.intern(row.bytes(column + 1));
    actor.span = {row.integer(column + 2), row.integer(column + 3)};
    return actor;
}

// One row of ProjectStore::events()'s query, columns in its order, into a default Event `e`
// (filled in place: no move of a 536-byte struct per event).
void readEvent(const SqliteStatement &row, StringPool &pool, const ActorsByCode &actors, Event &e)
{
    e.id = row.integer64(0);
    e.articleId = pool.intern(row.bytes(1));
    e.sentenceIndex = row.integer(2);
    e.sentenceSpan = {row.integer(3), row.integer(4)};
    e.source = readActor(row, pool, actors, 5);
    if (!row.isNull(9))
        e.target = readActor(row, pool, actors, 9);
    e.cameoCode = pool.intern(row.bytes(13));
    e.cameoRoot = pool.intern(row.bytes(14));
    e.ploverType = pool.intern(row.bytes(15));
    e.quadClass = QuadClass(std::clamp(row.integer(16), 1, 4));
    e.goldstein = row.real(17);
    e.date.value = pool.intern(row.bytes(18));
    e.date.earliest = row.date(19);
    e.date.latest = row.date(20);
    e.date.granularity = granularityFromName(pool.intern(row.bytes(21)));
    e.date.phrase = pool.intern(row.bytes(22));
    e.date.basis = dateBasisFromName(pool.intern(row.bytes(23)));
    e.reportDate = row.date(24);
    e.modality = modalityFromName(pool.intern(row.bytes(25)));
    e.confidence = row.real(26);
    e.trigger = pool.intern(row.bytes(27));
    e.triggerSpan = {row.integer(28), row.integer(29)};
}

} // namespace

struct ProjectStore::Private
{
    QString path;
    QString connection;
    bool isReadOnly = false;

    QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }

    Status exec(const QString &statement) const
    {
        QSqlQuery query(db());
        if (!query.exec(statement))
            return Status::failure(sqlError(statement.left(40), query.lastError()));
        return ok();
    }

    Status createSchema() const;
    Status checkSchema() const;
    int storedSchemaVersion() const;
    Status createV2Tables() const;
    Status migrate() const;
    Status saveActor(const Actor &actor) const;
    Status saveOne(const Article &article, const std::vector<Event> &events) const;
    Status inTransaction(const std::function<Status()> &work) const;
    Status readSentences(std::vector<Article> &articles,
                         const QHash<QString, std::size_t> &indexById) const;
};

Status ProjectStore::Private::createSchema() const
{
    return inTransaction([this]() -> Status {
        for (const char *statement : schemaStatements) {
            if (Status done = exec(QString::fromLatin1(statement)); !done)
                return done;
        }
        if (Status done = createV2Tables(); !done)
            return done;
        QSqlQuery query(db());
        query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', ?), "
                                     "('application', 'Demarche')"));
        query.addBindValue(QString::number(schemaVersion));
        if (!query.exec())
            return Status::failure(
                sqlError(QStringLiteral("writing the schema version"), query.lastError()));
        return ok();
    });
}

Status ProjectStore::Private::checkSchema() const
{
    QSqlQuery check(db());
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next()
        || check.value(0).toString() != QLatin1String("ok"))
        return Status::failure(
            QStringLiteral("the project file is damaged (SQLite integrity check failed)"));
    QSqlQuery query(db());
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"))
        || !query.next())
        return Status::failure(QStringLiteral("this SQLite file is not a Demarche project"));
    const int version = query.value(0).toInt();
    if (version > schemaVersion)
        return Status::failure(QStringLiteral("this project was saved by a newer Demarche (schema "
                                              "%1; this version reads up to %2)")
                                   .arg(version)
                                   .arg(schemaVersion));
    if (version < 1)
        return Status::failure(QStringLiteral("the project's schema version is unreadable"));
    return ok();
}

int ProjectStore::Private::storedSchemaVersion() const
{
    QSqlQuery query(db());
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"))
        || !query.next())
        return 0;
    return query.value(0).toInt();
}

Status ProjectStore::Private::createV2Tables() const
{
    for (const char *statement : schemaV2Statements) {
        if (Status done = exec(QString::fromLatin1(statement)); !done)
            return done;
    }
    return ok();
}

// Brings an older project up to schemaVersion in place, in one transaction: a failure leaves the
// file exactly as it was. Read-only files are read as they are (the v2 tables are then absent and
// read as empty).
Status ProjectStore::Private::migrate() const
{
    const int version = storedSchemaVersion();
    if (version >= schemaVersion || isReadOnly)
        return ok();
    return inTransaction([this, version]() -> Status {
        if (version < 2) {
            if (Status done = createV2Tables(); !done)
                return done;
        }
        QSqlQuery query(db());
        query.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'schema_version'"));
        query.addBindValue(QString::number(schemaVersion));
        if (!query.exec())
            return Status::failure(
                sqlError(QStringLiteral("writing the schema version"), query.lastError()));
        return ok();
    });
}

Status ProjectStore::Private::inTransaction(const std::function<Status()> &work) const
{
    if (isReadOnly)
        return Status::failure(QStringLiteral("the project file is read-only"));
    QSqlDatabase database = db();
    if (!database.transaction())
        return Status::failure(
            sqlError(QStringLiteral("starting a transaction"), database.lastError()));
    Status result = work();
    if (result && !database.commit())
        result = Status::failure(sqlError(QStringLiteral("committing"), database.lastError()));
    if (!result)
        database.rollback();
    return result;
}

Status ProjectStore::Private::saveActor(const Actor &actor) const
{
    QSqlQuery query(db());
    query.prepare(
        QStringLiteral("INSERT INTO actors (code, country, sector, name) VALUES (?, ?, ?, ?)"
                       " ON CONFLICT(code) DO UPDATE SET name = excluded.name"
                       " WHERE excluded.name <> ''"));
    query.addBindValue(actor.code);
    query.addBindValue(actor.country);
    query.addBindValue(actor.sector);
    query.addBindValue(actor.name);
    if (!query.exec())
        return Status::failure(
            sqlError(QStringLiteral("saving actor ") + actor.code, query.lastError()));
    return ok();
}

Status ProjectStore::Private::saveOne(const Article &article,
                                      const std::vector<Event> &events) const
{
    QSqlQuery remove(db());
    remove.prepare(QStringLiteral("DELETE FROM articles WHERE id = ?"));
    remove.addBindValue(article.id);
    if (!remove.exec())
        return Status::failure(
            sqlError(QStringLiteral("replacing article ") + article.id, remove.lastError()));

    QSqlQuery insert(db());
    insert.prepare(QStringLiteral("INSERT INTO articles (id, title, source, url, path, published,"
                                  " date_assumed, language, text, content_hash)"
                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value :
         {QVariant(article.id), QVariant(article.title), QVariant(article.source),
          QVariant(article.url), QVariant(article.path),
          QVariant(article.published.toString(Qt::ISODate)),
          QVariant(article.isDateAssumed ? 1 : 0), QVariant(article.language),
          QVariant(article.text), QVariant(contentHash(article.text))})
        insert.addBindValue(value);
    if (!insert.exec())
        return Status::failure(
            sqlError(QStringLiteral("saving article ") + article.id, insert.lastError()));

    QSqlQuery sentence(db());
    sentence.prepare(
        QStringLiteral("INSERT INTO sentences (article_id, idx, begin, end) VALUES (?, ?, ?, ?)"));
    for (const Sentence &s : article.sentences) {
        sentence.addBindValue(article.id);
        sentence.addBindValue(s.index);
        sentence.addBindValue(s.span.begin);
        sentence.addBindValue(s.span.end);
        if (!sentence.exec())
            return Status::failure(
                sqlError(QStringLiteral("saving sentences"), sentence.lastError()));
    }

    QSqlQuery event(db());
    event.prepare(QStringLiteral(
        "INSERT INTO events (article_id, sentence_index, sentence_begin, sentence_end, source_code,"
        " source_mention, source_begin, source_end, target_code, target_mention, target_begin,"
        " target_end, cameo_code, cameo_root, plover_type, quad_class, goldstein, date_value,"
        " date_earliest, date_latest, date_granularity, date_phrase, date_basis, report_date,"
        " modality, confidence, trigger, trigger_begin, trigger_end)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?)"));
    for (const Event &e : events) {
        if (Status saved = saveActor(e.source); !saved)
            return saved;
        if (e.target) {
            if (Status saved = saveActor(*e.target); !saved)
                return saved;
        }
        const QVariant noTarget(QMetaType::fromType<QString>());
        const QVariantList values = {
            article.id,
            e.sentenceIndex,
            e.sentenceSpan.begin,
            e.sentenceSpan.end,
            e.source.code,
            e.source.mention,
            e.source.span.begin,
            e.source.span.end,
            e.target ? QVariant(e.target->code) : noTarget,
            e.target ? QVariant(e.target->mention) : noTarget,
            e.target ? QVariant(e.target->span.begin) : QVariant(),
            e.target ? QVariant(e.target->span.end) : QVariant(),
            e.cameoCode,
            e.cameoRoot,
            e.ploverType,
            int(e.quadClass),
            e.goldstein,
            e.date.value,
            e.date.earliest.toString(Qt::ISODate),
            e.date.latest.toString(Qt::ISODate),
            granularityName(e.date.granularity),
            e.date.phrase,
            dateBasisName(e.date.basis),
            e.reportDate.toString(Qt::ISODate),
            modalityName(e.modality),
            e.confidence,
            e.trigger,
            e.triggerSpan.begin,
            e.triggerSpan.end,
        };
        for (const QVariant &value : values)
            event.addBindValue(value);
        if (!event.exec())
            return Status::failure(sqlError(QStringLiteral("saving events"), event.lastError()));
    }
    return ok();
}

ProjectStore::ProjectStore(std::unique_ptr<Private> d)
    : d(std::move(d))
{ }

ProjectStore::~ProjectStore()
{
    const QString connection = d->connection;
    QSqlDatabase::database(connection, false).close();
    d.reset();
    QSqlDatabase::removeDatabase(connection);
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::open(const QString &path)
{
    using Opened = Result<std::unique_ptr<ProjectStore>>;
    const QFileInfo info(path);
    const bool isNew = !info.exists() || info.size() == 0;
    if (info.exists() && info.isDir())
        return Opened::failure(QStringLiteral("%1 is a folder, not a project file").arg(path));
    if (!isNew && !looksLikeSqlite(path))
        return Opened::failure(
            QStringLiteral("%1 is not a Demarche project (not an SQLite file)").arg(path));

    auto d = std::make_unique<Private>();
    d->path = info.absoluteFilePath();
    d->connection = nextConnectionName();
    // The owner's write bit counts even for root, so that a file the user marked read-only stays
    // so.
    d->isReadOnly = !isNew && (!info.isWritable() || !info.permission(QFileDevice::WriteOwner));
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connection);
        database.setDatabaseName(path);
        if (d->isReadOnly)
            database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!database.open()) {
            const QString error = database.lastError().text();
            database = QSqlDatabase();
            QSqlDatabase::removeDatabase(d->connection);
            return Opened::failure(QStringLiteral("cannot open %1: %2").arg(path, error));
        }
    }
    std::unique_ptr<ProjectStore> store(new ProjectStore(std::move(d)));
    Private &p = *store->d;
    if (!isNew) {
        if (Status schema = p.checkSchema(); !schema)
            return Opened::failure(QStringLiteral("%1: %2").arg(path, schema.error()));
    }
    // WAL keeps the file consistent if the process dies mid-import: a reopen sees every committed
    // batch.
    if (!p.isReadOnly) {
        p.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        p.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    p.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (isNew) {
        if (Status created = p.createSchema(); !created)
            return Opened::failure(QStringLiteral("%1: %2").arg(path, created.error()));
    } else if (Status migrated = p.migrate(); !migrated) {
        return Opened::failure(
            QStringLiteral("%1: upgrading the project: %2").arg(path, migrated.error()));
    }
    return store;
}

QString ProjectStore::path() const
{
    return d->path;
}

bool ProjectStore::isReadOnly() const
{
    return d->isReadOnly;
}

Status ProjectStore::writeTransaction(const std::function<Status()> &work) const
{
    return d->inTransaction(work);
}

QSqlDatabase ProjectStore::database() const
{
    return d->db();
}

Status ProjectStore::saveArticle(const Article &article, const std::vector<Event> &events)
{
    return d->inTransaction([&] { return d->saveOne(article, events); });
}

Status ProjectStore::saveArticles(const std::vector<std::pair<Article, std::vector<Event>>> &batch)
{
    return d->inTransaction([&]() -> Status {
        for (const auto &[article, events] : batch) {
            if (Status saved = d->saveOne(article, events); !saved)
                return saved;
        }
        return ok();
    });
}

Result<std::vector<Article>> ProjectStore::articles(ArticleContent content) const
{
    using Articles = Result<std::vector<Article>>;
    const bool withText = content == ArticleContent::WithText;
    auto rows = SqliteStatement::prepare(
        d->db(),
        withText ? "SELECT id, title, source, url, path, published, date_assumed, language, text"
                   " FROM articles ORDER BY published, id"
                 : "SELECT id, title, source, url, path, published, date_assumed, language"
                   " FROM articles ORDER BY published, id",
        QStringLiteral("reading articles"));
    if (!rows)
        return Articles::failure(rows.error());
    std::vector<Article> articles;
    articles.reserve(std::size_t(articleCount()));
    QHash<QString, std::size_t> indexById;
    StringPool pool;
    while (rows->next()) {
        Article a;
        a.id = rows->text(0);
        a.title = rows->text(1);
        a.source = pool.intern(rows->bytes(2));
        a.url = rows->text(3);
        a.path = rows->text(4);
        a.published = rows->date(5);
        a.isDateAssumed = rows->integer(6) != 0;
        a.language = pool.intern(rows->bytes(7));
        if (withText)
            a.text = rows->text(8);
        indexById.insert(a.id, articles.size());
        articles.push_back(std::move(a));
    }
    if (Status read = rows->status(); !read)
        return Articles::failure(read.error());
    if (Status read = d->readSentences(articles, indexById); !read)
        return Articles::failure(read.error());
    return articles;
}

Status ProjectStore::Private::readSentences(std::vector<Article> &articles,
                                            const QHash<QString, std::size_t> &indexById) const
{
    auto rows = SqliteStatement::prepare(
        db(), "SELECT article_id, idx, begin, end FROM sentences ORDER BY article_id, idx",
        QStringLiteral("reading sentences"));
    if (!rows)
        return Status::failure(rows.error());
    QByteArray groupId;
    std::vector<Sentence> *sentences = nullptr;
    bool isFirst = true;
    while (rows->next()) {
        // Rows come grouped by article: look each article up once.
        if (const QByteArrayView id = rows->bytes(0); isFirst || id != QByteArrayView(groupId)) {
            isFirst = false;
            groupId = id.toByteArray();
            const auto it = indexById.constFind(QString::fromUtf8(groupId));
            sentences = it == indexById.constEnd() ? nullptr : &articles[*it].sentences;
        }
        if (sentences)
            sentences->push_back({rows->integer(1), {rows->integer(2), rows->integer(3)}});
    }
    return rows->status();
}

Result<std::vector<Event>> ProjectStore::events() const
{
    using Events = Result<std::vector<Event>>;
    // Codes, names, dates, mentions and triggers repeat across events: one shared QString per
    // distinct value keeps a 100,000-event project's memory to a fraction of a copy per field.
    StringPool pool;
    // Actors are read once rather than joined to every event row: two index lookups per row less.
    auto actors = readActors(d->db(), pool);
    if (!actors)
        return Events::failure(actors.error());
    auto rows = SqliteStatement::prepare(
        d->db(),
        "SELECT id, article_id, sentence_index, sentence_begin, sentence_end,"
        " source_code, source_mention, source_begin, source_end,"
        " target_code, target_mention, target_begin, target_end,"
        " cameo_code, cameo_root, plover_type, quad_class, goldstein, date_value,"
        " date_earliest, date_latest, date_granularity, date_phrase, date_basis,"
        " report_date, modality, confidence, trigger, trigger_begin, trigger_end"
        " FROM events ORDER BY id",
        QStringLiteral("reading events"));
    if (!rows)
        return Events::failure(rows.error());
    std::vector<Event> events;
    events.reserve(std::size_t(eventCount()));
    while (rows->next())
        readEvent(rows.value(), pool, actors.value(), events.emplace_back());
    if (Status read = rows->status(); !read)
        return Events::failure(read.error());
    return events;
}

int ProjectStore::articleCount() const
{
    QSqlQuery query(d->db());
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM articles")) && query.next()
        ? query.value(0).toInt()
        : 0;
}

int ProjectStore::eventCount() const
{
    QSqlQuery query(d->db());
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM events")) && query.next()
        ? query.value(0).toInt()
        : 0;
}

QString ProjectStore::contentHash(const QString &text)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(Extractor::fingerprint().toLatin1());
    hash.addData(text.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

Result<QString> ProjectStore::storedContentHash(const QString &articleId) const
{
    QSqlQuery query(d->db());
    query.prepare(QStringLiteral("SELECT content_hash FROM articles WHERE id = ?"));
    query.addBindValue(articleId);
    if (!query.exec())
        return Result<QString>::failure(
            sqlError(QStringLiteral("reading an article hash"), query.lastError()));
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace demarche
