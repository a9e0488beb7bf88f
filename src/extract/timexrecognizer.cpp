#include "timexrecognizer.h"

#include <QChar>

#include <algorithm>
#include <array>

namespace demarche {

namespace {

// 32 bytes, packed by hand: the tokeniser writes one per word of every article.
struct Token
{
    const LexEntry *lex = nullptr;
    int begin = 0;
    int end = 0;
    int value = 0; // numbers up to 9 digits
    int sentence = 0;
    char16_t ch = 0; // punctuation character
    enum Kind : unsigned char { Word, Number, Punct } kind = Word;
    // lex->cls, kept in the token because every pass over the tokens tests it.
    LexClass cls = LexClass::None;
    signed char tense = 0; // -1 past, +1 future, 2 present marker
    unsigned char digits = 0; // capped at 255
    bool upper : 1 = false; // first letter upper case
    bool spaceBefore : 1 = true; // separated from the previous token
    // An expression may start here: a number, a quote before digits, a word that the lexicon says
    // starts one, or "near" and "right" ("in the near future", "right now"). Parser::run tries no
    // rule elsewhere.
    bool mayStart : 1 = false;
};
static_assert(sizeof(Token) == 32);

struct Match
{
    int end = -1; // token index after the match; -1: no match
    TimexMention mention;
};

// A word list whose lengths are counted at compile time: the lists are tested at every past
// form and sentence end, where strlen on each entry showed in profiles.
template<std::size_t... N> constexpr auto wordList(const char (&...words)[N])
{
    return std::array {QLatin1StringView(words, qsizetype(N - 1))...};
}

// Whether `text` is exactly `word`, compared inline: QString's operator== calls into Qt for
// every pair of equal length, and the rule dispatch compares a lexicon value at every "the".
inline bool sameText(QStringView text, QLatin1StringView word)
{
    if (text.size() != word.size())
        return false;
    for (qsizetype k = 0; k < word.size(); ++k) {
        if (text[k].unicode() != char16_t(word[k].unicode()))
            return false;
    }
    return true;
}

// One unsigned comparison where the chain of four cost a mispredicted branch on most letters.
bool isAsciiLetter(char16_t c)
{
    return unsigned((c | 0x20) - 'a') < 26u;
}

// QChar::isLetter, with the ASCII letters settled before the Unicode tables.
bool isLetter(char16_t c)
{
    return isAsciiLetter(c) || (c >= 128 && QChar::isLetter(char32_t(c)));
}

bool isSpace(char16_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0;
}

class Parser final
{
public:
    Parser(QStringView text, const TimexLexicon &lexicon)
        : m_text(text)
        , m_lexicon(lexicon)
    {
        tokenise();
    }

    std::vector<TimexMention> run();

private:
    void tokenise();
    int scanLetters(int from, LexKey &key) const;
    void readNumber(Token &t) const;
    void readWord(Token &t) const;
    void readVerbGroups();
    int size() const { return int(m_tokens.size()); }
    const Token *at(int i) const
    {
        return i >= 0 && i < size() ? &m_tokens[std::size_t(i)] : nullptr;
    }
    LexClass cls(int i) const
    {
        const Token *t = at(i);
        return t ? t->cls : LexClass::None;
    }
    bool is(int i, LexClass c) const { return cls(i) == c; }
    // The text of token i if it is a word, else an empty view.
    QStringView wordAt(int i) const
    {
        const Token *t = at(i);
        return t && t->kind == Token::Word ? m_text.sliced(t->begin, t->end - t->begin)
                                           : QStringView();
    }
    // Token i, in any case, is exactly `word`.
    bool isText(int i, QLatin1StringView word) const { return equalsFolded(wordAt(i), word); }
    // Token i, in any case, is one of `words` (made by wordList).
    template<std::size_t N>
    bool isAnyText(int i, const std::array<QLatin1StringView, N> &words) const
    {
        const QStringView text = wordAt(i);
        return std::any_of(words.begin(), words.end(),
                           [&](QLatin1StringView word) { return equalsFolded(text, word); });
    }
    bool isPunct(int i, char16_t c) const
    {
        const Token *t = at(i);
        return t && t->kind == Token::Punct && t->ch == c;
    }
    bool tight(int i) const
    {
        const Token *t = at(i);
        return t && !t->spaceBefore;
    }
    bool isNumber(int i, int digitsMin = 1, int digitsMax = 9) const
    {
        const Token *t = at(i);
        return t && t->kind == Token::Number && t->digits >= digitsMin && t->digits <= digitsMax;
    }
    int number(int i) const { return m_tokens[std::size_t(i)].value; }
    const QString &lexText(int i) const { return m_tokens[std::size_t(i)].lex->text; }
    int lexNumber(int i) const { return m_tokens[std::size_t(i)].lex->number; }
    // Skips an abbreviation's dot ("Jan.", "Sept.") right after token i.
    int afterDot(int i) const
    {
        // Only abbreviations own their dot; a full name's dot ends the sentence.
        const bool abbreviation = wordLength(i) <= 4 && !isText(i, QLatin1StringView("may"))
            && !isText(i, QLatin1StringView("june")) && !isText(i, QLatin1StringView("july"));
        return abbreviation && isPunct(i + 1, '.') && tight(i + 1) ? i + 2 : i + 1;
    }
    int wordLength(int i) const
    {
        return m_tokens[std::size_t(i)].end - m_tokens[std::size_t(i)].begin;
    }
    // A number with an ordinal suffix: "1st", "53rd".
    bool hasOrdinalSuffix(int i) const
    {
        return isNumber(i) && wordLength(i) > m_tokens[std::size_t(i)].digits;
    }

    // A hyphenated modifier ("third-quarter profit"): the article belongs to the noun after it.
    bool adjectival(const Match &m) const
    {
        const int k = m.end - 2;
        return k > 0 && m_tokens[std::size_t(k)].begin > m.mention.begin && isPunct(k, '-')
            && tight(k);
    }
    // "a week or so (ago)": TimeBank keeps the hedge inside; returns the index after it, or k.
    int orSo(int k) const
    {
        return isText(k, QLatin1StringView("or")) && isText(k + 1, QLatin1StringView("so")) ? k + 2
                                                                                            : k;
    }
    // Words between a count and its unit that leave the length as counted: "six consecutive
    // quarters", "two more weeks", "eight trading days", "an additional year".
    bool countAdjective(int i) const
    {
        static constexpr auto words
            = wordList("consecutive", "straight", "more", "additional", "full", "trading",
                       "business", "calendar", "successive", "further");
        return isAnyText(i, words);
    }
    bool isModalOrTo(int i) const
    {
        static constexpr auto words = wordList("to", "will", "would", "could", "can", "may",
                                               "might", "should", "must", "ll");
        return isAnyText(i, words);
    }
    bool core(int i, Match &out) const;
    bool withPrefix(int i, Match &out) const;

    bool yearAt(int i, int &year) const;
    bool endsSentence(int i) const;
    bool wordsUnderHundredAt(int i, int &value, int &next) const;
    bool spelledYearAt(int i, int &year, int &next) const;
    bool trySpelledYear(int i, Match &m) const;
    bool countAt(int i, int &count, bool &vague, int &next) const;
    bool dayNumberAt(int i, int &day, int &next) const;
    bool spelledDayAt(int i, int &day, int &next) const;
    bool monthAcceptable(int i, int next) const;
    bool tryMonthDate(int i, Match &m) const;
    bool tryDayMonth(int i, Match &m) const;
    bool tryNumericDate(int i, Match &m) const;
    bool tryYear(int i, Match &m) const;
    bool tryDecade(int i, Match &m) const;
    bool tryQuarter(int i, Match &m) const;
    bool trySeason(int i, Match &m) const;
    bool tryDeictic(int i, Match &m) const;
    bool tryCount(int i, Match &m) const;
    bool tryHalfUnit(int i, Match &m) const;
    bool tryRef(int i, Match &m) const;
    bool tryDayWord(int i, Match &m) const;
    bool tryWeekday(int i, Match &m) const;
    bool trySet(int i, Match &m) const;
    bool tryTime(int i, Match &m) const;
    bool tryPosition(int i, Match &m) const;
    bool tryHoliday(int i, Match &m) const;
    bool tryContextUnit(int i, Match &m) const;
    bool tryUnitBefore(int i, Match &m) const;
    bool tryPartOfDay(int i, Match &m) const;
    bool tryTerm(int i, Match &m) const;
    bool tryWhile(int i, Match &m) const;
    bool tryLengthNoun(int i, Match &m) const;
    bool tryPeriodCode(int i, Match &m) const;
    bool tryDayRangeEnd(int i, Match &m) const;
    int bareUnitsEnd(int i) const;
    int codeYearAt(int i, int &year) const;
    bool dottedDate(int i) const;
    bool timePreposition(int i) const;
    int takeYear(int i, TimexMention &x) const;
    int yearAfterDay(int i, TimexMention &x) const;
    // The hour a word of the day names ("noon", "midday" 12, "midnight" 24), or -1.
    int clockHour(int i) const
    {
        return is(i, LexClass::PartOfDay) && lexText(i).front().isDigit() ? lexText(i).toInt() : -1;
    }
    bool tryWeekOf(int i, Match &m) const;
    bool tryYearEarlier(int i, Match &m) const;
    bool tryYearEnd(int i, Match &m) const;
    int partOfDayAfter(int i, QString &code) const;
    int tenseAround(int first, int last) const;
    int governingVerb(int first, int last) const;
    bool isReporting(int i) const;
    void finish(Match &m, int first, int end) const;
    bool determinerBeforeUnknown(int i) const;
    bool anchoredPlural(int i) const;
    bool titled(int first, int last) const;
    bool afterAmount(int i) const;
    bool isAmount(int i) const;
    // "1,850": the number at i is followed by a thousands group.
    bool thousands(int i) const
    {
        return isNumber(i, 1, 3) && isPunct(i + 1, ',') && tight(i + 1) && isNumber(i + 2, 3, 3)
            && tight(i + 2);
    }

    QStringView m_text;
    const TimexLexicon &m_lexicon;
    std::vector<Token> m_tokens;
};

// Whether the period at i closes a sentence: not after an initial ("N.J.", "U.S."), a title
// ("Mr."), or an abbreviated month or weekday ("Dec. 15"), and only before a capital, a quote,
// a line break or the end. Tense is read within a sentence, so a false break loses it.
bool Parser::endsSentence(int i) const
{
    const int n = int(m_text.size());
    int j = i + 1;
    bool newline = false;
    while (j < n
           && (m_text[j].unicode() == ' ' || m_text[j].unicode() == '\n'
               || m_text[j].unicode() == '\r' || m_text[j].unicode() == '\t')) {
        newline = newline || m_text[j].unicode() == '\n';
        ++j;
    }
    if (j >= n || newline)
        return true;
    if (j == i + 1) // a closing quote after the period ends the sentence; "N.J." does not
        return m_text[j].unicode() == '"' || m_text[j].unicode() == '\''
            || m_text[j].unicode() == 0x2019 || m_text[j].unicode() == 0x201D;
    if (!(m_text[j].isUpper() || m_text[j].unicode() == '"' || m_text[j].unicode() == '`'
          || m_text[j].unicode() == '\''))
        return false;
    if (m_tokens.empty())
        return true;
    const Token &before = m_tokens.back();
    if (before.kind != Token::Word || before.end != i)
        return true;
    const int length = before.end - before.begin;
    if (length == 1)
        return false;
    if (before.lex && length <= 4
        && (before.lex->cls == LexClass::Month || before.lex->cls == LexClass::Weekday))
        return false;
    static constexpr auto titles
        = wordList("mr", "mrs", "ms", "dr", "gov", "sen", "rep", "gen", "st");
    return !isAnyText(int(m_tokens.size()) - 1, titles);
}

// The letters from `from` on, fed into `key` as they are read so that the lexicon lookup need not
// read the word again; returns the index after them.
inline int Parser::scanLetters(int from, LexKey &key) const
{
    const int n = int(m_text.size());
    int j = from;
    for (; j < n; ++j) {
        const char16_t c = m_text[j].unicode();
        if (isAsciiLetter(c))
            key.addLetter(c);
        else if (c >= 128 && QChar::isLetter(char32_t(c)))
            key.isAscii = false;
        else
            break;
    }
    return j;
}

void Parser::tokenise()
{
    m_tokens.reserve(std::size_t(m_text.size() / 4));
    const int n = int(m_text.size());
    int sentence = 0;
    bool space = true;
    int newlines = 0;
    for (int i = 0; i < n;) {
        const char16_t c = m_text[i].unicode();
        if (isSpace(c)) {
            if (c == '\n' && ++newlines >= 2)
                ++sentence;
            space = true;
            ++i;
            continue;
        }
        newlines = 0;
        // Read before the period joins the tokens: endsSentence looks at the word before it.
        const bool endsHere = c == '!' || c == '?' || c == ';' || (c == '.' && endsSentence(i));
        // Built in place: a token assembled on the stack from byte and bit-field stores and then
        // copied in was read back before those stores could be forwarded (perf put a fifth of
        // the tagger's time on that copy).
        Token &t = m_tokens.emplace_back();
        t.begin = i;
        t.spaceBefore = space;
        t.sentence = sentence;
        space = false;
        if (c >= '0' && c <= '9') {
            readNumber(t);
        } else if (isLetter(c)) {
            readWord(t);
        } else {
            t.kind = Token::Punct;
            t.ch = c == 0x2019 ? u'\'' : c; // a typographic apostrophe reads as '
            t.end = i + 1;
            // A quote starts only a decade ("'90s"), so only with digits right after it: most
            // quotes are possessives ("the year's").
            t.mayStart = t.ch == '\'' && i + 1 < n && m_text[i + 1].unicode() >= '0'
                && m_text[i + 1].unicode() <= '9';
        }
        if (endsHere)
            ++sentence;
        i = t.end;
    }
    readVerbGroups();
}

// The number starting at t.begin, with an ordinal suffix ("1st", "3rd", "20th") if one follows.
void Parser::readNumber(Token &t) const
{
    const int n = int(m_text.size());
    const int i = t.begin;
    int value = 0;
    int j = i;
    while (j < n && m_text[j].unicode() >= '0' && m_text[j].unicode() <= '9') {
        if (j - i < 9)
            value = value * 10 + (m_text[j].unicode() - '0');
        ++j;
    }
    t.kind = Token::Number;
    t.mayStart = true;
    t.digits = (unsigned char)std::min(j - i, 255);
    t.value = value;
    t.end = j;
    if (j + 1 < n && isAsciiLetter(m_text[j].unicode()) && isAsciiLetter(m_text[j + 1].unicode())
        && (j + 2 >= n || !isLetter(m_text[j + 2].unicode()))) {
        const QStringView suffix = m_text.sliced(j, 2);
        if (suffix.compare(QLatin1StringView("st"), Qt::CaseInsensitive) == 0
            || suffix.compare(QLatin1StringView("nd"), Qt::CaseInsensitive) == 0
            || suffix.compare(QLatin1StringView("rd"), Qt::CaseInsensitive) == 0
            || suffix.compare(QLatin1StringView("th"), Qt::CaseInsensitive) == 0)
            t.end = j + 2;
    }
}

// The word starting at t.begin, its lexicon entry and the tense it marks.
void Parser::readWord(Token &t) const
{
    const int n = int(m_text.size());
    const int i = t.begin;
    LexKey key;
    int j = scanLetters(i, key);
    // "o'clock" is one word; other apostrophes split ("year's", "'ll").
    if (j + 1 < n && m_text[j].unicode() == '\'' && j - i == 1
        && (m_text[i].unicode() == 'o' || m_text[i].unicode() == 'O')) {
        key.add('\'');
        j = scanLetters(j + 1, key);
    }
    t.kind = Token::Word;
    t.end = j;
    t.upper = m_text[i].isUpper();
    const QStringView word = m_text.sliced(i, j - i);
    t.lex = m_lexicon.find(word, key);
    t.cls = t.lex ? t.lex->cls : LexClass::None;
    t.mayStart = (t.lex && t.lex->startsExpression) || equalsFolded(word, QLatin1StringView("near"))
        || equalsFolded(word, QLatin1StringView("right"));
    if (t.cls == LexClass::Tense)
        t.tense = t.lex->tense;
    else if (!t.lex && j - i >= 5 && m_text[j - 1].unicode() == 'd'
             && m_text[j - 2].unicode() == 'e' && !t.upper)
        t.tense = -1; // a regular past form ("announced", "reported")
}

// Tense over verb groups rather than single words: "is to resume", "set to expire" look ahead;
// "had been due to expire" lies in the past however it looked ahead then; "will be held" is
// future although "held" reads as past.
void Parser::readVerbGroups()
{
    const int n = size();
    // A regular -ed form after an article or a possessive is an adjective, not a verb: "a still
    // unspecified date", "the proposed merger", "its revised offer".
    const auto determiner = [&](int j) {
        static constexpr auto words = wordList("a", "an", "the", "its", "their", "his", "her");
        return isAnyText(j, words);
    };
    // "a still unspecified date", "the newly created": an adverb between them.
    const auto adverb = [&](int j) {
        const Token *w = at(j);
        return w && w->kind == Token::Word && w->end - w->begin > 3
            && ((m_text[w->end - 2].unicode() == 'l' && m_text[w->end - 1].unicode() == 'y')
                || isText(j, QLatin1StringView("still")));
    };
    // What may stand between a future marker and the participle that ends its group.
    const auto auxiliary = [&](int j) {
        static constexpr auto words
            = wordList("have", "be", "been", "being", "to", "not", "never", "ll", "also", "then",
                       "now", "soon", "just", "and", "or");
        return isAnyText(j, words);
    };
    static constexpr auto conjunctions = wordList("and", "or");
    for (int k = 0; k < n; ++k) {
        Token &t = m_tokens[std::size_t(k)];
        if (t.cls != LexClass::Tense || !isText(k + 1, QLatin1StringView("to")))
            continue;
        const Token *verb = at(k + 2);
        const bool infinitive = verb && verb->kind == Token::Word && !verb->upper
            && (!verb->lex || verb->lex->cls == LexClass::Tense);
        // "have to pay", "has to leave": an obligation looks ahead, not a present perfect.
        if (infinitive
            && (t.lex->text == QLatin1String("intent") || t.lex->text == QLatin1String("present")
                || isText(k, QLatin1StringView("has")) || isText(k, QLatin1StringView("have"))))
            t.tense = 1;
    }
    for (int k = 0; k < n; ++k) {
        Token &t = m_tokens[std::size_t(k)];
        if (t.tense == 1) {
            for (int back = 1; back <= 3; ++back) { // "had been initially scheduled"
                if (isText(k - back, QLatin1StringView("had"))) {
                    t.tense = -1;
                    break;
                }
            }
            continue;
        }
        if (t.tense != -1)
            continue;
        if (!t.lex && (determiner(k - 1) || (determiner(k - 2) && adverb(k - 1)))) {
            t.tense = 0;
            continue;
        }
        // A present passive ("elections are held on July 20") is present, not past.
        if (k > 0 && m_tokens[std::size_t(k - 1)].tense == 2) {
            t.tense = 2;
            continue;
        }
        // "will have dwindled", "is expected to be held": a past form closes a future verb group
        // only through auxiliaries; "the sign it would be late came in February" is past. A
        // participle of the group before "and" carries the future too ("will be presented and
        // played").
        for (int back = 1; back <= 3 && back <= k; ++back) {
            const Token &before = m_tokens[std::size_t(k - back)];
            if (before.sentence != t.sentence)
                break; // "... will have dwindled. I visited": a new sentence, its own tense
            const bool coordinated = back == 2 && isAnyText(k - 1, conjunctions);
            if (before.tense == 1 && (before.cls == LexClass::Tense || coordinated)
                && !isText(k - back - 1, QLatin1StringView("had"))
                && !isText(k - back - 2, QLatin1StringView("had"))) {
                t.tense = 1;
                break;
            }
            if (!auxiliary(k - back) && !adverb(k - back))
                break;
        }
    }
}

bool Parser::yearAt(int i, int &year) const
{
    if (!isNumber(i, 4, 4))
        return false;
    year = number(i);
    return year >= 1000 && year <= 2099;
}

// Number words from 1 to 99: "seven", "fourteen", "ninety", "ninety-six", "ninety six".
bool Parser::wordsUnderHundredAt(int i, int &value, int &next) const
{
    if (!is(i, LexClass::Number) || isText(i, QLatin1StringView("dozen")))
        return false;
    value = lexNumber(i);
    if (value < 1 || value > 99)
        return false;
    next = i + 1;
    if (value >= 20 && value % 10 == 0) {
        int k = next;
        if (isPunct(k, '-') && tight(k))
            ++k;
        if (is(k, LexClass::Number) && lexNumber(k) >= 1 && lexNumber(k) <= 9) {
            value += lexNumber(k);
            next = k + 1;
        }
    }
    return true;
}

// A year said in words, as broadcast transcripts write it: "nineteen ninety-six" (1996),
// "two thousand" (2000), "two thousand and one" (2001).
bool Parser::spelledYearAt(int i, int &year, int &next) const
{
    if (!is(i, LexClass::Number))
        return false;
    const int high = lexNumber(i);
    if (high == 2 && isText(i + 1, QLatin1StringView("thousand"))) {
        year = 2000;
        next = i + 2;
        int j = next;
        if (isText(j, QLatin1StringView("and")))
            ++j;
        int low = 0;
        int after = 0;
        if (wordsUnderHundredAt(j, low, after)) {
            year += low;
            next = after;
        }
        return true;
    }
    int low = 0;
    if (high < 11 || high > 20 || !wordsUnderHundredAt(i + 1, low, next) || low < 10)
        return false;
    year = high * 100 + low;
    return true;
}

bool Parser::trySpelledYear(int i, Match &m) const
{
    int year = 0;
    int next = 0;
    if (!spelledYearAt(i, year, next) || is(next, LexClass::Unit) || is(next, LexClass::Units)
        || isText(next, QLatin1StringView("percent")))
        return false;
    // "two thousand" alone is more often a count ("two thousand troops"): only a clause end
    // after it makes it a year.
    if (year / 100 == 20 && isText(i + 1, QLatin1StringView("thousand")) && at(next)
        && at(next)->kind != Token::Punct)
        return false;
    m.mention.kind = MentionKind::Calendar;
    m.mention.year = year;
    m.mention.hasYear = true;
    finish(m, i, next);
    return true;
}

// A count: digits, number words ("twenty four", "twenty-four"), "a"/"an", or vague words.
bool Parser::countAt(int i, int &count, bool &vague, int &next) const
{
    vague = false;
    // An ordinal counts nothing: "the 53rd week" is a week, not 53 of them.
    if (isNumber(i, 1, 6) && !isPunct(i - 1, '$') && !hasOrdinalSuffix(i)) {
        count = number(i);
        next = i + 1;
        // "2 1/2" and "1.5": keep it simple, a fraction makes the expression unsure; skip it.
        if (isPunct(next, '.') && tight(next) && isNumber(next + 1) && tight(next + 1))
            return false;
        // "2,400 years": a thousands group belongs to the count.
        if (thousands(i)) {
            count = count * 1000 + number(i + 2);
            next = i + 3;
        }
        return true;
    }
    if (is(i, LexClass::Number)) {
        count = lexNumber(i);
        next = i + 1;
        int k = next;
        if (isPunct(k, '-') && tight(k))
            ++k;
        if (count >= 20 && count < 100 && count % 10 == 0 && is(k, LexClass::Number)
            && lexNumber(k) < 10) {
            count += lexNumber(k);
            next = k + 1;
        } else if (is(next, LexClass::Number) && lexNumber(next) == 100) {
            count *= 100;
            next = next + 1;
        } else if (isText(next, QLatin1StringView("thousand"))) {
            count *= 1000; // "two thousand years"
            next = next + 1;
        }
        return true;
    }
    if (isText(i, QLatin1StringView("a")) || isText(i, QLatin1StringView("an"))) {
        if (isText(i + 1, QLatin1StringView("couple")) && isText(i + 2, QLatin1StringView("of"))) {
            count = 2;
            next = i + 3;
            return true;
        }
        if (is(i + 1, LexClass::Vague)) {
            vague = true;
            next = i + 2;
            if (isText(next, QLatin1StringView("of")))
                ++next;
            return true;
        }
        if (is(i + 1, LexClass::Number) && lexNumber(i + 1) >= 12) {
            count = lexNumber(i + 1);
            next = i + 2;
            return true;
        }
        count = 1;
        next = i + 1;
        return true;
    }
    if (isText(i, QLatin1StringView("couple")) && isText(i + 1, QLatin1StringView("of"))) {
        count = 2; // "the next couple of years": P2Y, as "a couple of years"
        next = i + 2;
        return true;
    }
    if (is(i, LexClass::Vague)) {
        vague = true;
        next = i + 1;
        if (isText(next, QLatin1StringView("of")))
            ++next;
        return true;
    }
    return false;
}

bool Parser::dayNumberAt(int i, int &day, int &next) const
{
    if (!isNumber(i, 1, 2))
        return false;
    day = number(i);
    next = i + 1;
    return day >= 1 && day <= 31;
}

// A day of the month in words after the month, as spoken news says it: "March eighth",
// "May twenty-first". Not an ordinal that qualifies what follows ("April first-quarter results",
// "June first half").
bool Parser::spelledDayAt(int i, int &day, int &next) const
{
    int j = i;
    day = 0;
    if (is(j, LexClass::Number) && (lexNumber(j) == 20 || lexNumber(j) == 30)) {
        day = lexNumber(j);
        ++j;
        if (isPunct(j, '-') && tight(j))
            ++j;
        if (!is(j, LexClass::Ordinal) || lexNumber(j) > 9 || (day == 30 && lexNumber(j) != 1))
            return false;
    } else if (!is(j, LexClass::Ordinal) || isNumber(j)) {
        return false;
    }
    day += lexNumber(j);
    next = j + 1;
    return day >= 1 && day <= 31 && !(isPunct(next, '-') && tight(next))
        && !is(next, LexClass::Unit) && !is(next, LexClass::Units)
        && !isText(next, QLatin1StringView("half"));
}

bool Parser::monthAcceptable(int i, int next) const
{
    const Token &t = m_tokens[std::size_t(i)];
    const bool dotted = isPunct(i + 1, '.') && tight(i + 1);
    const bool numberFollows = isNumber(next, 1, 4);
    if (isText(i, QLatin1StringView("may")) || isText(i, QLatin1StringView("march"))
        || isText(i, QLatin1StringView("mar")) || isText(i, QLatin1StringView("jun"))
        || isText(i, QLatin1StringView("sep")) || isText(i, QLatin1StringView("dec"))) {
        // Also verbs and nouns: only as a month when a date context says so.
        if (!t.upper
            || (isText(i, QLatin1StringView("may")) && i > 0
                && m_tokens[std::size_t(i - 1)].sentence != t.sentence))
            return numberFollows;
        static constexpr auto cues
            = wordList("in", "of", "since", "until", "by", "early", "late", "mid", "last", "this",
                       "next", "through", "from", "to", "and", "during", "between", "before",
                       "after", "end", "each", "every", "till");
        if (numberFollows || dotted)
            return true;
        return isAnyText(i - 1, cues) || isPunct(i - 1, '-');
    }
    const int length = t.end - t.begin;
    if (length <= 4 && !isText(i, QLatin1StringView("june"))
        && !isText(i, QLatin1StringView("july")))
        return t.upper && (dotted || numberFollows);
    return t.upper || numberFollows;
}

void Parser::finish(Match &m, int first, int end) const
{
    m.end = end;
    m.mention.begin = m_tokens[std::size_t(first)].begin;
    m.mention.end = m_tokens[std::size_t(end - 1)].end;
}

bool Parser::tryMonthDate(int i, Match &m) const
{
    int k = i;
    bool weekday = false;
    int weekdayNumber = 0;
    if (is(i, LexClass::Weekday)) {
        weekdayNumber = lexNumber(i);
        k = afterDot(i);
        if (isPunct(k, ','))
            ++k;
        weekday = true;
    }
    if (!is(k, LexClass::Month))
        return false;
    TimexMention &x = m.mention;
    x.kind = MentionKind::Calendar;
    x.month = lexNumber(k);
    int j = afterDot(k);
    int day = 0;
    int next = 0;
    // A spelled day only after a capitalised month: "they may first ask" is no date.
    if ((dayNumberAt(j, day, next)
         || (m_tokens[std::size_t(k)].upper && spelledDayAt(j, day, next)))
        && !(isPunct(next, ':') && tight(next) && isNumber(next + 1, 2, 2) && tight(next + 1))
        && !(isPunct(next, ',') && isNumber(next + 1, 3, 3))) {
        x.day = day;
        j = yearAfterDay(next, x);
    } else {
        int year = 0;
        if (yearAt(j, year)) {
            x.year = year;
            x.hasYear = true;
            ++j;
        } else if (isPunct(j, ',') && yearAt(j + 1, year)) {
            x.year = year;
            x.hasYear = true;
            j += 2;
        } else if (isText(j, QLatin1StringView("of")) && yearAt(j + 1, year)) {
            x.year = year;
            x.hasYear = true;
            j += 2;
        } else if (int after = 0; spelledYearAt(j, year, after) && after > j + 1) {
            x.year = year; // "January nineteen ninety-seven"
            x.hasYear = true;
            j = after;
        }
    }
    if (weekday && !x.day)
        return false;
    if (!x.day && !x.hasYear && !monthAcceptable(k, afterDot(k)))
        return false;
    // "March last year", "November of this year": the year relative to the reference year.
    const int of = isText(j, QLatin1StringView("of")) ? 1 : 0;
    if (!x.hasYear && is(j + of, LexClass::Deictic) && isText(j + of + 1, QLatin1StringView("year"))
        && !isPunct(j + of + 2, '\'')) {
        x.yearOffset = lexNumber(j + of);
        x.hasYearOffset = true;
        j += of + 2;
    }
    x.weekday = weekdayNumber;
    finish(m, i, j);
    return true;
}

bool Parser::tryDayMonth(int i, Match &m) const
{
    int day = 0;
    int j = 0;
    if (!dayNumberAt(i, day, j))
        return false;
    // "5-6 January", "5 and 6 January": the first day of a range takes the month (and year) of
    // the second; each day stays its own expression.
    if (Match second; (isPunct(j, '-') || isPunct(j, 0x2013) || isText(j, QLatin1StringView("and"))
                       || isText(j, QLatin1StringView("to")))
        && tryDayMonth(j + 1, second) && second.mention.day > day) {
        m.mention = second.mention;
        m.mention.day = day;
        finish(m, i, i + 1);
        return true;
    }
    if (isText(j, QLatin1StringView("of")))
        ++j;
    if (!is(j, LexClass::Month))
        return false;
    TimexMention &x = m.mention;
    x.kind = MentionKind::Calendar;
    x.day = day;
    x.month = lexNumber(j);
    finish(m, i, yearAfterDay(afterDot(j), x));
    return true;
}

bool Parser::tryNumericDate(int i, Match &m) const
{
    TimexMention &x = m.mention;
    x.kind = MentionKind::Calendar;
    if (isNumber(i, 4, 4) && isPunct(i + 1, '-') && tight(i + 1) && isNumber(i + 2, 1, 2)
        && tight(i + 2) && isPunct(i + 3, '-') && tight(i + 3) && isNumber(i + 4, 1, 2)
        && tight(i + 4)) {
        x.year = number(i);
        x.month = number(i + 2);
        x.day = number(i + 4);
    } else if (isNumber(i, 1, 2) && isPunct(i + 1, '/') && tight(i + 1) && isNumber(i + 2, 1, 2)
               && tight(i + 2) && isPunct(i + 3, '/') && tight(i + 3)
               && (isNumber(i + 4, 2, 2) || isNumber(i + 4, 4, 4)) && tight(i + 4)) {
        // American order, as in the newswire this tagger reads.
        x.month = number(i);
        x.day = number(i + 2);
        x.year = number(i + 4);
        if (x.year < 100)
            x.year += x.year < 50 ? 2000 : 1900;
    } else if (dottedDate(i)) {
        // "05.01.2026": the dotted form is day first wherever it is written.
        x.day = number(i);
        x.month = number(i + 2);
        x.year = number(i + 4);
    } else {
        return false;
    }
    if (!QDate::isValid(x.year, x.month, x.day))
        return false;
    x.hasYear = true;
    finish(m, i, i + 5);
    return true;
}

bool Parser::tryYear(int i, Match &m) const
{
    int k = i;
    if (isText(k, QLatin1StringView("fiscal"))) // "fiscal 1989", "fiscal year 2013"
        k += isText(k + 1, QLatin1StringView("year")) ? 2 : 1;
    int year = 0;
    if (!yearAt(k, year))
        return false;
    if (isPunct(k - 1, '$') || isPunct(k + 1, '%')
        || (isPunct(k + 1, ',') && isNumber(k + 2, 3, 3) && tight(k + 2))
        || (isPunct(k - 1, ',') && tight(k) && isNumber(k - 2)) || (isPunct(k - 1, '.') && tight(k))
        || (isPunct(k + 1, '.') && tight(k + 1) && isNumber(k + 2) && tight(k + 2))
        || isText(k + 1, QLatin1StringView("percent")))
        return false;
    // Outside fiscal phrases a year is a plausible one, not a count ("1200 troops", "1500 years",
    // "a 2000 year old tradition").
    if (k == i
        && (year < 1500 || (!m_tokens[std::size_t(k)].spaceBefore && isNumber(k - 1))
            || is(k + 1, LexClass::Units)
            || (is(k + 1, LexClass::Unit) && isText(k + 2, QLatin1StringView("old")))))
        return false;
    m.mention.kind = MentionKind::Calendar;
    m.mention.year = year;
    m.mention.hasYear = true;
    finish(m, i, k + 1);
    return true;
}

bool Parser::tryDecade(int i, Match &m) const
{
    TimexMention &x = m.mention;
    x.kind = MentionKind::Decade;
    int year = 0;
    if (yearAt(i, year) && year % 10 == 0 && isText(i + 1, QLatin1StringView("s"))
        && tight(i + 1)) {
        x.year = year;
        finish(m, i, i + 2);
        return true;
    }
    if (isPunct(i, '\'') && isNumber(i + 1, 2, 2) && tight(i + 1) && number(i + 1) % 10 == 0
        && isText(i + 2, QLatin1StringView("s")) && tight(i + 2)) {
        x.year = number(i + 1) + (number(i + 1) >= 20 ? 1900 : 2000);
        finish(m, i, i + 3);
        return true;
    }
    if (is(i, LexClass::DecadeWord)) {
        x.year = 1900 + 10 * lexNumber(i);
        finish(m, i, i + 1);
        return true;
    }
    return false;
}

bool Parser::tryQuarter(int i, Match &m) const
{
    TimexMention &x = m.mention;
    int k = i;
    if (isText(k, QLatin1StringView("fiscal")))
        ++k;
    int year = 0;
    if (const int after = takeYear(k, x); after > k) {
        k = after;
        if (isText(k, QLatin1StringView("fiscal")))
            ++k;
    } else if (is(k, LexClass::Deictic) && isText(k + 1, QLatin1StringView("year"))
               && isPunct(k + 2, '\'') && isText(k + 3, QLatin1StringView("s"))) {
        x.yearOffset = lexNumber(k);
        x.hasYearOffset = true;
        k += 4;
        if (isText(k, QLatin1StringView("fiscal")))
            ++k;
    }
    int ordinal = 0;
    if (is(k, LexClass::Ordinal))
        ordinal = lexNumber(k);
    else if (isText(k, QLatin1StringView("last")) && isText(k + 1, QLatin1StringView("half")))
        ordinal = 2; // "the last half of 1989": the second
    else if (isNumber(k, 1, 2) && hasOrdinalSuffix(k))
        ordinal = number(k);
    if (ordinal <= 0)
        return false;
    ++k;
    const bool hyphen = isPunct(k, '-') && tight(k);
    if (hyphen)
        ++k;
    if (isText(k, QLatin1StringView("quarter")) && ordinal <= 4) {
        x.kind = MentionKind::Quarter;
        x.quarter = ordinal;
    } else if (isText(k, QLatin1StringView("half")) && ordinal <= 2) {
        x.kind = MentionKind::Half;
        x.half = ordinal;
    } else if (isText(k, QLatin1StringView("century")) && k == i + 1 + int(hyphen)) {
        x.kind = MentionKind::Century;
        x.year = ordinal - 1;
        finish(m, i, k + 1);
        return true;
    } else {
        int count = 0;
        bool vague = false;
        int next = 0;
        if (x.hasYear || x.hasYearOffset || !countAt(k, count, vague, next) || vague || count < 2
            || !is(next, LexClass::Units) || isText(k, QLatin1StringView("a")))
            return false;
        // "the first nine months (of 1990)": a duration counted from the start of the year.
        x.kind = MentionKind::Duration;
        x.type = TimexType::Duration;
        x.count = count;
        x.unit = lexText(next);
        k = next + 1;
        if (isText(k, QLatin1StringView("of")) && yearAt(k + 1, year))
            k += 2;
        finish(m, i, k);
        return true;
    }
    ++k;
    if (!x.hasYear && !x.hasYearOffset) {
        int j = k;
        if (isText(j, QLatin1StringView("of")) || isText(j, QLatin1StringView("in")))
            ++j;
        if (isText(j, QLatin1StringView("fiscal")))
            ++j;
        if (yearAt(j, year)) {
            x.year = year;
            x.hasYear = true;
            k = j + 1;
        } else if (is(j, LexClass::Deictic) && isText(j + 1, QLatin1StringView("year"))) {
            // "the third quarter last year", "the first half of this year"
            x.yearOffset = lexNumber(j);
            x.hasYearOffset = true;
            k = j + 2;
        } else if (j > k && isText(j, QLatin1StringView("the"))
                   && isText(j + 1, QLatin1StringView("year"))) {
            k = j + 2; // "the first half of the year": the year of the document
        }
    }
    finish(m, i, k);
    return true;
}

bool Parser::trySeason(int i, Match &m) const
{
    if (!is(i, LexClass::Season))
        return false;
    TimexMention &x = m.mention;
    x.kind = MentionKind::Season;
    x.season = lexText(i);
    int k = i + 1;
    int year = 0;
    if (yearAt(k, year)) {
        x.year = year;
        x.hasYear = true;
        ++k;
    } else if (isText(k, QLatin1StringView("of")) && yearAt(k + 1, year)) {
        x.year = year;
        x.hasYear = true;
        k += 2;
    } else if (int after = 0;
               isText(k, QLatin1StringView("of")) && spelledYearAt(k + 1, year, after)) {
        x.year = year; // "the winter of nineteen ninety-four"
        x.hasYear = true;
        k = after;
    }
    if (!x.hasYear) {
        static constexpr auto cues = wordList(
            "the", "this", "last", "next", "in", "during", "early", "late", "mid", "until", "since",
            "by", "past", "coming", "that", "previous", "each", "every");
        if (!isPunct(i - 1, '-') && !isAnyText(i - 1, cues))
            return false;
    }
    finish(m, i, k);
    return true;
}

// "morning", "night" ... right after token i; returns the index after it, or i + 1 when absent.
int Parser::partOfDayAfter(int i, QString &code) const
{
    if (is(i + 1, LexClass::PartOfDay) && clockHour(i + 1) < 0) {
        code = lexText(i + 1);
        return i + 2;
    }
    return i + 1;
}

bool Parser::tryDeictic(int i, Match &m) const
{
    if (!is(i, LexClass::Deictic))
        return false;
    // "expected to last several weeks", "will last": the verb, not the determiner.
    if (isText(i, QLatin1StringView("last")) && isModalOrTo(i - 1))
        return false;
    TimexMention &x = m.mention;
    int offset = lexNumber(i);
    // "the next day" is the day after the story's, like "the following day".
    const bool context = isText(i, QLatin1StringView("following"))
        || isText(i, QLatin1StringView("previous")) || isText(i, QLatin1StringView("preceding"))
        || isText(i, QLatin1StringView("prior"))
        || (isText(i, QLatin1StringView("next")) && isText(i - 1, QLatin1StringView("the"))
            && isText(i + 1, QLatin1StringView("day")));
    int k = i + 1;
    if (isText(i, QLatin1StringView("this")) && isText(k, QLatin1StringView("past"))) {
        offset = -1;
        ++k;
    } else if (isText(i, QLatin1StringView("this")) && isText(k, QLatin1StringView("coming"))) {
        offset = 1;
        ++k;
    }
    x.offset = offset;
    x.hasOffset = true;
    x.fromContext = context;
    if (is(k, LexClass::PartOfDay) && clockHour(k) < 0) {
        // "the next morning", "the following night": the day after the one last named.
        const bool after = isText(i, QLatin1StringView("following"))
            || (isText(i, QLatin1StringView("next")) && isText(i - 1, QLatin1StringView("the")));
        if (!isText(i, QLatin1StringView("this")) && !isText(i, QLatin1StringView("last"))
            && !after)
            return false;
        x.kind = MentionKind::DayOffset;
        x.type = TimexType::Time;
        x.partOfDay = lexText(k);
        x.offset = isText(i, QLatin1StringView("last")) ? -1 : after ? 1 : 0;
        x.fromContext = after;
        if (x.offset == -1 && x.partOfDay != QLatin1String("NI")
            && x.partOfDay != QLatin1String("EV"))
            return false;
        finish(m, after && isText(i - 1, QLatin1StringView("the")) ? i - 1 : i, k + 1);
        return true;
    }
    // "this fiscal year", "the current financial year": the fiscal year is named like the year.
    if (is(k, LexClass::Word) && lexText(k) == QLatin1String("fiscal")
        && isText(k + 1, QLatin1StringView("year")))
        ++k;
    if (is(k, LexClass::Unit)) {
        x.unit = lexText(k);
        // "the latest quarter" is the last one completed, like "last quarter".
        x.kind = MentionKind::Deictic;
        finish(m, i, orSo(k + 1));
        return true;
    }
    if (isText(i, QLatin1StringView("latest")) && isText(k, QLatin1StringView("period"))) {
        x.kind = MentionKind::ContextUnit;
        x.unit = QStringLiteral("Q");
        finish(m, i, k + 1);
        return true;
    }
    if (Match holiday; is(k, LexClass::Holiday) || isText(k, QLatin1StringView("thanksgiving"))) {
        if (!tryHoliday(k, holiday) || holiday.mention.hasYear)
            return false;
        holiday.mention.offset = offset;
        holiday.mention.hasOffset = offset != 0; // "this Christmas": the tense decides
        m = holiday;
        finish(m, i, holiday.end);
        return true;
    }
    if (is(k, LexClass::Weekday)) {
        x.kind = MentionKind::Weekday;
        x.weekday = lexNumber(k);
        finish(m, i, afterDot(k));
        return true;
    }
    // "last Oct. 23" is a date whose tense the verb gives; TimeBank leaves "last" out of it.
    if (is(k, LexClass::Month) && isNumber(afterDot(k), 1, 2))
        return false;
    if (is(k, LexClass::Month) && offset != 0) {
        x.kind = MentionKind::Calendar;
        x.month = lexNumber(k);
        finish(m, i, afterDot(k));
        return true;
    }
    if (is(k, LexClass::Month) && isText(i, QLatin1StringView("this"))) {
        x.kind = MentionKind::Calendar;
        x.month = lexNumber(k);
        x.hasOffset = false;
        x.yearOffset = 0;
        x.hasYearOffset = true;
        finish(m, i, afterDot(k));
        return true;
    }
    if (is(k, LexClass::Season)) {
        x.kind = MentionKind::Season;
        x.season = lexText(k);
        finish(m, i, k + 1);
        return true;
    }
    int count = 0;
    bool vague = false;
    int next = 0;
    if (offset != 0 && countAt(k, count, vague, next) && !isText(k, QLatin1StringView("a"))
        && !isText(k, QLatin1StringView("an"))) {
        if (isPunct(next, '-') && tight(next))
            ++next;
        if (is(next, LexClass::Units) || (is(next, LexClass::Unit) && count == 1)) {
            x.kind = MentionKind::Duration;
            x.type = TimexType::Duration;
            x.count = count;
            x.vagueCount = vague;
            x.unit = lexText(next);
            finish(m, i, orSo(next + 1));
            return true;
        }
    }
    // "the past weeks", "coming years": a vague length like "the next few years" (PXY).
    if (is(k, LexClass::Units) && offset != 0) {
        x.kind = MentionKind::Duration;
        x.type = TimexType::Duration;
        x.vagueCount = true;
        x.unit = lexText(k);
        finish(m, i, k + 1);
        return true;
    }
    if (isText(i, QLatin1StringView("current"))
        || (isText(i, QLatin1StringView("present")) && isText(i - 1, QLatin1StringView("the")))) {
        x.kind = MentionKind::Reference;
        x.literal = QStringLiteral("PRESENT_REF");
        finish(m, i, i + 1);
        return true;
    }
    if (isText(i, QLatin1StringView("past")) && isText(i - 1, QLatin1StringView("the"))) {
        x.kind = MentionKind::Reference;
        x.literal = QStringLiteral("PAST_REF");
        finish(m, i, i + 1);
        return true;
    }
    return false;
}

// "half an hour", "half a year": a duration in the next smaller unit, as TimeML writes it.
bool Parser::tryHalfUnit(int i, Match &m) const
{
    if (!isText(i, QLatin1StringView("half"))
        || !(isText(i + 1, QLatin1StringView("a")) || isText(i + 1, QLatin1StringView("an")))
        || !is(i + 2, LexClass::Unit))
        return false;
    static const std::array<std::pair<QLatin1StringView, QLatin1StringView>, 6> halves = {{
        {QLatin1StringView("MIN"), QLatin1StringView("PT30S")},
        {QLatin1StringView("H"), QLatin1StringView("PT30M")},
        {QLatin1StringView("D"), QLatin1StringView("PT12H")},
        {QLatin1StringView("Y"), QLatin1StringView("P6M")},
        {QLatin1StringView("DE"), QLatin1StringView("P5Y")},
        {QLatin1StringView("CE"), QLatin1StringView("P50Y")},
    }};
    for (const auto &[unit, value] : halves) {
        if (lexText(i + 2) == unit) {
            m.mention.kind = MentionKind::Duration;
            m.mention.type = TimexType::Duration;
            m.mention.literal = value;
            finish(m, i, i + 3);
            return true;
        }
    }
    return false;
}

bool Parser::tryCount(int i, Match &m) const
{
    int count = 0;
    bool vague = false;
    int k = 0;
    if (!countAt(i, count, vague, k))
        return false;
    // "2 1/2 years", "two and a half hours": a half unit more.
    const auto andAHalf = [&](int j) {
        return isText(j, QLatin1StringView("and")) && isText(j + 1, QLatin1StringView("a"))
            && isText(j + 2, QLatin1StringView("half"));
    };
    // "two to three weeks", "12 to 18 months": one length whose count is known only roughly.
    if (int upper = 0, after = 0;
        !vague && (isText(k, QLatin1StringView("to")) || isText(k, QLatin1StringView("or")))) {
        bool upperVague = false;
        if (countAt(k + 1, upper, upperVague, after) && !upperVague && upper > count && upper < 1000
            && !isText(k + 1, QLatin1StringView("a"))
            && (is(after, LexClass::Unit) || is(after, LexClass::Units))) {
            vague = true;
            k = after;
        }
    }
    bool half = false;
    if (!vague && isNumber(k) && number(k) == 1 && isPunct(k + 1, '/') && tight(k + 1)
        && isNumber(k + 2) && number(k + 2) == 2 && tight(k + 2)) {
        half = true;
        k += 3;
    } else if (!vague && andAHalf(k)) {
        half = true;
        k += 3;
    }
    if (isPunct(k, '-') && tight(k))
        ++k;
    else if (countAdjective(k) && (is(k + 1, LexClass::Unit) || is(k + 1, LexClass::Units)))
        ++k;
    if (!is(k, LexClass::Unit) && !is(k, LexClass::Units))
        return false;
    // "World Cup 2018 day five": a year before a singular unit counts nothing.
    if (count >= 1000 && is(k, LexClass::Unit) && !isPunct(k - 1, '-'))
        return false;
    // "a year-earlier quarter" belongs to the year-earlier rule; "three-quarters" is a fraction.
    if ((isPunct(k + 1, '-') && tight(k + 1)
         && (isText(k + 2, QLatin1StringView("earlier"))
             || isText(k + 2, QLatin1StringView("ago"))))
        || (isText(k, QLatin1StringView("quarters")) && isPunct(k - 1, '-'))
        || (isText(k, QLatin1StringView("quarter")) && isText(k + 1, QLatin1StringView("of"))
            && !is(k + 2, LexClass::Unit) && !is(k + 3, LexClass::Unit)))
        return false; // "a quarter of citizens" is a fraction, "a quarter of a century" a time
    const bool article = isText(i, QLatin1StringView("a")) || isText(i, QLatin1StringView("an"));
    if (article && count == 1 && !vague && is(k, LexClass::Units))
        return false; // "a years" is no length; "a hundred years", "a couple of years" are
    TimexMention &x = m.mention;
    x.unit = lexText(k);
    x.count = count;
    x.vagueCount = vague;
    k = orSo(k + 1);
    // "a month or two", "a year or two": the same rough length.
    if (!vague && isText(k, QLatin1StringView("or")) && is(k + 1, LexClass::Number)
        && lexNumber(k + 1) == count + 1 && !is(k + 2, LexClass::Unit)
        && !is(k + 2, LexClass::Units)) {
        x.vagueCount = true;
        k += 2;
    }
    // Ages ("a 6-year-old") are not time expressions.
    if ((isPunct(k, '-') && tight(k) && isText(k + 1, QLatin1StringView("old")))
        || isText(k, QLatin1StringView("old")))
        return false;
    const auto direction = [&](int j) -> int {
        if (isText(j, QLatin1StringView("ago")))
            return -2;
        if (isText(j, QLatin1StringView("earlier")))
            return -1;
        if (isText(j, QLatin1StringView("later")))
            return 1;
        if (isText(j, QLatin1StringView("hence")))
            return 2;
        if (isText(j, QLatin1StringView("from")) && isText(j + 1, QLatin1StringView("now")))
            return 3;
        if ((isText(j, QLatin1StringView("before")) || isText(j, QLatin1StringView("after")))) {
            const Token *t = at(j + 1);
            if (!t || t->kind == Token::Punct)
                return isText(j, QLatin1StringView("before")) ? -1 : 1;
        }
        return 0;
    };
    const int dir = direction(k);
    if (dir != 0) {
        x.kind = MentionKind::Shift;
        // A vague count ("a few years ago") keeps only the direction.
        x.count = vague ? (dir < 0 ? -1 : 1) : dir < 0 ? -count : count;
        x.fromContext = dir == -1 || dir == 1;
        finish(m, i, k + (dir == 3 ? 2 : 1));
        return true;
    }
    // A rate after an amount ("$2 million a year", "four flights a week", "24 hours a day") is
    // mostly untagged in TBAQ (7 of 9): the unit measures the amount, not a time.
    if (article && !isText(i - 1, QLatin1StringView("times")) && afterAmount(i))
        return false;
    if (article
        && (isNumber(i - 1) || isText(i - 1, QLatin1StringView("times"))
            || isText(i - 1, QLatin1StringView("twice"))
            || isText(i - 1, QLatin1StringView("once")))) {
        x.kind = MentionKind::Set;
        x.type = TimexType::Set;
        finish(m, i, k);
        return true;
    }
    // "a minute and a half"
    int end = k;
    if (!half && !vague && andAHalf(k)) {
        half = true;
        end = k + 3;
    }
    x.kind = MentionKind::Duration;
    x.type = TimexType::Duration;
    if (half) {
        // The half in the next smaller unit, as TimeML writes it: P2Y6M, PT5H30M.
        const QString n = QString::number(count);
        if (x.unit == QLatin1String("Y"))
            x.literal = QStringLiteral("P") + n + QStringLiteral("Y6M");
        else if (x.unit == QLatin1String("D"))
            x.literal = QStringLiteral("P") + n + QStringLiteral("DT12H");
        else if (x.unit == QLatin1String("H"))
            x.literal = QStringLiteral("PT") + n + QStringLiteral("H30M");
        else if (x.unit == QLatin1String("MIN"))
            x.literal = QStringLiteral("PT") + n + QStringLiteral("M30S");
    }
    finish(m, i, end);
    return true;
}

// "the weeks before the shooting", "the years that followed": a span anchored on an event; TBAQ
// tags the plural without its article (7 of 7 bare plurals after "the" start after it).
bool Parser::anchoredPlural(int i) const
{
    return isText(i - 1, QLatin1StringView("the"))
        && (isText(i + 1, QLatin1StringView("before")) || isText(i + 1, QLatin1StringView("after"))
            || isText(i + 1, QLatin1StringView("following"))
            || (isText(i + 1, QLatin1StringView("that"))
                && isText(i + 2, QLatin1StringView("followed"))));
}

// Whether the words before token i end an amount: a number ("$1.76", "358,000"), a scale word
// ("$2 million") or a counted noun ("four flights", "700 seats").
bool Parser::afterAmount(int i) const
{
    const auto count = [&](int j) {
        return isNumber(j) || is(j, LexClass::Number);
    };
    if (isNumber(i - 1) || isText(i - 1, QLatin1StringView("million"))
        || isText(i - 1, QLatin1StringView("billion")))
        return true;
    const Token *noun = at(i - 1);
    return noun && noun->kind != Token::Punct && !is(i - 1, LexClass::Number) && count(i - 2);
}

// A capitalised unit word inside a longer expression names a programme or a title ("ABC's
// \"This Week\"", "CBS's \"60 Minutes\""): TBAQ tags none of them (0 of 3), while it writes
// every time expression in running text with the unit in lower case.
bool Parser::titled(int first, int last) const
{
    // At the start of a sentence the capital is the sentence's ("Last Year over 4 million
    // visitors came"), not a title's.
    const bool sentenceStart = first == 0
        || m_tokens[std::size_t(first - 1)].sentence != m_tokens[std::size_t(first)].sentence;
    return last > first && !sentenceStart && m_tokens[std::size_t(last)].upper
        && (is(last, LexClass::Unit) || is(last, LexClass::Units))
        && !isText(last, QLatin1StringView("day"));
}

// A plural unit standing for a length nobody counted: "for years", "over months", "the weeks
// before the shooting", "the weeks ahead", "the years to come", "the highest in years". Returns
// the index after it, or -1.
int Parser::bareUnitsEnd(int i) const
{
    if (!is(i, LexClass::Units) || isText(i, QLatin1StringView("nights"))
        || isText(i, QLatin1StringView("weekends")))
        return -1;
    // "days ahead of the vote" places an event instead.
    if (isText(i + 1, QLatin1StringView("ahead")) && !isText(i + 2, QLatin1StringView("of")))
        return i + 2;
    if (isText(i + 1, QLatin1StringView("to")) && isText(i + 2, QLatin1StringView("come")))
        return i + 3;
    static constexpr auto introducers = wordList("for", "over", "within", "than", "took", "take");
    const bool introduced = anchoredPlural(i) || isAnyText(i - 1, introducers);
    const bool closingIn = isText(i - 1, QLatin1StringView("in")) && at(i + 1)
        && m_tokens[std::size_t(i + 1)].kind == Token::Punct && !isPunct(i + 1, '-');
    return introduced || closingIn ? i + 1 : -1;
}

bool Parser::tryRef(int i, Match &m) const
{
    // "a day-long meeting", "a decades-long battle": a length as a modifier (TBAQ 2 of 2).
    if ((is(i, LexClass::Unit) || is(i, LexClass::Units)) && isPunct(i + 1, '-') && tight(i + 1)
        && isText(i + 2, QLatin1StringView("long")) && tight(i + 2)) {
        m.mention.kind = MentionKind::Duration;
        m.mention.type = TimexType::Duration;
        m.mention.vagueCount = is(i, LexClass::Units);
        m.mention.count = 1;
        m.mention.unit = lexText(i);
        finish(m, i, i + 3);
        return true;
    }
    if (const int end = bareUnitsEnd(i); end > 0) {
        m.mention.kind = MentionKind::Duration;
        m.mention.type = TimexType::Duration;
        m.mention.vagueCount = true;
        m.mention.unit = lexText(i);
        finish(m, i, end);
        return true;
    }
    TimexMention &x = m.mention;
    x.kind = MentionKind::Reference;
    if (is(i, LexClass::Ref)) {
        // "Now," opening a sentence is a discourse marker, not a time (TimeBank leaves it out).
        if (isText(i, QLatin1StringView("now")) && m_tokens[std::size_t(i)].upper
            && isPunct(i + 1, ','))
            return false;
        x.literal = lexText(i);
        finish(m, i, i + 1);
        return true;
    }
    if (isText(i, QLatin1StringView("right")) && isText(i + 1, QLatin1StringView("now"))) {
        x.literal = QStringLiteral("PRESENT_REF");
        finish(m, i, i + 2);
        return true;
    }
    if (isText(i, QLatin1StringView("these")) && isText(i + 1, QLatin1StringView("days"))) {
        x.literal = QStringLiteral("PRESENT_REF");
        finish(m, i, i + 2);
        return true;
    }
    if (isText(i, QLatin1StringView("future")) && isText(i - 1, QLatin1StringView("the"))) {
        x.literal = QStringLiteral("FUTURE_REF");
        finish(m, i, i + 1);
        return true;
    }
    if (isText(i, QLatin1StringView("near")) && isText(i + 1, QLatin1StringView("future"))) {
        x.literal = QStringLiteral("FUTURE_REF");
        finish(m, i, i + 2);
        return true;
    }
    // "recent years": a vague length (PXY), like "the past few years". A bare "recent" before
    // another noun ("the recent sale") is mostly untagged in TBAQ (9 untagged, 6 tagged): it
    // qualifies the event rather than naming a time.
    if (isText(i, QLatin1StringView("recent")) && is(i + 1, LexClass::Units)) {
        x.kind = MentionKind::Duration;
        x.type = TimexType::Duration;
        x.vagueCount = true;
        x.unit = lexText(i + 1);
        finish(m, i, i + 2);
        return true;
    }
    return false;
}

bool Parser::tryDayWord(int i, Match &m) const
{
    if (!is(i, LexClass::DayWord))
        return false;
    TimexMention &x = m.mention;
    x.kind = MentionKind::DayOffset;
    x.offset = lexNumber(i);
    int k = partOfDayAfter(i, x.partOfDay);
    if (!x.partOfDay.isEmpty())
        x.type = TimexType::Time;
    finish(m, i, k);
    return true;
}

bool Parser::tryWeekday(int i, Match &m) const
{
    TimexMention &x = m.mention;
    if (is(i, LexClass::Weekdays)) {
        x.kind = MentionKind::Set;
        x.type = TimexType::Set;
        x.literal = QStringLiteral("XXXX-WXX-%1").arg(lexNumber(i));
        finish(m, i, i + 1);
        return true;
    }
    if (!is(i, LexClass::Weekday))
        return false;
    const Token &t = m_tokens[std::size_t(i)];
    const int length = t.end - t.begin;
    const bool dotted = isPunct(i + 1, '.') && tight(i + 1);
    if (length <= 5 && !isText(i, QLatin1StringView("tues"))
        && !isText(i, QLatin1StringView("thurs")) && !(t.upper && dotted))
        return false;
    if (length <= 5 && !t.upper)
        return false;
    x.kind = MentionKind::Weekday;
    x.weekday = lexNumber(i);
    int k = afterDot(i);
    if (is(k, LexClass::PartOfDay) && clockHour(k) < 0) {
        // "Friday night" is a TIME whose value carries the part of the day (2013-03-22TNI), as
        // the TimeML guidelines and most of TimeBank write it.
        x.type = TimexType::Time;
        x.partOfDay = lexText(k);
        ++k;
    }
    finish(m, i, k);
    return true;
}

bool Parser::trySet(int i, Match &m) const
{
    TimexMention &x = m.mention;
    x.kind = MentionKind::Set;
    x.type = TimexType::Set;
    if (is(i, LexClass::Set)) {
        // A capital inside a sentence makes a name ("LA Weekly", "the Daily Mail").
        const Token &t = m_tokens[std::size_t(i)];
        if (t.upper && i > 0 && m_tokens[std::size_t(i - 1)].sentence == t.sentence
            && m_tokens[std::size_t(i - 1)].kind == Token::Word)
            return false;
        x.literal = lexText(i);
        finish(m, i, i + 1);
        return true;
    }
    if (!isText(i, QLatin1StringView("every")) && !isText(i, QLatin1StringView("each"))
        && !isText(i, QLatin1StringView("per")))
        return false;
    int k = i + 1;
    if (isText(k, QLatin1StringView("other")))
        ++k;
    int count = 1;
    bool vague = false;
    int next = 0;
    if (isNumber(k) || is(k, LexClass::Number)) {
        if (!countAt(k, count, vague, next))
            return false;
        k = next;
    }
    if (is(k, LexClass::Unit) || (count > 1 && is(k, LexClass::Units))) {
        x.unit = lexText(k);
        x.count = isText(i + 1, QLatin1StringView("other")) ? 2 : count;
        finish(m, i, k + 1);
        return true;
    }
    if (is(k, LexClass::Weekday)) {
        x.literal = QStringLiteral("XXXX-WXX-%1").arg(lexNumber(k));
        finish(m, i, afterDot(k));
        return true;
    }
    if (is(k, LexClass::Season) && !isText(i, QLatin1StringView("per"))) {
        x.literal = QStringLiteral("XXXX-") + lexText(k); // "each summer"
        finish(m, i, k + 1);
        return true;
    }
    if (is(k, LexClass::Month) && !isText(i, QLatin1StringView("per"))) {
        x.literal = QStringLiteral("XXXX-%1").arg(lexNumber(k), 2, 10, QLatin1Char('0'));
        finish(m, i, afterDot(k));
        return true;
    }
    return false;
}

bool Parser::tryTime(int i, Match &m) const
{
    TimexMention &x = m.mention;
    int k = i;
    if (clockHour(i) >= 0) {
        x.hour = clockHour(i);
        k = i + 1;
    } else {
        if (!isNumber(i, 1, 2) || number(i) > 24 || hasOrdinalSuffix(i))
            return false;
        x.hour = number(i);
        k = i + 1;
        bool colon = false;
        if (isPunct(k, ':') && tight(k) && isNumber(k + 1, 2, 2) && tight(k + 1)) {
            x.minute = number(k + 1);
            if (x.minute > 59)
                return false;
            k += 2;
            colon = true;
        }
        bool pm = false;
        bool marked = false;
        if ((isText(k, QLatin1StringView("a")) || isText(k, QLatin1StringView("p")))
            && isPunct(k + 1, '.') && tight(k + 1) && isText(k + 2, QLatin1StringView("m"))
            && tight(k + 2)) {
            pm = isText(k, QLatin1StringView("p"));
            k += 3;
            if (isPunct(k, '.') && tight(k))
                ++k;
            marked = true;
        } else if (isText(k, QLatin1StringView("am")) || isText(k, QLatin1StringView("pm"))) {
            pm = isText(k, QLatin1StringView("pm"));
            ++k;
            marked = true;
        } else if (isText(k, QLatin1StringView("o'clock"))) {
            ++k;
            marked = true;
        }
        // Without "a.m." or a zone, a colon time counts when it can only be a clock time (the
        // 24-hour "22:30") or a preposition of time stands before it ("at 2:30").
        const bool clockAlone = colon
            && (x.hour >= 13 || isText(i - 1, QLatin1StringView("at"))
                || isText(i - 1, QLatin1StringView("by"))
                || isText(i - 1, QLatin1StringView("until"))
                || isText(i - 1, QLatin1StringView("around")));
        if (!marked && !clockAlone
            && !(colon && is(k, LexClass::Word) && lexText(k) == QLatin1String("zone")))
            return false;
        if (x.hour > 12 && marked && !isText(k - 1, QLatin1StringView("o'clock")))
            return false;
        if (pm && x.hour < 12)
            x.hour += 12;
        else if (!pm && marked && x.hour == 12 && !isText(k - 1, QLatin1StringView("o'clock")))
            x.hour = 0;
    }
    if (is(k, LexClass::Word) && lexText(k) == QLatin1String("zone"))
        ++k;
    else if (isText(k, QLatin1StringView("local")) && isText(k + 1, QLatin1StringView("time")))
        k += 2; // "10:30 a.m. local time (on) Saturday"
    x.type = TimexType::Time;
    x.kind = MentionKind::DayOffset;
    x.offset = 0;
    int j = k;
    // "10:35 a.m. (0735 GMT) Friday": the day after the other zone's time dates this one, but
    // stays outside its extent, as TimeBank tags it.
    bool aside = false;
    if (isPunct(j, '(')) {
        for (int close = j + 1; close <= j + 5; ++close) {
            if (isPunct(close, ')')) {
                j = close + 1;
                aside = true;
                break;
            }
        }
    }
    if (isPunct(j, ','))
        ++j;
    if (isText(j, QLatin1StringView("on")))
        ++j;
    Match day;
    if (tryMonthDate(j, day) || tryDayWord(j, day) || tryWeekday(j, day)) {
        const int hour = x.hour;
        const int minute = x.minute;
        x = day.mention;
        x.hour = hour;
        x.minute = minute;
        x.partOfDay.clear();
        x.type = TimexType::Time;
        if (!aside)
            k = day.end;
    } else if (clockHour(i) >= 0 && !timePreposition(i - 1)) {
        return false; // "noon" alone is a time only after a preposition of time ("at noon")
    } else {
        // A clock time without a day falls on the day the story last named ("shot on Oct. 23
        // ... at 10 p.m.").
        x.fromContext = true;
    }
    finish(m, i, k);
    return true;
}

bool Parser::tryPosition(int i, Match &m) const
{
    QString mod;
    int k = i + 1;
    if (is(i, LexClass::Position)) {
        mod = lexText(i);
        const bool noun = isText(i, QLatin1StringView("beginning"))
            || isText(i, QLatin1StringView("start")) || isText(i, QLatin1StringView("middle"))
            || isText(i, QLatin1StringView("end"));
        if (noun && isPunct(k, '-') && tight(k) && isNumber(k + 1, 4, 4) && tight(k + 1)) {
            ++k; // "end-2025", "start-2026", as reports abbreviate "the end of 2025"
        } else if (noun) {
            if (!isText(k, QLatin1StringView("of")))
                return false;
            ++k;
        } else if (isPunct(k, '-') && tight(k)) {
            ++k;
        }
    } else if (isText(i, QLatin1StringView("earlier")) || isText(i, QLatin1StringView("later"))) {
        mod = isText(i, QLatin1StringView("earlier")) ? QStringLiteral("START")
                                                      : QStringLiteral("END");
        if (isText(k, QLatin1StringView("in")) && isText(k + 1, QLatin1StringView("the")))
            ++k;
    } else {
        return false;
    }
    Match inner;
    if (!withPrefix(k, inner))
        return false;
    switch (inner.mention.kind) {
    case MentionKind::Calendar:
    case MentionKind::Deictic:
    case MentionKind::Decade:
    case MentionKind::Century:
    case MentionKind::Season:
    case MentionKind::Weekday:
    case MentionKind::DayOffset:
    case MentionKind::Quarter:
    case MentionKind::Half:
    case MentionKind::ContextUnit:
        break;
    default:
        return false;
    }
    if (inner.mention.type != TimexType::Date && inner.mention.kind != MentionKind::DayOffset
        && inner.mention.kind != MentionKind::Weekday)
        return false;
    // TimeBank leaves "earlier"/"later" out of a weekday or a week ("earlier this week",
    // "later Thursday") but keeps it with months and years ("earlier this year").
    if (isText(i, QLatin1StringView("earlier")) || isText(i, QLatin1StringView("later"))) {
        if (inner.mention.kind == MentionKind::Weekday
            || (inner.mention.kind == MentionKind::Deictic
                && inner.mention.unit == QLatin1String("W")))
            return false;
    }
    m = inner;
    m.mention.mod = mod;
    finish(m, i, inner.end);
    return true;
}

bool Parser::tryHoliday(int i, Match &m) const
{
    // After a capitalised word inside a sentence it is a name ("illustrator Johnnie Christmas").
    if (i > 0 && m_tokens[std::size_t(i - 1)].kind == Token::Word
        && m_tokens[std::size_t(i - 1)].upper && !m_tokens[std::size_t(i - 1)].lex
        && m_tokens[std::size_t(i - 1)].sentence == m_tokens[std::size_t(i)].sentence)
        return false;
    TimexMention &x = m.mention;
    x.kind = MentionKind::Holiday;
    int k = i + 1;
    if (isText(i, QLatin1StringView("thanksgiving"))) {
        x.literal = QStringLiteral("TG");
    } else if (!is(i, LexClass::Holiday)) {
        return false;
    } else if (lexText(i) == QLatin1String("ED")) {
        // "the election" is an event; only the capitalised "Election Day" is the date.
        if (!m_tokens[std::size_t(i)].upper || !isText(k, QLatin1StringView("day"))
            || !m_tokens[std::size_t(k)].upper)
            return false;
        x.literal = QStringLiteral("ED");
        ++k;
    } else if (lexText(i) == QLatin1String("NY")) {
        // "New Year", "New Year's Day", "New Year's Eve"; "new year" is any twelve months.
        if (!m_tokens[std::size_t(i)].upper || !isText(k, QLatin1StringView("year"))
            || !m_tokens[std::size_t(k)].upper)
            return false;
        ++k;
        if (isPunct(k, '\'') && isText(k + 1, QLatin1StringView("s")))
            k += 2;
        x.literal = QStringLiteral("01-01");
        if (isText(k, QLatin1StringView("eve"))) {
            ++k;
            x.literal = QStringLiteral("12-31");
        }
    } else {
        x.literal = lexText(i);
        if (isText(k, QLatin1StringView("eve"))) {
            ++k;
            x.literal = QStringLiteral("12-24");
        } else if (x.literal == QLatin1String("EA") && isText(k, QLatin1StringView("sunday"))) {
            ++k;
        }
    }
    if (isText(k, QLatin1StringView("day")))
        ++k;
    // "Easter week" is the week that ends on Easter Sunday: the ISO week holding it.
    if (x.literal == QLatin1String("EA") && isText(k, QLatin1StringView("week"))) {
        x.weekOfDay = true;
        ++k;
    }
    finish(m, i, takeYear(k, x));
    return true;
}

bool Parser::tryContextUnit(int i, Match &m) const
{
    TimexMention &x = m.mention;
    x.kind = MentionKind::ContextUnit;
    int k = i;
    // "that night", "that morning": a part of the day the story last named (TIME).
    if (isText(k, QLatin1StringView("that")) && is(k + 1, LexClass::PartOfDay) && !isNumber(k + 1)
        && lexText(k + 1).size() == 2) {
        x.kind = MentionKind::DayOffset;
        x.type = TimexType::Time;
        x.partOfDay = lexText(k + 1);
        x.fromContext = true;
        finish(m, i, k + 2);
        return true;
    }
    if (isText(k, QLatin1StringView("that")) || isText(k, QLatin1StringView("same"))) {
        ++k;
        if (isText(k, QLatin1StringView("same")))
            ++k;
        if (!is(k, LexClass::Unit) || isText(k, QLatin1StringView("minute"))
            || isText(k, QLatin1StringView("hour")))
            return false;
        if (isText(i, QLatin1StringView("that")) && isText(k + 1, QLatin1StringView("of")))
            return false;
        x.unit = lexText(k);
        x.fromContext = true;
        finish(m, i, k + 1);
        return true;
    }
    // "the 1988 period", "the 1988 quarter" (a year-ago comparison in financial reports): the
    // quarter the report is about, in that year; the year alone when no quarter was named.
    if (int year = 0; isText(i, QLatin1StringView("the")) && yearAt(i + 1, year)
        && (isText(i + 2, QLatin1StringView("period"))
            || isText(i + 2, QLatin1StringView("quarter")))) {
        x.kind = MentionKind::ContextUnit;
        x.unit = QStringLiteral("Q");
        x.year = year;
        x.hasYear = true;
        finish(m, i, i + 3);
        return true;
    }
    // "the fiscal year", "the full year": the same period as "the year".
    const int u
        = (isText(i + 1, QLatin1StringView("fiscal")) || isText(i + 1, QLatin1StringView("full")))
            && isText(i + 2, QLatin1StringView("year"))
        ? i + 2
        : i + 1;
    // "the month" and "the decade" only inside a position ("the end of the month"): alone they
    // are seldom times in news.
    const bool positioned = isText(i - 1, QLatin1StringView("of")) && is(i - 2, LexClass::Position);
    if (isText(i, QLatin1StringView("the"))
        && (isText(u, QLatin1StringView("quarter")) || isText(u, QLatin1StringView("year"))
            || isText(u, QLatin1StringView("week"))
            || (positioned
                && (isText(u, QLatin1StringView("month"))
                    || isText(u, QLatin1StringView("decade")))))
        && !isPunct(u + 1, '-') && !isText(u + 1, QLatin1StringView("before"))
        && !isText(u + 1, QLatin1StringView("earlier"))) {
        int year = 0;
        int next = 0;
        if (u == i + 1 && isText(u, QLatin1StringView("year")) && yearAt(u + 1, year))
            next = u + 2;
        if (u == i + 1 && isText(u, QLatin1StringView("year"))
            && (next > 0 || spelledYearAt(u + 1, year, next))) {
            // "the year 2002", "the year two thousand": the phrase names the year.
            x.kind = MentionKind::Calendar;
            x.year = year;
            x.hasYear = true;
            finish(m, i, next);
            return true;
        }
        x.unit = lexText(u);
        // "the end of the month/decade": the one the story is in, which it last named. "in 2003,
        // the year the war ended": the year just named, in apposition.
        int named = 0;
        x.fromContext
            = (positioned && (x.unit == QLatin1String("M") || x.unit == QLatin1String("DE")))
            || (u == i + 1 && x.unit == QLatin1String("Y") && isPunct(i - 1, ',')
                && yearAt(i - 2, named));
        const bool ended = isText(u + 1, QLatin1StringView("ended"))
            || isText(u + 1, QLatin1StringView("ending"));
        // "the year ended September 30" names a fiscal year by its length (TimeBank: P1Y).
        if (x.unit == QLatin1String("Y") && ended) {
            x.kind = MentionKind::Duration;
            x.type = TimexType::Duration;
            x.count = 1;
        }
        // "the quarter ended Dec. 31": the month it ended in, for when no quarter was named.
        if (x.unit == QLatin1String("Q") && ended && is(u + 2, LexClass::Month))
            x.month = lexNumber(u + 2);
        finish(m, i, u + 1);
        return true;
    }
    if (isText(i, QLatin1StringView("the")) && isText(i + 1, QLatin1StringView("weekend"))) {
        x.kind = MentionKind::Deictic;
        x.unit = QStringLiteral("WE");
        x.offset = 0;
        finish(m, i, i + 2);
        return true;
    }
    return false;
}

// "the day before yesterday", "the day after Christmas", "the day before last Tuesday's
// hearing": a day counted from the day the phrase names. "The day before," alone counts from the
// day the story last named; "the day after his death" names an event, not a time. So does "the
// year before," alone: the year before the story's last date.
bool Parser::tryUnitBefore(int i, Match &m) const
{
    if (!isText(i, QLatin1StringView("the")) || !is(i + 1, LexClass::Unit))
        return false;
    const bool before = isText(i + 2, QLatin1StringView("before"));
    if (!before && !isText(i + 2, QLatin1StringView("after")))
        return false;
    const int shift = before ? -1 : 1;
    const int k = i + 3;
    const Token *next = at(k);
    const bool alone = !next || next->kind == Token::Punct;
    if (!isText(i + 1, QLatin1StringView("day"))) {
        static constexpr auto units = wordList("week", "month", "year");
        if (!alone || !isAnyText(i + 1, units))
            return false;
        TimexMention &x = m.mention;
        x.kind = MentionKind::Shift;
        x.unit = lexText(i + 1);
        x.count = shift;
        x.fromContext = true;
        finish(m, i, k);
        return true;
    }
    Match day;
    const TimexMention &named = day.mention;
    if (withPrefix(k, day) && named.type == TimexType::Date
        && (named.kind == MentionKind::DayOffset || named.kind == MentionKind::Weekday
            || named.kind == MentionKind::Holiday
            || (named.kind == MentionKind::Calendar && named.day > 0))) {
        m = day;
        m.mention.dayShift += shift;
        finish(m, i, day.end);
        return true;
    }
    if (!alone)
        return false;
    TimexMention &x = m.mention;
    x.kind = MentionKind::DayOffset;
    x.offset = shift;
    x.fromContext = true;
    finish(m, i, k);
    return true;
}

// A part of the day on its own: "overnight", "at midday", "in the morning", "mid-afternoon
// yesterday". A day right after it names the day; otherwise it falls on the day the story last
// named ("overnight" on the night before it).
bool Parser::tryPartOfDay(int i, Match &m) const
{
    const bool article = isText(i, QLatin1StringView("the"));
    int k = article ? i + 1 : i;
    // "noon", "midday" and "midnight" are clock times (tryTime).
    if (!is(k, LexClass::PartOfDay) || clockHour(k) >= 0)
        return false;
    TimexMention &x = m.mention;
    const QString code = lexText(k);
    const bool overnight = isText(k, QLatin1StringView("overnight"));
    const bool mid = isText(k - 1, QLatin1StringView("mid"))
        || (isPunct(k - 1, '-') && tight(k - 1) && isText(k - 2, QLatin1StringView("mid")));
    ++k;
    Match day;
    // "Friday morning" is the weekday rule's; here "morning on Friday". TimeBank leaves "the
    // night of" out of "the night of Oct. 23" (2 of 2), so that form is not joined.
    const int j = isText(k, QLatin1StringView("on")) ? k + 1 : k;
    const bool sameSentence
        = at(j) && m_tokens[std::size_t(j)].sentence == m_tokens[std::size_t(i)].sentence;
    if (sameSentence && (tryDayWord(j, day) || tryWeekday(j, day) || tryMonthDate(j, day))) {
        if (day.mention.type != TimexType::Date || !day.mention.partOfDay.isEmpty())
            return false;
        x = day.mention;
        x.type = TimexType::Time;
        x.partOfDay = code;
        finish(m, i, day.end);
        return true;
    }
    // Alone only where the words can be nothing but a time of day.
    const bool prepositional = article
        && (isText(i - 1, QLatin1StringView("in")) || isText(i - 1, QLatin1StringView("during"))
            || isText(i - 1, QLatin1StringView("by"))
            || isText(i - 1, QLatin1StringView("throughout"))
            || isText(i - 1, QLatin1StringView("until")));
    // Without an article: "the dawn of an era" is no time of day.
    const bool unambiguous = !article && !isText(i - 1, QLatin1StringView("the"))
        && (overnight || mid
            || ((isText(k - 1, QLatin1StringView("dawn"))
                 || isText(k - 1, QLatin1StringView("dusk")))
                && timePreposition(i - 1)));
    if (!unambiguous && !prepositional)
        return false;
    x.kind = MentionKind::DayOffset;
    x.type = TimexType::Time;
    x.partOfDay = code;
    x.offset = overnight ? -1 : 0;
    x.fromContext = true;
    finish(m, i, k);
    return true;
}

// "the near term", "in the short term", "over the long term": the time ahead (FUTURE_REF). The
// hyphenated adjective ("the short-term debt") qualifies a thing, not a time, and never matches.
bool Parser::tryTerm(int i, Match &m) const
{
    if (!isText(i, QLatin1StringView("the"))
        || !(isText(i + 1, QLatin1StringView("near")) || isText(i + 1, QLatin1StringView("short"))
             || isText(i + 1, QLatin1StringView("long")))
        || !isText(i + 2, QLatin1StringView("term")))
        return false;
    m.mention.kind = MentionKind::Reference;
    m.mention.literal = QStringLiteral("FUTURE_REF");
    finish(m, i, i + 3);
    return true;
}

// "for a while", "for some time": a length of unknown size and unit (TimeBank: PXX).
bool Parser::tryWhile(int i, Match &m) const
{
    if (!isText(i - 1, QLatin1StringView("for"))
        || !((isText(i, QLatin1StringView("a")) && isText(i + 1, QLatin1StringView("while")))
             || (isText(i, QLatin1StringView("some")) && isText(i + 1, QLatin1StringView("time")))))
        return false;
    m.mention.kind = MentionKind::Duration;
    m.mention.type = TimexType::Duration;
    m.mention.literal = QStringLiteral("PXX");
    finish(m, i, i + 2);
    return true;
}

// "a three-year period", "its one-year term": the hyphenated length and the noun it sizes make
// one duration, with the article "a" but not a possessive.
bool Parser::tryLengthNoun(int i, Match &m) const
{
    const int first = isText(i, QLatin1StringView("a")) ? i + 1 : i;
    int count = 0;
    bool vague = false;
    int k = 0;
    if (!countAt(first, count, vague, k) || vague || !isPunct(k, '-') || !tight(k)
        || !is(k + 1, LexClass::Unit) || !tight(k + 1))
        return false;
    static constexpr auto nouns = wordList("period", "term", "span", "stretch", "spell");
    if (!isAnyText(k + 2, nouns))
        return false;
    m.mention.kind = MentionKind::Duration;
    m.mention.type = TimexType::Duration;
    m.mention.count = count;
    m.mention.unit = lexText(k + 1);
    finish(m, i, k + 3);
    return true;
}

// A four-digit year at i goes into x; returns the index after it, or i when there is none.
int Parser::takeYear(int i, TimexMention &x) const
{
    int year = 0;
    if (!yearAt(i, year))
        return i;
    x.year = year;
    x.hasYear = true;
    return i + 1;
}

// The year after a day, with or without a comma ("Aug. 7, 1998", "7 August 1998").
int Parser::yearAfterDay(int i, TimexMention &x) const
{
    const int afterComma = isPunct(i, ',') ? takeYear(i + 1, x) : i + 1;
    return afterComma > i + 1 ? afterComma : takeYear(i, x);
}

// A preposition that puts a bare time of day on a day ("at noon", "before dawn").
bool Parser::timePreposition(int i) const
{
    static constexpr auto words
        = wordList("at", "by", "around", "until", "before", "after", "from");
    return isAnyText(i, words);
}

// The second day of a range whose month came first: "25" in "April 24 and 25", "5" in "March
// 3-5". The first day is a date of its own; this one takes its month.
bool Parser::tryDayRangeEnd(int i, Match &m) const
{
    int day = 0;
    int next = 0;
    if (!dayNumberAt(i, day, next) || wordLength(i) != m_tokens[std::size_t(i)].digits)
        return false;
    const int link = i - 1;
    const bool linked = (isPunct(link, '-') && tight(link) && tight(i)) || isPunct(link, 0x2013)
        || isText(link, QLatin1StringView("and")) || isText(link, QLatin1StringView("to"))
        || isText(link, QLatin1StringView("through"));
    int first = 0;
    int afterFirst = 0;
    if (!linked || !dayNumberAt(i - 2, first, afterFirst) || first >= day)
        return false;
    const int month = isPunct(i - 3, '.') ? i - 4 : i - 3;
    if (!is(month, LexClass::Month) || afterDot(month) != i - 2)
        return false;
    TimexMention &x = m.mention;
    x.kind = MentionKind::Calendar;
    x.month = lexNumber(month);
    x.day = day;
    finish(m, i, yearAfterDay(next, x));
    return true;
}

// "05.01.2026": two one- or two-digit numbers and a four-digit year joined by dots.
bool Parser::dottedDate(int i) const
{
    return isNumber(i, 1, 2) && isPunct(i + 1, '.') && tight(i + 1) && isNumber(i + 2, 1, 2)
        && tight(i + 2) && isPunct(i + 3, '.') && tight(i + 3) && isNumber(i + 4, 4, 4)
        && tight(i + 4);
}

// The year after a period code: "2025", "'25" or "25" (two digits: 1970-2069, the POSIX pivot).
// Returns the index after it, or -1.
int Parser::codeYearAt(int i, int &year) const
{
    int k = i;
    if (isPunct(k, '\'') && isNumber(k + 1, 2, 2) && tight(k + 1))
        ++k;
    if (isNumber(k, 4, 4) && yearAt(k, year))
        return k + 1;
    if (!isNumber(k, 2, 2))
        return -1;
    year = number(k) + (number(k) < 70 ? 2000 : 1900);
    return k + 1;
}

// The period codes of company reports: "Q3 2025", "Q3 FY25", "3Q25", "H1 2025", "1H25",
// "FY2025", "FY25". A quarter or half without a year takes the year of its context, like "the
// third quarter".
bool Parser::tryPeriodCode(int i, Match &m) const
{
    TimexMention &x = m.mention;
    int k = i;
    int ordinal = 0;
    QString letter;
    const auto codeLetter = [&](int j) {
        const Token *t = at(j);
        return t && t->kind == Token::Word && t->upper && wordLength(j) == 1
            && (isText(j, QLatin1StringView("q")) || isText(j, QLatin1StringView("h")));
    };
    if (isNumber(k, 1, 1) && codeLetter(k + 1) && tight(k + 1)) { // "3Q25", "1H 2025"
        ordinal = number(k);
        letter = lexText(k + 1);
        k += 2;
    } else if (codeLetter(k) && isNumber(k + 1, 1, 1) && tight(k + 1)) { // "Q3", "H1"
        letter = lexText(k);
        ordinal = number(k + 1);
        k += 2;
    } else if (isText(k, QLatin1StringView("fy")) && m_tokens[std::size_t(k)].upper) {
        int year = 0;
        const int after = codeYearAt(k + 1, year);
        if (after < 0 || (!tight(k + 1) && !isNumber(k + 1, 4, 4)))
            return false;
        x.kind = MentionKind::Calendar;
        x.year = year;
        x.hasYear = true;
        finish(m, i, after);
        return true;
    } else {
        return false;
    }
    const bool quarter = letter == QLatin1String("q");
    if (ordinal < 1 || ordinal > (quarter ? 4 : 2))
        return false;
    x.kind = quarter ? MentionKind::Quarter : MentionKind::Half;
    x.quarter = quarter ? ordinal : 0;
    x.half = quarter ? 0 : ordinal;
    if (isText(k, QLatin1StringView("fy")))
        ++k;
    int year = 0;
    if (const int after = codeYearAt(k, year); after > 0) {
        x.year = year;
        x.hasYear = true;
        k = after;
    } else if (!quarter || isNumber(i)
               || (tight(k) && at(k) && !isPunct(k, ',') && !isPunct(k, '.'))) {
        // Only "Q3" stands alone ("Q4 results"); "H1 visa", "4Q", "H1N1" are no periods.
        return false;
    }
    finish(m, i, k);
    return true;
}

// "the week of March 6", "the week of 5 January 2026": the ISO week holding the day named.
// "the first week of January", "the last week of December": the ISO week holding the month's
// first (or last) seven days' first day.
bool Parser::tryWeekOf(int i, Match &m) const
{
    if (!isText(i, QLatin1StringView("the")))
        return false;
    int k = i + 1;
    int nth = 0;
    if (is(k, LexClass::Ordinal) && lexNumber(k) <= 4) {
        nth = lexNumber(k++);
    } else if (isText(k, QLatin1StringView("last")) || isText(k, QLatin1StringView("final"))) {
        nth = -1;
        ++k;
    }
    if (!isText(k, QLatin1StringView("week")) || !isText(k + 1, QLatin1StringView("of")))
        return false;
    Match day;
    if (nth == 0) {
        if ((!tryMonthDate(k + 2, day) && !tryDayMonth(k + 2, day)) || !day.mention.day)
            return false;
    } else {
        if (!tryMonthDate(k + 2, day) || day.mention.day)
            return false;
        day.mention.day = nth > 0 ? 1 + 7 * (nth - 1) : 0;
        day.mention.lastWeekOfMonth = nth < 0;
    }
    m = day;
    m.mention.weekOfDay = true;
    finish(m, i, day.end);
    return true;
}

// "year-end", "year end": the last day of the year, which the tense places (a past "at year-end"
// said in October is last year's).
bool Parser::tryYearEnd(int i, Match &m) const
{
    if (!isText(i, QLatin1StringView("year")))
        return false;
    int k = i + 1;
    if (isPunct(k, '-') && tight(k) && tight(k + 1))
        ++k;
    else if (isPunct(k, '\'') && isText(k + 1, QLatin1StringView("s")))
        k += 2; // "by year's end"
    if (!isText(k, QLatin1StringView("end")))
        return false;
    TimexMention &x = m.mention;
    x.kind = MentionKind::Calendar;
    x.month = 12;
    x.day = 31;
    finish(m, i, k + 1);
    return true;
}

bool Parser::tryYearEarlier(int i, Match &m) const
{
    if (!isText(i, QLatin1StringView("year")) || !isPunct(i + 1, '-') || !tight(i + 1)
        || !tight(i + 2)
        || !(isText(i + 2, QLatin1StringView("earlier"))
             || isText(i + 2, QLatin1StringView("ago"))))
        return false;
    TimexMention &x = m.mention;
    x.kind = MentionKind::Shift;
    x.unit = QStringLiteral("Y");
    x.count = -1;
    x.fromContext = true;
    int k = i + 3;
    if (isText(k, QLatin1StringView("quarter")) || isText(k, QLatin1StringView("period")))
        ++k;
    else if (is(k, LexClass::Ordinal) && isText(k + 1, QLatin1StringView("quarter")))
        k += 2;
    finish(m, i, k);
    return true;
}

// The rules that can start at token i; the longest match wins, the earlier rule on ties.
bool Parser::core(int i, Match &out) const
{
    // Rules look one token ahead and may ask about the end of the text (found by fuzzing).
    if (i < 0 || i >= size())
        return false;
    const Token &t = m_tokens[std::size_t(i)];
    if (t.kind == Token::Word && (!t.lex || t.lex->cls == LexClass::Tense)
        && !isText(i, QLatin1StringView("recent")) && !isText(i, QLatin1StringView("near"))
        && !isText(i, QLatin1StringView("right")))
        return false;
    if (t.kind == Token::Punct && t.ch != '\'')
        return false;
    // Only the rules that can start at this kind of token: trying all of them everywhere cost
    // half the tagger's time.
    using Rule = bool (Parser::*)(int, Match &) const;
    Rule rules[12] = {};
    int count = 0;
    const auto add = [&](std::initializer_list<Rule> list) {
        for (const Rule r : list)
            rules[count++] = r;
    };
    if (t.kind == Token::Number) {
        add({&Parser::tryDayMonth, &Parser::tryNumericDate, &Parser::tryTime, &Parser::tryQuarter,
             &Parser::tryDecade, &Parser::tryYear, &Parser::tryCount, &Parser::tryLengthNoun,
             &Parser::tryPeriodCode, &Parser::tryDayRangeEnd});
    } else if (t.kind == Token::Punct) {
        add({&Parser::tryDecade});
    } else if (!t.lex) {
        add({&Parser::tryRef});
    } else {
        switch (t.lex->cls) {
        case LexClass::Month:
            add({&Parser::tryMonthDate});
            break;
        case LexClass::Weekday:
            add({&Parser::tryMonthDate, &Parser::tryWeekday});
            break;
        case LexClass::Weekdays:
            add({&Parser::tryWeekday});
            break;
        case LexClass::Season:
            add({&Parser::trySeason});
            break;
        case LexClass::Unit:
        case LexClass::Units:
            add({&Parser::tryRef, &Parser::tryYearEarlier, &Parser::tryYearEnd});
            break;
        case LexClass::Number:
            add({&Parser::tryCount, &Parser::trySpelledYear, &Parser::tryLengthNoun});
            break;
        case LexClass::Vague:
            add({&Parser::tryCount, &Parser::tryWhile});
            break;
        case LexClass::Ordinal:
            add({&Parser::tryQuarter});
            break;
        case LexClass::Deictic:
            add({&Parser::tryQuarter, &Parser::tryDeictic});
            break;
        case LexClass::Ref:
            add({&Parser::tryRef});
            break;
        case LexClass::DayWord:
            add({&Parser::tryDayWord});
            break;
        case LexClass::PartOfDay:
            add({&Parser::tryTime, &Parser::tryPartOfDay});
            break;
        case LexClass::Set:
            add({&Parser::trySet});
            break;
        case LexClass::Position:
            add({&Parser::tryPosition});
            break;
        case LexClass::DecadeWord:
            add({&Parser::tryDecade});
            break;
        case LexClass::Holiday:
            add({&Parser::tryHoliday});
            break;
        case LexClass::Word: {
            const QString &w = t.lex->text;
            if (sameText(w, QLatin1StringView("the")))
                add({&Parser::tryContextUnit, &Parser::tryUnitBefore, &Parser::tryWeekOf,
                     &Parser::tryPartOfDay, &Parser::tryTerm});
            else if (sameText(w, QLatin1StringView("that"))
                     || sameText(w, QLatin1StringView("same")))
                add({&Parser::tryContextUnit});
            else if (sameText(w, QLatin1StringView("a")))
                add({&Parser::tryCount, &Parser::tryWhile, &Parser::tryLengthNoun});
            else if (sameText(w, QLatin1StringView("half")))
                add({&Parser::tryHalfUnit});
            else if (sameText(w, QLatin1StringView("fiscal")))
                add({&Parser::tryQuarter, &Parser::tryYear});
            else if (sameText(w, QLatin1StringView("every"))
                     || sameText(w, QLatin1StringView("each"))
                     || sameText(w, QLatin1StringView("per")))
                add({&Parser::trySet});
            else if (sameText(w, QLatin1StringView("earlier"))
                     || sameText(w, QLatin1StringView("later")))
                add({&Parser::tryPosition});
            else if (sameText(w, QLatin1StringView("thanksgiving")))
                add({&Parser::tryHoliday});
            else if (sameText(w, QLatin1StringView("q")) || sameText(w, QLatin1StringView("h"))
                     || sameText(w, QLatin1StringView("fy")))
                add({&Parser::tryPeriodCode});
            else
                add({&Parser::tryRef});
            break;
        }
        default:
            break;
        }
    }
    bool found = false;
    for (int r = 0; r < count; ++r) {
        const Rule rule = rules[r];
        Match m;
        if ((this->*rule)(i, m) && (!found || m.end > out.end)) {
            out = m;
            found = true;
        }
    }
    return found;
}

// A rule's match with what may stand before it: "the" before noun phrases, and quantity
// qualifiers ("about", "more than", "at least") before durations and shifts.
bool Parser::withPrefix(int i, Match &out) const
{
    bool found = core(i, out);
    if (isText(i, QLatin1StringView("the")) && i + 1 < size()) {
        Match m;
        if (core(i + 1, m)) {
            switch (m.mention.kind) {
            case MentionKind::Reference:
                if (!isText(i + 1, QLatin1StringView("future"))
                    && !isText(i + 1, QLatin1StringView("past"))
                    && !isText(i + 1, QLatin1StringView("present"))
                    && !isText(i + 1, QLatin1StringView("near")))
                    break;
                [[fallthrough]];
            case MentionKind::Quarter:
            case MentionKind::Half:
            case MentionKind::Century:
            case MentionKind::Duration:
            case MentionKind::Shift:
                // "The year-ago results", "the 15th-century church": the article determines the
                // noun after the modifier (TBAQ: 3 of 3 such "the" left out).
                if (m.mention.kind != MentionKind::Reference
                    && (adjectival(m) || anchoredPlural(i + 1)))
                    break;
                [[fallthrough]];
            case MentionKind::Deictic:
            case MentionKind::Decade:
            case MentionKind::ContextUnit:
            case MentionKind::Season:
            positioned:
                if (!found || m.end > out.end) {
                    out = m;
                    finish(out, i, m.end);
                    found = true;
                }
                break;
            default:
                // "the end of 1990", "the beginning of March"
                if (isText(i + 1, QLatin1StringView("end"))
                    || isText(i + 1, QLatin1StringView("beginning"))
                    || isText(i + 1, QLatin1StringView("middle"))
                    || isText(i + 1, QLatin1StringView("start")))
                    goto positioned;
                break;
            }
        }
    }
    int q = 0;
    QString mod;
    if (is(i, LexClass::Approx)) {
        q = 1;
        mod = lexText(i);
        if (isText(i, QLatin1StringView("at")))
            q = 0;
    } else if ((isText(i, QLatin1StringView("more")) || isText(i, QLatin1StringView("less")))
               && isText(i + 1, QLatin1StringView("than"))) {
        q = 2;
        mod = isText(i, QLatin1StringView("more")) ? QStringLiteral("MORE_THAN")
                                                   : QStringLiteral("LESS_THAN");
    } else if (isText(i, QLatin1StringView("at")) && isText(i + 1, QLatin1StringView("least"))) {
        q = 2;
        mod = QStringLiteral("EQUAL_OR_MORE");
    } else if (isText(i, QLatin1StringView("up")) && isText(i + 1, QLatin1StringView("to"))) {
        q = 2;
        mod = QStringLiteral("EQUAL_OR_LESS");
    }
    if (q > 0 && i + q < size()) {
        Match m;
        // TimeBank leaves an approximating "about"/"around" out of a bare length ("spent about
        // five hours": 4 of 5 gold lengths after "about" start after it) but keeps it in a shift
        // ("about two years ago"); "nearly", "almost", "at least" stay inside (11 of 12).
        // "around" before a date or a clock time is inside it (3 of 3: "around Nov. 1", "around
        // 7:15 p.m."), unless it is the verb's particle before a possessive ("get around
        // Wednesday's ruling").
        const bool approxLength = mod == QLatin1String("APPROX");
        const bool aroundDate = isText(i, QLatin1StringView("around"));
        if (core(i + q, m)
            && ((m.mention.kind == MentionKind::Duration && !approxLength)
                || m.mention.kind == MentionKind::Shift
                || (aroundDate
                    && (m.mention.kind == MentionKind::Calendar
                        || m.mention.type == TimexType::Time)
                    && !isPunct(m.end, '\'')))) {
            if (!found || m.end > out.end) {
                out = m;
                out.mention.mod = mod;
                finish(out, i, m.end);
                found = true;
            }
        }
    }
    return found;
}

int Parser::tenseAround(int first, int last) const
{
    // "to holders of record Dec. 15": a record date lies ahead of the notice.
    if (isText(first - 1, QLatin1StringView("record"))
        && isText(first - 2, QLatin1StringView("of")))
        return 1;
    const int verb = governingVerb(first, last);
    const int tense = verb < 0 ? 0 : m_tokens[std::size_t(verb)].tense;
    // A deadline or a start looks ahead ("by May", "postponed until Tuesday", "as soon as
    // Tuesday") unless a past perfect closed it ("had filed reports by Wednesday").
    if (isText(first - 1, QLatin1StringView("by")) || isText(first - 1, QLatin1StringView("until"))
        || isText(first - 1, QLatin1StringView("till"))
        || ((isText(first - 2, QLatin1StringView("soon"))
             || isText(first - 2, QLatin1StringView("early")))
            && isText(first - 1, QLatin1StringView("as")))) {
        const bool perfect = tense == -1
            && (isText(verb, QLatin1StringView("had")) || isText(verb - 1, QLatin1StringView("had"))
                || isText(verb - 2, QLatin1StringView("had")));
        // "was used ... by Thursday night" is over; "to be completed by Dec. 15" is not.
        const bool pastBy = tense == -1 && isText(first - 1, QLatin1StringView("by"))
            && !isText(verb - 1, QLatin1StringView("be"));
        return perfect || pastBy ? -1 : 1;
    }
    // "since" looks back, and so does a possessive ("Wednesday's ruling": TimeBank has no such
    // day ahead of the article) unless its clause is plainly future ("Monday's talks will be
    // crucial", "will meet in Sunday's final").
    if (isText(first - 1, QLatin1StringView("since")))
        return -1;
    if (isPunct(last + 1, '\'') && tight(last + 1) && isText(last + 2, QLatin1StringView("s"))) {
        // What is only known once it happened stays behind: "will look for ways around
        // Tuesday's ruling".
        static constexpr auto outcomes
            = wordList("ruling", "decision", "verdict", "announcement", "statement", "attack",
                       "bombing", "blast", "explosion", "crash", "killing", "shooting", "arrest",
                       "resignation", "death", "remarks", "comments");
        const bool outcome = isAnyText(last + 3, outcomes);
        return tense == 1 && !outcome && !isText(verb, QLatin1StringView("would")) ? 1 : -1;
    }
    // A present marker ("is payable Dec. 15") leaves the direction open.
    return tense == 2 ? 0 : tense;
}

// The token that carries the tense of the clause around tokens first..last, or -1: the verb
// mostly stands before the expression ("will meet Bush on Thursday", "said Friday"); one after
// it governs only when none stands before in the sentence ("On Friday, the government
// announced ...").
int Parser::governingVerb(int first, int last) const
{
    const int sentence = m_tokens[std::size_t(first)].sentence;
    for (int d = 1; d <= 12; ++d) {
        const Token *left = at(first - d);
        if (!left || left->sentence != sentence)
            break;
        if (left->tense != 0)
            return first - d;
    }
    bool punctuated = false;
    for (int d = 1; d <= 12; ++d) {
        const Token *right = at(last + d);
        if (!right || right->sentence != sentence)
            break;
        punctuated = punctuated || right->kind == Token::Punct;
        // ", the spokesman said" after the clause reports it; it does not date it. With nothing
        // between them the verb is the clause's own ("which in September said it would ...").
        if (right->tense != 0 && !(punctuated && isReporting(last + d)))
            return last + d;
    }
    return -1;
}

bool Parser::isReporting(int i) const
{
    static constexpr auto words = wordList("said", "says", "told", "added", "reported");
    return isAnyText(i, words);
}

// Whether token i is a determiner ("the", "a", "that", "this", "last" ...) before a word the
// lexicon does not know: the commonest words of a text, and then they start nothing ("the full
// year" and the lone "current", "the past" aside), so no rule need run.
bool Parser::determinerBeforeUnknown(int i) const
{
    const Token &t = m_tokens[std::size_t(i)];
    if (!t.lex || i + 1 >= size())
        return false;
    const Token &next = m_tokens[std::size_t(i + 1)];
    if (next.kind != Token::Word || next.lex || isText(i + 1, QLatin1StringView("full"))
        || isText(i + 1, QLatin1StringView("near")) || isText(i + 1, QLatin1StringView("right"))
        || isText(i + 1, QLatin1StringView("short")) || isText(i + 1, QLatin1StringView("long"))
        || isText(i + 1, QLatin1StringView("while")))
        return false;
    if (t.lex->cls == LexClass::Word)
        return sameText(t.lex->text, QLatin1StringView("the"))
            || sameText(t.lex->text, QLatin1StringView("a"))
            || sameText(t.lex->text, QLatin1StringView("that"))
            || sameText(t.lex->text, QLatin1StringView("same"));
    return t.lex->cls == LexClass::Deictic && !isText(i, QLatin1StringView("current"))
        && !isText(i, QLatin1StringView("present")) && !isText(i, QLatin1StringView("past"));
}

// Whether the number at i is part of an amount no time rule accepts: money ("$2"), a percentage
// ("43%"), either side of a decimal point ("2.1") or a thousands comma ("1,850"). Financial news
// is full of them.
bool Parser::isAmount(int i) const
{
    if (dottedDate(i))
        return false;
    return isPunct(i - 1, '$') || isPunct(i + 1, '%')
        || ((isPunct(i - 1, '.') || isPunct(i - 1, ',')) && tight(i) && isNumber(i - 2)
            && tight(i - 1))
        || (isPunct(i + 1, '.') && tight(i + 1) && isNumber(i + 2) && tight(i + 2))
        || (thousands(i) && !is(i + 3, LexClass::Units));
}

std::vector<TimexMention> Parser::run()
{
    std::vector<TimexMention> mentions;
    // News has about one expression in fifty tokens; growing one at a time copied them over and
    // over (a TimexMention is some 200 bytes).
    mentions.reserve(std::size_t(size() / 32) + 4);
    for (int i = 0; i < size();) {
        const Token &t = m_tokens[std::size_t(i)];
        // Most tokens can start no expression: skip them before any rule runs.
        if (!t.mayStart) {
            ++i;
            continue;
        }
        if (determinerBeforeUnknown(i)) {
            i += 2;
            continue;
        }
        if (t.kind == Token::Number && isAmount(i)) {
            ++i;
            continue;
        }
        Match m;
        if (withPrefix(i, m) && m.end > i && !titled(i, m.end - 1)) {
            int last = m.end - 1;
            m.mention.tense = tenseAround(i, last);
            mentions.push_back(m.mention);
            i = m.end;
        } else {
            ++i;
        }
    }
    // The first end of a range takes the year of the second: "from March to May 2019",
    // "Dec. 30 - Jan. 2, 1990" (a month after the second's lies in the year before). When neither
    // says its year, the second's resolved year is the one to follow.
    for (std::size_t k = 0; k + 1 < mentions.size(); ++k) {
        TimexMention &first = mentions[k];
        const TimexMention &second = mentions[k + 1];
        if (first.kind != MentionKind::Calendar || first.hasYear || first.hasYearOffset
            || !first.month || second.kind != MentionKind::Calendar || !second.month)
            continue;
        const QStringView between = m_text.sliced(first.end, second.begin - first.end).trimmed();
        if (between != QLatin1StringView("to") && between != QLatin1StringView("-")
            && between != QLatin1StringView("and") && between != QLatin1StringView("through")
            && between != QLatin1StringView("until") && between != u"\u2013")
            continue;
        if (second.hasYear)
            first = startOfRange(first, second.year, second.month, second.day);
        else if (!second.hasYearOffset)
            first.opensRange = true;
    }
    return mentions;
}

} // namespace

TimexRecognizer::TimexRecognizer(const TimexLexicon &lexicon)
    : m_lexicon(lexicon)
{ }

std::vector<TimexMention> TimexRecognizer::recognise(QStringView text) const
{
    Parser parser(text, m_lexicon);
    return parser.run();
}

} // namespace demarche
