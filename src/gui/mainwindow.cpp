#include "mainwindow.h"

#include "aboutdialog.h"
#include "charts/chartspanel.h"
#include "curation/curationcontroller.h"
#include "curation/eventexportdialog.h"
#include "export/exportdialog.h"
#include "export/widgetview.h"
#include "filterspanel.h"
#include "importprogressdialog.h"
#include "networkview.h"
#include "sourcepanel.h"
#include "timelineview.h"

#include "models/curationservice.h"
#include "models/eventfilterproxymodel.h"
#include "models/eventselection.h"
#include "models/eventtablemodel.h"
#include "models/importservice.h"
#include "models/projectsession.h"
#include "store/projectstore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <algorithm>

namespace demarche {

namespace {

constexpr int maxRecent = 8;
const QString projectSuffix = QStringLiteral("demarche");

QString plural(int n, const QString &one, const QString &many)
{
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many);
}

bool isProjectFile(const QString &path)
{
    return QFileInfo(path).suffix() == projectSuffix;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new ProjectSession(this))
    , m_selection(new EventSelection(this))
    , m_tableModel(new EventTableModel(m_session, this))
    , m_proxy(new EventFilterProxyModel(m_session, this))
    , m_import(new ImportService(this))
    , m_curation(new CurationService(m_session, this))
    , m_curationController(new CurationController(this, m_session, m_selection, m_curation))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Demarche"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    m_timeline = new TimelineView(m_session, m_selection, this);
    m_network = new NetworkView(m_session, m_selection, this);
    m_network->setFocusPolicy(Qt::ClickFocus);
    m_charts = new ChartsPanel(m_session, m_selection, this);
    m_charts->setObjectName(QStringLiteral("chartsPanel"));

    m_proxy->setSourceModel(m_tableModel);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("eventTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EventTableModel::DateColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The analyst's mark (a narrow column) reads first, where the eye starts on each row.
    m_table->horizontalHeader()->moveSection(EventTableModel::CurationColumn, 0);
    // Widths are measured on a sample of rows, so that a large project opens at once.
    m_table->horizontalHeader()->setResizeContentsPrecision(300);

    m_viewTabs = new QTabWidget(this);
    m_viewTabs->setObjectName(QStringLiteral("viewTabs"));
    m_viewTabs->addTab(m_network, tr("Actor network"));
    m_viewTabs->addTab(m_charts, tr("Trends"));

    m_bottomSplitter = new QSplitter(Qt::Horizontal, this);
    m_bottomSplitter->setObjectName(QStringLiteral("bottomSplitter"));
    m_bottomSplitter->addWidget(m_viewTabs);
    m_bottomSplitter->addWidget(m_table);
    // The table has six columns to show, the network reads well narrower.
    m_bottomSplitter->setStretchFactor(0, 2);
    m_bottomSplitter->setStretchFactor(1, 3);
    m_mainSplitter = new QSplitter(Qt::Vertical, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_timeline);
    m_mainSplitter->addWidget(m_bottomSplitter);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 1);
    setCentralWidget(m_mainSplitter);

    m_filters = new FiltersPanel(m_session, this);
    auto *filtersDock = new QDockWidget(tr("Filters"), this);
    filtersDock->setObjectName(QStringLiteral("filtersDock"));
    filtersDock->setWidget(m_filters);
    addDockWidget(Qt::LeftDockWidgetArea, filtersDock);
    m_source = new SourcePanel(m_session, m_selection, this);
    auto *sourceDock = new QDockWidget(tr("Source"), this);
    sourceDock->setObjectName(QStringLiteral("sourceDock"));
    sourceDock->setWidget(m_source);
    addDockWidget(Qt::RightDockWidgetArea, sourceDock);
    resizeDocks({filtersDock, sourceDock}, {220, 340}, Qt::Horizontal);

    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(180);
    m_progress->hide();
    m_cancelImport = new QPushButton(tr("Cancel import"), this);
    m_cancelImport->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelImport);
    statusBar()->addPermanentWidget(m_countsLabel);

    connect(m_timeline, &TimelineView::visibleRangeChanged, m_network, &NetworkView::setTimeWindow);
    connect(m_timeline, &TimelineView::openSourceRequested, this, &MainWindow::showSource);
    connect(m_source, &SourcePanel::addEventRequested, m_curationController,
            &CurationController::addEventFromText);
    connect(m_network, &NetworkView::actorClicked, this, &MainWindow::filterByActor);
    connect(m_network, &NetworkView::edgeClicked, this,
            [this](const QList<qint64> &ids, const QString &description) {
                statusBar()->showMessage(description, 8000);
                if (const Event *event = m_session->snapshot().event(ids.value(0));
                    event && event->target)
                    m_charts->showDyad(event->source.code, event->target->code);
            });
    connect(m_selection, &EventSelection::selectionChanged, this,
            &MainWindow::syncTableToSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::syncSelectionFromTable);
    connect(m_table, &QTableView::activated, this, &MainWindow::showSource);
    connect(m_session, &ProjectSession::snapshotChanged, this, &MainWindow::updateCounts);
    connect(m_session, &ProjectSession::filterChanged, this, &MainWindow::updateCounts);
    connect(m_session, &ProjectSession::filterChanged, this, &MainWindow::syncTableToSelection);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        for (QWidget *w = now; w; w = w->parentWidget()) {
            if (w == m_timeline || w == m_network) {
                m_currentView = static_cast<ExportableView *>(
                    w == m_timeline ? static_cast<ExportableView *>(m_timeline)
                                    : static_cast<ExportableView *>(m_network));
                return;
            }
            if (w == m_charts) {
                m_currentView = m_charts->currentExportableView();
                return;
            }
        }
    });

    connect(m_import, &ImportService::progress, this, [this](int done, const QString &title) {
        statusBar()->showMessage(
            tr("Imported %1: %2").arg(plural(done, tr("article"), tr("articles")), title));
    });
    connect(m_import, &ImportService::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_import, &ImportService::finished, this,
            [this](int articles, int events, bool cancelled) {
                m_progress->hide();
                m_cancelImport->hide();
                reloadSnapshot();
                statusBar()->showMessage(
                    tr("%1 %2 and %3")
                        .arg(cancelled ? tr("Import cancelled after") : tr("Imported"),
                             plural(articles, tr("article"), tr("articles")),
                             plural(events, tr("event"), tr("events"))),
                    10000);
            });
    connect(m_import, &ImportService::failed, this, [this](const QString &message) {
        m_progress->hide();
        m_cancelImport->hide();
        reloadSnapshot();
        QMessageBox::warning(this, tr("Import failed"), message);
    });
    connect(m_cancelImport, &QPushButton::clicked, m_import, &ImportService::cancel);

    m_currentView = m_timeline;
    createMenus();
    restoreSettings();
    updateCounts();
}

MainWindow::~MainWindow()
{
    // Workers hand batches to the store: stop them before it goes.
    m_import->cancel();
    delete m_import;
    m_import = nullptr;
    // The service holds the store by pointer; the store goes with the members.
    m_curation->setStore(nullptr);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *action = file->addAction(tr("&New Project…"), this, &MainWindow::newProject);
    action->setShortcut(QKeySequence::New);
    action = file->addAction(tr("&Open Project…"), this, &MainWindow::openProjectDialog);
    action->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addAction(tr("Open &Seed Project"), this, [this] {
        QString error;
        if (!openSeedsProject(&error))
            QMessageBox::warning(this, tr("Cannot open the seeds"), error);
    });
    file->addSeparator();
    action = file->addAction(tr("&Import Articles…"), this, &MainWindow::importFilesDialog);
    action->setShortcut(QKeySequence(tr("Ctrl+I")));
    file->addAction(tr("Import &Folder…"), this, &MainWindow::importFolderDialog);
    file->addSeparator();
    action = file->addAction(tr("&Export View…"), this, &MainWindow::exportCurrentView);
    action->setObjectName(QStringLiteral("exportViewAction"));
    action->setShortcut(QKeySequence(tr("Ctrl+E")));
    action = file->addAction(tr("Export &Window…"), this, &MainWindow::exportWindow);
    action->setObjectName(QStringLiteral("exportWindowAction"));
    action = file->addAction(tr("Export E&vents…"), this, &MainWindow::exportEvents);
    action->setObjectName(QStringLiteral("exportEventsAction"));
    action->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    file->addSeparator();
    action = file->addAction(tr("&Quit"), this, &QWidget::close);
    action->setShortcut(QKeySequence::Quit);
    action->setMenuRole(QAction::QuitRole);

    // Corrections: undo/redo, edit, reject, merge actors; every change is kept apart from the
    // machine's events in the project file.
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions(m_curationController->editActions());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *lanes = new QActionGroup(this);
    QAction *byActor = view->addAction(tr("Lanes by &Actor"));
    QAction *byDyad = view->addAction(tr("Lanes by &Dyad"));
    byActor->setObjectName(QStringLiteral("lanesByActorAction"));
    byDyad->setObjectName(QStringLiteral("lanesByDyadAction"));
    for (QAction *a : {byActor, byDyad}) {
        a->setCheckable(true);
        lanes->addAction(a);
    }
    byActor->setChecked(true);
    connect(byActor, &QAction::triggered, this,
            [this] { m_timeline->setLaneMode(TimelineView::LaneMode::Actor); });
    connect(byDyad, &QAction::triggered, this,
            [this] { m_timeline->setLaneMode(TimelineView::LaneMode::Dyad); });
    view->addSeparator();
    action = view->addAction(tr("Zoom &In"), this,
                             [this] { m_timeline->zoomBy(1.5, m_timeline->width() / 2.0); });
    action->setShortcut(QKeySequence::ZoomIn);
    action = view->addAction(tr("Zoom &Out"), this,
                             [this] { m_timeline->zoomBy(1 / 1.5, m_timeline->width() / 2.0); });
    action->setShortcut(QKeySequence::ZoomOut);
    action = view->addAction(tr("&Fit All"), m_timeline, &TimelineView::fitAll);
    action->setShortcut(QKeySequence(tr("Ctrl+0")));
    view->addSeparator();
    view->addAction(tr("&Reset Filters"), m_filters, &FiltersPanel::reset);
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    action = help->addAction(tr("&About Demarche"), this, [this] { showAboutDialog(this); });
    action->setMenuRole(QAction::AboutRole);
}

QString MainWindow::seedsDirectory()
{
    const QString env = qEnvironmentVariable("DEMARCHE_SEEDS");
    if (!env.isEmpty() && QFileInfo(env).isDir())
        return env;
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .absoluteFilePath(QStringLiteral("../share/demarche/seeds"));
    if (QFileInfo(installed).isDir())
        return QDir::cleanPath(installed);
#ifdef DEMARCHE_SEEDS
    if (QFileInfo(QStringLiteral(DEMARCHE_SEEDS)).isDir())
        return QStringLiteral(DEMARCHE_SEEDS);
#endif
    return {};
}

QString MainWindow::seedsProjectPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).absoluteFilePath(QStringLiteral("seeds.demarche"));
}

bool MainWindow::openSeedsProject(QString *error)
{
    const QString seeds = seedsDirectory();
    if (seeds.isEmpty()) {
        if (error)
            *error = tr(
                "The bundled seed articles were not found (set DEMARCHE_SEEDS to their folder).");
        return false;
    }
    const QString path = seedsProjectPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!openProject(path, error))
        return false;
    // Imported on every open: unchanged articles are skipped by their hash, which includes the
    // extractor's fingerprint, so a newer extractor re-extracts them (corrections are kept).
    importPaths({seeds});
    return true;
}

bool MainWindow::openStartupProject(const QString &path, QString *error)
{
    if (!path.isEmpty())
        return openProject(path, error);
    const QString last = QSettings().value(QStringLiteral("lastProject")).toString();
    if (!last.isEmpty() && last != seedsProjectPath() && QFileInfo::exists(last)
        && openProject(last, nullptr))
        return true;
    return openSeedsProject(error);
}

bool MainWindow::openProject(const QString &path, QString *error)
{
    if (m_import->isRunning()) {
        if (error)
            *error = tr("An import is running; cancel it first.");
        return false;
    }
    auto opened = ProjectStore::open(path);
    if (!opened) {
        if (error)
            *error = opened.error();
        return false;
    }
    // The curation service loads machine events with the analyst's corrections applied. If the
    // new project cannot be read, the one open before comes back.
    std::unique_ptr<ProjectStore> previous = std::exchange(m_store, std::move(opened).value());
    m_selection->clear();
    if (const Status loaded = m_curation->setStore(m_store.get()); !loaded) {
        if (error)
            *error = loaded.error();
        m_store = std::move(previous);
        m_curation->setStore(m_store.get());
        showSnapshot();
        return false;
    }
    previous.reset();
    showSnapshot();
    setWindowTitle(tr("%1 — Demarche").arg(QFileInfo(path).completeBaseName()));
    setWindowFilePath(path);
    rememberRecent(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(QStringLiteral("lastProject"), QFileInfo(path).absoluteFilePath());
    return true;
}

QString MainWindow::projectPath() const
{
    return m_store ? m_store->path() : QString();
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (!m_store) {
        QMessageBox::information(this, tr("No project"),
                                 tr("Create or open a project before importing articles."));
        return;
    }
    if (!m_import->start(paths, m_store.get())) {
        statusBar()->showMessage(tr("An import is already running."), 5000);
        return;
    }
    m_progress->show();
    m_cancelImport->show();
    statusBar()->showMessage(tr("Importing %1…").arg(paths.join(QStringLiteral(", "))));
    // Non-modal: the user keeps reading the project while a large corpus imports.
    auto *dialog = new ImportProgressDialog(m_import, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::reloadSnapshot()
{
    if (!m_store)
        return;
    if (const Status refreshed = m_curation->refresh(); !refreshed) {
        QMessageBox::warning(this, tr("Cannot read the project"), refreshed.error());
        return;
    }
    m_selection->clear();
    showSnapshot();
}

void MainWindow::showSnapshot()
{
    const auto [first, last] = bulkDates(m_session->snapshot().events());
    m_timeline->showDates(first, last);
    selectFirstEvent(first);
    fitTableColumns();
}

std::pair<QDate, QDate> MainWindow::bulkDates(const std::vector<Event> &events)
{
    // Articles mention the past ("occupied since the 1940s"): a handful of such dates would
    // squeeze decades of news into a sliver, so open on where all but the outer 5% lie.
    std::vector<QDate> starts;
    std::vector<QDate> ends;
    for (const Event &event : events) {
        if (event.date.isValid()) {
            starts.push_back(event.date.earliest);
            ends.push_back(event.date.latest);
        }
    }
    if (starts.size() < 20)
        return {};
    std::sort(starts.begin(), starts.end());
    std::sort(ends.begin(), ends.end());
    const std::size_t cut = starts.size() / 20;
    const QDate first = starts[cut];
    const QDate last = ends[ends.size() - 1 - cut];
    // Without far-off dates the whole span reads well: keep it all.
    const qint64 whole = ends.back().toJulianDay() - starts.front().toJulianDay();
    if (first.daysTo(last) * 10 >= whole * 6)
        return {};
    return {first, last};
}

void MainWindow::selectFirstEvent(QDate from)
{
    // Opening on a selected event shows at once that events lead to their sentences.
    // Of the busiest actor (the top lane), so that the timeline opens at its top, not scrolled
    // down to some actor seen once.
    const auto &events = m_session->snapshot().events();
    QHash<QString, int> counts;
    for (const Event &event : events)
        ++counts[event.source.code];
    const Event *first = nullptr;
    for (const Event &event : events) {
        if (from.isValid() && event.date.isValid() && event.date.earliest < from)
            continue;
        if (!first)
            first = &event;
        const int count = counts.value(event.source.code);
        const int best = counts.value(first->source.code);
        if (count > best || (count == best && event.date.earliest < first->date.earliest))
            first = &event;
    }
    if (first)
        m_selection->selectEvent(first->id);
}

void MainWindow::fitTableColumns()
{
    // Short columns to their content; names, code and title share the rest of the pane so that
    // every column shows without scrolling (elided, whole in the tooltip). The user
    // can still widen any of them.
    QHeaderView *header = m_table->horizontalHeader();
    m_table->resizeColumnToContents(EventTableModel::DateColumn);
    m_table->resizeColumnToContents(EventTableModel::GoldsteinColumn);
    m_table->resizeColumnToContents(EventTableModel::CurationColumn);
    const int room = m_table->viewport()->width() - header->sectionSize(EventTableModel::DateColumn)
        - header->sectionSize(EventTableModel::GoldsteinColumn)
        - header->sectionSize(EventTableModel::CurationColumn);
    struct Share
    {
        int column;
        int weight;
    };
    const Share shares[] = {{EventTableModel::SourceColumn, 3},
                            {EventTableModel::TargetColumn, 3},
                            {EventTableModel::CodeColumn, 4},
                            {EventTableModel::ArticleColumn, 2}};
    for (const Share &share : shares) {
        m_table->resizeColumnToContents(share.column);
        const int fair = std::max(70, room * share.weight / 12);
        if (header->sectionSize(share.column) > fair)
            header->resizeSection(share.column, fair);
    }
}

QString MainWindow::countsText() const
{
    const ProjectSnapshot &snapshot = m_session->snapshot();
    const int events = int(snapshot.events().size());
    QString eventsText = plural(events, tr("event"), tr("events"));
    if (!m_session->filter().isEmpty())
        eventsText += tr(" (%1 shown)").arg(m_session->acceptedEvents().size());
    return QStringLiteral("%1, %2, %3")
        .arg(eventsText, plural(int(snapshot.actors().size()), tr("actor"), tr("actors")),
             plural(int(snapshot.articles().size()), tr("article"), tr("articles")));
}

void MainWindow::updateCounts()
{
    m_countsLabel->setText(countsText());
}

void MainWindow::syncTableToSelection()
{
    if (m_syncingTable)
        return;
    m_syncingTable = true;
    QItemSelection rows;
    QModelIndex current;
    for (qint64 id : m_selection->selectedEventIds()) {
        const int sourceRow = m_tableModel->rowOf(id);
        if (sourceRow < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_tableModel->index(sourceRow, 0));
        if (!index.isValid())
            continue;
        rows.select(index, index.siblingAtColumn(EventTableModel::ColumnCount - 1));
        if (id == m_selection->currentEventId())
            current = index;
    }
    QItemSelectionModel *model = m_table->selectionModel();
    model->select(rows, QItemSelectionModel::ClearAndSelect);
    if (current.isValid()) {
        model->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
        m_table->scrollTo(current);
    }
    m_syncingTable = false;
}

void MainWindow::syncSelectionFromTable()
{
    if (m_syncingTable)
        return;
    m_syncingTable = true;
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(EventTableModel::EventIdRole).toLongLong());
    const qint64 current = m_table->currentIndex().data(EventTableModel::EventIdRole).toLongLong();
    m_selection->selectEvents(ids, current);
    m_syncingTable = false;
}

void MainWindow::filterByActor(const QString &code)
{
    EventFilter filter = m_session->filter();
    // A second click on the only actor shown lifts the restriction again.
    if (filter.actors() == QSet<QString> {code})
        filter.setActors({});
    else
        filter.setActors({code});
    m_session->setFilter(filter);
    statusBar()->showMessage(filter.actors().isEmpty() ? tr("Showing all actors")
                                                       : tr("Showing the events of %1").arg(code),
                             5000);
}

void MainWindow::showSource()
{
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("sourceDock"))) {
        dock->show();
        dock->raise();
    }
    m_source->focusText();
}

QList<ExportableView *> MainWindow::exportableViews() const
{
    QList<ExportableView *> views {m_timeline, m_network};
    views += m_charts->exportableViews();
    return views;
}

ExportableView *MainWindow::currentExportableView() const
{
    if (!m_currentView || m_currentView == m_timeline)
        return m_timeline;
    // Below the timeline, what counts is the tab on screen now: the network or the visible chart.
    if (m_viewTabs->currentWidget() == m_charts) {
        if (ExportableView *chart = m_charts->currentExportableView())
            return chart;
    }
    return m_network;
}

void MainWindow::exportCurrentView()
{
    ExportDialog::exportView(*currentExportableView(), projectPath(), this);
}

void MainWindow::exportWindow()
{
    // Rendered with QWidget::render, so the file shows the window as it is, docks included.
    const WidgetView window(this, QStringLiteral("window"),
                            tr("Demarche window: %1").arg(countsText()));
    ExportDialog::exportView(window, projectPath(), this);
}

void MainWindow::exportEvents()
{
    if (!m_store) {
        QMessageBox::information(this, tr("No project"),
                                 tr("Open a project to export its events."));
        return;
    }
    const QFileInfo project(projectPath());
    const QString proposed = project.absoluteDir().filePath(project.completeBaseName()
                                                            + QStringLiteral("-events.csv"));
    auto *dialog = new EventExportDialog(m_store.get(), proposed, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EventExportDialog::exported, this, [this](const QString &path) {
        statusBar()->showMessage(
            tr("Exported the events to %1").arg(QDir::toNativeSeparators(path)), 10000);
    });
    dialog->open();
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentProjects")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentProjects"), recent);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentProjects")).toStringList();
    for (const QString &path : recent) {
        if (!QFileInfo::exists(path))
            continue;
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] {
            QString error;
            if (!openProject(path, &error))
                QMessageBox::warning(this, tr("Cannot open the project"), error);
        });
    }
    if (m_recentMenu->isEmpty())
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
}

void MainWindow::newProject()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Project"), QDir::homePath(),
                                                tr("Demarche projects (*.demarche)"));
    if (path.isEmpty())
        return;
    if (!isProjectFile(path))
        path += QLatin1Char('.') + projectSuffix;
    // The dialog already asked before overwriting.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QMessageBox::warning(this, tr("Cannot create the project"),
                             tr("%1 exists and cannot be replaced.").arg(path));
        return;
    }
    QString error;
    if (!openProject(path, &error))
        QMessageBox::warning(this, tr("Cannot create the project"), error);
}

void MainWindow::openProjectDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QDir::homePath(),
                                                      tr("Demarche projects (*.demarche)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openProject(path, &error))
        QMessageBox::warning(this, tr("Cannot open the project"), error);
}

void MainWindow::importFilesDialog()
{
    importPaths(
        QFileDialog::getOpenFileNames(this, tr("Import Articles"), QDir::homePath(),
                                      tr("Articles (*.txt *.jsonl *.tml *.sgm);;All files (*)")));
}

void MainWindow::importFolderDialog()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Import Folder"), QDir::homePath());
    if (!folder.isEmpty())
        importPaths({folder});
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.size() == 1 && isProjectFile(paths.front())) {
        QString error;
        if (!openProject(paths.front(), &error))
            QMessageBox::warning(this, tr("Cannot open the project"), error);
    } else {
        importPaths(paths);
    }
    event->acceptProposedAction();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1600, 1000);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_mainSplitter->restoreState(
        settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    if (!m_bottomSplitter->restoreState(
            settings.value(QStringLiteral("window/bottomSplitter")).toByteArray()))
        m_bottomSplitter->setSizes({450, 550}); // scaled to the width the splitter gets
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/bottomSplitter"), m_bottomSplitter->saveState());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // The pane's width is known once the docks and splitters are laid out, after this event.
    QTimer::singleShot(0, this, &MainWindow::fitTableColumns);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    m_import->cancel();
    QMainWindow::closeEvent(event);
}

} // namespace demarche
