#pragma once

#include "core/result.h"
#include "core/textspan.h"
#include "extract/timeexpression.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <vector>

namespace demarche {

// A TIMEX3 annotation found in a TimeML file.
struct AnnotatedTimex
{
    QString tid;
    TextSpan span;      // UTF-16 indices into TimeMlDocument::text
    QString type;       // "DATE", "TIME", "DURATION", "SET"
    QString value;
    QString mod;
    bool isDocumentTime = false;  // the DCT's own TIMEX3 (functionInDocument CREATION_TIME)
};

// A TimeML document (.tml): its id, document creation time, the exact text of its TEXT element
// with all tags stripped, and the TIMEX3 annotations inside TEXT.
struct TimeMlDocument
{
    QString docId;
    QDate creationTime;
    QString text;                       // TEXT content, entities decoded, tags removed
    std::vector<AnnotatedTimex> timexes;

    // Parses a TimeML file's bytes; fails with a message naming the line for malformed XML,
    // a missing TEXT element or a missing/unreadable DCT. Never expands external entities.
    static Result<TimeMlDocument> parse(const QByteArray &xml);

    // The whole document again, with TEXT replaced by `text` carrying <TIMEX3> tags for the given
    // expressions (spans are UTF-16 indices into `text`); everything else kept.
    QByteArray withTimexes(const QByteArray &originalXml,
                           const std::vector<TimeExpression> &expressions) const;
};

} // namespace demarche
