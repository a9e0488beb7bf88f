#include "articlemetadata.h"

#include <QDateTime>
#include <array>

namespace demarche {

QDate parseIsoDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QDate day = QDate::fromString(trimmed.left(10), Qt::ISODate);
    if (trimmed.size() == 10 || !day.isValid())
        return day;
    const QDateTime moment = QDateTime::fromString(trimmed, Qt::ISODate);
    return moment.isValid() ? moment.date() : QDate();
}

Status applyArticleMetadata(const QJsonObject &metadata, Article &article)
{
    const std::array<std::pair<QLatin1StringView, QString Article::*>, 5> textFields = {{
        {QLatin1StringView("id"), &Article::id},
        {QLatin1StringView("title"), &Article::title},
        {QLatin1StringView("language"), &Article::language},
        {QLatin1StringView("source"), &Article::source},
        {QLatin1StringView("url"), &Article::url},
    }};
    for (const auto &[key, field] : textFields) {
        const QJsonValue value = metadata.value(key);
        if (value.isUndefined() || value.isNull())
            continue;
        if (!value.isString())
            return Status::failure(QStringLiteral("field '%1' must be a string").arg(key));
        article.*field = value.toString();
    }
    const QJsonValue date = metadata.value(QLatin1StringView("date"));
    if (!date.isUndefined() && !date.isNull()) {
        const QDate parsed = date.isString() ? parseIsoDate(date.toString()) : QDate();
        if (!parsed.isValid())
            return Status::failure(QStringLiteral("field 'date' is not an ISO 8601 date"));
        article.published = parsed;
        article.isDateAssumed = false;
    }
    return ok();
}

void assumeDateFromFile(const QFileInfo &file, Article &article)
{
    if (article.published.isValid())
        return;
    const QDateTime modified = file.lastModified();
    article.published = modified.isValid() ? modified.date() : QDate::currentDate();
    article.isDateAssumed = true;
}

} // namespace demarche
