#include "datespan.h"

#include "calendar.h"

#include <array>

namespace demarche {

namespace {

QString twoDigits(int n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

QString yearText(int year)
{
    return QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
}

const std::array<QLatin1StringView, 10> granularityNames = {
    QLatin1StringView("day"),    QLatin1StringView("week"),    QLatin1StringView("month"),
    QLatin1StringView("quarter"), QLatin1StringView("season"), QLatin1StringView("half-year"),
    QLatin1StringView("year"),   QLatin1StringView("decade"),  QLatin1StringView("century"),
    QLatin1StringView("vague"),
};

} // namespace

DateSpan DateSpan::day(QDate d)
{
    return interval(d, d, d.toString(Qt::ISODate), Granularity::Day);
}

DateSpan DateSpan::isoWeek(int isoYear, int week)
{
    if (week < 1 || week > calendar::isoWeeksInYear(isoYear))
        return {};
    const QDate monday = calendar::isoWeekMonday(isoYear, week);
    return interval(monday, monday.addDays(6), yearText(isoYear) + QStringLiteral("-W") + twoDigits(week),
                    Granularity::Week);
}

DateSpan DateSpan::weekOf(QDate d)
{
    int isoYear = 0;
    const int week = d.weekNumber(&isoYear);
    return isoWeek(isoYear, week);
}

DateSpan DateSpan::month(int year, int month)
{
    if (month < 1 || month > 12)
        return {};
    return interval(QDate(year, month, 1), calendar::monthEnd(year, month),
                    yearText(year) + QLatin1Char('-') + twoDigits(month), Granularity::Month);
}

DateSpan DateSpan::quarter(int year, int quarter)
{
    if (quarter < 1 || quarter > 4)
        return {};
    const int firstMonth = 3 * (quarter - 1) + 1;
    return interval(QDate(year, firstMonth, 1), calendar::monthEnd(year, firstMonth + 2),
                    yearText(year) + QStringLiteral("-Q") + QString::number(quarter),
                    Granularity::Quarter);
}

DateSpan DateSpan::half(int year, int half)
{
    if (half < 1 || half > 2)
        return {};
    const int firstMonth = half == 1 ? 1 : 7;
    return interval(QDate(year, firstMonth, 1), calendar::monthEnd(year, firstMonth + 5),
                    yearText(year) + QStringLiteral("-H") + QString::number(half),
                    Granularity::HalfYear);
}

DateSpan DateSpan::season(int year, const QString &season)
{
    const QString code = season == QLatin1String("AU") ? QStringLiteral("FA") : season;
    QDate first;
    QDate last;
    if (code == QLatin1String("SP")) {
        first = QDate(year, 3, 1);
        last = QDate(year, 5, 31);
    } else if (code == QLatin1String("SU")) {
        first = QDate(year, 6, 1);
        last = QDate(year, 8, 31);
    } else if (code == QLatin1String("FA")) {
        first = QDate(year, 9, 1);
        last = QDate(year, 11, 30);
    } else if (code == QLatin1String("WI")) {
        first = QDate(year, 12, 1);
        last = calendar::monthEnd(year + 1, 2);
    } else {
        return {};
    }
    return interval(first, last, yearText(year) + QLatin1Char('-') + code, Granularity::Season);
}

DateSpan DateSpan::year(int year)
{
    return interval(QDate(year, 1, 1), QDate(year, 12, 31), yearText(year), Granularity::Year);
}

DateSpan DateSpan::decade(int decadeStart)
{
    return interval(QDate(decadeStart, 1, 1), QDate(decadeStart + 9, 12, 31),
                    QStringLiteral("%1").arg(decadeStart / 10, 3, 10, QLatin1Char('0')),
                    Granularity::Decade);
}

DateSpan DateSpan::century(int century)
{
    return interval(QDate(century * 100, 1, 1), QDate(century * 100 + 99, 12, 31),
                    twoDigits(century), Granularity::Century);
}

DateSpan DateSpan::publication(QDate published)
{
    DateSpan span = day(published);
    span.basis = DateBasis::Publication;
    return span;
}

DateSpan DateSpan::interval(QDate first, QDate last, const QString &value, Granularity granularity)
{
    DateSpan span;
    span.value = value;
    span.earliest = first;
    span.latest = last;
    span.granularity = granularity;
    return span;
}

QString granularityName(Granularity granularity)
{
    return QString(granularityNames.at(std::size_t(granularity)));
}

Granularity granularityFromName(const QString &name)
{
    for (std::size_t i = 0; i < granularityNames.size(); ++i) {
        if (name == granularityNames[i])
            return Granularity(i);
    }
    return Granularity::Vague;
}

QString dateBasisName(DateBasis basis)
{
    return basis == DateBasis::Stated ? QStringLiteral("stated") : QStringLiteral("publication");
}

DateBasis dateBasisFromName(const QString &name)
{
    return name == QLatin1String("publication") ? DateBasis::Publication : DateBasis::Stated;
}

} // namespace demarche
