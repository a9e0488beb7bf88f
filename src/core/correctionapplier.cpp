#include "correctionapplier.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace demarche {

void CorrectionApplier::applyFields(const Correction &correction, Event &event)
{
    const Event &e = correction.edited;
    if (correction.fields.testFlag(Correction::SourceField))
        event.source = e.source;
    if (correction.fields.testFlag(Correction::TargetField))
        event.target = e.target;
    if (correction.fields.testFlag(Correction::CodeField)) {
        event.cameoCode = e.cameoCode;
        event.cameoRoot = e.cameoRoot;
        event.ploverType = e.ploverType;
        event.quadClass = e.quadClass;
        event.goldstein = e.goldstein;
    }
    if (correction.fields.testFlag(Correction::DateField))
        event.date = e.date;
    if (correction.fields.testFlag(Correction::ModalityField))
        event.modality = e.modality;
}

namespace {

// The correction applying to each machine event (-1: none), marking the ones used. Empty when no
// correction names a machine event, so that opening an uncorrected project allocates nothing.
std::vector<int> matchCorrections(const std::vector<Event> &machine,
                                  const std::vector<Correction> &corrections,
                                  std::vector<bool> &used)
{
    QHash<QString, int> byKey;
    for (int i = 0; i < int(corrections.size()); ++i) {
        if (!corrections[std::size_t(i)].isAddition)
            byKey.insert(corrections[std::size_t(i)].key.toString(), i);
    }
    if (byKey.isEmpty())
        return {};
    // Exact keys first, so that a fallback never steals a correction that has its own event.
    std::vector<int> match(machine.size(), -1);
    for (std::size_t m = 0; m < machine.size(); ++m) {
        const int c = byKey.value(CorrectionKey::of(machine[m]).toString(), -1);
        if (c >= 0 && !used[std::size_t(c)]) {
            match[m] = c;
            used[std::size_t(c)] = true;
        }
    }
    for (std::size_t c = 0; c < corrections.size(); ++c) {
        if (used[c] || corrections[c].isAddition)
            continue;
        int candidate = -1;
        int count = 0;
        for (std::size_t m = 0; m < machine.size(); ++m) {
            if (match[m] < 0 && corrections[c].key.isSamePlace(machine[m])) {
                candidate = int(m);
                ++count;
            }
        }
        if (count == 1) {
            match[std::size_t(candidate)] = int(c);
            used[c] = true;
        }
    }
    return match;
}

// Whether a merge would rewrite one of the event's actors; tried on copies (shared strings, no
// allocation) so that only merged events get a record.
bool isMerged(const ActorAliases &aliases, const Event &event)
{
    if (aliases.isEmpty())
        return false;
    Actor source = event.source;
    if (aliases.apply(source))
        return true;
    std::optional<Actor> target = event.target;
    return target && aliases.apply(*target);
}

// Rewrites the merged actors of curated.event and says so in its note.
void mergeActors(const ActorAliases &aliases, CuratedEvent &curated)
{
    if (aliases.isEmpty())
        return;
    QStringList merged;
    const QString sourceCode = curated.event.source.code;
    if (aliases.apply(curated.event.source))
        merged.append(
            QStringLiteral("source %1 merged into %2").arg(sourceCode, curated.event.source.code));
    if (curated.event.target) {
        const QString targetCode = curated.event.target->code;
        if (aliases.apply(*curated.event.target))
            merged.append(QStringLiteral("target %1 merged into %2")
                              .arg(targetCode, curated.event.target->code));
    }
    if (!merged.isEmpty()) {
        curated.isCorrected = true;
        merged.prepend(curated.note);
        merged.removeAll(QString());
        curated.note = merged.join(QStringLiteral("; "));
    }
}

// The record of a machine event that `correction` (may be nullptr) or a merge touches.
CuratedEvent touchedEvent(const Event &machine, const Correction *correction,
                          const ActorAliases &aliases)
{
    CuratedEvent curated;
    curated.machine = machine;
    curated.event = machine;
    if (correction) {
        CorrectionApplier::applyFields(*correction, curated.event);
        curated.isRejected = correction->isRejected;
        curated.correctionId = correction->id;
        curated.note = describeCorrection(*correction, machine);
        curated.isCorrected = !correction->isEmpty();
    }
    mergeActors(aliases, curated);
    return curated;
}

// The record of an event the analyst added.
CuratedEvent addedEvent(const Correction &correction, const ActorAliases &aliases)
{
    CuratedEvent curated;
    curated.event = correction.edited;
    curated.event.id = CorrectionApplier::addedIdBase + correction.id;
    curated.isAdded = true;
    curated.isCorrected = true;
    curated.isRejected = correction.isRejected;
    curated.correctionId = correction.id;
    curated.note = describeCorrection(correction, {});
    mergeActors(aliases, curated);
    return curated;
}

} // namespace

CurationChanges CorrectionApplier::applyInPlace(std::vector<Event> &events,
                                                const std::vector<Correction> &corrections,
                                                const ActorAliases &aliases)
{
    CurationChanges changes;
    std::vector<bool> used(corrections.size(), false);
    const std::vector<int> match = matchCorrections(events, corrections, used);
    for (std::size_t m = 0; m < events.size(); ++m) {
        const int c = match.empty() ? -1 : match[m];
        if (c < 0 && !isMerged(aliases, events[m]))
            continue;
        changes.touched.push_back(
            touchedEvent(events[m], c < 0 ? nullptr : &corrections[std::size_t(c)], aliases));
        changes.positions.push_back(m);
        events[m] = changes.touched.back().event;
    }
    for (std::size_t c = 0; c < corrections.size(); ++c) {
        if (corrections[c].isAddition) {
            changes.touched.push_back(addedEvent(corrections[c], aliases));
            changes.positions.push_back(events.size());
            events.push_back(changes.touched.back().event);
        } else if (!used[c]) {
            changes.unattached.push_back(corrections[c]);
        }
    }
    return changes;
}

CurationResult CorrectionApplier::apply(std::vector<Event> machine,
                                        const std::vector<Correction> &corrections,
                                        const ActorAliases &aliases)
{
    CurationChanges changes = applyInPlace(machine, corrections, aliases);
    CurationResult result;
    result.unattached = std::move(changes.unattached);
    result.events.reserve(machine.size());
    std::size_t next = 0;
    for (std::size_t i = 0; i < machine.size(); ++i) {
        if (next < changes.positions.size() && changes.positions[next] == i) {
            result.events.push_back(std::move(changes.touched[next++]));
            continue;
        }
        CuratedEvent untouched;
        untouched.machine = machine[i];
        untouched.event = std::move(machine[i]);
        result.events.push_back(std::move(untouched));
    }
    return result;
}

} // namespace demarche
