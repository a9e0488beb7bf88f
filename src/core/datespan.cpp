#include "datespan.h"

#include "calendar.h"

#include <algorithm>
#include <array>

namespace demarche {

namespace {

// Values are formatted by hand for the common case: the temporal tagger makes several spans for
// each expression it resolves, and QString::arg and QDate::toString (asprintf) cost it more than
// all its date arithmetic. Anything else goes to Qt, so the text never changes.

// Writes n, 0 <= n < 10^width, as `width` digits with leading zeros.
void writeDigits(QChar *out, int n, int width)
{
    for (int k = width - 1; k >= 0; --k) {
        out[k] = QChar(char16_t(u'0' + n % 10));
        n /= 10;
    }
}

QString twoDigits(int n)
{
    if (n < 0 || n > 99)
        return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
    QString text(2, Qt::Uninitialized);
    writeDigits(text.data(), n, 2);
    return text;
}

QString yearText(int year)
{
    if (year < 0 || year > 9999)
        return QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
    QString text(4, Qt::Uninitialized);
    writeDigits(text.data(), year, 4);
    return text;
}

// The year, then a short suffix ("-W02", "-Q3"), in one allocation rather than one a piece.
QString yearAnd(int year, QStringView suffix)
{
    if (year < 0 || year > 9999)
        return yearText(year).append(suffix);
    QString text(4 + suffix.size(), Qt::Uninitialized);
    writeDigits(text.data(), year, 4);
    std::copy(suffix.begin(), suffix.end(), text.data() + 4);
    return text;
}

char16_t digit(int n)
{
    return char16_t(u'0' + n);
}

// QDate::toString(Qt::ISODate): "YYYY-MM-DD", and a null string for an invalid date or a year
// outside 0-9999.
QString isoDateText(QDate d)
{
    int year = 0;
    int month = 0;
    int day = 0;
    d.getDate(&year, &month, &day);
    if (!d.isValid() || year < 0 || year > 9999)
        return QString();
    QString text(10, Qt::Uninitialized);
    QChar *out = text.data();
    writeDigits(out, year, 4);
    out[4] = u'-';
    writeDigits(out + 5, month, 2);
    out[7] = u'-';
    writeDigits(out + 8, day, 2);
    return text;
}

const std::array<QLatin1StringView, 10> granularityNames = {
    QLatin1StringView("day"),     QLatin1StringView("week"),   QLatin1StringView("month"),
    QLatin1StringView("quarter"), QLatin1StringView("season"), QLatin1StringView("half-year"),
    QLatin1StringView("year"),    QLatin1StringView("decade"), QLatin1StringView("century"),
    QLatin1StringView("vague"),
};

} // namespace

DateSpan DateSpan::day(QDate d)
{
    return interval(d, d, isoDateText(d), Granularity::Day);
}

DateSpan DateSpan::isoWeek(int isoYear, int week)
{
    if (week < 1 || week > calendar::isoWeeksInYear(isoYear))
        return {};
    const QDate monday = calendar::isoWeekMonday(isoYear, week);
    const char16_t suffix[] = {u'-', u'W', digit(week / 10), digit(week % 10)};
    return interval(monday, monday.addDays(6), yearAnd(isoYear, QStringView(suffix, 4)),
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
    const char16_t suffix[] = {u'-', digit(month / 10), digit(month % 10)};
    return interval(QDate(year, month, 1), calendar::monthEnd(year, month),
                    yearAnd(year, QStringView(suffix, 3)), Granularity::Month);
}

DateSpan DateSpan::quarter(int year, int quarter)
{
    if (quarter < 1 || quarter > 4)
        return {};
    const int firstMonth = 3 * (quarter - 1) + 1;
    const char16_t suffix[] = {u'-', u'Q', digit(quarter)};
    return interval(QDate(year, firstMonth, 1), calendar::monthEnd(year, firstMonth + 2),
                    yearAnd(year, QStringView(suffix, 3)), Granularity::Quarter);
}

DateSpan DateSpan::half(int year, int half)
{
    if (half < 1 || half > 2)
        return {};
    const int firstMonth = half == 1 ? 1 : 7;
    const char16_t suffix[] = {u'-', u'H', digit(half)};
    return interval(QDate(year, firstMonth, 1), calendar::monthEnd(year, firstMonth + 5),
                    yearAnd(year, QStringView(suffix, 3)), Granularity::HalfYear);
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
