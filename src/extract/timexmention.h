#pragma once

#include "timeexpression.h"

#include <QString>

namespace demarche {

// What a recognised time expression says, before it is resolved against a reference date.
enum class MentionKind {
    Calendar, // explicit year / month / day pieces; a missing year comes from tense
    Weekday, // "Friday", "last Friday", "next Monday"
    DayOffset, // "today", "yesterday", "tomorrow"
    Deictic, // "this week", "last year", "next month"
    Shift, // "two years ago", "a day earlier", "three months later"
    Duration, // "five years", "the past two months"
    Reference, // "now", "recently", "the future": value is the literal
    Set, // "daily", "every week": value is the literal
    Quarter, // "the third quarter", "fiscal 1989 Q3", "the quarter"
    Half, // "the first half of 1990"
    Season, // "last summer", "spring 1998"
    Decade, // "the 1990s", "the nineties"
    Century, // "the 20th century"
    ContextUnit, // "the year", "that day", "the same month": the unit of the context reference
    Holiday, // "Thanksgiving", "Christmas"
};

// One recognised expression: its UTF-16 extent and the pieces the normaliser resolves.
struct TimexMention
{
    int begin = 0;
    int end = 0;
    TimexType type = TimexType::Date;
    MentionKind kind = MentionKind::Calendar;
    int year = 0;
    bool hasYear = false;
    int yearOffset = 0; // "March last year": year relative to the reference year
    bool hasYearOffset = false;
    int month = 0;
    int day = 0;
    int weekday = 0; // 1 Monday .. 7 Sunday
    int quarter = 0; // 1-4; 0 = the quarter of the context
    int half = 0;
    QString season; // "SP", "SU", "FA", "WI"
    QString unit; // "Y", "M", "W", "D", "H", "MIN", "S", "Q", "DE", "CE", "WE"
    int count = 1;
    bool vagueCount = false; // "several years": PXY
    int offset = 0; // deictic offset in units: -1 last, 0 this, +1 next
    bool hasOffset = false;
    bool fromContext = false; // anchored on the last explicit date rather than the document date
    QString mod; // TIMEX3 mod
    QString partOfDay; // "MO", "AF", "EV", "NI" for TIME values
    int hour = -1;
    int minute = 0;
    QString literal; // fixed value for Reference, Set and Holiday ("12-25")
    int tense = 0; // -1 past, +1 future, 0 unknown: direction for underspecified dates
    int dayShift = 0; // "the day before last Tuesday": days added to the resolved day
    bool weekOfDay = false; // "the week of March 6": the ISO week holding the resolved day
    bool lastWeekOfMonth = false; // "the last week of December": day is the month's last but six
    bool opensRange = false; // "from March to May": its year follows the range's other end
};

// The first end of a range "from <start> to <end>" placed in the end's year, or in the year before
// when it falls later in the calendar than the end ("Dec. 30 - Jan. 2, 1990").
inline TimexMention startOfRange(TimexMention start, int endYear, int endMonth, int endDay)
{
    const bool later
        = start.month > endMonth || (start.month == endMonth && endDay > 0 && start.day > endDay);
    start.year = later ? endYear - 1 : endYear;
    start.hasYear = true;
    start.opensRange = false;
    return start;
}

} // namespace demarche
