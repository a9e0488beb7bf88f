#pragma once

#include "core/result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace demarche {

// A closed class of English words the event coder's clause analysis tests for.
enum class WordClass : quint32 {
    Be = 1u << 0,
    Auxiliary = 1u << 1,
    Adverb = 1u << 2,
    ClauseBreak = 1u << 3,
    TargetBreak = 1u << 4,
    Preposition = 1u << 5,
    Locative = 1u << 6,
    EventPreposition = 1u << 7,
    GerundSubordinator = 1u << 8,
    LightVerb = 1u << 9,
    DateAnchor = 1u << 10,
    Negation = 1u << 11,
    Possibility = 1u << 12,
    Future = 1u << 13,
    Refusal = 1u << 14,
    Intention = 1u << 15,
    SubjectPronoun = 1u << 16,
    PersonPronoun = 1u << 17,
    ThingPronoun = 1u << 18,
    PluralPronoun = 1u << 19,
    NameStop = 1u << 20,
    NameParticle = 1u << 21,
    Determiner = 1u << 22,
    ReportVerb = 1u << 23,
};

// The word classes of resources/extract/grammar/wordclasses.txt: which classes each lower-case
// word belongs to, found with one hash lookup. Immutable after loading; thread-safe.
class WordClasses final
{
public:
    // Parses "<class>: <word> ..." lines; fails naming the line of an unknown class or a line
    // without words, and when a class has no words at all.
    static Result<WordClasses> parse(const QString &text);
    // The classes compiled into the library; loaded and checked once.
    static const WordClasses &builtin();

    // Whether the lower-case word `lower` belongs to class `c`; an empty word belongs to none.
    bool is(const QString &lower, WordClass c) const
    {
        return (m_classes.value(lower) & quint32(c)) != 0;
    }

    // The words of class `c`, in no particular order.
    QStringList words(WordClass c) const;

private:
    QHash<QString, quint32> m_classes;
};

} // namespace demarche
