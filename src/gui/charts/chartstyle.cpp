#include "chartstyle.h"

#include "core/eventfilter.h"

#include <QChart>
#include <QLegend>
#include <QStringList>
#include <QValueAxis>

#include <algorithm>

namespace demarche {

void ChartStyle::apply(QChart *chart)
{
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont title = chart->titleFont();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.15);
    chart->setTitleFont(title);
}

void ChartStyle::setCountRange(QValueAxis *axis, int highest)
{
    // Whole-number ticks: a count axis reading "0.5 events" is wrong.
    const int top = std::max(1, highest);
    int step = 1;
    for (int magnitude = 1;; magnitude *= 10) {
        const int candidates[] = {magnitude, 2 * magnitude, 5 * magnitude};
        const int *found = std::find_if(std::begin(candidates), std::end(candidates),
                                        [top](int s) { return top <= 5 * s; });
        if (found != std::end(candidates)) {
            step = *found;
            break;
        }
    }
    const int ticks = (top + step - 1) / step;
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setRange(0, ticks * step);
    axis->setTickCount(ticks + 1);
}

QString ChartStyle::describeFilter(const EventFilter &filter)
{
    if (filter.isEmpty())
        return QStringLiteral("all events");
    // Sets have no order; sorting keeps the description (and the export) identical.
    const auto sorted = [](QStringList items) {
        items.sort();
        return items.join(QLatin1Char(','));
    };
    QStringList parts;
    if (!filter.actors().isEmpty())
        parts << QStringLiteral("actors %1").arg(sorted(filter.actors().values()));
    if (!filter.quadClasses().isEmpty()) {
        QStringList names;
        for (const QuadClass quadClass : filter.quadClasses())
            names << quadClassName(quadClass);
        parts << QStringLiteral("quad classes %1").arg(sorted(names));
    }
    if (!filter.cameoRoots().isEmpty())
        parts << QStringLiteral("CAMEO roots %1").arg(sorted(filter.cameoRoots().values()));
    if (filter.dateFrom().isValid() || filter.dateTo().isValid()) {
        const auto day = [](QDate d) {
            return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("..");
        };
        parts << QStringLiteral("dates %1/%2").arg(day(filter.dateFrom()), day(filter.dateTo()));
    }
    if (!filter.text().isEmpty())
        parts << QStringLiteral("text \"%1\"").arg(filter.text());
    return parts.join(QStringLiteral("; "));
}

} // namespace demarche
