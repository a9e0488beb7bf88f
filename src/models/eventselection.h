#pragma once

#include <QList>
#include <QObject>

namespace demarche {

// The one selection shared by the timeline, the network, the table and the source panel: a set of
// selected events and, among them, the current one (the one the source panel shows).
class EventSelection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventSelection)

public:
    explicit EventSelection(QObject *parent = nullptr);

    QList<qint64> selectedEventIds() const { return m_selected; }
    // 0 when nothing is selected.
    qint64 currentEventId() const { return m_current; }
    bool isSelected(qint64 eventId) const { return m_selected.contains(eventId); }

    // Selects exactly one event (0 clears the selection).
    void selectEvent(qint64 eventId);
    // Selects several events; `current` must be one of them (else the first becomes current).
    void selectEvents(const QList<qint64> &eventIds, qint64 current = 0);
    void clear();

Q_SIGNALS:
    // Emitted once per change, whoever made it; views update without re-emitting.
    void selectionChanged();

private:
    QList<qint64> m_selected;
    qint64 m_current = 0;
};

} // namespace demarche
