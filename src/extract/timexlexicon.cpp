#include "timexlexicon.h"

#include <QFile>
#include <array>
#include <utility>

namespace demarche {

namespace {

constexpr int maxWordLength = 24;

const std::array<std::pair<QLatin1StringView, LexClass>, 20> classNames = {{
    {QLatin1StringView("month"), LexClass::Month},
    {QLatin1StringView("weekday"), LexClass::Weekday},
    {QLatin1StringView("weekdays"), LexClass::Weekdays},
    {QLatin1StringView("season"), LexClass::Season},
    {QLatin1StringView("unit"), LexClass::Unit},
    {QLatin1StringView("units"), LexClass::Units},
    {QLatin1StringView("number"), LexClass::Number},
    {QLatin1StringView("vague"), LexClass::Vague},
    {QLatin1StringView("ordinal"), LexClass::Ordinal},
    {QLatin1StringView("deictic"), LexClass::Deictic},
    {QLatin1StringView("ref"), LexClass::Ref},
    {QLatin1StringView("dayword"), LexClass::DayWord},
    {QLatin1StringView("partofday"), LexClass::PartOfDay},
    {QLatin1StringView("set"), LexClass::Set},
    {QLatin1StringView("position"), LexClass::Position},
    {QLatin1StringView("approx"), LexClass::Approx},
    {QLatin1StringView("decadeword"), LexClass::DecadeWord},
    {QLatin1StringView("holiday"), LexClass::Holiday},
    {QLatin1StringView("word"), LexClass::Word},
    {QLatin1StringView("tense"), LexClass::Tense},
}};

// The key of a whole word; returns false for words the lexicon cannot hold.
bool hashWord(QStringView word, quint32 &hash)
{
    if (word.isEmpty() || word.size() > maxWordLength)
        return false;
    LexKey key;
    for (const QChar c : word)
        key.add(c.unicode());
    hash = key.hash;
    return key.isAscii;
}

} // namespace

Result<TimexLexicon> TimexLexicon::parse(const QString &text)
{
    TimexLexicon lexicon;
    lexicon.m_slots.resize(1024);
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() != 3)
            return Result<TimexLexicon>::failure(
                QStringLiteral("temporal lexicon line %1: expected 3 tab-separated fields")
                    .arg(i + 1));
        LexEntry entry;
        for (const auto &[name, cls] : classNames) {
            if (fields[0] == name)
                entry.cls = cls;
        }
        if (entry.cls == LexClass::None)
            return Result<TimexLexicon>::failure(
                QStringLiteral("temporal lexicon line %1: unknown class \"%2\"")
                    .arg(i + 1)
                    .arg(fields[0]));
        bool isNumber = false;
        entry.number = fields[2].toInt(&isNumber);
        entry.text = fields[2];
        // Function words that can only continue an expression: the tagger need not try any rule
        // at them, which matters because they are the most frequent words of any text.
        static const QStringList continuing
            = {QStringLiteral("of"),      QStringLiteral("ago"),     QStringLiteral("before"),
               QStringLiteral("after"),   QStringLiteral("to"),      QStringLiteral("and"),
               QStringLiteral("or"),      QStringLiteral("so"),      QStringLiteral("than"),
               QStringLiteral("in"),      QStringLiteral("on"),      QStringLiteral("from"),
               QStringLiteral("between"), QStringLiteral("through"), QStringLiteral("until"),
               QStringLiteral("since"),   QStringLiteral("zone"),    QStringLiteral("s"),
               QStringLiteral("am"),      QStringLiteral("pm"),      QStringLiteral("m"),
               QStringLiteral("p"),       QStringLiteral("oclock"),  QStringLiteral("period"),
               QStringLiteral("then")};
        if (entry.cls == LexClass::Tense
            || (entry.cls == LexClass::Word && continuing.contains(entry.text)))
            entry.startsExpression = false;
        if (entry.cls == LexClass::Tense)
            entry.tense = entry.text == QLatin1String("future") ? 1
                : entry.text == QLatin1String("past")           ? -1
                : entry.text == QLatin1String("intent")         ? 0
                                                                : 2;
        const QString word = fields[1].toLower();
        quint32 hash = 0;
        if (!hashWord(word, hash))
            return Result<TimexLexicon>::failure(
                QStringLiteral("temporal lexicon line %1: word must be ASCII, at most %2 "
                               "letters")
                    .arg(i + 1)
                    .arg(maxWordLength));
        if (lexicon.find(word))
            return Result<TimexLexicon>::failure(
                QStringLiteral("temporal lexicon line %1: \"%2\" listed twice")
                    .arg(i + 1)
                    .arg(word));
        lexicon.insert(word, std::move(entry));
    }
    return lexicon;
}

const TimexLexicon &TimexLexicon::builtIn()
{
    static const TimexLexicon lexicon = [] {
        QFile file(QStringLiteral(":/demarche/extract/temporal/lexicon.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            return TimexLexicon();
        Result<TimexLexicon> parsed = parse(QString::fromUtf8(file.readAll()));
        return parsed ? std::move(parsed).value() : TimexLexicon();
    }();
    return lexicon;
}

void TimexLexicon::insert(const QString &word, LexEntry entry)
{
    // The table stays at most a quarter full, so probing is short (most words are misses, whose
    // probe runs to an empty slot) and never loops forever.
    if (4 * (m_entries.size() + 1) > m_slots.size()) {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(old.size() * 2, Slot());
        for (const Slot &slot : old) {
            if (slot.entry < 0)
                continue;
            std::size_t at = slot.hash & (m_slots.size() - 1);
            while (m_slots[at].entry >= 0)
                at = (at + 1) & (m_slots.size() - 1);
            m_slots[at] = slot;
        }
    }
    quint32 hash = 0;
    hashWord(word, hash);
    std::size_t at = hash & (m_slots.size() - 1);
    while (m_slots[at].entry >= 0)
        at = (at + 1) & (m_slots.size() - 1);
    m_slots[at] = Slot {hash, int(m_entries.size())};
    m_entries.push_back(std::move(entry));
    m_words.push_back(word);
    const char16_t first = word.front().unicode();
    if (word.size() < qsizetype(m_firstLetters.size()) && first >= 'a' && first <= 'z')
        m_firstLetters[std::size_t(word.size())] |= 1u << (first - 'a');
}

const LexEntry *TimexLexicon::find(QStringView word) const
{
    if (word.size() > maxWordLength)
        return nullptr;
    LexKey key;
    for (const QChar c : word)
        key.add(c.unicode());
    return find(word, key);
}

const LexEntry *TimexLexicon::find(QStringView word, LexKey key) const
{
    if (word.isEmpty() || word.size() >= qsizetype(m_firstLetters.size()))
        return nullptr;
    // One bit test settles most words of a text before any probing.
    const char16_t first = word.front().unicode() | 0x20;
    if (first >= 'a' && first <= 'z'
        && !(m_firstLetters[std::size_t(word.size())] & (1u << (first - 'a'))))
        return nullptr;
    if (m_slots.empty() || !key.isAscii || word.size() > maxWordLength)
        return nullptr;
    std::size_t at = key.hash & (m_slots.size() - 1);
    while (m_slots[at].entry >= 0) {
        const Slot &slot = m_slots[at];
        if (slot.hash == key.hash && equalsFolded(word, m_words[std::size_t(slot.entry)]))
            return &m_entries[std::size_t(slot.entry)];
        at = (at + 1) & (m_slots.size() - 1);
    }
    return nullptr;
}

} // namespace demarche
