#pragma once

#include <QString>
#include <QStringView>
#include <cstdint>
#include <vector>

namespace demarche {

// Case shape of a word: how it was written, for case-aware matching ("china" is no country).
enum class ActorCase : std::uint8_t { Lower, Capitalised, Upper };

// One token of the actor matcher: a word, the possessive "'s", or a punctuation mark.
struct ActorToken
{
    int begin = 0; // UTF-16 index in the text
    int end = 0;
    std::uint64_t hash = 0; // hash of the normalised form (lower case, no diacritics, no dots)
    ActorCase shape = ActorCase::Lower;
    bool isWord = false;
    bool isPossessive = false; // the "'s" (or bare "'" after an s) token
    bool isSentenceStart = false; // first word after . ! ? or a line break
    bool isAfterHyphen = false; // second part of a hyphenated word ("Jae-myung")
    bool isSentenceEnd = false; // punctuation token . ! ?
};

// Splits text into the tokens the actor trie matches on. Shared by the dictionary (to normalise
// phrases) and the recognizer (to scan articles) so that both see the same tokens. Fast path for
// ASCII; other words are folded (case, diacritics) through QString.
class ActorTokenizer final
{
public:
    // Tokens of `text` in order; empty text gives none.
    static std::vector<ActorToken> tokenize(QStringView text);
    // The same into `out` (cleared first), so a caller can reuse its buffer across texts.
    static void tokenize(QStringView text, std::vector<ActorToken> &out);
    // Normalised form of one token's text (for dictionary keys and tests).
    static QString normalisedWord(QStringView word);
    // Hash of a normalised form; the same as ActorToken::hash for that word.
    static std::uint64_t hashOf(QStringView normalised);
    // Hash of the possessive token.
    static std::uint64_t possessiveHash();
};

} // namespace demarche
