#pragma once

#include "core/article.h"
#include "core/result.h"

#include <QFileInfo>
#include <QJsonObject>

namespace demarche {

// Applies the metadata fields Demarche reads (id, title, date, language, source, url) from a
// JSON object onto an article. Fails naming the field when one is present but malformed
// (a date that is not ISO 8601, a field that is not a string). Absent fields are left as they are.
Status applyArticleMetadata(const QJsonObject &metadata, Article &article);

// Parses "2026-01-07" or an ISO 8601 date-time; invalid QDate when it is neither.
QDate parseIsoDate(const QString &text);

// Gives an undated article the file's modification day, flagged as assumed.
void assumeDateFromFile(const QFileInfo &file, Article &article);

} // namespace demarche
