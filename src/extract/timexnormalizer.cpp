#include "timexnormalizer.h"

#include "core/calendar.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <cstdlib>

namespace demarche {

namespace {

namespace bg = boost::gregorian;

// How far back "recently" and "the past" reach, and how far ahead "soon" and "the future" do,
// when an event carries nothing sharper: three months. News uses "recently" for weeks to months;
// a quarter covers that without letting a vague date stretch across years on the timeline.
constexpr int vagueReachDays = 91;
// A weekday named without tense that falls tomorrow means tomorrow ("talks resume Tuesday" on a
// Monday); any other means the most recent one, since news mostly reports what has happened.
constexpr qint64 weekdayAheadDays = 1;

QString pad(int n, int width)
{
    return QStringLiteral("%1").arg(n, width, 10, QLatin1Char('0'));
}

int quarterOf(QDate d)
{
    return (d.month() - 1) / 3 + 1;
}

// The day `weekday` (1 Monday .. 7 Sunday) on or before / after `from`.
QDate weekdayOnOrBefore(QDate from, int weekday)
{
    return from.addDays(-((from.dayOfWeek() - weekday + 7) % 7));
}
QDate weekdayOnOrAfter(QDate from, int weekday)
{
    return from.addDays((weekday - from.dayOfWeek() + 7) % 7);
}

QDate thanksgiving(int year)
{
    // Fourth Thursday of November (United States). Boost throws outside 1400-9999 (fuzzing).
    if (year < 1400 || year > 9999)
        return QDate();
    const bg::date first(year, 11, 1);
    const bg::first_day_of_the_week_after thursday(bg::Thursday);
    bg::date d = first;
    if (first.day_of_week() != bg::Thursday)
        d = thursday.get_date(first);
    return calendar::toQDate(d + bg::weeks(3));
}

// Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher): neither Boost.Date_Time
// nor ICU offers Western Easter, and the arithmetic is short and exact for any Gregorian year.
QDate easterSunday(int year)
{
    if (year < 1583 || year > 9999)
        return QDate();
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

// United States general election day: the Tuesday after the first Monday of November.
QDate electionDay(int year)
{
    if (year < 1400 || year > 9999)
        return QDate();
    const bg::date firstMonday
        = bg::first_day_of_the_week_in_month(bg::Monday, bg::Nov).get_date(year);
    return calendar::toQDate(firstMonday + bg::days(1));
}

// The day of a holiday code of the lexicon in `year`: "TG", "EA", "ED" or a fixed "MM-DD".
QDate holidayIn(const QString &code, int year)
{
    if (code == QLatin1String("TG"))
        return thanksgiving(year);
    if (code == QLatin1String("EA"))
        return easterSunday(year);
    if (code == QLatin1String("ED"))
        return electionDay(year);
    const QDate md = QDate::fromString(QStringLiteral("2000-") + code, Qt::ISODate);
    return md.isValid() && QDate::isValid(year, md.month(), md.day())
        ? QDate(year, md.month(), md.day())
        : QDate();
}

// The day a holiday mention means, seen from `anchor`: the named year's, the last or next one,
// the one the tense points to, or else the nearest.
QDate holidayFor(const TimexMention &x, QDate anchor)
{
    QDate d;
    if (x.hasYear) {
        d = holidayIn(x.literal, x.year);
    } else if (x.hasOffset && x.offset != 0) {
        // "last Christmas" is the latest one before the reference, "next Easter" the first
        // after it, whichever year that falls in.
        for (int year = anchor.year() - 1; year <= anchor.year() + 1; ++year) {
            const QDate candidate = holidayIn(x.literal, year);
            if (x.offset < 0 && candidate.isValid() && candidate < anchor)
                d = candidate;
            else if (x.offset > 0 && candidate > anchor && !d.isValid())
                d = candidate;
        }
    } else if (x.tense != 0) {
        d = holidayIn(x.literal, anchor.year());
        if (x.tense < 0 && d > anchor)
            d = holidayIn(x.literal, anchor.year() - 1);
        else if (x.tense > 0 && d.isValid() && d < anchor)
            d = holidayIn(x.literal, anchor.year() + 1);
    } else {
        // No tense: the nearest one ("Christmas Day" said on 7 January is the one just past).
        for (int year = anchor.year() - 1; year <= anchor.year() + 1; ++year) {
            const QDate candidate = holidayIn(x.literal, year);
            if (candidate.isValid()
                && (!d.isValid()
                    || std::abs(candidate.daysTo(anchor)) < std::abs(d.daysTo(anchor))))
                d = candidate;
        }
    }
    return d;
}

// The granularity of a period counted in `unit` ("M" months: Month).
Granularity unitGranularity(const QString &unit)
{
    if (unit == QLatin1String("W") || unit == QLatin1String("FN"))
        return Granularity::Week;
    if (unit == QLatin1String("M"))
        return Granularity::Month;
    if (unit == QLatin1String("Q"))
        return Granularity::Quarter;
    if (unit == QLatin1String("Y"))
        return Granularity::Year;
    if (unit == QLatin1String("DE"))
        return Granularity::Decade;
    if (unit == QLatin1String("CE"))
        return Granularity::Century;
    return Granularity::Day;
}

// Whether a mention counts in units from the story's last date while that date is coarser than
// the unit ("the previous day" after "in mid-March"): the count has no day to start from.
bool countsFromCoarserContext(const TimexMention &x, const TemporalContext &context)
{
    return x.fromContext && context.lastExplicit.isValid()
        && context.lastExplicit.granularity > unitGranularity(x.unit);
}

// The value of a `unit` inside `coarser`, which the text leaves unsaid: "that same day" after
// "last October" is 1998-10-XX, "that month" after "in 1987" is 1987-XX.
QString withUnknownParts(const QString &coarser, const QString &unit)
{
    const bool year = coarser.size() == 4 && coarser[3].isDigit();
    const bool month = coarser.size() == 7 && coarser[6].isDigit() && coarser[5].isDigit();
    if (!year && !month)
        return coarser; // a quarter, a season, a week: no finer part to leave unknown
    if (unit == QLatin1String("D"))
        return coarser + (month ? QStringLiteral("-XX") : QStringLiteral("-XX-XX"));
    if (unit == QLatin1String("M") && !month)
        return coarser + QStringLiteral("-XX");
    return coarser;
}

bool subDay(const QString &unit)
{
    return unit == QLatin1String("H") || unit == QLatin1String("MIN") || unit == QLatin1String("S");
}

// Narrows a span for a TIMEX3 mod: START the first third, MID the middle third, END the last.
DateSpan narrowed(DateSpan span, const QString &mod)
{
    if (!span.isValid() || span.isExact())
        return span;
    const qint64 days = span.dayCount();
    const qint64 third = std::max<qint64>(1, days / 3);
    if (mod == QLatin1String("START")) {
        span.latest = span.earliest.addDays(third - 1);
    } else if (mod == QLatin1String("END")) {
        span.earliest = span.latest.addDays(-(third - 1));
    } else if (mod == QLatin1String("MID")) {
        span.earliest = span.earliest.addDays(third);
        span.latest = span.latest.addDays(-third);
    }
    return span;
}

QString durationValue(const QString &unit, int count, bool vague)
{
    const QString n = vague ? QStringLiteral("X") : QString::number(std::abs(count));
    if (unit == QLatin1String("H"))
        return QStringLiteral("PT") + n + QLatin1Char('H');
    if (unit == QLatin1String("MIN"))
        return QStringLiteral("PT") + n + QLatin1Char('M');
    if (unit == QLatin1String("S"))
        return QStringLiteral("PT") + n + QLatin1Char('S');
    if (unit == QLatin1String("FN"))
        return QStringLiteral("P") + (vague ? n : QString::number(2 * std::abs(count)))
            + QLatin1Char('W');
    if (unit == QLatin1String("NIGHT"))
        return QStringLiteral("P") + n + QLatin1Char('D');
    // Decades and centuries as years, as TimeBank writes them ("two decades" = P20Y).
    if (unit == QLatin1String("DE"))
        return QStringLiteral("P") + (vague ? n : QString::number(10 * std::abs(count)))
            + QLatin1Char('Y');
    if (unit == QLatin1String("CE"))
        return QStringLiteral("P") + (vague ? n : QString::number(100 * std::abs(count)))
            + QLatin1Char('Y');
    return QStringLiteral("P") + n + unit;
}

// The period of `unit` containing d, shifted by `offset` periods.
DateSpan periodOf(QDate d, const QString &unit, int offset)
{
    if (unit == QLatin1String("Y"))
        return DateSpan::year(d.year() + offset);
    if (unit == QLatin1String("M")) {
        const QDate m = calendar::addMonths(QDate(d.year(), d.month(), 1), offset);
        return DateSpan::month(m.year(), m.month());
    }
    if (unit == QLatin1String("W"))
        return DateSpan::weekOf(d.addDays(7 * offset));
    if (unit == QLatin1String("FN"))
        return DateSpan::weekOf(d.addDays(14 * offset));
    if (unit == QLatin1String("Q")) {
        const QDate m = calendar::addMonths(QDate(d.year(), d.month(), 1), 3 * offset);
        return DateSpan::quarter(m.year(), quarterOf(m));
    }
    if (unit == QLatin1String("DE")) {
        const int start = (d.year() / 10 + offset) * 10;
        return DateSpan::decade(start);
    }
    if (unit == QLatin1String("CE"))
        return DateSpan::century(d.year() / 100 + offset);
    return DateSpan::day(d.addDays(offset));
}

DateSpan weekend(QDate saturday)
{
    DateSpan week = DateSpan::weekOf(saturday);
    return DateSpan::interval(saturday, saturday.addDays(1), week.value + QStringLiteral("-WE"),
                              Granularity::Week);
}

DateSpan seasonInstance(QDate ref, const QString &season, int offset, int tense)
{
    // Candidates around the reference; pick by offset or tense.
    DateSpan best;
    for (int y = ref.year() - 2; y <= ref.year() + 1; ++y) {
        const DateSpan s = DateSpan::season(y, season);
        if (offset == -1) {
            if (s.latest < ref)
                best = s;
        } else if (offset == 1) {
            if (s.earliest > ref && !best.isValid())
                best = s;
        } else if (tense < 0) {
            if (s.earliest <= ref)
                best = s;
        } else if (tense > 0) {
            if (s.latest >= ref && !best.isValid())
                best = s;
        } else if (s.earliest <= ref.addDays(183) && s.latest >= ref.addDays(-183)
                   && (!best.isValid() || s.earliest.year() == ref.year()
                       || (season == QLatin1String("WI") && s.latest >= ref))) {
            best = s;
        }
    }
    if (offset == 0 && tense == 0) {
        // "this winter" in January is the winter that began in December.
        const int y
            = season == QLatin1String("WI") && ref.month() <= 2 ? ref.year() - 1 : ref.year();
        return DateSpan::season(y, season);
    }
    return best;
}

} // namespace

TimeExpression TimexNormalizer::normalise(const TimexMention &x, TemporalContext &context) const
{
    TimeExpression out;
    out.span = TextSpan {x.begin, x.end};
    out.type = x.type;
    out.mod = x.mod;
    const QDate doc = context.document;
    const QDate anchor
        = x.fromContext && context.lastExplicit.isValid() ? context.lastExplicit.earliest : doc;
    DateSpan span;
    QString value;
    bool remember = false;
    switch (x.kind) {
    case MentionKind::Calendar: {
        int year = x.year;
        if (!x.hasYear) {
            if (!doc.isValid()) {
                value = QStringLiteral("XXXX");
                break;
            }
            year = doc.year();
            if (x.hasYearOffset) {
                year += x.yearOffset;
            } else if (x.month) {
                const int month = x.month;
                const int refMonth = doc.month();
                int direction = x.hasOffset ? x.offset : x.tense;
                if (x.hasOffset) {
                    if (direction < 0 && month >= refMonth)
                        --year;
                    else if (direction > 0 && month <= refMonth)
                        ++year;
                } else if (direction < 0) {
                    // A month just ahead in a past clause is more often a misread tense than a
                    // date a year back, so the past only reaches back for months 2+ ahead.
                    if (month > refMonth + 1)
                        --year;
                } else if (direction > 0) {
                    if (month < refMonth)
                        ++year;
                } else if (month - refMonth > (x.day ? 4 : 8)) {
                    // No tense: the year of publication, as news mostly means, unless the date
                    // lies far ahead. A day ("Oct. 23") five or more months ahead without a
                    // future verb is last year's (TimeBank: 9 in 10 such); a bare month ahead is
                    // often a plan ("ahead of the election in December"), so only 9+ months.
                    --year;
                }
            }
        }
        if (x.month && x.lastWeekOfMonth) {
            const QDate first(year, x.month, 1);
            span = DateSpan::day(first.addDays(first.daysInMonth() - 7));
        } else if (x.month && x.day) {
            if (!QDate::isValid(year, x.month, x.day))
                break;
            span = DateSpan::day(QDate(year, x.month, x.day));
        } else if (x.month) {
            span = DateSpan::month(year, x.month);
        } else {
            span = DateSpan::year(year);
        }
        remember = x.hasYear || x.day || x.month;
        break;
    }
    case MentionKind::Weekday: {
        if (!doc.isValid()) {
            value = QStringLiteral("XXXX-WXX-") + QString::number(x.weekday);
            break;
        }
        QDate d;
        if (x.hasOffset && x.offset < 0)
            d = weekdayOnOrBefore(anchor.addDays(-1), x.weekday);
        else if (x.hasOffset && x.offset > 0)
            d = weekdayOnOrAfter(anchor.addDays(1), x.weekday);
        else if (x.hasOffset)
            d = anchor.addDays(x.weekday - anchor.dayOfWeek());
        else if (x.tense > 0)
            d = weekdayOnOrAfter(anchor, x.weekday);
        else if (x.tense == 0
                 && weekdayOnOrAfter(anchor, x.weekday).toJulianDay() - anchor.toJulianDay()
                     <= weekdayAheadDays)
            d = weekdayOnOrAfter(anchor, x.weekday);
        else
            d = weekdayOnOrBefore(anchor, x.weekday);
        span = DateSpan::day(d);
        remember = true;
        break;
    }
    case MentionKind::DayOffset:
        if (!doc.isValid()) {
            value = QStringLiteral("XXXX-XX-XX");
            break;
        }
        span = DateSpan::day(
            (x.fromContext && context.lastExplicit.isValid() && context.lastExplicit.isExact()
                 ? context.lastExplicit.earliest
                 : doc)
                .addDays(x.offset));
        break;
    case MentionKind::Deictic: {
        if (!anchor.isValid()) {
            value = QStringLiteral("XXXX");
            break;
        }
        if (x.unit == QLatin1String("WE")) {
            QDate saturday;
            if (x.offset < 0)
                saturday = weekdayOnOrBefore(anchor.addDays(-2), 6);
            else if (x.offset > 0 || x.tense > 0)
                saturday = weekdayOnOrAfter(anchor.addDays(x.offset > 0 ? 1 : -1), 6);
            else
                saturday = weekdayOnOrBefore(anchor.addDays(1), 6);
            span = weekend(saturday);
            break;
        }
        if (x.unit == QLatin1String("H") || x.unit == QLatin1String("MIN")
            || x.unit == QLatin1String("S")) {
            span = DateSpan::day(anchor);
            out.type = TimexType::Time;
            break;
        }
        // "the previous day" after "in mid-March" cannot count from a day the story never
        // named: it counts from publication, as a day offset does.
        const QDate from = countsFromCoarserContext(x, context) ? doc : anchor;
        span = periodOf(from, x.unit, x.offset);
        // "the following day" states a day that later anaphora ("that night") refer to.
        remember = x.fromContext && span.isExact();
        break;
    }
    case MentionKind::Shift: {
        if (x.vagueCount) {
            value = x.count < 0 ? QStringLiteral("PAST_REF") : QStringLiteral("FUTURE_REF");
            if (doc.isValid())
                span = x.count < 0 ? DateSpan::interval(doc.addDays(-vagueReachDays * 4), doc,
                                                        value, Granularity::Vague)
                                   : DateSpan::interval(doc, doc.addDays(vagueReachDays * 4), value,
                                                        Granularity::Vague);
            break;
        }
        if (!anchor.isValid()) {
            value = QStringLiteral("XXXX");
            break;
        }
        // In financial reports "a year earlier" means the same quarter of the year before.
        if (x.unit == QLatin1String("Y") && x.count == -1 && context.lastQuarter.isValid()
            && x.begin - context.lastQuarterEnd < 1500) {
            const QDate q = context.reportQuarter.earliest;
            span = DateSpan::quarter(q.year() - 1, quarterOf(q));
            break;
        }
        const QDate base
            = x.fromContext && context.lastExplicit.isValid() ? context.lastExplicit.earliest : doc;
        // "In the early 2000s ... two months later": a shift finer than the period it counts
        // from cannot be placed inside it; the period itself is all the text says. Hours count
        // from a stated day, or else from publication, as news means "an hour earlier".
        const bool coarse = countsFromCoarserContext(x, context);
        if (coarse && subDay(x.unit)) {
            span = DateSpan::day(doc);
            break;
        }
        if (coarse) {
            span = context.lastExplicit;
            break;
        }
        // "a decade ago" is the year ten years back, not the previous decade (TBAQ and GUM
        // annotators agree: 1989 in 1999, 2001 in 2011).
        if (x.unit == QLatin1String("DE") || x.unit == QLatin1String("CE")) {
            const int years = (x.unit == QLatin1String("DE") ? 10 : 100) * x.count;
            span = DateSpan::year(base.year() + years);
            break;
        }
        // Hours move the day only by whole days: "24 hours ago" is yesterday, "two hours ago"
        // today.
        if (x.unit == QLatin1String("D") || x.unit == QLatin1String("NIGHT"))
            span = DateSpan::day(base.addDays(x.count));
        else if (x.unit == QLatin1String("H"))
            span = DateSpan::day(base.addDays(x.count / 24));
        else if (x.unit == QLatin1String("MIN") || x.unit == QLatin1String("S"))
            span = DateSpan::day(base);
        else
            span = periodOf(base, x.unit, x.count);
        break;
    }
    case MentionKind::Duration:
        // A literal holds what one unit cannot say ("2 1/2 years": P2Y6M).
        value = x.literal.isEmpty() ? durationValue(x.unit, x.count, x.vagueCount) : x.literal;
        break;
    case MentionKind::Reference:
        value = x.literal;
        if (doc.isValid()) {
            if (value == QLatin1String("PRESENT_REF"))
                span = DateSpan::interval(doc, doc, value, Granularity::Vague);
            else if (value == QLatin1String("PAST_REF"))
                span = DateSpan::interval(doc.addDays(-vagueReachDays), doc, value,
                                          Granularity::Vague);
            else
                span = DateSpan::interval(doc, doc.addDays(vagueReachDays), value,
                                          Granularity::Vague);
            span.value = value;
        }
        break;
    case MentionKind::Set:
        value = x.literal.isEmpty() ? durationValue(x.unit, x.count, false) : x.literal;
        break;
    case MentionKind::Quarter:
    case MentionKind::Half: {
        int year = x.year;
        if (!x.hasYear) {
            if (!doc.isValid()) {
                value = x.kind == MentionKind::Quarter
                    ? QStringLiteral("XXXX-Q") + QString::number(x.quarter)
                    : QStringLiteral("XXXX-H") + QString::number(x.half);
                break;
            }
            year = doc.year() + (x.hasYearOffset ? x.yearOffset : 0);
            if (!x.hasYearOffset && x.tense < 0 && x.kind == MentionKind::Quarter
                && x.quarter > quarterOf(doc))
                --year;
        }
        span = x.kind == MentionKind::Quarter ? DateSpan::quarter(year, x.quarter)
                                              : DateSpan::half(year, x.half);
        if (x.kind == MentionKind::Quarter) {
            context.lastQuarter = span;
            context.lastQuarterEnd = x.end;
            // A later quarter takes over as the report's while it is over by publication ("In
            // the third quarter of 1984 ... third-quarter net"), not a quarter still to come.
            const bool over = !doc.isValid()
                || span.earliest <= periodOf(doc, QStringLiteral("Q"), -1).earliest;
            if (!context.reportQuarter.isValid()
                || (over && span.earliest > context.reportQuarter.earliest))
                context.reportQuarter = span;
        }
        break;
    }
    case MentionKind::Season:
        if (x.hasYear) {
            span = DateSpan::season(x.year, x.season);
        } else if (doc.isValid()) {
            span = seasonInstance(anchor, x.season, x.hasOffset ? x.offset : 0,
                                  x.hasOffset ? 0 : x.tense);
        } else {
            value = QStringLiteral("XXXX-") + x.season;
        }
        break;
    case MentionKind::Decade:
        span = DateSpan::decade(x.year);
        remember = true; // "In the 1990s ... by the end of the decade"
        break;
    case MentionKind::Century:
        span = DateSpan::century(x.year);
        break;
    case MentionKind::ContextUnit: {
        if (x.unit == QLatin1String("Q") && x.hasYear) {
            // "the 1988 quarter" is the quarter last named, moved to 1988.
            const bool near
                = context.lastQuarter.isValid() && x.begin - context.lastQuarterEnd < 1500;
            span = near ? DateSpan::quarter(x.year, quarterOf(context.reportQuarter.earliest))
                        : DateSpan::year(x.year);
            break;
        }
        // "the quarter" is the one the story last named, whose number may be fiscal; with none
        // named, the calendar quarter it ended in ("the quarter ended Dec. 31"), or else the last
        // quarter over at publication.
        if (x.unit == QLatin1String("Q")) {
            if (context.lastQuarter.isValid()) {
                span = context.lastQuarter;
            } else if (x.month > 0) {
                TimexMention month = x;
                month.kind = MentionKind::Calendar;
                TemporalContext scratch = context;
                const DateSpan last = normalise(month, scratch).interval;
                if (last.isValid())
                    span = DateSpan::quarter(last.earliest.year(), quarterOf(last.earliest));
            } else if (doc.isValid()) {
                span = periodOf(doc, QStringLiteral("Q"), -1);
            }
            break;
        }
        // "that same day" after "last October" is a day of that October the text does not
        // give. A position in the unit is another matter: "the end of the month" after "since
        // 1991" has no month to take from the story, so the month of publication is meant.
        const bool coarse = countsFromCoarserContext(x, context);
        if (coarse && x.mod.isEmpty()) {
            span = context.lastExplicit;
            value = withUnknownParts(span.value, x.unit);
            break;
        }
        const QDate base = coarse ? doc : anchor;
        if (!base.isValid()) {
            value = QStringLiteral("XXXX");
            break;
        }
        span = periodOf(base, x.unit == QLatin1String("WE") ? QStringLiteral("W") : x.unit, 0);
        break;
    }
    case MentionKind::Holiday: {
        if (!anchor.isValid()) {
            value = QStringLiteral("XXXX");
            break;
        }
        const QDate d = holidayFor(x, anchor);
        if (!d.isValid())
            break;
        span = DateSpan::day(d);
        remember = true;
        break;
    }
    }
    if (span.isValid() && span.isExact()) {
        if (x.dayShift != 0)
            span = DateSpan::day(span.earliest.addDays(x.dayShift));
        if (x.weekOfDay)
            span = DateSpan::weekOf(span.earliest);
    }
    if (span.isValid()) {
        if (!x.mod.isEmpty())
            span = narrowed(span, x.mod);
        if (value.isEmpty())
            value = span.value;
        if (out.type == TimexType::Time && span.isExact()) {
            if (x.hour >= 0)
                value += QStringLiteral("T") + pad(x.hour, 2) + QLatin1Char(':') + pad(x.minute, 2);
            else if (!x.partOfDay.isEmpty())
                value += QStringLiteral("T") + x.partOfDay;
        }
        span.value = value;
        out.interval = span;
        if (remember)
            context.lastExplicit = span;
    }
    out.value = value;
    out.interval.phrase.clear();
    return out;
}

} // namespace demarche
