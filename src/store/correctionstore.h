#pragma once

#include "core/actoraliases.h"
#include "core/correction.h"
#include "core/correctionapplier.h"
#include "core/result.h"

#include <optional>
#include <vector>

namespace demarche {

class ProjectStore;

// The analyst's corrections and actor merges, stored in the project file apart from the machine's
// events (schema 2 tables `corrections` and `actor_aliases`). One correction per machine event,
// keyed by its CorrectionKey so that it re-attaches after re-extraction; additions have their own
// rows. Every write is one transaction on the project's connection; a read-only project reads but
// refuses writes.
class CorrectionStore final
{
public:
    explicit CorrectionStore(const ProjectStore &store);

    // Every correction, in id order; empty for a project without the tables (read-only v1 file).
    Result<std::vector<Correction>> corrections() const;
    // The correction of the machine event at `key`, if any (additions are not looked up by key).
    Result<std::optional<Correction>> correctionFor(const CorrectionKey &key) const;
    // Inserts or replaces a correction and returns its id: the row of `correction.id` when set
    // (so that undo/redo restore the same row), else the row already holding its key, else a new
    // one.
    Result<qint64> save(const Correction &correction);
    // Deletes a correction; removing an absent id succeeds.
    Status remove(qint64 correctionId);

    // Every actor merge, by alias code.
    Result<std::vector<ActorAlias>> aliases() const;
    // Adds or replaces the merge of alias.alias; refused when it would make a cycle.
    Status saveAlias(const ActorAlias &alias);
    // Removes the merge of `aliasCode`; removing an absent one succeeds.
    Status removeAlias(const QString &aliasCode);

    // The store's machine events with every correction and merge applied.
    Result<CurationResult> curatedEvents() const;

private:
    bool hasTables() const;
    const ProjectStore &m_store;
};

} // namespace demarche
