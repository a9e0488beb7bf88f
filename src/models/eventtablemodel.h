#pragma once

#include <QAbstractTableModel>

namespace demarche {

class ProjectSession;

// Every event of the session's snapshot, one row each (row = index into snapshot().events()),
// with sortable columns; filtering is the proxy's job.
class EventTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventTableModel)

public:
    enum Column {
        DateColumn,
        SourceColumn,
        TargetColumn,
        CodeColumn,
        GoldsteinColumn,
        ArticleColumn,
        ColumnCount
    };
    enum Role { EventIdRole = Qt::UserRole + 1, SortRole };

    explicit EventTableModel(ProjectSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The row of an event id, or -1.
    int rowOf(qint64 eventId) const;

private:
    ProjectSession *m_session;
};

} // namespace demarche
