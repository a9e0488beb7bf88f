#include "calendaraxis.h"

#include <QCategoryAxis>
#include <QLocale>

namespace demarche {

QCategoryAxis *CalendarAxis::create(const PeriodSeries &series, int maxLabels)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(-0.5, std::max(0.5, series.size() - 0.5));
    axis->setGridLineVisible(false);
    const int step = labelStep(series, maxLabels);
    int previousYear = 0;
    for (int i = 0; i < series.size(); i += step) {
        // The year only where it changes between two labels, so labels stay short.
        const int year = series.periods()[size_t(i)].first.year();
        axis->append(label(series, i, year != previousYear), i);
        previousYear = year;
    }
    return axis;
}

QString CalendarAxis::label(const PeriodSeries &series, int index, bool withYear)
{
    if (index < 0 || index >= series.size())
        return {};
    const QDate start = series.periods()[size_t(index)].first;
    // The C locale keeps exported images identical whatever the user's locale.
    const QLocale c = QLocale::c();
    if (series.kind() == PeriodKind::Month)
        return c.toString(start, withYear ? QStringLiteral("MMM yyyy") : QStringLiteral("MMM"));
    return c.toString(start, withYear ? QStringLiteral("d MMM yyyy") : QStringLiteral("d MMM"));
}

int CalendarAxis::labelStep(const PeriodSeries &series, int maxLabels)
{
    const int n = series.size();
    if (maxLabels <= 0 || n <= maxLabels)
        return 1;
    const int minimum = (n + maxLabels - 1) / maxLabels;
    if (series.kind() == PeriodKind::Month) {
        // Months read best in calendar steps: every quarter, half year, year.
        for (const int step : {2, 3, 6, 12})
            if (step >= minimum)
                return step;
        return ((minimum + 11) / 12) * 12;
    }
    return minimum;
}

} // namespace demarche
