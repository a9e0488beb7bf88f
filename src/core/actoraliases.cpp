#include "actoraliases.h"

#include <algorithm>

namespace demarche {

ActorAliases::ActorAliases(const std::vector<ActorAlias> &aliases)
{
    for (const ActorAlias &alias : aliases)
        add(alias);
}

bool ActorAliases::add(const ActorAlias &alias)
{
    if (alias.alias.isEmpty() || alias.canonical.isEmpty() || alias.alias == alias.canonical)
        return false;
    if (resolve(alias.canonical) == alias.alias)
        return false;
    m_byAlias.insert(alias.alias, alias);
    return true;
}

bool ActorAliases::remove(const QString &code)
{
    return m_byAlias.remove(code) > 0;
}

QString ActorAliases::resolve(const QString &code) const
{
    QString current = code;
    // add() refuses cycles; the bound only guards against a hand-edited project file.
    for (int hops = 0; hops <= m_byAlias.size(); ++hops) {
        const auto it = m_byAlias.constFind(current);
        if (it == m_byAlias.cend())
            return current;
        current = it->canonical;
    }
    return current;
}

bool ActorAliases::apply(Actor &actor) const
{
    const QString canonical = resolve(actor.code);
    if (canonical == actor.code)
        return false;
    QString name;
    for (const ActorAlias &alias : m_byAlias) {
        if (alias.canonical == canonical && !alias.canonicalName.isEmpty())
            name = alias.canonicalName;
    }
    actor.code = canonical;
    actor.name = name.isEmpty() ? canonical : name;
    // Country and sector follow the CAMEO convention: three letters of place, then the role.
    actor.country = canonical.left(3);
    actor.sector = canonical.mid(3, 3);
    return true;
}

std::vector<ActorAlias> ActorAliases::all() const
{
    std::vector<ActorAlias> aliases(m_byAlias.cbegin(), m_byAlias.cend());
    std::sort(aliases.begin(), aliases.end(),
              [](const ActorAlias &a, const ActorAlias &b) { return a.alias < b.alias; });
    return aliases;
}

} // namespace demarche
