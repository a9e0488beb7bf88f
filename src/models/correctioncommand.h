#pragma once

#include "core/correction.h"

#include <QUndoCommand>
#include <memory>
#include <optional>

namespace demarche {

class CurationService;

// One undoable correction of one event: edit source, target, CAMEO code, date interval or
// modality, reject, or add an event. Redo writes the correction to the project through the
// CurationService; undo writes back the correction the event had before (or deletes the row),
// so that the project file always matches the undo stack's position.
class CorrectionCommand final : public QUndoCommand
{
public:
    enum Kind {
        EditSource,
        EditTarget,
        EditCode,
        EditDate,
        EditModality,
        EditSeveral,
        Reject,
        Restore,
        Add
    };

    // Each factory returns nullptr when `eventId` names no event of the service (or the value is
    // invalid: unknown CAMEO code, invalid date interval, empty source code).
    static std::unique_ptr<CorrectionCommand> editSource(CurationService *service, qint64 eventId,
                                                         const Actor &source,
                                                         const QString &reason = {});
    // std::nullopt removes the target.
    static std::unique_ptr<CorrectionCommand> editTarget(CurationService *service, qint64 eventId,
                                                         const std::optional<Actor> &target,
                                                         const QString &reason = {});
    static std::unique_ptr<CorrectionCommand> editCode(CurationService *service, qint64 eventId,
                                                       const QString &cameoCode,
                                                       const QString &reason = {});
    static std::unique_ptr<CorrectionCommand> editDate(CurationService *service, qint64 eventId,
                                                       const DateSpan &date,
                                                       const QString &reason = {});
    static std::unique_ptr<CorrectionCommand> editModality(CurationService *service, qint64 eventId,
                                                           Modality modality,
                                                           const QString &reason = {});
    // Several fields at once (the editor dialog): `fields` of `values` override the event's.
    static std::unique_ptr<CorrectionCommand> edit(CurationService *service, qint64 eventId,
                                                   Correction::Fields fields, const Event &values,
                                                   const QString &reason = {});
    // Rejects (or, with false, restores) an event.
    static std::unique_ptr<CorrectionCommand> reject(CurationService *service, qint64 eventId,
                                                     bool isRejected = true,
                                                     const QString &reason = {});
    // A new event the machine missed; needs an article id, a source code and a known CAMEO code.
    static std::unique_ptr<CorrectionCommand> addEvent(CurationService *service, const Event &event,
                                                       const QString &reason = {});

    Kind kind() const { return m_kind; }
    // The correction as redo() writes it (its id is known after the first redo).
    const Correction &correction() const { return m_after; }

    void redo() override;
    void undo() override;

private:
    CorrectionCommand(CurationService *service, Kind kind, std::optional<Correction> before,
                      Correction after, const QString &text);
    static std::unique_ptr<CorrectionCommand> change(CurationService *service, qint64 eventId,
                                                     Kind kind, Correction::Fields fields,
                                                     const Event &values,
                                                     std::optional<bool> isRejected,
                                                     const QString &reason, const QString &text);

    CurationService *m_service;
    Kind m_kind;
    std::optional<Correction> m_before;
    Correction m_after;
};

} // namespace demarche
