#include "calendar.h"

#include <algorithm>

namespace demarche::calendar {

// QDate, not bg::date, wherever a year comes from text: Boost throws outside 1400-9999, and
// text says "May 1010" or "the year 99999" (found by fuzzing, issue 9). Invalid input gives an
// invalid QDate.
QDate monthEnd(int year, int month)
{
    const QDate first(year, month, 1);
    return first.isValid() ? QDate(year, month, first.daysInMonth()) : QDate();
}

QDate isoWeekMonday(int isoYear, int week)
{
    // 4 January is always in ISO week 1.
    const QDate jan4(isoYear, 1, 4);
    return jan4.isValid() ? jan4.addDays(-(jan4.dayOfWeek() - 1) + 7 * qint64(week - 1)) : QDate();
}

int isoWeeksInYear(int isoYear)
{
    // 28 December always lies in the last ISO week of its year.
    return QDate(isoYear, 12, 28).weekNumber();
}

QDate addMonths(QDate d, int months)
{
    // Not bg::months: Boost snaps month ends (28 Feb + 1 month = 31 Mar), which people do not mean.
    const int index = d.year() * 12 + (d.month() - 1) + months;
    const int year = index / 12;
    const int month = index % 12 + 1;
    const QDate first(year, month, 1);
    return first.isValid() ? QDate(year, month, std::min(d.day(), first.daysInMonth())) : QDate();
}

} // namespace demarche::calendar
