#include "mergeactorscommand.h"

#include "curationservice.h"

#include <QObject>

namespace demarche {

MergeActorsCommand::MergeActorsCommand(CurationService *service, std::optional<ActorAlias> before,
                                       ActorAlias after)
    : QUndoCommand(QObject::tr("Merge %1 into %2").arg(after.alias, after.canonical))
    , m_service(service)
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

std::unique_ptr<MergeActorsCommand> MergeActorsCommand::create(CurationService *service,
                                                               const QString &aliasCode,
                                                               const QString &canonicalCode,
                                                               const QString &canonicalName,
                                                               const QString &reason)
{
    if (!service)
        return nullptr;
    ActorAlias after {
        aliasCode, canonicalCode, canonicalName, service->author(), QDateTime::currentDateTimeUtc(),
        reason};
    ActorAliases check = service->aliases();
    if (!check.add(after))
        return nullptr;
    return std::unique_ptr<MergeActorsCommand>(
        new MergeActorsCommand(service, service->alias(aliasCode), std::move(after)));
}

void MergeActorsCommand::redo()
{
    m_service->saveAlias(m_after);
}

void MergeActorsCommand::undo()
{
    if (m_before)
        m_service->saveAlias(*m_before);
    else
        m_service->removeAlias(m_after.alias);
}

} // namespace demarche
