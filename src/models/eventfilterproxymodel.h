#pragma once

#include <QSortFilterProxyModel>

namespace demarche {

class ProjectSession;

// Sorts the event table and shows only the events the session's EventFilter accepts; the
// filter logic itself lives in core/eventfilter.h.
class EventFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventFilterProxyModel)

public:
    explicit EventFilterProxyModel(ProjectSession *session, QObject *parent = nullptr);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ProjectSession *m_session;
};

} // namespace demarche
