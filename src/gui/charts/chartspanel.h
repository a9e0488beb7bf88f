#pragma once

#include <QList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QTabWidget;
QT_END_NAMESPACE

namespace demarche {

class DyadChart;
class EventSelection;
class ExportableView;
class ProjectSession;
class VolumeChart;

// The trend charts as one panel for the main window (a dock or a tab): events per period and the
// dyad trend. Both follow the session's filter; clicks select their events in `selection`.
class ChartsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartsPanel)

public:
    // `selection` may be null (headless export): clicks then only emit eventsClicked().
    explicit ChartsPanel(ProjectSession *session, EventSelection *selection,
                         QWidget *parent = nullptr);

    VolumeChart *volumeChart() const { return m_volume; }
    DyadChart *dyadChart() const { return m_dyad; }
    // Both charts, for the export menu and the CLI ("chart-volume", "chart-dyad").
    QList<ExportableView *> exportableViews() const;
    // The chart on the visible tab.
    ExportableView *currentExportableView() const;

    // Shows the trend between two actors (Actor::code), e.g. from a network edge.
    void showDyad(const QString &source, const QString &target);

Q_SIGNALS:
    void eventsClicked(const QList<qint64> &eventIds);

private:
    QTabWidget *m_tabs;
    VolumeChart *m_volume;
    DyadChart *m_dyad;
};

} // namespace demarche
