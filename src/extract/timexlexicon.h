#pragma once

#include "core/result.h"

#include <QString>
#include <QStringView>
#include <array>
#include <vector>

namespace demarche {

// Whether `text` in any case is `lower`, a lower-case word. ASCII case folding by hand:
// QStringView::compare(CaseInsensitive) folds full Unicode and dominated the tagger's time.
template<typename LowerWord> inline bool equalsFolded(QStringView text, const LowerWord &lower)
{
    if (text.size() != lower.size())
        return false;
    for (qsizetype k = 0; k < lower.size(); ++k) {
        char16_t u = text[k].unicode();
        if (u >= 'A' && u <= 'Z')
            u = char16_t(u + 32);
        if (u != char16_t(lower[k].unicode()))
            return false;
    }
    return true;
}

// Word classes of the temporal lexicon (resources/extract/temporal/lexicon.tsv).
enum class LexClass : unsigned char {
    None,
    Month,
    Weekday,
    Weekdays,
    Season,
    Unit,
    Units,
    Number,
    Vague,
    Ordinal,
    Deictic,
    Ref,
    DayWord,
    PartOfDay,
    Set,
    Position,
    Approx,
    DecadeWord,
    Holiday,
    Word,
    Tense,
};

// One lexicon word: its class, a number (month 1-12, offset, count ...) and a text value
// (TIMEX3 code, unit letter, canonical function word).
struct LexEntry
{
    LexClass cls = LexClass::None;
    int number = 0;
    QString text;
    bool startsExpression = true; // false for words that only continue one ("of", "ago")
    // Tense words: -1 past, +1 future, 0 intent, 2 present (a present marker).
    signed char tense = 0;
};

// The lexicon's key for a word: FNV-1a over its lower-cased ASCII, fed a character at a time so
// that the tokeniser can build it while it scans the word and the lookup need not read it again.
struct LexKey
{
    quint32 hash = 2166136261u;
    bool isAscii = true; // false once a non-ASCII character went in: no lexicon word matches

    // An ASCII letter: lower-cased by one bit.
    void addLetter(char16_t c) { hash = (hash ^ char16_t(c | 0x20)) * 16777619u; }
    void add(char16_t c)
    {
        if (c >= 128) {
            isAscii = false;
            return;
        }
        if (c >= 'A' && c <= 'Z')
            c = char16_t(c + 32);
        hash = (hash ^ c) * 16777619u;
    }
};

// The temporal lexicon: case-insensitive lookup of ASCII words in an open-addressing table,
// because the tagger looks up every word of every article and must stay far from the bottleneck.
class TimexLexicon final
{
public:
    // Parses the lexicon text ("class<TAB>word<TAB>value" lines, '#' comments); fails naming the
    // line for an unknown class or a malformed line.
    static Result<TimexLexicon> parse(const QString &text);
    // The lexicon compiled into the library; an empty lexicon if the resource is broken.
    static const TimexLexicon &builtIn();

    // The entry for a word in any letter case, or nullptr for unknown or non-ASCII words.
    const LexEntry *find(QStringView word) const;
    // The same for a word whose key the caller built over all its characters.
    const LexEntry *find(QStringView word, LexKey key) const;
    int size() const { return int(m_entries.size()); }

private:
    struct Slot
    {
        quint32 hash = 0;
        int entry = -1;
    };
    void insert(const QString &word, LexEntry entry);
    std::vector<LexEntry> m_entries;
    std::vector<QString> m_words;
    std::vector<Slot> m_slots;
    // Bit (first letter - 'a') of m_firstLetters[length] is set when some word of that length
    // starts with that letter: most words of a text fail this test before any probing.
    std::array<quint32, 32> m_firstLetters {};
};

} // namespace demarche
