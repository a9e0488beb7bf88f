#pragma once

#include "core/actoraliases.h"

#include <QUndoCommand>
#include <memory>
#include <optional>

namespace demarche {

class CurationService;

// Merges one actor into another (every event of `alias` then reads as `canonical`), undoably; the
// merge is saved in the project and applies to events extracted later too.
class MergeActorsCommand final : public QUndoCommand
{
public:
    // nullptr when the codes are empty or equal, or the merge would make a cycle.
    static std::unique_ptr<MergeActorsCommand>
    create(CurationService *service, const QString &aliasCode, const QString &canonicalCode,
           const QString &canonicalName = {}, const QString &reason = {});

    const ActorAlias &alias() const { return m_after; }

    void redo() override;
    void undo() override;

private:
    MergeActorsCommand(CurationService *service, std::optional<ActorAlias> before,
                       ActorAlias after);

    CurationService *m_service;
    std::optional<ActorAlias> m_before;
    ActorAlias m_after;
};

} // namespace demarche
