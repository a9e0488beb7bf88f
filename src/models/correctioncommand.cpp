#include "correctioncommand.h"

#include "core/cameotable.h"
#include "core/correctionapplier.h"
#include "curationservice.h"

#include <QDateTime>

namespace demarche {

CorrectionCommand::CorrectionCommand(CurationService *service, Kind kind,
                                     std::optional<Correction> before, Correction after,
                                     const QString &text)
    : QUndoCommand(text)
    , m_service(service)
    , m_kind(kind)
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

std::unique_ptr<CorrectionCommand> CorrectionCommand::change(
    CurationService *service, qint64 eventId, Kind kind, Correction::Fields fields,
    const Event &values, std::optional<bool> isRejected, const QString &reason, const QString &text)
{
    const CuratedEvent *curated = service ? service->curated(eventId) : nullptr;
    if (!curated)
        return nullptr;
    std::optional<Correction> before;
    if (curated->correctionId > 0)
        before = service->correction(curated->correctionId);
    Correction after;
    if (before) {
        after = *before;
    } else {
        after.key = CorrectionKey::of(curated->machine);
        after.original = curated->machine;
        after.edited = curated->machine;
    }
    Correction probe;
    probe.fields = fields;
    probe.edited = values;
    CorrectionApplier::applyFields(probe, after.edited);
    if (after.isAddition) {
        // An added event has no machine values to fall back on: all of it is the analyst's.
        after.fields = Correction::NoField;
    } else {
        after.fields |= fields;
    }
    if (isRejected)
        after.isRejected = *isRejected;
    after.author = service->author();
    after.createdAt = QDateTime::currentDateTimeUtc();
    after.reason = reason;
    return std::unique_ptr<CorrectionCommand>(
        new CorrectionCommand(service, kind, std::move(before), std::move(after), text));
}

std::unique_ptr<CorrectionCommand> CorrectionCommand::editSource(CurationService *service,
                                                                 qint64 eventId,
                                                                 const Actor &source,
                                                                 const QString &reason)
{
    if (source.code.isEmpty())
        return nullptr;
    Event values;
    values.source = source;
    return change(service, eventId, EditSource, Correction::SourceField, values, {}, reason,
                  QObject::tr("Set source to %1").arg(source.code));
}

std::unique_ptr<CorrectionCommand> CorrectionCommand::editTarget(CurationService *service,
                                                                 qint64 eventId,
                                                                 const std::optional<Actor> &target,
                                                                 const QString &reason)
{
    if (target && target->code.isEmpty())
        return nullptr;
    Event values;
    values.target = target;
    return change(service, eventId, EditTarget, Correction::TargetField, values, {}, reason,
                  target ? QObject::tr("Set target to %1").arg(target->code)
                         : QObject::tr("Remove target"));
}

std::unique_ptr<CorrectionCommand> CorrectionCommand::editCode(CurationService *service,
                                                               qint64 eventId,
                                                               const QString &cameoCode,
                                                               const QString &reason)
{
    const CameoCode *cameo = CameoTable::builtin().find(cameoCode);
    if (!cameo)
        return nullptr;
    Event values;
    values.cameoCode = cameo->code;
    values.cameoRoot = cameo->root();
    values.ploverType = cameo->ploverType;
    values.quadClass = cameo->quadClass;
    values.goldstein = cameo->goldstein;
    return change(service, eventId, EditCode, Correction::CodeField, values, {}, reason,
                  QObject::tr("Set CAMEO code to %1").arg(cameo->code));
}

std::unique_ptr<CorrectionCommand> CorrectionCommand::editDate(CurationService *service,
                                                               qint64 eventId, const DateSpan &date,
                                                               const QString &reason)
{
    if (!date.isValid())
        return nullptr;
    Event values;
    values.date = date;
    return change(service, eventId, EditDate, Correction::DateField, values, {}, reason,
                  QObject::tr("Set date to %1 – %2")
                      .arg(date.earliest.toString(Qt::ISODate), date.latest.toString(Qt::ISODate)));
}

std::unique_ptr<CorrectionCommand> CorrectionCommand::editModality(CurationService *service,
                                                                   qint64 eventId,
                                                                   Modality modality,
                                                                   const QString &reason)
{
    Event values;
    values.modality = modality;
    return change(service, eventId, EditModality, Correction::ModalityField, values, {}, reason,
                  QObject::tr("Set modality to %1").arg(modalityName(modality)));
}

std::unique_ptr<CorrectionCommand> CorrectionCommand::edit(CurationService *service, qint64 eventId,
                                                           Correction::Fields fields,
                                                           const Event &values,
                                                           const QString &reason)
{
    if (fields.testFlag(Correction::SourceField) && values.source.code.isEmpty())
        return nullptr;
    if (fields.testFlag(Correction::CodeField) && !CameoTable::builtin().contains(values.cameoCode))
        return nullptr;
    if (fields.testFlag(Correction::DateField) && !values.date.isValid())
        return nullptr;
    Event normalised = values;
    if (const CameoCode *cameo = CameoTable::builtin().find(values.cameoCode)) {
        normalised.cameoRoot = cameo->root();
        normalised.ploverType = cameo->ploverType;
        normalised.quadClass = cameo->quadClass;
        normalised.goldstein = cameo->goldstein;
    }
    return change(service, eventId, EditSeveral, fields, normalised, {}, reason,
                  QObject::tr("Edit event"));
}

std::unique_ptr<CorrectionCommand> CorrectionCommand::reject(CurationService *service,
                                                             qint64 eventId, bool isRejected,
                                                             const QString &reason)
{
    return change(service, eventId, isRejected ? Reject : Restore, Correction::NoField, {},
                  isRejected, reason,
                  isRejected ? QObject::tr("Reject event") : QObject::tr("Restore event"));
}

std::unique_ptr<CorrectionCommand>
CorrectionCommand::addEvent(CurationService *service, const Event &event, const QString &reason)
{
    const CameoCode *cameo = CameoTable::builtin().find(event.cameoCode);
    if (!service || !cameo || event.articleId.isEmpty() || event.source.code.isEmpty()
        || !event.date.isValid())
        return nullptr;
    Correction after;
    after.isAddition = true;
    after.edited = event;
    after.edited.id = 0;
    after.edited.cameoRoot = cameo->root();
    after.edited.ploverType = cameo->ploverType;
    after.edited.quadClass = cameo->quadClass;
    after.edited.goldstein = cameo->goldstein;
    if (after.edited.confidence <= 0.0)
        after.edited.confidence = 1.0;
    after.key = CorrectionKey::of(after.edited);
    after.author = service->author();
    after.createdAt = QDateTime::currentDateTimeUtc();
    after.reason = reason;
    return std::unique_ptr<CorrectionCommand>(
        new CorrectionCommand(service, Add, std::nullopt, std::move(after),
                              QObject::tr("Add event %1").arg(cameo->code)));
}

void CorrectionCommand::redo()
{
    const Result<qint64> id = m_service->saveCorrection(m_after);
    if (id)
        m_after.id = id.value();
}

void CorrectionCommand::undo()
{
    if (m_before)
        m_service->saveCorrection(*m_before);
    else if (m_after.id > 0)
        m_service->removeCorrection(m_after.id);
}

} // namespace demarche
