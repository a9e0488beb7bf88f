#pragma once

#include "core/datespan.h"
#include "core/event.h"

#include <QColor>
#include <QString>

namespace demarche {

// Words for events and dates, shared by the table, tooltips and the source panel.

// "week of 5 Jan 2026 ('this week')", "Jan 2026", "5 Jan 2026 (publication date)"; "undated"
// when invalid.
QString describeDate(const DateSpan &date);
// The date alone, without the phrase: "5 Jan 2026", "week of 5 Jan 2026", "Q1 2026"; a unit
// narrowed by a modifier ("mid-2025") as its interval, "May – Aug 2025".
QString describeDateValue(const DateSpan &date);
// The CAMEO code's name ("Appeal to others to engage in or accept mediation"), or the code.
QString cameoName(const QString &code);
// "South Korea (government) → China (government): Appeal ... (CAMEO 028, Goldstein +3.0),
// week of 5 Jan 2026 ('this week')".
QString describeEvent(const Event &event);
// The name an actor is shown under ("—" for an absent target).
QString actorLabel(const Actor &actor);
// One colour per QuadClass, used by every view and legend.
QColor quadClassColor(QuadClass quadClass);
// Red (conflict, -10) through grey (0) to green (cooperation, +10).
QColor goldsteinColor(double goldstein);

} // namespace demarche
