#pragma once

#include "core/result.h"
#include "core/textspan.h"

#include <QSet>
#include <QString>
#include <QStringView>
#include <vector>

namespace demarche {

// Splits text into sentences: ICU's sentence boundaries (through QTextBoundaryFinder) followed by
// a repair pass that joins pieces ICU broke after an abbreviation ("U.S. President", "Gen. Smith",
// "Jan. 5"). The abbreviations are data (resources/extract/text/abbreviations.txt).
class SentenceSplitter final
{
public:
    // Parses the abbreviation list format; fails naming the first malformed line.
    static Result<SentenceSplitter> parse(const QString &data);
    // The splitter over the compiled-in abbreviation list; loaded once.
    static const SentenceSplitter &builtin();

    // Sentence spans (UTF-16, trimmed of surrounding white space) of text in order; blank text
    // gives none.
    std::vector<TextSpan> split(QStringView text) const;

    // True when `word` (lower case, without its final dot) never ends a sentence.
    bool isTitle(const QString &word) const { return m_titles.contains(word); }

private:
    bool joinsAcross(QStringView text, int breakPos) const;

    QSet<QString> m_titles;
    QSet<QString> m_acronyms;
    QSet<QString> m_starters;
};

} // namespace demarche
