#pragma once

#include "core/datespan.h"
#include "core/textspan.h"

#include <QString>

namespace demarche {

// TIMEX3 types.
enum class TimexType { Date, Time, Duration, Set };

// One time expression found in a text, normalised TIMEX3 style.
struct TimeExpression
{
    TextSpan span;        // extent in the text given to the tagger (UTF-16 indices of that QString)
    QString text;         // the words of the extent
    TimexType type = TimexType::Date;
    QString value;        // TIMEX3 value ("2026-W02", "P5Y", "PAST_REF", "XXXX-WXX-1")
    QString mod;          // TIMEX3 mod where one applies ("MID", "START", "END", "APPROX"), else empty
    DateSpan interval;    // calendar interval for DATE/TIME values; invalid for durations and sets
};

// "DATE", "TIME", "DURATION", "SET".
QString timexTypeName(TimexType type);

} // namespace demarche
