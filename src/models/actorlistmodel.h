#pragma once

#include <QAbstractListModel>
#include <QSet>

namespace demarche {

class ProjectSession;

// The actors of the project as a checkable list: checking actors narrows the session's filter to
// events involving them; the list follows the filter when something else changes it.
class ActorListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActorListModel)

public:
    enum Role { CodeRole = Qt::UserRole + 1, EventCountRole };

    explicit ActorListModel(ProjectSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void followFilter();

    ProjectSession *m_session;
    QSet<QString> m_checked;
};

} // namespace demarche
