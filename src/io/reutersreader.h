#pragma once

#include "articlereader.h"

#include <QString>

namespace demarche {

// Reads a Reuters-21578 SGML file (<REUTERS NEWID=...> records with <DATE>, <TITLE>, <BODY>).
// A record whose bytes are not UTF-8 is decoded as Latin-1 and reported; a noisy date is parsed
// from its leading "DD-MON-YYYY" and reported when even that fails (the article is kept, its date
// taken from the file and flagged assumed). Records without a body are skipped and reported.
void readReutersSgml(const QString &path, const ArticleSink &onArticle, const ProblemSink &onProblem);

} // namespace demarche
