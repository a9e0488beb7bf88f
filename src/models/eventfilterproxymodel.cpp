#include "eventfilterproxymodel.h"

#include "eventtablemodel.h"
#include "projectsession.h"

namespace demarche {

EventFilterProxyModel::EventFilterProxyModel(ProjectSession *session, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_session(session)
{
    setSortRole(EventTableModel::SortRole);
    connect(session, &ProjectSession::filterChanged, this,
            &EventFilterProxyModel::invalidateRowsFilter);
}

bool EventFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !sourceParent.isValid() && m_session->accepts(sourceRow);
}

} // namespace demarche
