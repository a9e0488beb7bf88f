#pragma once

#include "exportableview.h"

#include "core/event.h"

#include <QList>
#include <QWidget>

#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QVBoxLayout;
QT_END_NAMESPACE

namespace demarche {

class ProjectSession;

// What the trend charts share: they follow the session's filtered events, show a Qt Charts chart,
// report clicks as event ids, and export by drawing a fresh chart of the same data at the
// requested size (never a screen grab), so an export is sharp and the same with or without a
// display. Qt Charts stays behind this class: its headers are included only in .cpp files.
class ChartWidget : public QWidget, public ExportableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartWidget)

public:
    ~ChartWidget() override;

    QSize exportSizeHint() const override;
    void renderExport(QPainter &painter, const QRect &target) const override;

    // Re-reads the session's filtered events and redraws (also done on every session change).
    void refresh();

Q_SIGNALS:
    // The events behind the bar or point the user clicked.
    void eventsClicked(const QList<qint64> &eventIds);

protected:
    ChartWidget(ProjectSession *session, QWidget *parent);

    // A new chart (caller owns it) of the data computed by the last recompute().
    virtual QChart *buildChart() const = 0;
    // Hooks the clicks of a chart shown on screen.
    virtual void connectChart(QChart *chart) = 0;
    // Aggregates the events that pass the filter.
    virtual void recompute(const std::vector<Event> &events) = 0;

    ProjectSession *session() const { return m_session; }
    // Lays extra controls (such as a dyad picker) above the chart.
    QVBoxLayout *controlsLayout() const { return m_layout; }

private:
    void showChart();

    ProjectSession *m_session;
    QVBoxLayout *m_layout;
    QChartView *m_view;
};

} // namespace demarche
