#pragma once

#include "models/projectsnapshot.h"

#include <QDate>
#include <QList>
#include <QMainWindow>
#include <QStringList>
#include <memory>
#include <utility>
#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;

namespace demarche {

class ChartsPanel;
class CurationController;
class CurationService;
class EventFilterProxyModel;
class EventSelection;
class EventTableModel;
class ExportableView;
class FiltersPanel;
class ImportService;
class NetworkView;
class ProjectSession;
class ProjectStore;
class SourcePanel;
class TimelineView;

// The desktop app's window: timeline on top, network (and charts) beside the event table below,
// filters on the left, the source text on the right, all following one selection. The layout is
// built in code because every view takes the session and selection in its constructor.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or creates, when missing) the project file at `path` and shows it; false with a
    // message in `error` when it cannot be opened.
    bool openProject(const QString &path, QString *error);
    // What the app opens when started: `path` when given, else the last project, else the seeds.
    bool openStartupProject(const QString &path, QString *error);
    // Opens the project made from the bundled seed articles, extracting them on first use.
    bool openSeedsProject(QString *error);
    // Imports files and folders into the open project on worker threads.
    void importPaths(const QStringList &paths);

    QList<ExportableView *> exportableViews() const;
    // The view the user worked in last (the timeline at first).
    ExportableView *currentExportableView() const;

    ProjectSession *session() const { return m_session; }
    EventSelection *selection() const { return m_selection; }
    ImportService *importService() const { return m_import; }
    QString projectPath() const;
    // "23 events, 6 actors, 1 article" (plus "(12 shown)" when a filter hides some).
    QString countsText() const;

    // Where the bundled seed articles are: env DEMARCHE_SEEDS, else <exe>/../share/demarche/seeds,
    // else the source tree's seeds/ compiled in.
    static QString seedsDirectory();
    // The seeds project file in the user's application data folder.
    static QString seedsProjectPath();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void restoreSettings();
    void saveSettings() const;
    void reloadSnapshot();
    // Shows what the session now holds: opens on the bulk of the dates, selects a first event.
    void showSnapshot();
    // Where all but the outer 5% of dates lie; invalid when all of them read well together.
    static std::pair<QDate, QDate> bulkDates(const std::vector<Event> &events);
    void selectFirstEvent(QDate from);
    void fitTableColumns();
    void updateCounts();
    void syncTableToSelection();
    void syncSelectionFromTable();
    void rememberRecent(const QString &path);
    void fillRecentMenu();
    void newProject();
    void openProjectDialog();
    void importFilesDialog();
    void importFolderDialog();
    void filterByActor(const QString &code);
    void showSource();
    void exportCurrentView();
    void exportWindow();
    // File > Export events…: the curated events as CSV or JSON Lines.
    void exportEvents();

    std::unique_ptr<ProjectStore> m_store;
    ProjectSession *m_session;
    EventSelection *m_selection;
    EventTableModel *m_tableModel;
    EventFilterProxyModel *m_proxy;
    ImportService *m_import;
    CurationService *m_curation;
    CurationController *m_curationController;
    TimelineView *m_timeline;
    NetworkView *m_network;
    ChartsPanel *m_charts;
    SourcePanel *m_source;
    FiltersPanel *m_filters;
    QTableView *m_table;
    QTabWidget *m_viewTabs;
    QSplitter *m_mainSplitter;
    QSplitter *m_bottomSplitter;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_countsLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancelImport;
    ExportableView *m_currentView = nullptr;
    bool m_syncingTable = false;
    bool m_reimportSeeds = false;
};

} // namespace demarche
