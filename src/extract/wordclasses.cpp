#include "wordclasses.h"

#include <QFile>
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
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype colon = line.indexOf(QLatin1String(": "));
        const quint32 c = colon > 0 ? classNamed(QStringView(line).left(colon)) : 0;
        const QStringList words = line.mid(colon + 2).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (c == 0 || words.isEmpty())
            return Result<WordClasses>::failure(
                QStringLiteral("word classes line %1: expected \"<class>: <words>\" with a known "
                               "class, got \"%2\"")
                    .arg(i + 1)
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
    static const WordClasses classes = [] {
        QFile file(QStringLiteral(":/demarche/extract/grammar/wordclasses.txt"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read the built-in word classes");
        Result<WordClasses> parsed = parse(QString::fromUtf8(file.readAll()));
        if (!parsed)
            qFatal("%s", qPrintable(parsed.error()));
        return std::move(parsed).value();
    }();
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
