#include "actortokenizer.h"

namespace demarche {

namespace {

constexpr std::uint64_t fnvOffset = 14695981039346656037ULL;
constexpr std::uint64_t fnvPrime = 1099511628211ULL;

inline std::uint64_t step(std::uint64_t h, char16_t c)
{
    return (h ^ c) * fnvPrime;
}

// ASCII classes by table: the tokenizer is the hot loop of actor recognition.
enum : std::uint8_t { Other = 0, Lower = 1, Upper = 2, Digit = 3 };
struct AsciiClasses
{
    std::uint8_t cls[128] = {};
    constexpr AsciiClasses()
    {
        for (int c = 'a'; c <= 'z'; ++c)
            cls[c] = Lower;
        for (int c = 'A'; c <= 'Z'; ++c)
            cls[c] = Upper;
        for (int c = '0'; c <= '9'; ++c)
            cls[c] = Digit;
    }
};
constexpr AsciiClasses asciiTable;

inline bool isAsciiAlnum(char16_t c)
{
    return c < 128 && asciiTable.cls[c] != Other;
}

inline bool isWordChar(char16_t c)
{
    if (c < 128)
        return isAsciiAlnum(c);
    const QChar ch(c);
    return ch.isLetterOrNumber() || ch.isMark() || ch.isSurrogate();
}

inline bool isApostrophe(char16_t c)
{
    return c == u'\'' || c == u'\u2019';
}

inline bool isLetterAt(QStringView text, int i)
{
    return i < text.size() && isWordChar(text[i].unicode());
}

} // namespace

QString ActorTokenizer::normalisedWord(QStringView word)
{
    const QString decomposed = word.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        if (ch.isMark() || ch == u'.')
            continue;
        if (ch == u'\u2019')
            out += u'\'';
        else if (ch == u'\u0131')
            out += u'i';
        else
            out += ch.toLower();
    }
    return out;
}

std::uint64_t ActorTokenizer::hashOf(QStringView normalised)
{
    std::uint64_t h = fnvOffset;
    for (const QChar ch : normalised)
        h = step(h, ch.unicode());
    return h;
}

std::uint64_t ActorTokenizer::possessiveHash()
{
    static const std::uint64_t h = hashOf(u"'s");
    return h;
}

std::vector<ActorToken> ActorTokenizer::tokenize(QStringView text)
{
    std::vector<ActorToken> out;
    tokenize(text, out);
    return out;
}

void ActorTokenizer::tokenize(QStringView text, std::vector<ActorToken> &out)
{
    out.clear();
    out.reserve(static_cast<size_t>(text.size() / 4) + 16);
    const int n = int(text.size());
    bool sentenceStart = true;
    bool afterHyphen = false;
    int i = 0;
    while (i < n) {
        const char16_t c = text[i].unicode();
        if (isWordChar(c)) {
            ActorToken token;
            token.begin = i;
            token.isWord = true;
            token.isSentenceStart = sentenceStart;
            token.isAfterHyphen = afterHyphen;
            sentenceStart = false;
            afterHyphen = false;
            std::uint64_t h = fnvOffset;
            bool ascii = true;
            int letters = 0;
            int uppers = 0;
            int segment = 0; // letters since the last dot, for "U.S." and initials
            bool dotted = false;
            const bool firstUpper = c < 128 ? asciiTable.cls[c] == Upper : QChar(c).isUpper();
            while (i < n) {
                const char16_t d = text[i].unicode();
                const std::uint8_t cls = d < 128 ? asciiTable.cls[d] : std::uint8_t(Other);
                if (cls != Other) {
                    if (cls == Upper) {
                        ++uppers;
                        h = step(h, char16_t(d | 0x20));
                    } else {
                        h = step(h, d);
                    }
                    ++letters;
                    ++segment;
                    ++i;
                    continue;
                }
                if (d >= 128 && isWordChar(d)) {
                    ascii = false;
                    if (QChar(d).isUpper())
                        ++uppers;
                    ++letters;
                    ++segment;
                    ++i;
                    continue;
                }
                if (isApostrophe(d)) {
                    // "China's": stop before the possessive; "N'Djamena": keep the apostrophe.
                    if (i + 1 < n && (text[i + 1] == u's' || text[i + 1] == u'S')
                        && !isLetterAt(text, i + 2))
                        break;
                    if (isLetterAt(text, i + 1)) {
                        h = step(h, u'\'');
                        ascii = ascii && d == u'\'';
                        ++i;
                        continue;
                    }
                    break;
                }
                if (d == u'.' && segment == 1) {
                    // "U.S.", "U.N.", "F.W.": a dotted abbreviation, or an initial "S." before a
                    // name.
                    if (i + 2 < n && isLetterAt(text, i + 1) && text[i + 2] == u'.') {
                        dotted = true;
                        segment = 0;
                        ++i;
                        continue;
                    }
                    if (dotted || (letters == 1 && firstUpper)) {
                        dotted = dotted || letters > 1;
                        ++i;
                    }
                }
                break;
            }
            token.end = i;
            if (!ascii)
                h = hashOf(normalisedWord(text.sliced(token.begin, token.end - token.begin)));
            token.hash = h;
            if (dotted || (letters >= 2 && uppers == letters))
                token.shape = ActorCase::Upper;
            else if (firstUpper)
                token.shape = ActorCase::Capitalised;
            out.push_back(token);
            if (i < n && isApostrophe(text[i].unicode())) {
                ActorToken possessive;
                possessive.begin = i;
                possessive.isPossessive = true;
                possessive.hash = possessiveHash();
                if (i + 1 < n && (text[i + 1] == u's' || text[i + 1] == u'S')
                    && !isLetterAt(text, i + 2)) {
                    possessive.end = i + 2;
                    out.push_back(possessive);
                    i += 2;
                } else if (text[i - 1] == u's' || text[i - 1] == u'S') {
                    possessive.end = i + 1;
                    out.push_back(possessive);
                    ++i;
                }
            }
            continue;
        }
        switch (c) {
        case u'-':
            afterHyphen = i > 0 && isWordChar(text[i - 1].unicode()) && isLetterAt(text, i + 1);
            ++i;
            continue;
        case u'\n':
            sentenceStart = true;
            afterHyphen = false;
            ++i;
            continue;
        case u',':
        case u';':
        case u':':
        case u'(':
        case u')':
        case u'"':
        case u'\u201C':
        case u'\u201D':
        case u'.':
        case u'!':
        case u'?': {
            ActorToken token;
            token.begin = i;
            token.end = i + 1;
            token.hash = step(fnvOffset, c == u'\u201C' || c == u'\u201D' ? u'"' : c);
            token.isSentenceEnd = c == u'.' || c == u'!' || c == u'?';
            if (token.isSentenceEnd)
                sentenceStart = true;
            out.push_back(token);
            afterHyphen = false;
            ++i;
            continue;
        }
        default:
            afterHyphen = false;
            ++i;
            continue;
        }
    }
}

} // namespace demarche
