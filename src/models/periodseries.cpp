#include "periodseries.h"

#include "core/calendar.h"

#include <QLocale>

#include <algorithm>

namespace demarche {

namespace {

// Past this many days, weekly bars get too thin to read and months take over.
constexpr qint64 maxWeeklyRangeDays = 26 * 7;

int monthIndex(QDate day)
{
    return day.year() * 12 + day.month() - 1;
}

QString periodLabel(PeriodKind kind, QDate start)
{
    if (kind == PeriodKind::Week) {
        int isoYear = 0;
        const int week = start.weekNumber(&isoYear);
        return QStringLiteral("%1-W%2").arg(isoYear).arg(week, 2, 10, QLatin1Char('0'));
    }
    // The C locale keeps labels (and so exported images) identical whatever the user's locale.
    return QLocale::c().toString(start, QStringLiteral("MMM yyyy"));
}

} // namespace

int VolumeBucket::total() const
{
    int sum = 0;
    for (const QList<qint64> &ids : idsByQuad)
        sum += int(ids.size());
    return sum;
}

QList<qint64> VolumeBucket::allIds() const
{
    QList<qint64> all;
    for (const QList<qint64> &ids : idsByQuad)
        all += ids;
    std::sort(all.begin(), all.end());
    return all;
}

PeriodSeries::PeriodSeries(PeriodKind kind, QDate from, QDate to)
    : m_kind(kind)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return;
    const QDate last = periodStart(kind, to);
    for (QDate start = periodStart(kind, from); start <= last;) {
        const Period period = periodOf(kind, start);
        m_periods.push_back(period);
        start = period.last.addDays(1);
    }
}

PeriodSeries PeriodSeries::covering(const std::vector<Event> &events)
{
    QDate from;
    QDate to;
    for (const Event &event : events) {
        const QDate day = eventDay(event);
        if (!day.isValid())
            continue;
        if (!from.isValid() || day < from)
            from = day;
        if (!to.isValid() || day > to)
            to = day;
    }
    if (!from.isValid())
        return {};
    return PeriodSeries(kindForRange(from, to), from, to);
}

PeriodKind PeriodSeries::kindForRange(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return PeriodKind::Week;
    return from.daysTo(to) <= maxWeeklyRangeDays ? PeriodKind::Week : PeriodKind::Month;
}

QDate PeriodSeries::eventDay(const Event &event)
{
    if (event.date.isValid())
        return event.date.latest;
    return event.reportDate;
}

QDate PeriodSeries::periodStart(PeriodKind kind, QDate day)
{
    if (!day.isValid())
        return {};
    if (kind == PeriodKind::Week)
        return day.addDays(1 - day.dayOfWeek());
    return QDate(day.year(), day.month(), 1);
}

Period PeriodSeries::periodOf(PeriodKind kind, QDate day)
{
    const QDate start = periodStart(kind, day);
    if (!start.isValid())
        return {};
    const QDate last = kind == PeriodKind::Week ? start.addDays(6)
                                                : calendar::monthEnd(start.year(), start.month());
    return {start, last, periodLabel(kind, start)};
}

int PeriodSeries::indexOf(QDate day) const
{
    if (!day.isValid() || m_periods.empty())
        return -1;
    const QDate first = m_periods.front().first;
    const QDate start = periodStart(m_kind, day);
    const qint64 index = m_kind == PeriodKind::Week ? first.daysTo(start) / 7
                                                    : monthIndex(start) - monthIndex(first);
    if (start < first || index >= qint64(m_periods.size()))
        return -1;
    return int(index);
}

std::vector<VolumeBucket> PeriodSeries::volume(const std::vector<Event> &events) const
{
    std::vector<VolumeBucket> buckets(m_periods.size());
    for (const Event &event : events) {
        const int index = indexOf(eventDay(event));
        if (index < 0)
            continue;
        buckets[size_t(index)].idsByQuad[int(event.quadClass) - 1].append(event.id);
    }
    return buckets;
}

std::vector<DyadBucket> PeriodSeries::dyad(const std::vector<Event> &events, const QString &source,
                                           const QString &target) const
{
    std::vector<DyadBucket> buckets(m_periods.size());
    if (source.isEmpty() || target.isEmpty())
        return buckets;
    for (const Event &event : events) {
        if (event.source.code != source || !event.target || event.target->code != target)
            continue;
        const int index = indexOf(eventDay(event));
        if (index < 0)
            continue;
        DyadBucket &bucket = buckets[size_t(index)];
        bucket.ids.append(event.id);
        bucket.goldsteinSum += event.goldstein;
    }
    return buckets;
}

} // namespace demarche
