#pragma once

#include "core/article.h"
#include "core/result.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace demarche {

// A problem met while reading input: names the file (and line, when there is one) so the user
// can find it. Reading always goes on with the rest.
struct ReadProblem
{
    QString path;
    int line = 0;       // 1-based; 0 when the problem concerns the whole file
    QString message;

    // "path:line: message" (or "path: message").
    QString toString() const;
};

using ArticleSink = std::function<void(Article &&)>;
using ProblemSink = std::function<void(const ReadProblem &)>;

// Reads every article in the given files and folders (folders recursively, in name order),
// handing each to `onArticle` as soon as it is read, so that huge inputs stream. Formats by
// extension: .txt (with an optional sidecar .json or front matter), .jsonl, .tml, .sgm. Files
// of other types inside folders are skipped silently; named files of unknown type are problems.
void readArticles(const QStringList &paths, const ArticleSink &onArticle,
                  const ProblemSink &onProblem);

// Convenience for small inputs: everything in memory.
struct ReadBatch
{
    std::vector<Article> articles;
    std::vector<ReadProblem> problems;
};
ReadBatch readAllArticles(const QStringList &paths);

} // namespace demarche
