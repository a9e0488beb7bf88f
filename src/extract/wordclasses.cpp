#include "wordclasses.h"

#include "datafile.h"

#include <array>
#include <utility>

namespace demarche {

namespace {

// The names the data file uses for each class.
constexpr std::array<std::pair<const char *, WordClass>, 24> classNames {{
    {"be", WordClass::Be},
    {"auxiliary", WordClass::Auxiliary},
    {"adverb", WordClass::Adverb},
    {"clause-break", WordClass::ClauseBreak},
    {"target-break", WordClass::TargetBreak},
    {"preposition", WordClass::Preposition},
    {"locative", WordClass::Locative},
    {"event-preposition", WordClass::EventPreposition},
    {"gerund-subordinator", WordClass::GerundSubordinator},
    {"light-verb", WordClass::LightVerb},
    {"date-anchor", WordClass::DateAnchor},
    {"negation", WordClass::Negation},
    {"possibility", WordClass::Possibility},
    {"future", WordClass::Future},
    {"refusal", WordClass::Refusal},
    {"intention", WordClass::Intention},
    {"subject-pronoun", WordClass::SubjectPronoun},
    {"person-pronoun", WordClass::PersonPronoun},
    {"thing-pronoun", WordClass::ThingPronoun},
    {"plural-pronoun", WordClass::PluralPronoun},
    {"name-stop", WordClass::NameStop},
    {"name-particle", WordClass::NameParticle},
    {"determiner", WordClass::Determiner},
    {"report-verb", WordClass::ReportVerb},
}};

// The class named `name`; 0 when there is none.
quint32 classNamed(QStringView name)
{
    for (const auto &[n, c] : classNames)
        if (name == QLatin1String(n))
            return quint32(c);
    return 0;
}

} // namespace

Result<WordClasses> WordClasses::parse(const QString &text)
{
    WordClasses classes;
    quint32 seen = 0;
    for (const DataLine &dataLine : dataLines(text)) {
        const QString &line = dataLine.text;
        const qsizetype colon = line.indexOf(QLatin1String(": "));
        const quint32 c = colon > 0 ? classNamed(QStringView(line).left(colon)) : 0;
        const QStringList words = line.mid(colon + 2).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (c == 0 || words.isEmpty())
            return Result<WordClasses>::failure(
                QStringLiteral("word classes line %1: expected \"<class>: <words>\" with a known "
                               "class, got \"%2\"")
                    .arg(dataLine.number)
                    .arg(line));
        for (const QString &w : words)
            classes.m_classes[w] |= c;
        seen |= c;
    }
    for (const auto &[name, c] : classNames)
        if ((seen & quint32(c)) == 0)
            return Result<WordClasses>::failure(
                QStringLiteral("word classes: class \"%1\" has no words").arg(QLatin1String(name)));
    return classes;
}

const WordClasses &WordClasses::builtin()
{
    static const WordClasses classes = loadBuiltin<WordClasses>(
        QStringLiteral(":/demarche/extract/grammar/wordclasses.txt"), &WordClasses::parse);
    return classes;
}

QStringList WordClasses::words(WordClass c) const
{
    QStringList out;
    for (auto it = m_classes.cbegin(); it != m_classes.cend(); ++it)
        if ((it.value() & quint32(c)) != 0)
            out << it.key();
    return out;
}

} // namespace demarche
