#include "actorlistmodel.h"

#include "projectsession.h"

namespace demarche {

ActorListModel::ActorListModel(ProjectSession *session, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
{
    connect(session, &ProjectSession::snapshotChanged, this, [this] {
        beginResetModel();
        m_checked = m_session->filter().actors();
        endResetModel();
    });
    connect(session, &ProjectSession::filterChanged, this, &ActorListModel::followFilter);
    m_checked = session->filter().actors();
}

int ActorListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_session->snapshot().actors().size());
}

QVariant ActorListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActorSummary &actor = m_session->snapshot().actors()[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 (%2)").arg(actor.name).arg(actor.eventCount);
    case Qt::ToolTipRole:
        return QStringLiteral("%1 — %2, %3 events")
            .arg(actor.code, actor.name)
            .arg(actor.eventCount);
    case Qt::CheckStateRole:
        return m_checked.contains(actor.code) ? Qt::Checked : Qt::Unchecked;
    case CodeRole:
        return actor.code;
    case EventCountRole:
        return actor.eventCount;
    default:
        return {};
    }
}

bool ActorListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString code = m_session->snapshot().actors()[std::size_t(index.row())].code;
    if (Qt::CheckState(value.toInt()) == Qt::Checked)
        m_checked.insert(code);
    else
        m_checked.remove(code);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    EventFilter filter = m_session->filter();
    filter.setActors(m_checked);
    m_session->setFilter(filter);
    return true;
}

Qt::ItemFlags ActorListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
        | Qt::ItemNeverHasChildren;
}

void ActorListModel::followFilter()
{
    const QSet<QString> actors = m_session->filter().actors();
    if (actors == m_checked)
        return;
    m_checked = actors;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::CheckStateRole});
}

} // namespace demarche
