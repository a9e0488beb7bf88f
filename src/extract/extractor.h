#pragma once

#include "core/article.h"
#include "core/event.h"
#include "eventcoder.h"
#include "temporaltagger.h"
#include "timeexpression.h"

#include <QStringList>
#include <vector>

namespace demarche {

class ActorRecognizer;
class SentenceSplitter;

// Everything extraction finds in one article. Spans are code points into the article's text.
struct ExtractionResult
{
    std::vector<Sentence> sentences;
    std::vector<TimeExpression> timeExpressions;
    std::vector<Event> events;
    QStringList diagnostics; // problems met on the way; extraction still returns what it found
};

// Turns an article into sentences, time expressions and coded events. Loads its dictionaries
// once; extract() is const and safe to call from several threads at once.
class Extractor final
{
public:
    Extractor();

    // Extracts from one article; never throws, a bad article yields diagnostics and partial
    // results.
    ExtractionResult extract(const Article &article) const;

    // Identifies the extractor's code and data in this build (40 hex digits): a different value
    // means the same article may now give other events.
    static QString fingerprint();

private:
    const SentenceSplitter &m_splitter;
    const ActorRecognizer &m_recognizer;
    TemporalTagger m_tagger;
    EventCoder m_coder;
};

} // namespace demarche
