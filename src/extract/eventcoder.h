#pragma once

#include "actorrecognizer.h"
#include "core/cameotable.h"
#include "core/event.h"
#include "intenttable.h"
#include "timeexpression.h"
#include "tokenizer.h"
#include "verbdictionary.h"

#include <QDate>
#include <QStringView>
#include <vector>

namespace demarche {

// Codes CAMEO events in one sentence by shallow clause analysis: a trigger from the verb
// dictionary, the subject actor(s) before it, the target after it (or in the pattern's slot),
// passive voice (the agent after "by" is the source), negation and modality recorded on the event,
// one event per source-target pair of compound actors. When unsure it codes nothing.
// Stateless after construction; code() is const and thread-safe.
class EventCoder final
{
public:
    // Uses `dictionary` and `table`, which must outlive the coder.
    explicit EventCoder(const VerbDictionary &dictionary = VerbDictionary::builtin(),
                        const CameoTable &table = CameoTable::builtin());

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
};

} // namespace demarche
