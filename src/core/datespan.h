#pragma once

#include <QDate>
#include <QString>

namespace demarche {

// How precisely a DateSpan pins its time down, finest first.
enum class Granularity { Day, Week, Month, Quarter, Season, HalfYear, Year, Decade, Century, Vague };

// Where a DateSpan came from: a time expression in the text, or the article's publication date
// because the text gave none for the event.
enum class DateBasis { Stated, Publication };

// When something happened: a TIMEX3 value plus the calendar interval it stands for. Vague dates
// ("mid-2025", "recently") keep their whole interval so that views can draw them as ranges.
struct DateSpan
{
    QString value;    // TIMEX3 value: "2026-01-05", "2026-W02", "2025-06", "2013-Q1", "PAST_REF" ...
    QDate earliest;   // first day the expression can mean
    QDate latest;     // last day the expression can mean (inclusive)
    Granularity granularity = Granularity::Day;
    QString phrase;   // the words it came from ("this week"); empty when taken from publication
    DateBasis basis = DateBasis::Stated;

    friend bool operator==(const DateSpan &, const DateSpan &) = default;

    bool isValid() const { return earliest.isValid() && latest.isValid() && earliest <= latest; }
    bool isExact() const { return earliest == latest; }
    // Days covered, inclusive (0 when invalid).
    qint64 dayCount() const { return isValid() ? earliest.daysTo(latest) + 1 : 0; }
    bool overlaps(const DateSpan &other) const
    {
        return isValid() && other.isValid() && earliest <= other.latest && other.earliest <= latest;
    }

    // The single day d.
    static DateSpan day(QDate d);
    // ISO 8601 week `week` of ISO year `isoYear` (Monday to Sunday); week 53 only where it exists.
    static DateSpan isoWeek(int isoYear, int week);
    // The ISO week containing d.
    static DateSpan weekOf(QDate d);
    static DateSpan month(int year, int month);
    // Calendar quarter 1-4.
    static DateSpan quarter(int year, int quarter);
    // Half 1-2.
    static DateSpan half(int year, int half);
    // Meteorological northern-hemisphere season: "SP", "SU", "FA" (or "AU"), "WI" (Dec to Feb,
    // counted in the year of its December).
    static DateSpan season(int year, const QString &season);
    static DateSpan year(int year);
    // The decade starting at decadeStart (a multiple of 10), TIMEX3 value "199".
    static DateSpan decade(int decadeStart);
    // Century `century` as TIMEX3 writes it ("19" = 1900-1999).
    static DateSpan century(int century);
    // The publication date as the date of an event the text does not date.
    static DateSpan publication(QDate published);
    // [first, last] with a given value and granularity, for vague and composite expressions.
    static DateSpan interval(QDate first, QDate last, const QString &value, Granularity granularity);
};

// Stable lower-case names, used by the store and JSON ("day", "week", ...).
QString granularityName(Granularity granularity);
Granularity granularityFromName(const QString &name);
QString dateBasisName(DateBasis basis);
DateBasis dateBasisFromName(const QString &name);

} // namespace demarche
