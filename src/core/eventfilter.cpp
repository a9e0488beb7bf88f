#include "eventfilter.h"

#include "cameotable.h"

namespace demarche {

void EventFilter::setText(const QString &text)
{
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool EventFilter::isEmpty() const
{
    return m_actors.isEmpty() && m_quadClasses.isEmpty() && m_cameoRoots.isEmpty()
        && !m_from.isValid() && !m_to.isValid() && m_words.isEmpty();
}

bool EventFilter::matches(const Event &event, const Article *article) const
{
    if (!m_actors.isEmpty() && !m_actors.contains(event.source.code)
        && !(event.target && m_actors.contains(event.target->code)))
        return false;
    if (!m_quadClasses.isEmpty() && !m_quadClasses.contains(event.quadClass))
        return false;
    if (!m_cameoRoots.isEmpty() && !m_cameoRoots.contains(event.cameoRoot))
        return false;
    // An event without a valid date cannot be placed in any range, so a date filter hides it.
    if (m_from.isValid() || m_to.isValid()) {
        if (!event.date.isValid())
            return false;
        if (m_from.isValid() && event.date.latest < m_from)
            return false;
        if (m_to.isValid() && event.date.earliest > m_to)
            return false;
    }
    return matchesText(event, article);
}

bool EventFilter::matchesText(const Event &event, const Article *article) const
{
    if (m_words.isEmpty())
        return true;
    const auto contains = [](const QString &haystack, const QString &word) {
        return haystack.contains(word, Qt::CaseInsensitive);
    };
    const CameoCode *code = CameoTable::builtin().find(event.cameoCode);
    const QString codeName = code ? code->name : QString();
    for (const QString &word : m_words) {
        bool found = contains(codeName, word);
        found = found || contains(event.source.name, word) || contains(event.source.code, word)
            || contains(event.source.mention, word) || contains(event.trigger, word)
            || contains(event.cameoCode, word) || contains(event.date.phrase, word)
            || contains(event.date.value, word);
        if (!found && event.target) {
            found = contains(event.target->name, word) || contains(event.target->code, word)
                || contains(event.target->mention, word);
        }
        if (!found && article)
            found = contains(article->title, word) || contains(article->text, word);
        if (!found)
            return false;
    }
    return true;
}

} // namespace demarche
