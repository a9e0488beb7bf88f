#pragma once

#include "core/event.h"

#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
class QValueAxis;
QT_END_NAMESPACE

namespace demarche {

class EventFilter;

// The look every chart shares, fixed (no animation, fixed colours, C locale) so that an export
// is identical whenever the same data is drawn.
class ChartStyle final
{
public:
    // Sets theme, legend position and animations of a new chart.
    static void apply(QChart *chart);
    // Sets a count axis to whole-number ticks (steps of 1, 2, 5, 10 ...) from 0 to at least
    // `highest` (at least 1).
    static void setCountRange(QValueAxis *axis, int highest);
    // One line naming the filter criteria that are set; "all events" when none is.
    static QString describeFilter(const EventFilter &filter);
};

} // namespace demarche
