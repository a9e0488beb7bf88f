#pragma once

#include "core/article.h"
#include "core/event.h"
#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace demarche {

// One event as a JSON object: every field of Event, with nested objects for source, target
// (null when absent) and date. Spans are code point offsets.
QJsonObject eventToJson(const Event &event);
// The inverse of eventToJson; fails naming the first missing or malformed field.
Result<Event> eventFromJson(const QJsonObject &object);

// Header line and rows of the CSV export (RFC 4180 quoting).
QString eventCsvHeader();
QString eventToCsvRow(const Event &event, const QString &sentenceText);
// One CSV field, quoted per RFC 4180 when it holds a comma, quote or line break.
QString csvQuote(const QString &text);

} // namespace demarche
