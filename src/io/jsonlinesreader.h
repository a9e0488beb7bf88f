#pragma once

#include "articlereader.h"

#include <QDate>
#include <QIODevice>
#include <QString>

namespace demarche {

// Reads JSON Lines articles, one object per line: `id` and `text` required, `date`, `title`,
// `source`, `url`, `language` optional. Each article goes to `onArticle` as soon as its line is
// read; a bad line (malformed JSON, invalid UTF-8, missing field) is a problem naming
// `name:line`, and reading goes on. Undated articles get `fallbackDate`, flagged as assumed.
void readJsonLines(QIODevice &device, const QString &name, QDate fallbackDate,
                   const ArticleSink &onArticle, const ProblemSink &onProblem);

} // namespace demarche
