#pragma once

#include "timexlexicon.h"
#include "timexmention.h"

#include <QStringView>
#include <vector>

namespace demarche {

// Finds time expressions in English text by a hand-written grammar over word tokens, classed by
// the temporal lexicon, and tells the tense of the clause around each. Stateless and const, so one
// instance serves many threads.
class TimexRecognizer final
{
public:
    explicit TimexRecognizer(const TimexLexicon &lexicon);

    // The expressions of `text` in text order, without overlaps; empty text gives none.
    std::vector<TimexMention> recognise(QStringView text) const;

private:
    const TimexLexicon &m_lexicon;
};

} // namespace demarche
