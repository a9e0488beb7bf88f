#pragma once

#include <QTimer>
#include <QWidget>
#include <memory>

namespace Ui {
class FiltersPanel;
}

class QSortFilterProxyModel;

namespace demarche {

class ActorListModel;
class ProjectSession;

// The filter controls: actors (searchable, checkable), QuadClass, CAMEO root, date range, free
// text. Every change goes into the session's EventFilter, which all views follow.
class FiltersPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FiltersPanel)

public:
    explicit FiltersPanel(ProjectSession *session, QWidget *parent = nullptr);
    ~FiltersPanel() override;

    // Clears every criterion.
    void reset();

private:
    void apply();
    void followSnapshot();

    std::unique_ptr<Ui::FiltersPanel> m_ui;
    ProjectSession *m_session;
    ActorListModel *m_actors;
    QSortFilterProxyModel *m_actorSearch;
    QTimer m_textTimer;
    bool m_updating = false;
};

} // namespace demarche
