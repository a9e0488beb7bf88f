#pragma once

#include "core/actoraliases.h"
#include "core/correction.h"
#include "core/curatedevent.h"
#include "core/result.h"
#include "curationmark.h"

#include <QHash>
#include <QObject>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace demarche {

class CorrectionStore;
class ProjectSession;
class ProjectStore;

// The analyst's view of the project: machine events with corrections and actor merges applied.
// Every write goes through it (the undo commands call it), lands in the project file at once, and
// refreshes the session's snapshot so that every view shows the corrected events; rejected events
// leave the snapshot unless showsRejected().
class CurationService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurationService)

public:
    explicit CurationService(ProjectSession *session, QObject *parent = nullptr);
    ~CurationService() override;

    // The project to curate (not owned; nullptr = none). Reloads and refreshes the session; the
    // failure of that first load is returned (and reported by failed()).
    Status setStore(ProjectStore *store);
    ProjectStore *store() const { return m_store; }

    // Who the corrections are signed with (defaults to the login name).
    void setAuthor(const QString &author) { m_author = author; }
    const QString &author() const { return m_author; }

    void setShowsRejected(bool shows);
    bool showsRejected() const { return m_showsRejected; }

    // Re-reads machine events, corrections and merges and pushes them into the session.
    Status refresh();

    // The corrected, rejected and added events (untouched ones are the snapshot's events), in
    // snapshot order with additions last.
    const std::vector<CuratedEvent> &curatedEvents() const { return m_curated; }
    // Corrections whose machine event is gone (kept in the file, listed for the analyst).
    const std::vector<Correction> &unattachedCorrections() const { return m_unattached; }
    // The curated event with this (effective) id, rejected ones included; nullptr when unknown.
    // Untouched events are read from the session's snapshot (none without a session). Valid until
    // the next refresh.
    const CuratedEvent *curated(qint64 eventId) const;
    bool isCorrected(qint64 eventId) const;
    std::optional<Correction> correction(qint64 correctionId) const;
    std::optional<ActorAlias> alias(const QString &code) const;
    const ActorAliases &aliases() const { return m_aliases; }

    // Writes, then refresh(); failures are also reported by failed().
    Result<qint64> saveCorrection(const Correction &correction);
    Status removeCorrection(qint64 correctionId);
    Status saveAlias(const ActorAlias &alias);
    Status removeAlias(const QString &code);

Q_SIGNALS:
    // After every refresh (the session has already been updated).
    void curationChanged();
    void failed(const QString &message);

private:
    Status report(Status status);
    // One mark per corrected, added or rejected event, with who, when and why.
    QHash<qint64, CurationMark> marks() const;
    // Drops the rejected events (m_curated) from the effective events.
    void hideRejected(std::vector<Event> &events) const;

    ProjectSession *m_session;
    ProjectStore *m_store = nullptr;
    std::unique_ptr<CorrectionStore> m_corrections;
    QString m_author;
    bool m_showsRejected = false;
    std::vector<CuratedEvent> m_curated;
    std::vector<Correction> m_all;
    std::vector<Correction> m_unattached;
    ActorAliases m_aliases;
    QHash<qint64, int> m_index; // event id -> m_curated
    // Records of untouched events asked for by curated(), built on demand (node-stable).
    mutable std::unordered_map<qint64, CuratedEvent> m_untouched;
};

} // namespace demarche
