#include "tokenizer.h"

namespace demarche {

namespace {

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

void push(std::vector<Token> &tokens, QStringView text, int begin, int end, Token::Kind kind)
{
    Token token;
    token.begin = begin;
    token.end = end;
    token.kind = kind;
    token.lower = text.mid(begin, end - begin).toString().toLower();
    // Typographic apostrophes are folded so that dictionaries need only one form.
    token.lower.replace(QChar(0x2019), QLatin1Char('\''));
    token.isCapitalised = text[begin].isUpper();
    tokens.push_back(std::move(token));
}

} // namespace

std::vector<Token> Tokenizer::tokenize(QStringView text, int begin, int end)
{
    std::vector<Token> tokens;
    end = std::min(end, int(text.size()));
    int i = std::max(0, begin);
    while (i < end) {
        const QChar c = text[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (!isWordChar(c)) {
            // "'s" after a word is the possessive clitic.
            if (isApostrophe(c) && !tokens.empty() && tokens.back().end == i && i + 1 < end
                && text[i + 1].toLower() == QLatin1Char('s')
                && (i + 2 >= end || !isWordChar(text[i + 2]))) {
                push(tokens, text, i, i + 2, Token::Kind::Word);
                i += 2;
                continue;
            }
            push(tokens, text, i, i + 1, Token::Kind::Punct);
            ++i;
            continue;
        }
        const int start = i;
        bool allDigits = true;
        while (i < end) {
            const QChar d = text[i];
            if (isWordChar(d)) {
                allDigits = allDigits && d.isDigit();
                ++i;
                continue;
            }
            // Inner hyphens, dots and apostrophes join ("war-torn", "U.S", "O'Brien", "1,000").
            const bool nextIsWord = i + 1 < end && isWordChar(text[i + 1]);
            if (nextIsWord
                && (d == QLatin1Char('-') || d == QLatin1Char('.')
                    || (d == QLatin1Char(',') && allDigits))) {
                ++i;
                continue;
            }
            if (nextIsWord && isApostrophe(d)) {
                // "didn't": split off "n't"; keep "O'Brien" whole; leave "'s" to the clitic rule.
                const bool isNt = i - 1 > start && text[i - 1].toLower() == QLatin1Char('n')
                    && text[i + 1].toLower() == QLatin1Char('t')
                    && (i + 2 >= end || !isWordChar(text[i + 2]));
                if (isNt) {
                    push(tokens, text, start, i - 1, Token::Kind::Word);
                    push(tokens, text, i - 1, i + 2, Token::Kind::Word);
                    i += 2;
                    goto next;
                }
                const bool isS = text[i + 1].toLower() == QLatin1Char('s')
                    && (i + 2 >= end || !isWordChar(text[i + 2]));
                if (isS)
                    break;
                ++i;
                continue;
            }
            break;
        }
        {
            int tokenEnd = i;
            // A dotted short form keeps its final dot ("U.S." but not "Seoul.").
            if (tokenEnd < end && text[tokenEnd] == QLatin1Char('.')
                && text.mid(start, tokenEnd - start).contains(QLatin1Char('.')) && !allDigits) {
                ++tokenEnd;
                i = tokenEnd;
            }
            push(tokens, text, start, tokenEnd,
                 allDigits ? Token::Kind::Number : Token::Kind::Word);
        }
    next:;
    }
    return tokens;
}

} // namespace demarche
