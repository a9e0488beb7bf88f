#pragma once

#include "models/periodseries.h"

QT_BEGIN_NAMESPACE
class QCategoryAxis;
QT_END_NAMESPACE

namespace demarche {

// An x axis for a PeriodSeries drawn at indices 0..n-1: calendar labels ("5 Jan", "Mar 2026") at
// the periods themselves, thinned to a readable number. QDateTimeAxis would space ticks evenly in
// milliseconds, which puts month labels on arbitrary days.
class CalendarAxis final
{
public:
    // A new axis (caller owns it) labelling at most `maxLabels` periods of `series`.
    static QCategoryAxis *create(const PeriodSeries &series, int maxLabels = 12);
    // The label for period `index` ("5 Jan", "Mar"), with the year when `withYear`; empty when
    // the index is out of range.
    static QString label(const PeriodSeries &series, int index, bool withYear);
    // Every how many periods a label stands (1, 2, 3, 6, 12 for months; any for weeks).
    static int labelStep(const PeriodSeries &series, int maxLabels);
};

} // namespace demarche
