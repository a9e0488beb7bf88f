#include "projectsession.h"

namespace demarche {

ProjectSession::ProjectSession(QObject *parent)
    : QObject(parent)
{ }

void ProjectSession::setSnapshot(ProjectSnapshot snapshot)
{
    m_snapshot = std::move(snapshot);
    refilter();
    Q_EMIT snapshotChanged();
}

void ProjectSession::setFilter(const EventFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refilter();
    Q_EMIT filterChanged();
}

bool ProjectSession::accepts(int eventIndex) const
{
    return eventIndex >= 0 && eventIndex < int(m_accepts.size())
        && m_accepts[std::size_t(eventIndex)];
}

void ProjectSession::refilter()
{
    // Texts stay in the file until a search needs them: then all at once, kept for later searches.
    if (!m_filter.text().isEmpty() && !m_snapshot.hasTexts()) {
        if (const Status loaded = m_snapshot.loadTexts(); !loaded)
            Q_EMIT failed(loaded.error());
    }
    const auto &events = m_snapshot.events();
    m_accepts.assign(events.size(), false);
    m_accepted.clear();
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (m_filter.matches(events[i], m_snapshot.articleOf(events[i]))) {
            m_accepts[i] = true;
            m_accepted.push_back(int(i));
        }
    }
}

} // namespace demarche
