#include "calendar.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>

namespace demarche::calendar {

namespace bg = boost::gregorian;

QDate monthEnd(int year, int month)
{
    return toQDate(bg::date(year, month, 1).end_of_month());
}

QDate isoWeekMonday(int isoYear, int week)
{
    // 4 January is always in ISO week 1.
    const bg::date jan4(isoYear, 1, 4);
    const int sinceMonday = (jan4.day_of_week().as_number() + 6) % 7;
    const bg::date week1Monday = jan4 - bg::days(sinceMonday);
    return toQDate(week1Monday + bg::weeks(week - 1));
}

int isoWeeksInYear(int isoYear)
{
    // 28 December always lies in the last ISO week of its year.
    return bg::date(isoYear, 12, 28).week_number();
}

QDate addMonths(QDate d, int months)
{
    // Not bg::months: Boost snaps month ends (28 Feb + 1 month = 31 Mar), which people do not mean.
    const int index = d.year() * 12 + (d.month() - 1) + months;
    const int year = index / 12;
    const int month = index % 12 + 1;
    const int lastDay = bg::gregorian_calendar::end_of_month_day(year, month);
    return QDate(year, month, std::min(d.day(), lastDay));
}

} // namespace demarche::calendar
