#include "curationdraft.h"

#include "core/textindex.h"
#include "extract/actorrecognizer.h"

#include <QSet>

#include <algorithm>

namespace demarche {

namespace {

// The sentences `selection` touches, joined; the selection itself when none is known.
Sentence sentenceOf(const Article &article, TextSpan selection)
{
    Sentence joined {-1, selection};
    for (const Sentence &sentence : article.sentences) {
        const bool touches = sentence.span.begin < std::max(selection.end, selection.begin + 1)
            && selection.begin < sentence.span.end;
        if (!touches)
            continue;
        if (joined.index < 0)
            joined = sentence;
        joined.span.end = std::max(joined.span.end, sentence.span.end);
    }
    if (joined.index < 0 && selection.isEmpty() && !article.sentences.empty())
        joined = article.sentences.front();
    joined.index = std::max(joined.index, 0);
    return joined;
}

// The actors the extractor's recogniser finds in `sentence` (code points), one per code.
std::vector<Actor> actorsIn(const Article &article, const TextIndex &index, TextSpan sentence)
{
    // The whole article, as the extractor reads it: "the president" resolves through earlier
    // sentences.
    const ArticleActors actors
        = ActorRecognizer::builtin().recognize(article.text, article.published);
    std::vector<Actor> found;
    QSet<QString> codes;
    for (const int i : actors.indicesIn(index.toUtf16(sentence))) {
        Actor actor = actors.mentions()[std::size_t(i)].actor;
        if (!actor.isValid() || codes.contains(actor.code))
            continue;
        codes.insert(actor.code);
        actor.span = index.toCodePoints(actors.mentions()[std::size_t(i)].span);
        found.push_back(actor);
    }
    return found;
}

} // namespace

CurationDraft draftEventFromText(const Article &article, TextSpan selection)
{
    const TextIndex index(article.text);
    const int length = index.codePointCount();
    selection.begin = std::clamp(selection.begin, 0, length);
    selection.end = std::clamp(selection.end, selection.begin, length);
    const Sentence sentence = sentenceOf(article, selection);

    CurationDraft draft;
    Event &event = draft.event;
    event.articleId = article.id;
    event.sentenceIndex = sentence.index;
    event.sentenceSpan = sentence.span;
    event.triggerSpan = selection;
    const TextSpan utf16 = index.toUtf16(selection);
    event.trigger = article.text.mid(utf16.begin, utf16.length()).simplified();
    if (article.published.isValid())
        event.date = DateSpan::publication(article.published);
    event.reportDate = article.published;
    event.confidence = 1.0;
    draft.suggestions = actorsIn(article, index, sentence.span);
    if (!draft.suggestions.empty())
        event.source = draft.suggestions.front();
    if (draft.suggestions.size() > 1)
        event.target = draft.suggestions[1];
    return draft;
}

} // namespace demarche
