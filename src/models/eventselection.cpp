#include "eventselection.h"

namespace demarche {

EventSelection::EventSelection(QObject *parent)
    : QObject(parent)
{ }

void EventSelection::selectEvent(qint64 eventId)
{
    if (eventId <= 0)
        clear();
    else
        selectEvents({eventId}, eventId);
}

void EventSelection::selectEvents(const QList<qint64> &eventIds, qint64 current)
{
    QList<qint64> ids;
    for (qint64 id : eventIds) {
        if (id > 0 && !ids.contains(id))
            ids.append(id);
    }
    if (!ids.contains(current))
        current = ids.isEmpty() ? 0 : ids.first();
    if (ids == m_selected && current == m_current)
        return;
    m_selected = ids;
    m_current = current;
    Q_EMIT selectionChanged();
}

void EventSelection::clear()
{
    selectEvents({}, 0);
}

} // namespace demarche
