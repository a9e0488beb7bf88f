#pragma once

#include "article.h"
#include "event.h"

#include <QDate>
#include <QSet>
#include <QString>

namespace demarche {

// What the user narrows the events to: actors, QuadClasses, CAMEO roots, a date range and free
// text. Every criterion left empty lets everything through; the criteria combine with AND.
// Plain logic so that the proxy model, the timeline and the network all agree on what is shown.
class EventFilter final
{
public:
    // Events whose source or target has one of these actor codes; empty = any actor.
    void setActors(const QSet<QString> &codes) { m_actors = codes; }
    const QSet<QString> &actors() const { return m_actors; }
    // Events of these QuadClasses; empty = any.
    void setQuadClasses(const QSet<QuadClass> &classes) { m_quadClasses = classes; }
    const QSet<QuadClass> &quadClasses() const { return m_quadClasses; }
    // Events whose CAMEO root ("02") is one of these; empty = any.
    void setCameoRoots(const QSet<QString> &roots) { m_cameoRoots = roots; }
    const QSet<QString> &cameoRoots() const { return m_cameoRoots; }
    // Events whose date interval overlaps [from, to]; an invalid bound leaves that side open.
    void setDateRange(QDate from, QDate to)
    {
        m_from = from;
        m_to = to;
    }
    QDate dateFrom() const { return m_from; }
    QDate dateTo() const { return m_to; }
    // Events whose fields or article text contain every word of `text` (case-insensitive);
    // blank text = any.
    void setText(const QString &text);
    QString text() const { return m_words.join(QLatin1Char(' ')); }

    // True when no criterion is set, so everything matches.
    bool isEmpty() const;
    // Whether `event` passes every criterion; `article` (may be null) adds its title and text to
    // the free-text search.
    bool matches(const Event &event, const Article *article = nullptr) const;

    friend bool operator==(const EventFilter &, const EventFilter &) = default;

private:
    bool matchesText(const Event &event, const Article *article) const;

    QSet<QString> m_actors;
    QSet<QuadClass> m_quadClasses;
    QSet<QString> m_cameoRoots;
    QDate m_from;
    QDate m_to;
    QStringList m_words;
};

} // namespace demarche
