#pragma once

#include <QDate>
#include <boost/date_time/gregorian/gregorian_types.hpp>

namespace demarche::calendar {

// Qt and Boost both count days as Julian Day Numbers, so conversion is exact.
inline boost::gregorian::date toBoost(QDate d)
{
    return boost::gregorian::date(boost::gregorian::date::date_int_type(d.toJulianDay()));
}
inline QDate toQDate(boost::gregorian::date d)
{
    return QDate::fromJulianDay(d.julian_day());
}

// Last day of a month.
QDate monthEnd(int year, int month);
// Monday of ISO week `week` in ISO year `isoYear`.
QDate isoWeekMonday(int isoYear, int week);
// Number of ISO weeks (52 or 53) in an ISO year.
int isoWeeksInYear(int isoYear);
// d shifted by whole months, clamped to the month's end (31 Jan + 1 month = 28/29 Feb).
QDate addMonths(QDate d, int months);

} // namespace demarche::calendar
