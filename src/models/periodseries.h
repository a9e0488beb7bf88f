#pragma once

#include "core/event.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <vector>

namespace demarche {

// The calendar unit the trend charts count in: ISO weeks (Monday to Sunday) or calendar months.
enum class PeriodKind { Week, Month };

// One calendar period of a series: its inclusive day interval and a short label for an axis.
struct Period
{
    QDate first;
    QDate last;
    QString label; // "2026-W02" for weeks, "Jan 2026" for months
    friend bool operator==(const Period &, const Period &) = default;
};

// What the volume chart shows for one period: the events of each QuadClass (index quadClass - 1).
struct VolumeBucket
{
    std::array<QList<qint64>, 4> idsByQuad;
    int count(QuadClass quadClass) const { return int(idsByQuad[int(quadClass) - 1].size()); }
    int total() const;
    QList<qint64> allIds() const;
};

// What the dyad chart shows for one period and one direction: the events and their Goldstein mean.
struct DyadBucket
{
    QList<qint64> ids;
    double goldsteinSum = 0.0;
    int count() const { return int(ids.size()); }
    bool isEmpty() const { return ids.isEmpty(); }
    // Mean Goldstein score; 0 for an empty bucket (check isEmpty() before drawing it).
    double meanGoldstein() const { return ids.isEmpty() ? 0.0 : goldsteinSum / double(ids.size()); }
};

// A run of consecutive calendar periods (weeks or months) with no gaps, so that a chart's x axis
// is calendar time and quiet periods show as empty. Plain value class, no widgets: the charts
// only draw what it computes.
class PeriodSeries final
{
public:
    // An empty series (no periods).
    PeriodSeries() = default;
    // Every period of `kind` from the one holding `from` to the one holding `to`; empty when a
    // date is invalid or `to` is before `from`.
    PeriodSeries(PeriodKind kind, QDate from, QDate to);
    // The series covering every dated event, with the kind chosen by kindForRange(); empty when
    // no event has a usable date.
    static PeriodSeries covering(const std::vector<Event> &events);

    // Weeks for ranges up to 26 weeks, months beyond (a year of weeks is too many bars to read).
    static PeriodKind kindForRange(QDate from, QDate to);
    // The day an event is counted on: the last day of its date (the latest it can have happened,
    // so a vague past such as "recently", which ends at publication, is not counted months early),
    // else the report date; invalid when neither is known.
    static QDate eventDay(const Event &event);
    // First day of the period of `kind` holding `day` (Monday, or the 1st); invalid for invalid.
    static QDate periodStart(PeriodKind kind, QDate day);
    // The period of `kind` holding `day`, with its label.
    static Period periodOf(PeriodKind kind, QDate day);

    PeriodKind kind() const { return m_kind; }
    const std::vector<Period> &periods() const { return m_periods; }
    int size() const { return int(m_periods.size()); }
    bool isEmpty() const { return m_periods.empty(); }
    // Index of the period holding `day`; -1 when outside the series or invalid.
    int indexOf(QDate day) const;

    // Events per period split by QuadClass; events outside the series are ignored.
    std::vector<VolumeBucket> volume(const std::vector<Event> &events) const;
    // Events from actor `source` to actor `target` (Actor::code) per period; an empty code
    // matches nothing.
    std::vector<DyadBucket> dyad(const std::vector<Event> &events, const QString &source,
                                 const QString &target) const;

private:
    PeriodKind m_kind = PeriodKind::Month;
    std::vector<Period> m_periods;
};

} // namespace demarche
