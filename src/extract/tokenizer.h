#pragma once

#include <QString>
#include <QStringView>
#include <vector>

namespace demarche {

// One token of a sentence. Positions are UTF-16 indices into the text the tokenizer was given.
struct Token
{
    enum class Kind { Word, Number, Punct };

    int begin = 0;
    int end = 0;
    QString lower; // lower-case form ("u.s.", "'s", "n't", ",")
    Kind kind = Kind::Word;
    bool isCapitalised = false; // first character is an upper-case letter

    bool isWord() const { return kind == Kind::Word; }
    bool isPunct() const { return kind == Kind::Punct; }
};

// Splits text into words, numbers and punctuation the way the event coder needs them: clitics
// "'s" and "n't" are tokens of their own, dotted short forms ("U.S.") and hyphenated words stay
// whole. Stateless; safe to use from several threads.
class Tokenizer final
{
public:
    // Tokens of text[begin, end) in order; an empty or blank range gives no tokens.
    static std::vector<Token> tokenize(QStringView text, int begin, int end);
    // Tokens of the whole text.
    static std::vector<Token> tokenize(QStringView text)
    {
        return tokenize(text, 0, int(text.size()));
    }
};

} // namespace demarche
