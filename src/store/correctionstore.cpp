#include "correctionstore.h"

#include "io/eventjson.h"
#include "projectstore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

namespace demarche {

namespace {

QString sqlError(const QString &what, const QSqlError &error)
{
    return QStringLiteral("%1: %2").arg(what, error.text());
}

QString toJsonText(const Event &event)
{
    return QString::fromUtf8(QJsonDocument(eventToJson(event)).toJson(QJsonDocument::Compact));
}

Result<Event> fromJsonText(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject())
        return Result<Event>::failure(QStringLiteral("a stored correction is not a JSON object"));
    return eventFromJson(document.object());
}

QString timestamp(const QDateTime &time)
{
    return (time.isValid() ? time : QDateTime::currentDateTimeUtc())
        .toUTC()
        .toString(Qt::ISODateWithMs);
}

} // namespace

CorrectionStore::CorrectionStore(const ProjectStore &store)
    : m_store(store)
{ }

bool CorrectionStore::hasTables() const
{
    return m_store.database().tables().contains(QStringLiteral("corrections"));
}

Result<std::vector<Correction>> CorrectionStore::corrections() const
{
    using Out = Result<std::vector<Correction>>;
    std::vector<Correction> corrections;
    if (!hasTables())
        return corrections;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT id, article_id, sentence_index, trigger_begin, trigger_end,"
                           " machine_code, is_addition, fields, is_rejected, edited, original,"
                           " author, created_at, reason FROM corrections ORDER BY id")))
        return Out::failure(sqlError(QStringLiteral("reading corrections"), query.lastError()));
    while (query.next()) {
        Correction c;
        c.id = query.value(0).toLongLong();
        c.key = {query.value(1).toString(),
                 query.value(2).toInt(),
                 {query.value(3).toInt(), query.value(4).toInt()},
                 query.value(5).toString()};
        c.isAddition = query.value(6).toInt() != 0;
        c.fields = correctionFieldsFromNames(query.value(7).toString());
        c.isRejected = query.value(8).toInt() != 0;
        Result<Event> edited = fromJsonText(query.value(9).toString());
        if (!edited)
            return Out::failure(QStringLiteral("correction %1: %2").arg(c.id).arg(edited.error()));
        c.edited = std::move(edited).value();
        if (!query.value(10).isNull()) {
            Result<Event> original = fromJsonText(query.value(10).toString());
            if (!original)
                return Out::failure(
                    QStringLiteral("correction %1: %2").arg(c.id).arg(original.error()));
            c.original = std::move(original).value();
        }
        c.author = query.value(11).toString();
        c.createdAt = QDateTime::fromString(query.value(12).toString(), Qt::ISODateWithMs);
        c.reason = query.value(13).toString();
        corrections.push_back(std::move(c));
    }
    return corrections;
}

Result<std::optional<Correction>> CorrectionStore::correctionFor(const CorrectionKey &key) const
{
    using Out = Result<std::optional<Correction>>;
    auto all = corrections();
    if (!all)
        return Out::failure(all.error());
    for (Correction &c : all.value()) {
        if (!c.isAddition && c.key == key)
            return std::optional<Correction>(std::move(c));
    }
    return std::optional<Correction>();
}

Result<qint64> CorrectionStore::save(const Correction &correction)
{
    if (!correction.key.isValid())
        return Result<qint64>::failure(
            QStringLiteral("a correction needs the article of its event"));
    if (!hasTables())
        return Result<qint64>::failure(
            QStringLiteral("the project predates corrections and is read-only"));
    QSqlDatabase database = m_store.database();
    qint64 id = correction.id;
    const Status saved = m_store.writeTransaction([&]() -> Status {
        if (id <= 0 && !correction.isAddition) {
            QSqlQuery find(database);
            find.prepare(QStringLiteral(
                "SELECT id FROM corrections WHERE event_key = ? AND is_addition = 0"));
            find.addBindValue(correction.key.toString());
            if (!find.exec())
                return Status::failure(
                    sqlError(QStringLiteral("finding a correction"), find.lastError()));
            if (find.next())
                id = find.value(0).toLongLong();
        }
        QSqlQuery query(database);
        query.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO corrections (id, event_key, article_id, sentence_index,"
            " trigger_begin, trigger_end, machine_code, is_addition, fields, is_rejected, edited,"
            " original, author, created_at, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?)"));
        const CorrectionKey &key = correction.key;
        // A null QString binds as SQL NULL; "no field changed" is an empty list, not unknown.
        QString fieldNames = correctionFieldNames(correction.fields);
        if (fieldNames.isNull())
            fieldNames = QStringLiteral("");
        const QVariantList values = {
            id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>()),
            key.toString(),
            key.articleId,
            key.sentenceIndex,
            key.triggerSpan.begin,
            key.triggerSpan.end,
            key.cameoCode,
            correction.isAddition ? 1 : 0,
            fieldNames,
            correction.isRejected ? 1 : 0,
            toJsonText(correction.edited),
            correction.isAddition ? QVariant(QMetaType::fromType<QString>())
                                  : QVariant(toJsonText(correction.original)),
            correction.author,
            timestamp(correction.createdAt),
            correction.reason,
        };
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            return Status::failure(
                sqlError(QStringLiteral("saving a correction"), query.lastError()));
        if (id <= 0)
            id = query.lastInsertId().toLongLong();
        return ok();
    });
    if (!saved)
        return Result<qint64>::failure(saved.error());
    return id;
}

Status CorrectionStore::remove(qint64 correctionId)
{
    if (!hasTables())
        return ok();
    QSqlDatabase database = m_store.database();
    return m_store.writeTransaction([&]() -> Status {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("DELETE FROM corrections WHERE id = ?"));
        query.addBindValue(correctionId);
        if (!query.exec())
            return Status::failure(
                sqlError(QStringLiteral("removing a correction"), query.lastError()));
        return ok();
    });
}

Result<std::vector<ActorAlias>> CorrectionStore::aliases() const
{
    using Out = Result<std::vector<ActorAlias>>;
    std::vector<ActorAlias> aliases;
    if (!hasTables())
        return aliases;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT alias, canonical, canonical_name, author, created_at, reason"
                           " FROM actor_aliases ORDER BY alias")))
        return Out::failure(sqlError(QStringLiteral("reading actor merges"), query.lastError()));
    while (query.next()) {
        aliases.push_back({query.value(0).toString(), query.value(1).toString(),
                           query.value(2).toString(), query.value(3).toString(),
                           QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs),
                           query.value(5).toString()});
    }
    return aliases;
}

Status CorrectionStore::saveAlias(const ActorAlias &alias)
{
    auto existing = aliases();
    if (!existing)
        return Status::failure(existing.error());
    ActorAliases check(existing.value());
    if (!check.add(alias))
        return Status::failure(
            QStringLiteral("cannot merge %1 into %2: it would merge an actor into itself")
                .arg(alias.alias, alias.canonical));
    if (!hasTables())
        return Status::failure(
            QStringLiteral("the project predates actor merges and is read-only"));
    QSqlDatabase database = m_store.database();
    return m_store.writeTransaction([&]() -> Status {
        QSqlQuery query(database);
        query.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO actor_aliases (alias, canonical,"
            " canonical_name, author, created_at, reason) VALUES (?, ?, ?, ?, ?, ?)"));
        for (const QVariant &value :
             {QVariant(alias.alias), QVariant(alias.canonical), QVariant(alias.canonicalName),
              QVariant(alias.author), QVariant(timestamp(alias.createdAt)), QVariant(alias.reason)})
            query.addBindValue(value);
        if (!query.exec())
            return Status::failure(
                sqlError(QStringLiteral("saving an actor merge"), query.lastError()));
        return ok();
    });
}

Status CorrectionStore::removeAlias(const QString &aliasCode)
{
    if (!hasTables())
        return ok();
    QSqlDatabase database = m_store.database();
    return m_store.writeTransaction([&]() -> Status {
        QSqlQuery query(database);
        query.prepare(QStringLiteral("DELETE FROM actor_aliases WHERE alias = ?"));
        query.addBindValue(aliasCode);
        if (!query.exec())
            return Status::failure(
                sqlError(QStringLiteral("removing an actor merge"), query.lastError()));
        return ok();
    });
}

Result<CurationResult> CorrectionStore::curatedEvents() const
{
    auto machine = m_store.events();
    if (!machine)
        return Result<CurationResult>::failure(machine.error());
    auto stored = corrections();
    if (!stored)
        return Result<CurationResult>::failure(stored.error());
    auto merges = aliases();
    if (!merges)
        return Result<CurationResult>::failure(merges.error());
    return CorrectionApplier::apply(std::move(machine).value(), stored.value(),
                                    ActorAliases(merges.value()));
}

} // namespace demarche
