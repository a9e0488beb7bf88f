#pragma once

#include "core/article.h"
#include "core/result.h"

#include <QString>

namespace demarche {

// Reads a plain-text article. Metadata comes from a sidecar of the same base name with the
// extension .json (id, title, date, language, source, url), or from a front matter block
// ("---" lines around "key: value" lines) at the top of the file; the sidecar wins. Without a
// date the file's modification day is used and flagged as assumed. Fails on an empty, binary
// or non-UTF-8 file and on a malformed sidecar, naming the file and line.
Result<Article> readPlainTextArticle(const QString &path);

} // namespace demarche
