#pragma once

#include "core/article.h"
#include "core/event.h"

#include <vector>

namespace demarche {

// A new event drawn from text the analyst selected in an article, for the event editor to
// complete: the sentence(s) the selection stands in, the selected words as the trigger, the
// article's date, and the actors the extractor recognises in that sentence as suggestions.
struct CurationDraft
{
    Event event; // no CAMEO code yet; source and target are the first two actors suggested
    std::vector<Actor> suggestions; // distinct codes, in text order, spans in code points
};

// Drafts an event from `selection` (code points of article.text, clamped to it). The sentence
// span covers every sentence the selection touches (the selection itself when the article has no
// sentences); the date is the publication date (invalid when the article has none). An empty
// selection gives an event without trigger, in the article's first sentence.
CurationDraft draftEventFromText(const Article &article, TextSpan selection);

} // namespace demarche
