#pragma once

#include "actorrecognizer.h"
#include "core/cameotable.h"
#include "core/event.h"
#include "intenttable.h"
#include "timeexpression.h"
#include "tokenizer.h"
#include "verbdictionary.h"

#include <QDate>
#include <QSet>
#include <QStringView>
#include <vector>

namespace demarche {

// Codes CAMEO events in one sentence by shallow clause analysis: a trigger from the verb
// dictionary, the subject actor(s) before it, the target after it (or in the pattern's slot),
// passive voice (the agent after "by" is the source), negation and modality recorded on the event,
// one event per source-target pair of compound actors. When unsure it codes nothing.
// Domestic events follow the CAMEO/PLOVER (ICEWS) convention X>X: a protest, coercion, assault or
// fight (roots 14, 17, 18, 19), an eased restriction (081) or a political reform (083) with no
// target in the text is aimed at the source's own state, when the source belongs to one (not an
// IGO, NGO or an actor without a country); that target has no mention or span, and the event a
// lower confidence, as for a targetless one. A place of the source's own country named in the text
// ("rallied in Ramallah") is such a target too, with its span.
// Stateless after construction; code() is const and thread-safe.
class EventCoder final
{
public:
    // Uses `dictionary`, `table` and `actors` (names and states of domestic targets), which must
    // outlive the coder.
    explicit EventCoder(const VerbDictionary &dictionary = VerbDictionary::builtin(),
                        const CameoTable &table = CameoTable::builtin(),
                        const ActorDictionary &actors = ActorDictionary::builtin());

    // Events of the sentence `sentence` (UTF-16 span of `text`) given the article's actor mentions
    // (sorted, UTF-16, may lie outside the sentence: earlier ones resolve pronouns) and time
    // expressions (UTF-16). Spans of the events are UTF-16; an empty sentence or one without
    // actors gives no events.
    std::vector<Event> code(QStringView text, TextSpan sentence, int sentenceIndex,
                            const std::vector<ActorMention> &mentions,
                            const std::vector<TimeExpression> &times, QDate published) const;

    // The date of an event the text does not date: the publication date, widened to the week
    // before it for reported past events (news reports what happened in the last days).
    static DateSpan publicationDate(QDate published, Modality modality);

private:
    const VerbDictionary &m_dictionary;
    const CameoTable &m_table;
    const IntentTable &m_intents;
    const ActorDictionary &m_actors;
    QSet<QString> m_states; // ISO 3166 alpha-3 codes: the actors that can be a domestic target
};

} // namespace demarche
