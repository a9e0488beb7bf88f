#pragma once

#include "timeexpression.h"
#include "timexmention.h"

#include <QDate>

namespace demarche {

// What earlier expressions of the same text left behind for later ones to refer to.
struct TemporalContext
{
    QDate document; // the publication date: the anchor of deictic expressions
    DateSpan lastExplicit; // the last date the text stated; anchor of "the next day", "that year"
    DateSpan lastQuarter; // the last quarter named, for "the quarter", "a year earlier"
    int lastQuarterEnd = -1; // where that quarter was named (UTF-16 end), -1 when none
    // The latest quarter named that was over at publication: the one a financial report is
    // about, which its year-ago comparisons refer to even after it names an earlier quarter
    // ("after a flat second quarter") or one to come ("a fourth-quarter charge").
    DateSpan reportQuarter;
};

// Resolves recognised mentions into TIMEX3 values and calendar intervals, against the document
// date and the context of earlier expressions. Const and stateless: the context is the caller's.
class TimexNormalizer final
{
public:
    // The TIMEX3 expression for `mention`; updates `context` with any date it states. An invalid
    // document date yields values with unknown parts ("XXXX-10-27") and no interval.
    TimeExpression normalise(const TimexMention &mention, TemporalContext &context) const;
};

} // namespace demarche
