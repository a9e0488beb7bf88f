#pragma once

#include <QAbstractTableModel>

namespace demarche {

struct Event;
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
        CurationColumn, // ✎ corrected, + added, ✗ rejected; empty for machine events
        ColumnCount
    };
    enum Role {
        EventIdRole = Qt::UserRole + 1,
        SortRole,
        CurationRole, // CurationMark::kindName(), empty for an untouched machine event
        CurationNoteRole // "CAMEO corrected from 111 to 112 (alice, ...)", empty when untouched
    };

    explicit EventTableModel(ProjectSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The row of an event id, or -1.
    int rowOf(qint64 eventId) const;

private:
    QVariant curationData(const Event &event, int column, int role) const;

    ProjectSession *m_session;
};

} // namespace demarche
