#pragma once

#include "actor.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <vector>

namespace demarche {

// One actor merged into another by an analyst (e.g. an unknown mention coded "UNK" into
// "KORGOV"), with who, when and why.
struct ActorAlias
{
    QString alias; // the code that disappears
    QString canonical; // the code it becomes
    QString canonicalName; // readable name of the canonical code (may be empty)
    QString author;
    QDateTime createdAt; // UTC
    QString reason;
    friend bool operator==(const ActorAlias &, const ActorAlias &) = default;
};

// The project's actor merges, resolved transitively (A into B, B into C: A reads as C).
class ActorAliases final
{
public:
    ActorAliases() = default;
    explicit ActorAliases(const std::vector<ActorAlias> &aliases);

    // Adds or replaces the merge of alias.alias; refused (false) when it would make a cycle or
    // merges a code into itself, or either code is empty.
    bool add(const ActorAlias &alias);
    // Removes the merge of `code`; false when there was none.
    bool remove(const QString &code);
    // The code `code` finally reads as; `code` itself when it is not merged.
    QString resolve(const QString &code) const;
    // Rewrites an actor's code (and name, when known) to its canonical actor; true if it changed.
    bool apply(Actor &actor) const;
    bool isEmpty() const { return m_byAlias.isEmpty(); }
    std::vector<ActorAlias> all() const;

private:
    QHash<QString, ActorAlias> m_byAlias;
};

} // namespace demarche
