#pragma once

#include "actoraliases.h"
#include "correction.h"
#include "curatedevent.h"

#include <vector>

namespace demarche {

// What applying corrections yields: every effective event, and the corrections that found no
// machine event to attach to (kept, never dropped, so that the analyst can see them).
struct CurationResult
{
    std::vector<CuratedEvent> events;
    std::vector<Correction> unattached;
};

// What applying corrections in place yields: only the events a correction or merge touched, so
// that a project without corrections costs nothing beyond its events.
struct CurationChanges
{
    // Corrected, rejected and added events, in the order of the effective events.
    std::vector<CuratedEvent> touched;
    // Index of each touched event in the effective events (parallel to touched).
    std::vector<std::size_t> positions;
    std::vector<Correction> unattached;
};

// Machine events + corrections + actor merges -> effective events. Plain logic, no store, so that
// the GUI, the CLI export and the tests agree on what a corrected event is.
class CorrectionApplier final
{
public:
    // Added events get ids above every store row id, so that selections can name them and they
    // never collide with machine events (SQLite row ids stay far below 2^40 in any real project).
    static constexpr qint64 addedIdBase = qint64(1) << 40;

    // Applies `corrections` to `machine` (matched by CorrectionKey; when the exact key is gone, a
    // correction attaches to the one event left at the same sentence and trigger span), appends
    // additions (id = addedIdBase + correction id), then rewrites merged actors. Rejected events
    // are kept, flagged; empty inputs give empty output.
    static CurationResult apply(std::vector<Event> machine,
                                const std::vector<Correction> &corrections,
                                const ActorAliases &aliases = {});
    // The same as apply(), turning `events` (machine events) into the effective events in place
    // and recording only the touched ones; untouched events are not copied. Empty inputs give
    // no changes.
    static CurationChanges applyInPlace(std::vector<Event> &events,
                                        const std::vector<Correction> &corrections,
                                        const ActorAliases &aliases = {});
    // Overwrites the fields `correction` changes in `event` (the CAMEO code brings its root,
    // QuadClass, Goldstein and PLOVER type along).
    static void applyFields(const Correction &correction, Event &event);
};

} // namespace demarche
