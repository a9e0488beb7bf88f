#pragma once

#include "core/eventfilter.h"
#include "curationmark.h"
#include "projectsnapshot.h"

#include <QHash>
#include <QObject>
#include <vector>

namespace demarche {

// The project the window shows plus the filter the user set: the one place views ask which
// events exist and which pass the filter, so that timeline, network and table agree.
class ProjectSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectSession)

public:
    explicit ProjectSession(QObject *parent = nullptr);

    void setSnapshot(ProjectSnapshot snapshot);
    const ProjectSnapshot &snapshot() const { return m_snapshot; }

    void setFilter(const EventFilter &filter);
    const EventFilter &filter() const { return m_filter; }

    // Whether the event at `eventIndex` (into snapshot().events()) passes the filter.
    bool accepts(int eventIndex) const;
    // Indices into snapshot().events() of the events passing the filter, in store order.
    const std::vector<int> &acceptedEvents() const { return m_accepted; }

    // The analyst's marks on events (set before the snapshot they belong to, so that views see
    // them when snapshotChanged() arrives); nullptr for an untouched machine event.
    void setCurationMarks(QHash<qint64, CurationMark> marks) { m_marks = std::move(marks); }
    bool hasCurationMarks() const { return !m_marks.isEmpty(); }
    const CurationMark *curationMark(qint64 eventId) const
    {
        const auto found = m_marks.constFind(eventId);
        return found == m_marks.constEnd() ? nullptr : &found.value();
    }

Q_SIGNALS:
    void snapshotChanged();
    void filterChanged();
    // The free-text filter needed the article texts and the project file could not give them
    // (the filter then searches events and titles only).
    void failed(const QString &message);

private:
    void refilter();

    ProjectSnapshot m_snapshot;
    EventFilter m_filter;
    std::vector<bool> m_accepts;
    std::vector<int> m_accepted;
    QHash<qint64, CurationMark> m_marks;
};

} // namespace demarche
