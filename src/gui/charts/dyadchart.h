#pragma once

#include "chartwidget.h"
#include "models/periodseries.h"

QT_BEGIN_NAMESPACE
class QComboBox;
QT_END_NAMESPACE

namespace demarche {

// The cooperation-conflict trend of a dyad: mean Goldstein score per period from A to B and from
// B to A as two lines, with the event counts as bars on a second axis. The dyad is picked in a
// combo box (pairs found in the filtered events, busiest first) or set from outside, e.g. from a
// network edge. Clicking a point or bar emits the ids of its events.
class DyadChart final : public ChartWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DyadChart)

public:
    explicit DyadChart(ProjectSession *session, QWidget *parent = nullptr);

    QString exportName() const override { return QStringLiteral("chart-dyad"); }
    QString exportDescription() const override;

    // Shows actors `source` and `target` (Actor::code); the chart stays empty when they share
    // no event. Empty codes fall back to the busiest dyad.
    void setDyad(const QString &source, const QString &target);
    QString source() const { return m_source; }
    QString target() const { return m_target; }

    const PeriodSeries &series() const { return m_series; }
    // Per period: events from source to target, and from target to source.
    const std::vector<DyadBucket> &forward() const { return m_forward; }
    const std::vector<DyadBucket> &backward() const { return m_backward; }
    // Emits eventsClicked() for one period and direction, as a click on its point or bar does.
    void activatePeriod(int period, bool isBackward);

Q_SIGNALS:
    void dyadChanged(const QString &source, const QString &target);

protected:
    QChart *buildChart() const override;
    void connectChart(QChart *chart) override;
    void recompute(const std::vector<Event> &events) override;

private:
    void fillPicker(const std::vector<Event> &events);
    void pickFromCombo(int index);
    QString actorName(const QString &code) const;

    QComboBox *m_picker;
    QString m_source;
    QString m_target;
    std::vector<Event> m_events;
    PeriodSeries m_series;
    std::vector<DyadBucket> m_forward;
    std::vector<DyadBucket> m_backward;
};

} // namespace demarche
