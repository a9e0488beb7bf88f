#pragma once

#include "actordictionary.h"
#include "core/actor.h"
#include "core/textspan.h"

#include <QDate>
#include <QString>
#include <QStringView>
#include <memory>
#include <vector>

namespace demarche {

// One actor mention found in an article. Spans are UTF-16 indices into the text given to
// ActorRecognizer::recognize() (the extractor converts them to code points when it hands events
// out); `actor.span` holds the same UTF-16 span and `actor.mention` the words.
struct ActorMention
{
    Actor actor;
    TextSpan span; // UTF-16 [begin, end) of the whole mention, possessive "'s" excluded
    ActorKind kind = ActorKind::Country;
    QString title; // persons and personal roles: "president", "foreign minister" ...
    QString personName; // persons: the name as written ("Lee Jae Myung"); empty otherwise
    bool isPlural = false; // "officials", "troops", "the two Koreas", "Palestinians"
    bool isPossessive = false; // followed by "'s" / "'" ("China's")
    bool isAnaphoric = false; // resolved from an earlier mention ("Lee", "the president")
    int antecedent = -1; // index of the mention it follows, when isAnaphoric; -1 otherwise
    std::vector<Actor> coActors; // further actors the same words name ("the two Koreas": PRK)
};

// What a pronoun may refer to.
enum class PronounKind {
    Person, // he, she, him, her, his
    Thing, // it, its (a state, an IGO, a body)
    Plural, // they, them, their (a group, a plural role, a country's people)
    Any,
};

// Kind of a pronoun word ("he" -> Person, "their" -> Plural); Any for a non-pronoun.
PronounKind pronounKind(QStringView word);

// The actors of one article, in text order, with the questions the event coder asks about them.
class ArticleActors final
{
public:
    ArticleActors() = default;
    explicit ArticleActors(std::vector<ActorMention> mentions);

    // All mentions, sorted by span.begin; mentions never overlap.
    const std::vector<ActorMention> &mentions() const { return m_mentions; }
    bool isEmpty() const { return m_mentions.empty(); }

    // Index of the mention covering UTF-16 position `pos`; -1 if none.
    int indexAt(int pos) const;
    // The mention covering UTF-16 position `pos`; null if none.
    const ActorMention *mentionAt(int pos) const;
    // Indices of mentions lying wholly inside `span` (UTF-16), in text order; empty if none.
    std::vector<int> indicesIn(TextSpan span) const;
    // Index of the first mention starting at or after `pos`, before `limit`; -1 if none.
    int firstFrom(int pos, int limit) const;
    // Index of the last mention ending at or before `pos`, not before `floor`; -1 if none.
    int lastBefore(int pos, int floor = 0) const;
    // Which actor does the text span refer to: the mention containing or contained in it; an
    // invalid Actor when none overlaps.
    Actor resolve(TextSpan span) const;
    // Nearest mention ending before UTF-16 position `pos` that a pronoun of `kind` may refer to
    // (Person: persons and personal roles; Thing: countries, IGOs, bodies; Plural: groups, plural
    // roles, countries); -1 when none. Anaphoric mentions count with their own resolved actor.
    int resolvePronoun(int pos, PronounKind kind = PronounKind::Any) const;

private:
    std::vector<ActorMention> m_mentions;
};

// Finds actor mentions in article text: a token trie over the dictionary's phrases, joined into
// longest mentions ("South Korean President Lee Jae Myung" is one), resolved at the article date.
// Built once per dictionary; recognize() is const and safe to call from several threads.
class ActorRecognizer final
{
public:
    // Uses `dictionary`, which must outlive the recognizer.
    explicit ActorRecognizer(const ActorDictionary &dictionary = ActorDictionary::builtin());
    ~ActorRecognizer();
    ActorRecognizer(const ActorRecognizer &) = delete;
    ActorRecognizer &operator=(const ActorRecognizer &) = delete;

    // Every actor mention of `text`, persons resolved at `articleDate` (invalid date: persons get
    // their country with sector "ELI" as no term can be checked). Empty text gives no mentions.
    ArticleActors recognize(QStringView text, const QDate &articleDate) const;

    // The one process-wide recognizer over ActorDictionary::builtin().
    static const ActorRecognizer &builtin();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace demarche
