#include "eventcoder.h"

#include "intenttable.h"
#include "wordclasses.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <climits>
#include <cstdlib>

namespace demarche {

namespace {

// Whether the lower-case word `w` belongs to class `c` of resources/extract/grammar.
bool is(const QString &w, WordClass c)
{
    return WordClasses::builtin().is(w, c);
}

// Where one of the four words before a time expression is "since", "until", "till", "before" or
// "after" (an offset into `before`), -1 when none is: then the date anchors another event or
// bounds a span ("its partner since Monday").
qsizetype anchorBefore(QStringView before)
{
    qsizetype end = before.size();
    for (int words = 0; words < 4; ++words) {
        while (end > 0 && !before[end - 1].isLetterOrNumber())
            --end;
        qsizetype start = end;
        while (start > 0 && before[start - 1].isLetterOrNumber())
            --start;
        if (start == end)
            return -1;
        if (is(before.mid(start, end - start).toString().toLower(), WordClass::DateAnchor))
            return start;
        end = start;
    }
    return -1;
}

constexpr int maxGap = 3; // tokens a pattern element may skip
constexpr int maxTargetReach = 16; // units after the trigger where an untargeted pattern looks

enum class PronounClass { None, Person, Thing, Plural };

PronounClass pronounClass(const QString &w)
{
    if (!is(w, WordClass::SubjectPronoun))
        return PronounClass::None;
    if (is(w, WordClass::PersonPronoun))
        return PronounClass::Person;
    if (is(w, WordClass::ThingPronoun))
        return PronounClass::Thing;
    return PronounClass::Plural;
}

bool isCompatible(const ActorMention &m, PronounClass p)
{
    switch (p) {
    case PronounClass::Person:
        return m.kind == ActorKind::Person || (m.kind == ActorKind::Role && !m.isPlural);
    case PronounClass::Thing:
        return m.kind == ActorKind::Country || m.kind == ActorKind::Igo
            || m.kind == ActorKind::Group || (m.kind == ActorKind::Role && !m.isPlural);
    case PronounClass::Plural:
        return m.isPlural || m.kind == ActorKind::Country || m.kind == ActorKind::Group;
    case PronounClass::None:
        break;
    }
    return false;
}

// A sentence prepared for matching: tokens with the actor mention each belongs to.
struct Clause
{
    std::vector<Token> tokens;
    std::vector<int> mentionOf; // per token: index into the article's mentions, or -1
};

struct Participant
{
    Actor actor;
    bool viaPronoun = false;
    bool isPlace = false; // a country named as such, not a body or person of it
    bool isInferred = false; // not in the text: the own state of a domestic event
};

// Codes whose events CAMEO/PLOVER code as domestic (X>X) when no other target is named: protest,
// coercion, assault and fight address or strike the own state or population; easing restrictions
// (081) and political reform (083) are granted to it.
bool isDomesticCode(const CameoCode &code)
{
    static const QStringList prefixes
        = {QStringLiteral("14"), QStringLiteral("17"),  QStringLiteral("18"),
           QStringLiteral("19"), QStringLiteral("081"), QStringLiteral("083")};
    return std::any_of(prefixes.begin(), prefixes.end(),
                       [&](const QString &p) { return code.code.startsWith(p); });
}

struct Trigger
{
    int pattern = -1;
    int head = 0; // token index of the head word
    int last = 0; // token index of the last matched word
    int slotMention = -1;
    bool isPassive = false;
    bool isInfinitive = false;
    bool isDropped = false;
    Modality modality = Modality::Asserted;
    QString code; // when set, replaces the pattern's code ("agreed to lift sanctions": 0354)
};

class SentenceCoder
{
public:
    SentenceCoder(const Clause &clause, const std::vector<ActorMention> &mentions,
                  const VerbDictionary &dict)
        : m_c(clause)
        , m_mentions(mentions)
        , m_dict(dict)
    { }

    bool matchWord(int t, const QStringList &alternatives, bool insideRole = false) const
    {
        const Token &tok = m_c.tokens[size_t(t)];
        const int m = m_c.mentionOf[size_t(t)];
        // Role words ("forces in Lebanon") may complete a pattern ("strengthened its forces").
        if (!tok.isWord()
            || (m >= 0 && !(insideRole && m_mentions[size_t(m)].kind == ActorKind::Role)))
            return false;
        return alternatives.contains(tok.lower) || alternatives.contains(m_dict.lemma(tok.lower));
    }

    bool isHardBreak(int t) const
    {
        const QString &w = m_c.tokens[size_t(t)].lower;
        return w == QLatin1String(";") || w == QLatin1String(".") || w == QLatin1String("?")
            || w == QLatin1String("!");
    }

    // Index after the mention that covers token t (t itself when no mention covers it).
    int afterUnit(int t) const
    {
        const int m = m_c.mentionOf[size_t(t)];
        if (m < 0)
            return t + 1;
        int u = t;
        while (u < int(m_c.tokens.size()) && m_c.mentionOf[size_t(u)] == m)
            ++u;
        if (u < int(m_c.tokens.size()) && m_c.tokens[size_t(u)].lower == QLatin1String("'s"))
            ++u;
        return u;
    }

    // Tries pattern p at head token t; fills trigger on success.
    bool match(int p, int t, Trigger &trigger) const
    {
        const VerbPattern &pattern = m_dict.pattern(p);
        const int n = int(m_c.tokens.size());
        int pos = t + 1;
        int last = t;
        int slot = -1;
        for (size_t e = 0; e < pattern.elements.size(); ++e) {
            const QStringList &element = pattern.elements[e];
            const int gap = pattern.isNoun ? 0 : maxGap;
            int skipped = 0;
            bool found = false;
            int k = pos;
            while (k < n && skipped <= gap) {
                if (isHardBreak(k))
                    break;
                if (int(e) == pattern.targetSlot) {
                    if (m_c.mentionOf[size_t(k)] >= 0) {
                        slot = m_c.mentionOf[size_t(k)];
                        pos = afterUnit(k);
                        found = true;
                        break;
                    }
                } else {
                    const int unitEnd = afterUnit(k);
                    for (int u = k; u < unitEnd && !found; ++u) {
                        if (matchWord(u, element, true)) {
                            last = u;
                            pos = u + 1;
                            found = true;
                        }
                    }
                    if (found)
                        break;
                }
                k = afterUnit(k);
                ++skipped;
            }
            if (!found)
                return false;
        }
        trigger.pattern = p;
        trigger.head = t;
        trigger.last = std::max(last, t);
        trigger.slotMention = slot;
        return true;
    }

    std::vector<Trigger> findTriggers() const
    {
        std::vector<Trigger> triggers;
        const int n = int(m_c.tokens.size());
        int t = 0;
        while (t < n) {
            const Token &tok = m_c.tokens[size_t(t)];
            // Capitalised words inside a sentence are names ("March", "Strike Force"), not verbs.
            if (!tok.isWord() || m_c.mentionOf[size_t(t)] >= 0 || (tok.isCapitalised && t > 0)) {
                ++t;
                continue;
            }
            Trigger best;
            bool found = false;
            const QString lemma = m_dict.lemma(tok.lower);
            for (const QString &key : {tok.lower, lemma}) {
                const std::vector<int> *candidates = m_dict.patternsFor(key);
                if (!candidates)
                    continue;
                for (int p : *candidates) {
                    // A noun pattern's head is the word as written (plural allowed); a verb's is
                    // the lemma.
                    const VerbPattern &pattern = m_dict.pattern(p);
                    if (found
                        && m_dict.pattern(best.pattern).specificity() >= pattern.specificity())
                        break;
                    // After a determiner the word is a noun ("the chemical attacks").
                    if (!pattern.isNoun && t > 0
                        && is(m_c.tokens[size_t(t - 1)].lower, WordClass::Determiner))
                        continue;
                    if (pattern.isNoun && tok.lower != pattern.head
                        && tok.lower != pattern.head + QLatin1Char('s')
                        && tok.lower != pattern.head + QLatin1String("es"))
                        continue;
                    Trigger candidate;
                    if (match(p, t, candidate)) {
                        best = candidate;
                        found = true;
                        break;
                    }
                }
                if (key == lemma)
                    break;
            }
            if (!found) {
                ++t;
                continue;
            }
            triggers.push_back(best);
            t = best.last + 1;
        }
        return triggers;
    }

    // Index of the first token of the clause that holds token t.
    int clauseStart(int t) const
    {
        int k = t - 1;
        while (k >= 0) {
            if (m_c.mentionOf[size_t(k)] < 0
                && is(m_c.tokens[size_t(k)].lower, WordClass::ClauseBreak))
                return k + 1;
            --k;
        }
        return 0;
    }

    // First token of the verb group ending at head: auxiliaries, adverbs and "to" before it.
    int verbGroupStart(int head) const
    {
        int k = head;
        while (k > 0) {
            const Token &prev = m_c.tokens[size_t(k - 1)];
            if (m_c.mentionOf[size_t(k - 1)] >= 0 || !prev.isWord())
                break;
            const QString lemma = m_dict.lemma(prev.lower);
            if (is(lemma, WordClass::Auxiliary) || is(prev.lower, WordClass::Auxiliary)
                || is(prev.lower, WordClass::Adverb))
                --k;
            else
                break;
        }
        return k;
    }

    Modality modalityBefore(int head) const
    {
        const int from = std::max(0, head - 6);
        Modality modality = Modality::Asserted;
        auto rank = [](Modality m) {
            switch (m) {
            case Modality::Refused:
                return 4;
            case Modality::Negated:
                return 3;
            case Modality::Possible:
                return 2;
            case Modality::Future:
                return 1;
            case Modality::Asserted:
                break;
            }
            return 0;
        };
        for (int k = head - 1; k >= from; --k) {
            if (m_c.mentionOf[size_t(k)] >= 0 || isHardBreak(k))
                break;
            const QString &w = m_c.tokens[size_t(k)].lower;
            if (w == QLatin1String(",") || is(w, WordClass::ClauseBreak))
                break;
            Modality found = Modality::Asserted;
            const QString lemma = m_dict.lemma(w);
            const bool beforeTo
                = k + 1 < head && m_c.tokens[size_t(k + 1)].lower == QLatin1String("to");
            if (is(w, WordClass::Negation))
                found = Modality::Negated;
            else if (is(lemma, WordClass::Refusal) && beforeTo)
                found = Modality::Refused;
            else if (is(w, WordClass::Possibility))
                found = Modality::Possible;
            else if (is(w, WordClass::Future) || (is(w, WordClass::Intention) && beforeTo))
                found = Modality::Future;
            if (rank(found) > rank(modality))
                modality = found;
        }
        return modality;
    }

    bool isPassive(const Trigger &trigger) const
    {
        const Token &head = m_c.tokens[size_t(trigger.head)];
        const VerbPattern &pattern = m_dict.pattern(trigger.pattern);
        // A pattern written with the participle itself ("opposed to") is adjectival.
        if (pattern.isNoun || pattern.head == head.lower || !m_dict.isParticiple(head.lower))
            return false;
        if (isReducedRelative(trigger))
            return true;
        for (int k = trigger.head - 1; k >= std::max(0, trigger.head - 4); --k) {
            const QString &w = m_c.tokens[size_t(k)].lower;
            if (is(w, WordClass::Be))
                return true;
            if (!is(w, WordClass::Adverb))
                return false;
        }
        return false;
    }

    // A participle right after an actor and before "by" and its agent ("civilians wounded by
    // Israeli fire"): a passive without "be", whose actor is the one acted on. Not before a
    // place: a past tense looks the same ("Palestinians rallied in Ramallah"); nor before a
    // gerund ("protested by marching").
    bool isReducedRelative(const Trigger &trigger) const
    {
        const int n = int(m_c.tokens.size());
        if (trigger.head < 1 || trigger.last != trigger.head || trigger.head + 2 >= n
            || m_c.mentionOf[size_t(trigger.head - 1)] < 0
            || m_c.tokens[size_t(trigger.head + 1)].lower != QLatin1String("by"))
            return false;
        return !m_c.tokens[size_t(trigger.head + 2)].lower.endsWith(QLatin1String("ing"));
    }

    Participant fromMention(int m) const
    {
        Participant p;
        p.actor = m_mentions[size_t(m)].actor;
        p.actor.span = m_mentions[size_t(m)].span;
        // A country after a locative preposition is a place ("in East Jerusalem").
        const int first = firstTokenOf(m);
        p.isPlace = m_mentions[size_t(m)].kind == ActorKind::Country && first > 0
            && is(m_c.tokens[size_t(first - 1)].lower, WordClass::Locative);
        return p;
    }

    // The mention `m` and any joined to it by "and" or commas on its left ("X, Y and Z").
    // "and", a comma, or the article of the next conjunct ("X and the Y").
    bool isJoiner(int t) const
    {
        const QString &w = m_c.tokens[size_t(t)].lower;
        return w == QLatin1String("and") || w == QLatin1String(",") || w == QLatin1String("the");
    }

    std::vector<int> compoundLeft(int firstToken, int m) const
    {
        std::vector<int> group {m};
        int k = firstToken - 1;
        while (k >= 1) {
            int j = k;
            bool joined = false;
            while (j >= 0 && m_c.mentionOf[size_t(j)] < 0 && isJoiner(j)) {
                joined = joined || m_c.tokens[size_t(j)].lower != QLatin1String("the");
                --j;
            }
            if (!joined || j < 0 || m_c.mentionOf[size_t(j)] < 0)
                break;
            const int other = m_c.mentionOf[size_t(j)];
            group.insert(group.begin(), other);
            while (j >= 0 && m_c.mentionOf[size_t(j)] == other)
                --j;
            k = j;
        }
        return group;
    }

    // The mention starting at token t and any joined to it by "and"/commas on its right.
    std::vector<int> compoundRight(int t) const
    {
        std::vector<int> group;
        const int n = int(m_c.tokens.size());
        int k = t;
        while (k < n && m_c.mentionOf[size_t(k)] >= 0) {
            group.push_back(m_c.mentionOf[size_t(k)]);
            k = afterUnit(k);
            int j = k;
            bool joined = false;
            while (j < n && m_c.mentionOf[size_t(j)] < 0 && isJoiner(j)) {
                joined = joined || m_c.tokens[size_t(j)].lower != QLatin1String("the");
                ++j;
            }
            // ", the Israeli army said": a comma before the speaker of a report joins nothing.
            if (!joined || (j < n && isReportSpeaker(j)))
                break;
            k = j;
        }
        return group;
    }

    // Whether the mention at token t is followed by a reporting word ("the army said").
    bool isReportSpeaker(int t) const
    {
        if (m_c.mentionOf[size_t(t)] < 0)
            return false;
        const int after = afterUnit(t);
        return after < int(m_c.tokens.size())
            && is(m_c.tokens[size_t(after)].lower, WordClass::ReportVerb);
    }

    int firstTokenOf(int m) const
    {
        for (size_t k = 0; k < m_c.tokens.size(); ++k)
            if (m_c.mentionOf[k] == m)
                return int(k);
        return -1;
    }

    // Subject of the verb group starting at `groupStart`: the nearest actor before it in the
    // clause, preferring ones not governed by a preposition; a pronoun resolves to the nearest
    // compatible earlier actor.
    std::vector<Participant> subjectBefore(int groupStart, int sentenceBegin) const
    {
        const int start = clauseStart(groupStart);
        int fallback = -1;
        for (int k = groupStart - 1; k >= start; --k) {
            const int m = m_c.mentionOf[size_t(k)];
            if (m < 0) {
                // "he", "she", "they" are subjects wherever they stand, so they win over an
                // actor governed by a preposition; "it" may be an object.
                const PronounClass pc = pronounClass(m_c.tokens[size_t(k)].lower);
                if (pc != PronounClass::None && (fallback < 0 || pc != PronounClass::Thing)) {
                    const int resolved = resolvePronoun(m_c.tokens[size_t(k)].begin, pc);
                    if (resolved < 0)
                        return {};
                    Participant p = fromMention(resolved);
                    p.actor.mention = m_c.tokens[size_t(k)].lower;
                    p.actor.span = {m_c.tokens[size_t(k)].begin, m_c.tokens[size_t(k)].end};
                    p.viaPronoun = true;
                    return {p};
                }
                continue;
            }
            int first = k;
            while (first > 0 && m_c.mentionOf[size_t(first - 1)] == m)
                --first;
            const bool governed
                = first > 0 && is(m_c.tokens[size_t(first - 1)].lower, WordClass::Preposition);
            // "X's Y" where Y is not an actor: X is a modifier; still the best guess at the owner.
            if (governed) {
                if (fallback < 0)
                    fallback = m;
                k = first;
                continue;
            }
            std::vector<Participant> out;
            for (int g : compoundLeft(first, m))
                out.push_back(fromMention(g));
            return out;
        }
        Q_UNUSED(sentenceBegin);
        if (fallback >= 0)
            return {fromMention(fallback)};
        // "who" after an actor: the relative clause's subject is that actor.
        if (start > 1 && m_c.tokens[size_t(start - 1)].lower == QLatin1String("who")
            && m_c.mentionOf[size_t(start - 2)] >= 0)
            return {fromMention(m_c.mentionOf[size_t(start - 2)])};
        return {};
    }

    int resolvePronoun(int pos, PronounClass pc) const
    {
        for (int m = int(m_mentions.size()) - 1; m >= 0; --m) {
            const ActorMention &mention = m_mentions[size_t(m)];
            if (mention.span.end > pos)
                continue;
            if (isCompatible(mention, pc))
                return m;
        }
        return -1;
    }

    // Targets after token `from`: the first actor (with its compound) within reach, before a
    // clause break; `exclude` are the source mentions.
    std::vector<Participant> targetAfter(int from, const QSet<int> &exclude,
                                         bool crossConditions = false) const
    {
        const int n = int(m_c.tokens.size());
        int units = 0;
        int k = from;
        while (k < n && units <= maxTargetReach) {
            if (isHardBreak(k))
                break;
            const int m = m_c.mentionOf[size_t(k)];
            // A comma after the verb phrase ends its arguments (", a Jordanian official said").
            const QString &w = m_c.tokens[size_t(k)].lower;
            const bool isCondition = w == QLatin1String("if") || w == QLatin1String("unless");
            if (m < 0 && (is(w, WordClass::TargetBreak) || w == QLatin1String(","))
                && !(crossConditions && isCondition))
                break;
            if (m >= 0 && !exclude.contains(m)) {
                std::vector<Participant> out;
                for (int g : compoundRight(k))
                    if (!exclude.contains(g))
                        out.push_back(fromMention(g));
                return out;
            }
            k = afterUnit(k);
            ++units;
        }
        return {};
    }

    // Source of a noun trigger: the actor right before it ("Lee's state visit", "Israeli air
    // strikes"), the agent after "by", or the subject of a light verb that takes it as object.
    std::vector<Participant> nounSource(const Trigger &trigger, bool *isOwn) const
    {
        *isOwn = true;
        int k = trigger.head - 1;
        int words = 0;
        while (k >= 0 && words <= 2) {
            const int m = m_c.mentionOf[size_t(k)];
            if (m >= 0) {
                int first = k;
                while (first > 0 && m_c.mentionOf[size_t(first - 1)] == m)
                    --first;
                std::vector<Participant> out;
                for (int g : compoundLeft(first, m))
                    out.push_back(fromMention(g));
                // Only a possessive ("Lee's state visit") makes the noun an event of its own
                // beside the sentence's main one; a nearby actor may be another verb's subject.
                const int after = afterUnit(k);
                *isOwn = after - 1 > k && after - 1 < int(m_c.tokens.size())
                    && m_c.tokens[size_t(after - 1)].lower == QLatin1String("'s");
                return out;
            }
            const Token &tok = m_c.tokens[size_t(k)];
            if (!tok.isWord() && tok.lower != QLatin1String("-"))
                break;
            if (tok.lower == QLatin1String("'s")) {
                --k;
                continue;
            }
            const QString lemma = m_dict.lemma(tok.lower);
            if (is(lemma, WordClass::LightVerb) || is(tok.lower, WordClass::LightVerb)) {
                *isOwn = false;
                return subjectBefore(verbGroupStart(k), 0);
            }
            // "spoke to the press following a summit with Xi": an event noun after a temporal
            // preposition is an earlier event of the clause's subject, beside the main one.
            if (is(tok.lower, WordClass::EventPreposition))
                return subjectBefore(k, 0);
            if (is(tok.lower, WordClass::Preposition) || is(tok.lower, WordClass::ClauseBreak)
                || is(tok.lower, WordClass::TargetBreak))
                break;
            ++words;
            --k;
        }
        const int n = int(m_c.tokens.size());
        for (int j = trigger.last + 1; j < std::min(n, trigger.last + 3); ++j) {
            if (m_c.tokens[size_t(j)].lower == QLatin1String("by") && j + 1 < n) {
                int a = j + 1;
                while (a < n && a <= j + 3 && m_c.mentionOf[size_t(a)] < 0)
                    ++a;
                if (a < n && a <= j + 3) {
                    std::vector<Participant> out;
                    for (int g : compoundRight(a))
                        out.push_back(fromMention(g));
                    return out;
                }
            }
        }
        return {};
    }

    // Subject of a participial clause (", acknowledging Seoul's efforts"): the sentence's
    // subject, when the sentence opens with an actor.
    std::vector<Participant> participialSubject(int head) const
    {
        if (head < 1 || m_c.tokens[size_t(head - 1)].lower != QLatin1String(",")
            || !m_c.tokens[size_t(head)].lower.endsWith(QLatin1String("ing")))
            return {};
        for (int k = 0; k < std::min(3, head); ++k) {
            const int m = m_c.mentionOf[size_t(k)];
            if (m >= 0)
                return {fromMention(m)};
            if (is(m_c.tokens[size_t(k)].lower, WordClass::Preposition))
                break;
        }
        return {};
    }

    bool isParticipial(int head) const
    {
        return head >= 1 && m_c.tokens[size_t(head - 1)].lower == QLatin1String(",")
            && m_c.tokens[size_t(head)].lower.endsWith(QLatin1String("ing"));
    }

    // Whether a passive verb ("was accused", "have been killed") stands in the clause before
    // token `head`.
    bool hasPassiveBefore(int head) const
    {
        for (int k = clauseStart(head); k + 1 < head; ++k) {
            if (!is(m_c.tokens[size_t(k)].lower, WordClass::Be))
                continue;
            int v = k + 1;
            while (v < head && is(m_c.tokens[size_t(v)].lower, WordClass::Adverb))
                ++v;
            if (v < head && m_dict.isParticiple(m_c.tokens[size_t(v)].lower))
                return true;
        }
        return false;
    }

    // Country of the first place ("in Moscow") after token `t` before the clause ends; empty
    // when there is none.
    QString placeAfter(int t) const
    {
        for (int k = t + 1; k < int(m_c.tokens.size()) && !isHardBreak(k); k = afterUnit(k)) {
            const int m = m_c.mentionOf[size_t(k)];
            if (m >= 0 && fromMention(m).isPlace)
                return m_mentions[size_t(m)].actor.country;
            if (m < 0 && is(m_c.tokens[size_t(k)].lower, WordClass::ClauseBreak))
                break;
        }
        return {};
    }

    // Whether "if" or "unless" follows token `t` in the sentence.
    bool hasConditionAfter(int t) const
    {
        for (int k = t + 1; k < int(m_c.tokens.size()) && !isHardBreak(k); ++k) {
            const QString &w = m_c.tokens[size_t(k)].lower;
            if (w == QLatin1String("if") || w == QLatin1String("unless"))
                return true;
        }
        return false;
    }

    // Whether a word of class `c` stands in the clause before token `head`.
    bool hasBefore(int head, WordClass c) const
    {
        for (int k = clauseStart(head); k < head; ++k)
            if (m_c.mentionOf[size_t(k)] < 0 && is(m_c.tokens[size_t(k)].lower, c))
                return true;
        return false;
    }

    // Whether the verb group of `head` follows "and" ("killed one soldier and wounded two").
    bool isCoordinated(int head) const
    {
        const int start = verbGroupStart(head);
        return start >= 1 && m_c.tokens[size_t(start - 1)].lower == QLatin1String("and");
    }

    // Whether the trigger is a gerund opening a subordinate clause ("since assuming office").
    bool isSubordinateGerund(int head) const
    {
        return head >= 1 && m_c.tokens[size_t(head)].lower.endsWith(QLatin1String("ing"))
            && is(m_c.tokens[size_t(head - 1)].lower, WordClass::GerundSubordinator);
    }

    // Agent of a passive verb: the actor after "by".
    std::vector<Participant> passiveAgent(const Trigger &trigger) const
    {
        const int n = int(m_c.tokens.size());
        for (int j = trigger.last + 1; j < std::min(n, trigger.last + 4); ++j) {
            if (m_c.tokens[size_t(j)].lower != QLatin1String("by"))
                continue;
            int a = j + 1;
            while (a < n && a <= j + 3 && m_c.mentionOf[size_t(a)] < 0)
                ++a;
            if (a < n && a <= j + 3) {
                std::vector<Participant> out;
                for (int g : compoundRight(a))
                    out.push_back(fromMention(g));
                return out;
            }
            return {};
        }
        return {};
    }

private:
    const Clause &m_c;
    const std::vector<ActorMention> &m_mentions;
    const VerbDictionary &m_dict;
};

} // namespace

EventCoder::EventCoder(const VerbDictionary &dictionary, const CameoTable &table,
                       const ActorDictionary &actors)
    : m_dictionary(dictionary)
    , m_table(table)
    , m_intents(IntentTable::builtin())
    , m_actors(actors)
{
    const QStringList states = actors.countryCodes();
    m_states = QSet<QString>(states.begin(), states.end());
}

DateSpan EventCoder::publicationDate(QDate published, Modality modality)
{
    DateSpan span = DateSpan::publication(published);
    if (!published.isValid())
        return span;
    // A reported event without a date happened on or shortly before the publication day; a
    // future one on or after it. The value stays the publication day, the reference used.
    if (modality == Modality::Future || modality == Modality::Possible)
        span.latest = published.addDays(30);
    else
        span.earliest = published.addDays(-7);
    span.granularity = Granularity::Vague;
    return span;
}

std::vector<Event> EventCoder::code(QStringView text, TextSpan sentence, int sentenceIndex,
                                    const std::vector<ActorMention> &mentions,
                                    const std::vector<TimeExpression> &times, QDate published) const
{
    std::vector<Event> events;
    // Mentions inside the sentence.
    const auto firstIn
        = std::lower_bound(mentions.begin(), mentions.end(), sentence.begin,
                           [](const ActorMention &m, int pos) { return m.span.begin < pos; });
    if (firstIn == mentions.end() || firstIn->span.begin >= sentence.end)
        return events;

    Clause clause;
    clause.tokens = Tokenizer::tokenize(text, sentence.begin, sentence.end);
    clause.mentionOf.assign(clause.tokens.size(), -1);
    {
        auto m = firstIn;
        for (size_t t = 0; t < clause.tokens.size(); ++t) {
            const Token &tok = clause.tokens[t];
            while (m != mentions.end() && m->span.end <= tok.begin)
                ++m;
            if (m != mentions.end() && m->span.begin < tok.end && tok.begin < m->span.end)
                clause.mentionOf[t] = int(m - mentions.begin());
        }
    }
    SentenceCoder coder(clause, mentions, m_dictionary);
    std::vector<Trigger> triggers = coder.findTriggers();
    if (triggers.empty())
        return events;

    for (Trigger &trigger : triggers) {
        const VerbPattern &pattern = m_dictionary.pattern(trigger.pattern);
        trigger.isPassive = coder.isPassive(trigger);
        trigger.modality = coder.modalityBefore(trigger.head);
        trigger.isInfinitive = !pattern.isNoun && trigger.head > 0
            && clause.tokens[size_t(coder.verbGroupStart(trigger.head))].lower
                == QLatin1String("to");
    }
    // A verb chain codes once: "threatened to impose sanctions" is a threat, "urged China to use
    // its influence" an appeal. An infinitive after an earlier trigger of the same clause is its
    // complement; "refused to meet" codes the meeting, refused.
    for (size_t i = 1; i < triggers.size(); ++i) {
        Trigger &b = triggers[i];
        if (!b.isInfinitive)
            continue;
        for (size_t j = i; j-- > 0;) {
            Trigger &a = triggers[j];
            if (a.isDropped)
                continue;
            bool sameClause = true;
            for (int k = a.last + 1; k < b.head; ++k) {
                const QString &w = clause.tokens[size_t(k)].lower;
                if (w == QLatin1String(";") || w == QLatin1String("but")
                    || w == QLatin1String("while") || w == QLatin1String("which")) {
                    sameClause = false;
                    break;
                }
            }
            if (!sameClause)
                break;
            const QString headLemma = m_dictionary.lemma(clause.tokens[size_t(a.head)].lower);
            const bool isRefusal = is(headLemma, WordClass::Refusal) && b.head - a.last <= 3;
            if (isRefusal) {
                a.isDropped = true;
                b.modality = Modality::Refused;
            } else {
                b.isDropped = true;
                // "agreed to lift sanctions" is the intent to lift them (0354), not a bare 030.
                const QString intent = m_intents.intentOf(m_dictionary.pattern(b.pattern).code);
                if (m_dictionary.pattern(a.pattern).code.startsWith(QLatin1String("03"))
                    && intent.startsWith(QLatin1String("03")))
                    a.code = intent;
            }
            break;
        }
    }

    // The subject of the last verb trigger, which a verb coordinated with it shares ("a bombing
    // killed one U.S. soldier and wounded two others": "wounded" has no actor subject either).
    std::vector<Participant> lastVerbSources;
    bool hasLastVerb = false;
    for (const Trigger &trigger : triggers) {
        if (trigger.isDropped)
            continue;
        // A news sentence reports one event; later verbs in participial and subordinate clauses
        // ("..., killing one person", "after X shot down ...") are background, and coding them
        // produced mostly wrong events in development.
        // A noun with its own actor ("missile tests by North Korea") is an event of its own.
        const VerbPattern &pattern = m_dictionary.pattern(trigger.pattern);
        std::vector<Participant> sources;
        std::vector<Participant> targets;
        QSet<int> used;
        bool isOwnSource = false;
        if (pattern.isNoun)
            sources = coder.nounSource(trigger, &isOwnSource);
        // An event noun with no actor of its own, in a clause without another event, is the
        // subject's ("thousands of Nigerians were converging for a rally").
        // Not in a passive clause, whose subject suffers the event ("civilians have been killed
        // in a car bombing").
        // Nor across a report ("Iran said the attacks on Israel ...": the attacker is unsaid).
        if (pattern.isNoun && sources.empty() && events.empty()
            && !coder.hasPassiveBefore(trigger.head)
            && !coder.hasBefore(trigger.head, WordClass::TargetBreak))
            sources = coder.subjectBefore(trigger.head, 0);
        const bool isSubordinateGerund = !pattern.isNoun && coder.isSubordinateGerund(trigger.head);
        if (!events.empty() && !(pattern.isNoun && isOwnSource) && !isSubordinateGerund)
            continue;
        if (pattern.isNoun) {
        } else if (isSubordinateGerund) {
            // The main clause's subject: the source of its event when it has one ("visited
            // China after meeting ..."), else the nearest subject before the subordinator.
            if (events.empty()) {
                sources = coder.subjectBefore(trigger.head - 1, 0);
            } else {
                Participant main;
                main.actor = events.back().source;
                sources.push_back(main);
            }
        } else if (coder.isParticipial(trigger.head)) {
            sources = coder.participialSubject(trigger.head);
        } else if (trigger.isPassive) {
            sources = coder.passiveAgent(trigger);
            if (!sources.empty())
                targets = coder.subjectBefore(coder.verbGroupStart(trigger.head), 0);
        } else if (hasLastVerb && coder.isCoordinated(trigger.head)) {
            sources = lastVerbSources;
        } else {
            sources = coder.subjectBefore(coder.verbGroupStart(trigger.head), 0);
        }
        if (!pattern.isNoun) {
            lastVerbSources = sources;
            hasLastVerb = true;
        }
        if (sources.empty())
            continue;
        for (const Participant &s : sources) {
            const int m
                = int(std::find_if(mentions.begin(), mentions.end(),
                                   [&](const ActorMention &x) { return x.span == s.actor.span; })
                      - mentions.begin());
            used.insert(m);
        }
        if (!trigger.isPassive) {
            if (trigger.slotMention >= 0) {
                const int first = coder.firstTokenOf(trigger.slotMention);
                targets = coder.targetAfter(first, used);
            } else {
                // A threat's target may stand in its condition ("... unless Israel rescinds").
                targets = coder.targetAfter(trigger.head + 1, used,
                                            pattern.code.startsWith(QLatin1String("13")));
            }
        }
        // A stated future action is coded as the intent or threat CAMEO makes of it ("will
        // provide aid" 033, "would tighten the blockade" 1381): the statement is asserted.
        Modality modality = trigger.modality;
        const CameoCode *code = m_table.find(trigger.code.isEmpty() ? pattern.code : trigger.code);
        // So is a possible harm under a condition ("may halt mediation if ..."): a threat.
        if (code
            && (modality == Modality::Future
                || (modality == Modality::Possible && coder.hasConditionAfter(trigger.last)))) {
            const QString intent = m_intents.intentOf(code->code);
            if (!intent.isEmpty()
                && (modality == Modality::Future || intent.startsWith(QLatin1String("13")))) {
                code = m_table.find(intent);
                modality = Modality::Asserted;
            }
        }
        if (!code)
            continue;
        // Date: the time expression of the sentence nearest the trigger.
        DateSpan date;
        int bestDistance = INT_MAX;
        const int headPos = clause.tokens[size_t(trigger.head)].begin;
        for (const TimeExpression &te : times) {
            if (te.span.begin < sentence.begin || te.span.end > sentence.end)
                continue;
            if (te.type == TimexType::Duration || te.type == TimexType::Set
                || !te.interval.isValid())
                continue;
            // "first visit since assuming office in mid-2025", "until March": the date anchors
            // another event or bounds a span, not this event; it dates the event between the
            // anchor word and itself ("assuming office").
            const qsizetype anchor
                = anchorBefore(text.mid(sentence.begin, te.span.begin - sentence.begin));
            if (anchor >= 0 && !(headPos > sentence.begin + anchor && headPos < te.span.begin))
                continue;
            const int distance = std::abs(te.span.begin - headPos);
            if (distance < bestDistance) {
                bestDistance = distance;
                date = te.interval;
                if (date.phrase.isEmpty())
                    date.phrase = te.text;
                date.basis = DateBasis::Stated;
            }
        }
        if (!date.isValid())
            date = publicationDate(published, modality);

        const int triggerBegin = clause.tokens[size_t(trigger.head)].begin;
        const int triggerEnd = clause.tokens[size_t(trigger.last)].end;
        double confidence = 0.5 + 0.1 * std::min(3, pattern.specificity() - 1);
        if (trigger.slotMention >= 0)
            confidence += 0.1;
        // "met Lavrov in Moscow" is no meeting at a third location (044) when the place is
        // either side's own country: it is a plain meeting (040).
        const QString placeCountry = coder.placeAfter(trigger.last);
        const CameoCode *plainMeeting = m_table.find(QStringLiteral("040"));
        auto emitEvent = [&](const Participant &s, const Participant *t) {
            Event e;
            e.sentenceIndex = sentenceIndex;
            e.sentenceSpan = sentence;
            e.source = s.actor;
            if (t)
                e.target = t->actor;
            const bool isHomeGround = code->code == QLatin1String("044") && plainMeeting
                && !placeCountry.isEmpty()
                && (placeCountry == s.actor.country || (t && placeCountry == t->actor.country));
            const CameoCode *eventCode = isHomeGround ? plainMeeting : code;
            e.cameoCode = eventCode->code;
            e.cameoRoot = eventCode->root();
            e.ploverType = eventCode->ploverType;
            e.quadClass = eventCode->quadClass;
            e.goldstein = eventCode->goldstein;
            e.date = date;
            e.reportDate = published;
            e.modality = modality;
            double c = confidence - (s.viaPronoun ? 0.15 : 0.0) - (t && !t->isInferred ? 0.0 : 0.1);
            e.confidence = std::clamp(c, 0.05, 0.95);
            e.trigger = text.mid(triggerBegin, triggerEnd - triggerBegin).toString();
            e.triggerSpan = {triggerBegin, triggerEnd};
            events.push_back(std::move(e));
        };
        // "X and Y renewed negotiations on ... X ...": when compound sources meet only targets
        // of their own countries, the sources act on each other.
        if (sources.size() > 1 && !targets.empty()) {
            bool allOwn = true;
            for (const Participant &t : targets) {
                bool own = false;
                for (const Participant &s : sources)
                    own = own || s.actor.country == t.actor.country;
                allOwn = allOwn && own;
            }
            if (allOwn)
                targets.clear();
        }
        // A domestic event placed in the source's own country ("a rally in Lagos") is aimed at
        // that state; without a named target or place, at the source's own state (see the class
        // comment).
        const bool isDomestic = isDomesticCode(*code);
        const size_t eventsBefore = events.size();
        for (const Participant &s : sources) {
            bool any = false;
            for (const Participant &t : targets) {
                // Otherwise a place of the source's own country is where it acts, not whom it
                // acts on.
                if (t.actor.span == s.actor.span
                    || (t.isPlace && t.actor.country == s.actor.country && !isDomestic))
                    continue;
                emitEvent(s, &t);
                any = true;
            }
            if (!any && isDomestic && sources.size() == 1 && m_states.contains(s.actor.country)) {
                Participant home;
                home.actor = m_actors.makeActor(s.actor.country);
                home.isInferred = true;
                emitEvent(s, &home);
                any = true;
            }
            if (!any)
                emitEvent(s, nullptr);
        }
        // Reciprocal compounds without a target ("X and Y signed an agreement"): each is the
        // other's target.
        if (targets.empty() && sources.size() > 1) {
            events.erase(events.begin() + long(eventsBefore), events.end());
            for (size_t i = 0; i < sources.size(); ++i)
                for (size_t j = 0; j < sources.size(); ++j)
                    if (i != j && sources[i].actor.span != sources[j].actor.span)
                        emitEvent(sources[i], &sources[j]);
        }
        // One event per dyad: "Kofi Annan, UN secretary-general" is one target.
        for (size_t i = eventsBefore; i < events.size(); ++i) {
            for (size_t j = eventsBefore; j < i; ++j) {
                if (events[j].source.code == events[i].source.code
                    && events[j].target.has_value() == events[i].target.has_value()
                    && (!events[i].target || events[j].target->code == events[i].target->code)) {
                    events.erase(events.begin() + long(i));
                    --i;
                    break;
                }
            }
        }
    }
    return events;
}

} // namespace demarche
