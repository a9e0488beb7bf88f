#pragma once

#include "core/cameotable.h"
#include "core/result.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <vector>

namespace demarche {

// One trigger pattern of the verb dictionary ("ask * to mediate" -> 028).
struct VerbPattern
{
    QString code; // CAMEO code, checked against the CAMEO table
    bool isNoun = false; // nominal trigger ("state visit"): words stand together
    QString head; // first word: a verb lemma, or the noun phrase's first word
    std::vector<QStringList> elements; // later elements; an element "*" marks the target slot
    int targetSlot = -1; // index into elements of "*", -1 when the pattern has none
    int line = 0; // line in the data file, for diagnostics
    QString text; // the pattern as written

    // Number of literal words: longer patterns are more specific and win.
    int specificity() const { return int(elements.size()) + 1 - (targetSlot >= 0 ? 1 : 0); }
};

// The verb-and-pattern dictionary of the event coder with its lemma table: every CAMEO root has
// verbs and complements in resources/extract/verbs/. Immutable after loading; thread-safe.
class VerbDictionary final
{
public:
    // Parses patterns and irregular lemmas; fails on a malformed line or a code the CAMEO table
    // lacks, naming the line.
    static Result<VerbDictionary> parse(const QString &patterns, const QString &lemmas,
                                        const CameoTable &table);
    // The dictionary compiled into the library, checked against CameoTable::builtin(); loaded once.
    static const VerbDictionary &builtin();

    // Lemma of a lower-case word form the dictionary knows ("met" -> "meet"); the word itself
    // otherwise.
    QString lemma(const QString &lower) const { return m_lemmas.value(lower, lower); }
    // Indices of the patterns whose head is `word`, most specific first; null when none.
    const std::vector<int> *patternsFor(const QString &word) const;
    const VerbPattern &pattern(int index) const { return m_patterns[size_t(index)]; }
    const std::vector<VerbPattern> &patterns() const { return m_patterns; }
    // True for a past participle the lemma table lists or a regular "-ed" form.
    bool isParticiple(const QString &lower) const;
    // Every CAMEO root ("01".."20") some pattern codes.
    QSet<QString> roots() const;

private:
    void addForms(const QString &lemma);

    std::vector<VerbPattern> m_patterns;
    QHash<QString, std::vector<int>> m_byHead;
    QHash<QString, QString> m_lemmas;
    QSet<QString> m_participles;
};

} // namespace demarche
