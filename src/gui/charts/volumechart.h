#pragma once

#include "chartwidget.h"
#include "models/periodseries.h"

namespace demarche {

// Events per week or month (weeks up to half a year of data, months beyond), stacked by
// QuadClass. Clicking a segment emits the ids of its events.
class VolumeChart final : public ChartWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeChart)

public:
    explicit VolumeChart(ProjectSession *session, QWidget *parent = nullptr);

    QString exportName() const override { return QStringLiteral("chart-volume"); }
    QString exportDescription() const override;

    const PeriodSeries &series() const { return m_series; }
    const std::vector<VolumeBucket> &buckets() const { return m_buckets; }
    // The ids behind one segment (period index, QuadClass), as a click on it emits them.
    QList<qint64> segmentEvents(int period, QuadClass quadClass) const;
    // Emits eventsClicked() for one segment, as a mouse click on it does.
    void activateSegment(int period, QuadClass quadClass);

protected:
    QChart *buildChart() const override;
    void connectChart(QChart *chart) override;
    void recompute(const std::vector<Event> &events) override;

private:
    PeriodSeries m_series;
    std::vector<VolumeBucket> m_buckets;
};

} // namespace demarche
