#include "actorrecognizer.h"

#include "actortokenizer.h"
#include "wordclasses.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace demarche {

namespace {

enum class PayloadType : std::uint8_t { Named, Role, PersonFull, PersonShort, Blocker };

// One dictionary phrase ending at a trie node, with the case each of its words needs.
struct Payload
{
    PayloadType type = PayloadType::Named;
    int index = 0; // into namedEntries(), roles() or persons()
    int length = 0; // tokens
    std::uint32_t caseMask = 0; // 2 bits per token: 0 any, 1 capitalised, 2 upper
};

// Open-addressing map from (node, token hash) to child node: the hot path of matching.
class EdgeTable final
{
public:
    void reserve(size_t edges)
    {
        size_t capacity = 16;
        while (capacity < edges * 2)
            capacity *= 2;
        m_slots.assign(capacity, Slot {});
        m_mask = capacity - 1;
    }
    int find(int node, std::uint64_t hash) const
    {
        size_t i = slotOf(node, hash);
        while (true) {
            const Slot &s = m_slots[i];
            if (s.child == 0)
                return -1;
            if (s.node == node && s.hash == hash)
                return s.child;
            i = (i + 1) & m_mask;
        }
    }
    void insert(int node, std::uint64_t hash, int child)
    {
        size_t i = slotOf(node, hash);
        while (m_slots[i].child != 0)
            i = (i + 1) & m_mask;
        m_slots[i] = Slot {hash, node, child};
    }

private:
    struct Slot
    {
        std::uint64_t hash = 0;
        int node = 0;
        int child = 0; // 0 = empty (the root is never a child)
    };
    size_t slotOf(int node, std::uint64_t hash) const
    {
        return size_t((hash ^ (std::uint64_t(node) * 0x9E3779B97F4A7C15ULL)) * 0xBF58476D1CE4E5B9ULL
                      >> 17)
            & m_mask;
    }
    std::vector<Slot> m_slots;
    size_t m_mask = 0;
};

bool isWordToken(const std::vector<ActorToken> &toks, size_t i)
{
    return i < toks.size() && toks[i].isWord;
}

bool caseFits(std::uint32_t mask, int length, const std::vector<ActorToken> &toks, size_t start)
{
    for (int k = 0; k < length; ++k) {
        const unsigned need = (mask >> (2 * k)) & 3u;
        const ActorToken &t = toks[start + size_t(k)];
        if (need == 2 && t.shape != ActorCase::Upper)
            return false;
        if (need == 1 && t.shape == ActorCase::Lower && !t.isAfterHyphen)
            return false;
    }
    return true;
}

bool titleCompatible(const QString &reference, const QString &title)
{
    if (reference.isEmpty() || title.isEmpty())
        return false;
    if (reference == title)
        return true;
    if (reference == u"minister")
        return title.endsWith(QStringLiteral("minister"));
    if (reference == u"leader")
        return title == u"president" || title == u"prime minister" || title == u"monarch"
            || title == u"supreme leader";
    return false;
}

} // namespace

PronounKind pronounKind(QStringView word)
{
    const QString w = word.toString().toLower();
    const WordClasses &classes = WordClasses::builtin();
    if (classes.is(w, WordClass::PersonPronoun))
        return PronounKind::Person;
    if (classes.is(w, WordClass::ThingPronoun))
        return PronounKind::Thing;
    if (classes.is(w, WordClass::PluralPronoun))
        return PronounKind::Plural;
    return PronounKind::Any;
}

ArticleActors::ArticleActors(std::vector<ActorMention> mentions)
    : m_mentions(std::move(mentions))
{
    std::sort(
        m_mentions.begin(), m_mentions.end(),
        [](const ActorMention &a, const ActorMention &b) { return a.span.begin < b.span.begin; });
}

int ArticleActors::indexAt(int pos) const
{
    const auto it = std::upper_bound(m_mentions.begin(), m_mentions.end(), pos,
                                     [](int p, const ActorMention &m) { return p < m.span.begin; });
    if (it == m_mentions.begin())
        return -1;
    const auto prev = std::prev(it);
    return pos < prev->span.end ? int(prev - m_mentions.begin()) : -1;
}

const ActorMention *ArticleActors::mentionAt(int pos) const
{
    const int i = indexAt(pos);
    return i < 0 ? nullptr : &m_mentions[size_t(i)];
}

std::vector<int> ArticleActors::indicesIn(TextSpan span) const
{
    std::vector<int> out;
    const auto it = std::lower_bound(m_mentions.begin(), m_mentions.end(), span.begin,
                                     [](const ActorMention &m, int p) { return m.span.begin < p; });
    for (auto m = it; m != m_mentions.end() && m->span.begin < span.end; ++m)
        if (m->span.end <= span.end)
            out.push_back(int(m - m_mentions.begin()));
    return out;
}

int ArticleActors::firstFrom(int pos, int limit) const
{
    const auto it = std::lower_bound(m_mentions.begin(), m_mentions.end(), pos,
                                     [](const ActorMention &m, int p) { return m.span.begin < p; });
    if (it == m_mentions.end() || it->span.begin >= limit)
        return -1;
    return int(it - m_mentions.begin());
}

int ArticleActors::lastBefore(int pos, int floor) const
{
    for (int i = int(m_mentions.size()) - 1; i >= 0; --i) {
        const ActorMention &m = m_mentions[size_t(i)];
        if (m.span.end <= pos)
            return m.span.begin >= floor ? i : -1;
    }
    return -1;
}

Actor ArticleActors::resolve(TextSpan span) const
{
    for (const ActorMention &m : m_mentions) {
        if (m.span.begin >= span.end)
            break;
        if (m.span.contains(span) || span.contains(m.span))
            return m.actor;
    }
    return {};
}

int ArticleActors::resolvePronoun(int pos, PronounKind kind) const
{
    for (int i = int(m_mentions.size()) - 1; i >= 0; --i) {
        const ActorMention &m = m_mentions[size_t(i)];
        if (m.span.end > pos)
            continue;
        bool fits = true;
        switch (kind) {
        case PronounKind::Person:
            fits = m.kind == ActorKind::Person
                || (m.kind == ActorKind::Role && !m.title.isEmpty() && !m.isPlural);
            break;
        case PronounKind::Thing:
            fits = (m.kind == ActorKind::Country && !m.isPlural) || m.kind == ActorKind::Igo
                || m.kind == ActorKind::Group
                || (m.kind == ActorKind::Role && m.title.isEmpty() && !m.isPlural);
            break;
        case PronounKind::Plural:
            fits = m.isPlural || m.kind == ActorKind::Country || m.kind == ActorKind::Group
                || m.kind == ActorKind::Igo;
            break;
        case PronounKind::Any:
            break;
        }
        if (fits)
            return i;
    }
    return -1;
}

struct ActorRecognizer::Impl
{
    const ActorDictionary &dict;
    EdgeTable edges;
    std::vector<std::vector<Payload>> payloads; // per node
    int nodeCount = 1;
    QHash<std::uint64_t, std::vector<int>> personsByShort; // short form hash -> persons
    QHash<std::uint64_t, std::vector<int>> personsByFull; // full name/alias hash -> persons
    QSet<std::uint64_t> nameStops; // words that end a name ("Monday", "said" is lower anyway)
    QSet<std::uint64_t> particles; // lower-case words inside names ("bin", "de", "van")
    QSet<std::uint64_t> determiners; // "a", "the": they open another noun phrase
    std::uint64_t hashThe = 0;
    std::uint64_t hashOf = 0;
    std::uint64_t hashIn = 0;
    std::uint64_t hashFormer = 0;
    std::uint64_t hashPro = 0;
    std::uint64_t hashComma = 0;
    std::uint64_t hashAnti = 0;

    explicit Impl(const ActorDictionary &d)
        : dict(d)
    {
        build();
    }

    void addPhrase(const QString &phrase, PayloadType type, int index)
    {
        const std::vector<ActorToken> toks = ActorTokenizer::tokenize(phrase);
        if (toks.empty() || toks.size() > 16)
            return;
        std::vector<std::pair<int, std::uint64_t>> path;
        Payload p;
        p.type = type;
        p.index = index;
        p.length = int(toks.size());
        for (size_t k = 0; k < toks.size(); ++k) {
            const ActorToken &t = toks[k];
            unsigned need = 0;
            // Role words and lower-case particles match in any case; names need their capitals.
            if (type != PayloadType::Role) {
                if (t.shape == ActorCase::Upper && t.end - t.begin >= 2)
                    need = 2;
                else if (t.shape != ActorCase::Lower)
                    need = 1;
            }
            p.caseMask |= need << (2 * k);
        }
        pending.push_back({toks, p});
    }

    struct Pending
    {
        std::vector<ActorToken> toks;
        Payload payload;
    };
    std::vector<Pending> pending;

    void build()
    {
        const auto &named = dict.namedEntries();
        for (int i = 0; i < int(named.size()); ++i)
            addPhrase(
                named[size_t(i)].phrase,
                named[size_t(i)].country.isEmpty() ? PayloadType::Blocker : PayloadType::Named, i);
        const auto &roles = dict.roles();
        for (int i = 0; i < int(roles.size()); ++i)
            addPhrase(roles[size_t(i)].phrase, PayloadType::Role, i);
        const auto &persons = dict.persons();
        for (int i = 0; i < int(persons.size()); ++i) {
            const PersonEntry &person = persons[size_t(i)];
            addPhrase(person.name, PayloadType::PersonFull, i);
            personsByFull[phraseHash(person.name)].push_back(i);
            for (const QString &alias : person.aliases) {
                addPhrase(alias, PayloadType::PersonFull, i);
                personsByFull[phraseHash(alias)].push_back(i);
            }
            for (const QString &surname : person.surnames) {
                addPhrase(surname, PayloadType::PersonShort, i);
                personsByShort[phraseHash(surname)].push_back(i);
            }
        }
        size_t edgeCount = 0;
        for (const Pending &p : pending)
            edgeCount += p.toks.size();
        edges.reserve(edgeCount + 16);
        payloads.emplace_back();
        for (const Pending &p : pending) {
            int node = 0;
            for (const ActorToken &t : p.toks) {
                int child = edges.find(node, t.hash);
                if (child < 0) {
                    child = nodeCount++;
                    payloads.emplace_back();
                    edges.insert(node, t.hash, child);
                }
                node = child;
            }
            payloads[size_t(node)].push_back(p.payload);
        }
        pending.clear();
        pending.shrink_to_fit();
        const WordClasses &classes = WordClasses::builtin();
        for (const QString &w : classes.words(WordClass::NameStop))
            nameStops.insert(ActorTokenizer::hashOf(w));
        for (const QString &w : classes.words(WordClass::NameParticle))
            particles.insert(ActorTokenizer::hashOf(w));
        for (const QString &w : classes.words(WordClass::Determiner))
            determiners.insert(ActorTokenizer::hashOf(w));
        hashThe = ActorTokenizer::hashOf(u"the");
        hashOf = ActorTokenizer::hashOf(u"of");
        hashIn = ActorTokenizer::hashOf(u"in");
        hashFormer = ActorTokenizer::hashOf(u"former");
        hashPro = ActorTokenizer::hashOf(u"pro");
        hashComma = ActorTokenizer::hashOf(u",");
        hashAnti = ActorTokenizer::hashOf(u"anti");
    }

    // The longest dictionary phrases starting at token `i` whose case fits: fills `out` with the
    // payloads of that length and returns the length (0 if none).
    int longest(const std::vector<ActorToken> &toks, size_t i, std::vector<const Payload *> &out,
                bool rolesOnly = false) const
    {
        out.clear();
        int node = 0;
        int best = 0;
        size_t k = i;
        const Payload *fit[8];
        while (k < toks.size()) {
            node = edges.find(node, toks[k].hash);
            if (node < 0)
                break;
            ++k;
            const auto &here = payloads[size_t(node)];
            if (here.empty())
                continue;
            int n = 0;
            for (const Payload &p : here) {
                if (rolesOnly && p.type != PayloadType::Role)
                    continue;
                if (n < 8 && caseFits(p.caseMask, p.length, toks, i))
                    fit[n++] = &p;
            }
            if (n > 0) {
                best = int(k - i);
                out.assign(fit, fit + n);
            }
        }
        return best;
    }

    bool startsPhrase(const std::vector<ActorToken> &toks, size_t i) const
    {
        return i < toks.size() && edges.find(0, toks[i].hash) >= 0;
    }

    // Whether an ambiguous name or a capital at [i, j) reads as something else here: a capitalised
    // word the dictionary does not know right after it ("Jordan Henderson", "Paris Saint-Germain")
    // or, for ambiguous names, right before it ("Michael Jordan").
    bool looksLikeOtherName(const std::vector<ActorToken> &toks, size_t i, size_t j,
                            bool checkBefore) const
    {
        // A following surname ("Chad Smith") is no evidence for the country reading.
        std::vector<const Payload *> next;
        longest(toks, j, next);
        const bool knownNext = std::any_of(next.begin(), next.end(), [](const Payload *p) {
            return p->type != PayloadType::PersonShort;
        });
        if (isWordToken(toks, j) && toks[j].shape != ActorCase::Lower && !toks[j].isSentenceStart
            && !knownNext)
            return true;
        if (checkBefore && i > 0 && toks[i - 1].isWord && toks[i - 1].shape != ActorCase::Lower
            && !nameStops.contains(toks[i - 1].hash) && !startsPhrase(toks, i - 1))
            return true;
        return false;
    }

    // Capitalised words of a name starting at `k`; returns the end token (== k when none).
    size_t gatherName(const std::vector<ActorToken> &toks, size_t k) const
    {
        size_t end = k;
        int words = 0;
        while (end < toks.size() && words < 5) {
            const ActorToken &t = toks[end];
            if (!t.isWord || nameStops.contains(t.hash))
                break;
            if (t.shape == ActorCase::Lower && !t.isAfterHyphen) {
                if (particles.contains(t.hash) && isWordToken(toks, end + 1)
                    && toks[end + 1].shape != ActorCase::Lower && words > 0) {
                    ++end;
                    continue;
                }
                if (particles.contains(t.hash) && words == 0 && isWordToken(toks, end + 1)
                    && toks[end + 1].shape != ActorCase::Lower) {
                    ++end;
                    continue;
                }
                break;
            }
            if (t.isSentenceStart && end > k)
                break;
            ++end;
            ++words;
        }
        return words == 0 ? k : end;
    }

    // Hash of the token sequence [a, b): how names are looked up without building strings.
    static std::uint64_t seqHash(const std::vector<ActorToken> &toks, size_t a, size_t b)
    {
        std::uint64_t h = 14695981039346656037ULL;
        for (size_t k = a; k < b; ++k)
            h = (h ^ toks[k].hash) * 1099511628211ULL;
        return h;
    }
    static std::uint64_t phraseHash(const QString &phrase)
    {
        const std::vector<ActorToken> toks = ActorTokenizer::tokenize(phrase);
        return seqHash(toks, 0, toks.size());
    }
    const PersonEntry *findFull(const std::vector<ActorToken> &toks, size_t a, size_t b) const
    {
        const auto it = personsByFull.constFind(seqHash(toks, a, b));
        return it == personsByFull.constEnd() ? nullptr : &dict.persons()[size_t(it->front())];
    }

    // The actor a known person stands for at `date`: the office held then, or their country as an
    // elite when out of office.
    Actor personActor(const PersonEntry &person, const QDate &date, QString *title) const
    {
        if (const OfficeTerm *term = ActorDictionary::termAt(person, date)) {
            if (title)
                *title = term->title;
            return dict.makeActor(term->country, term->sector);
        }
        const OfficeTerm *nearest = &person.terms.front();
        for (const OfficeTerm &term : person.terms)
            if (!date.isValid() || term.from <= date)
                nearest = &term;
        if (title)
            title->clear();
        // IGO officials out of office keep no IGO role; a country's former leader is an elite.
        if (nearest->country.startsWith(QStringLiteral("IGO")))
            return {};
        return dict.makeActor(nearest->country, QStringLiteral("ELI"));
    }

    const PersonEntry *pickPerson(const std::vector<int> &candidates, const QDate &date,
                                  const QString &title, bool requireAlone) const
    {
        const PersonEntry *best = nullptr;
        for (int idx : candidates) {
            const PersonEntry &p = dict.persons()[size_t(idx)];
            if (requireAlone && !p.surnameAlone)
                continue;
            for (const OfficeTerm &term : p.terms)
                if (term.covers(date) && (title.isEmpty() || titleCompatible(title, term.title)))
                    return &p;
            if (!best && title.isEmpty())
                best = &p;
        }
        // A distinctive surname out of office still names its person ("Trump" in 2022).
        return requireAlone ? best : nullptr;
    }

    // The term with a compatible title nearest in time to `date` among the candidates: "President
    // Bush" in a text dated between terms, or with a wrong or missing date, still names a US
    // president. Null when no candidate ever held such an office.
    const OfficeTerm *nearestTerm(const std::vector<int> &candidates, const QDate &date,
                                  const QString &title) const
    {
        const OfficeTerm *best = nullptr;
        qint64 bestDistance = 0;
        for (int idx : candidates) {
            for (const OfficeTerm &term : dict.persons()[size_t(idx)].terms) {
                if (!titleCompatible(title, term.title))
                    continue;
                qint64 distance = 0;
                if (date.isValid() && date < term.from)
                    distance = date.daysTo(term.from);
                else if (date.isValid() && term.to.isValid() && date > term.to)
                    distance = term.to.daysTo(date);
                if (!best || distance < bestDistance) {
                    best = &term;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }
};

ActorRecognizer::ActorRecognizer(const ActorDictionary &dictionary)
    : m_impl(std::make_unique<Impl>(dictionary))
{ }

ActorRecognizer::~ActorRecognizer() = default;

const ActorRecognizer &ActorRecognizer::builtin()
{
    static const ActorRecognizer recognizer;
    return recognizer;
}

ArticleActors ActorRecognizer::recognize(QStringView text, const QDate &articleDate) const
{
    const Impl &im = *m_impl;
    const ActorDictionary &dict = im.dict;
    // One token buffer per thread: allocating it afresh for every article cost a tenth of the time.
    thread_local std::vector<ActorToken> buffer;
    ActorTokenizer::tokenize(text, buffer);
    const std::vector<ActorToken> &toks = buffer;
    std::vector<ActorMention> mentions;
    QHash<std::uint64_t, int> shortForms; // short name hash -> mention introducing it
    std::vector<const Payload *> found;
    std::vector<const Payload *> roleFound;

    auto spanOf = [&](size_t a, size_t b) {
        return TextSpan {toks[a].begin, toks[b - 1].end};
    };
    auto push = [&](ActorMention m, size_t a, size_t b) -> size_t {
        m.span = spanOf(a, b);
        m.actor.span = m.span;
        m.actor.mention = text.sliced(m.span.begin, m.span.length()).toString();
        m.isPossessive = b < toks.size() && toks[b].isPossessive;
        mentions.push_back(std::move(m));
        return mentions.size() - 1;
    };
    auto registerShortForms = [&](size_t a, size_t b, int index, const PersonEntry *person) {
        std::vector<size_t> words;
        for (size_t k = a; k < b; ++k)
            if (toks[k].isWord && toks[k].shape != ActorCase::Lower)
                words.push_back(k);
        if (words.empty())
            return;
        shortForms.insert(Impl::seqHash(toks, words.back(), words.back() + 1), index);
        // East Asian names put the surname first: "Lee Jae Myung", "Lee Jae-myung".
        bool hyphenated = false;
        for (size_t k = a; k < b; ++k)
            hyphenated = hyphenated || toks[k].isAfterHyphen;
        if (words.size() >= 3 || hyphenated)
            shortForms.insert(Impl::seqHash(toks, words.front(), words.front() + 1), index);
        if (person)
            for (const QString &s : person->surnames)
                shortForms.insert(Impl::phraseHash(s), index);
        shortForms.insert(Impl::seqHash(toks, a, b), index);
    };
    // Role words from `k` on, allowing up to two plain words before the first ("China's top
    // diplomat"); returns the end and fills the chain (empty if none).
    auto roleChain = [&](size_t k, std::vector<const RoleEntry *> &chain, bool allowSkip,
                         bool *former) -> size_t {
        chain.clear();
        size_t at = k;
        int skipped = 0;
        while (at < toks.size()) {
            const int len = im.longest(toks, at, roleFound, true);
            if (len > 0) {
                chain.push_back(&dict.roles()[size_t(roleFound.front()->index)]);
                at += size_t(len);
                continue;
            }
            if (!chain.empty() || !allowSkip || skipped >= 2 || !isWordToken(toks, at)
                || toks[at].shape != ActorCase::Lower || im.determiners.contains(toks[at].hash))
                break;
            if (former && toks[at].hash == im.hashFormer)
                *former = true;
            ++skipped;
            ++at;
        }
        return chain.empty() ? k : at;
    };
    // "of [the] <country>" or "in [the] <country>" at `k`; returns the end (== k if absent).
    auto ofCountry = [&](size_t k, const NamedEntry **entry) -> size_t {
        if (!isWordToken(toks, k) || (toks[k].hash != im.hashOf && toks[k].hash != im.hashIn))
            return k;
        size_t at = k + 1;
        if (isWordToken(toks, at) && toks[at].hash == im.hashThe)
            ++at;
        std::vector<const Payload *> local;
        const int len = im.longest(toks, at, local);
        for (const Payload *p : local) {
            if (p->type == PayloadType::Named) {
                *entry = &dict.namedEntries()[size_t(p->index)];
                return at + size_t(len);
            }
        }
        return k;
    };

    // "Abbas Araghchi, Iran's foreign minister, said": a name the dictionary lacks, introduced by
    // the personal role that follows it after a comma. Adds the name as a person mention.
    auto appositive = [&](const ActorMention &role, size_t roleStart) {
        size_t k = roleStart;
        if (k > 0 && toks[k - 1].isWord && toks[k - 1].hash == im.hashThe)
            --k;
        if (k < 3 || toks[k - 1].isWord || toks[k - 1].hash != im.hashComma)
            return;
        const size_t nameEnd = k - 1;
        size_t nameStart = nameEnd;
        while (
            nameStart > 0 && nameEnd - nameStart < 4 && toks[nameStart - 1].isWord
            && (toks[nameStart - 1].shape != ActorCase::Lower || toks[nameStart - 1].isAfterHyphen)
            && !im.nameStops.contains(toks[nameStart - 1].hash)) {
            --nameStart;
            if (toks[nameStart].isSentenceStart)
                break;
        }
        if (nameEnd - nameStart < 2)
            return;
        const int begin = toks[nameStart].begin;
        for (const ActorMention &earlier : mentions)
            if (earlier.span.end > begin && earlier.span.begin < toks[nameEnd - 1].end
                && earlier.span.begin != role.span.begin)
                return;
        ActorMention m;
        m.kind = ActorKind::Person;
        m.actor = role.actor;
        m.title = role.title;
        m.personName = text.sliced(begin, toks[nameEnd - 1].end - begin).toString();
        // Keep the vector in text order (antecedent indices point into it): the name goes
        // before the role mention just pushed.
        push(std::move(m), nameStart, nameEnd);
        std::swap(mentions[mentions.size() - 1], mentions[mentions.size() - 2]);
        registerShortForms(nameStart, nameEnd, int(mentions.size() - 2), nullptr);
    };

    size_t i = 0;
    while (i < toks.size()) {
        const ActorToken &t = toks[i];
        if (!t.isWord) {
            ++i;
            continue;
        }
        const int len = im.longest(toks, i, found);
        // A name introduced earlier in this article ("Lee", "Araghchi").
        if (len <= 1 && t.shape != ActorCase::Lower && !shortForms.isEmpty()) {
            const auto it = shortForms.constFind(Impl::seqHash(toks, i, i + 1));
            if (it != shortForms.constEnd()) {
                const ActorMention &ante = mentions[size_t(*it)];
                ActorMention m;
                m.actor = ante.actor;
                m.kind = ActorKind::Person;
                m.title = ante.title;
                m.personName = ante.personName;
                m.isAnaphoric = true;
                m.antecedent = ante.isAnaphoric ? ante.antecedent : *it;
                push(std::move(m), i, i + 1);
                ++i;
                continue;
            }
        }
        if (len == 0) {
            ++i;
            continue;
        }
        const Payload *named = nullptr;
        const Payload *role = nullptr;
        const Payload *full = nullptr;
        const Payload *shortName = nullptr;
        bool blocked = false;
        for (const Payload *p : found) {
            switch (p->type) {
            case PayloadType::Named:
                if (!named || dict.namedEntries()[size_t(named->index)].isAmbiguous)
                    named = p;
                break;
            case PayloadType::Role:
                role = role ? role : p;
                break;
            case PayloadType::PersonFull:
                full = full ? full : p;
                break;
            case PayloadType::PersonShort:
                shortName = shortName ? shortName : p;
                break;
            case PayloadType::Blocker:
                blocked = true;
                break;
            }
        }
        const size_t j = i + size_t(len);
        if (blocked) {
            i = j;
            continue;
        }

        if (full) {
            const PersonEntry &person = dict.persons()[size_t(full->index)];
            // Several persons may share the name: prefer the one in office at the date.
            const PersonEntry *chosen = &person;
            for (const Payload *p : found)
                if (p->type == PayloadType::PersonFull
                    && ActorDictionary::termAt(dict.persons()[size_t(p->index)], articleDate)) {
                    chosen = &dict.persons()[size_t(p->index)];
                    break;
                }
            ActorMention m;
            m.kind = ActorKind::Person;
            m.actor = im.personActor(*chosen, articleDate, &m.title);
            m.personName = text.sliced(toks[i].begin, toks[j - 1].end - toks[i].begin).toString();
            if (m.actor.isValid()) {
                const size_t index = push(std::move(m), i, j);
                registerShortForms(i, j, int(index), chosen);
            }
            i = j;
            continue;
        }

        if (named) {
            const NamedEntry &entry = dict.namedEntries()[size_t(named->index)];
            const bool capital = entry.form == CountryForm::Capital;
            if ((entry.isAmbiguous || capital)
                && im.looksLikeOtherName(toks, i, j, entry.isAmbiguous)) {
                i = j;
                continue;
            }
            // "pro-Russian", "anti-American": an attitude, not the actor.
            if (toks[i].isAfterHyphen && i > 0) {
                if (toks[i - 1].hash == im.hashPro || toks[i - 1].hash == im.hashAnti) {
                    i = j;
                    continue;
                }
            }
            size_t k = j;
            if (k < toks.size() && toks[k].isPossessive)
                ++k;
            std::vector<const RoleEntry *> chain;
            bool former = false;
            const size_t r = roleChain(k, chain, true, &former);
            ActorMention m;
            const QString country = entry.country;
            if (!chain.empty()) {
                const RoleEntry *head = chain.front();
                const RoleEntry *last = chain.back();
                QString sector = entry.kind == ActorKind::Group && !entry.sector.isEmpty()
                    ? entry.sector
                    : head->sector;
                m.kind = ActorKind::Role;
                m.isPlural = last->isPlural;
                m.title = last->isPersonal ? last->title : QString();
                size_t end = r;
                if (last->isTitle) {
                    const size_t n = im.gatherName(toks, r);
                    if (n > r) {
                        end = n;
                        m.kind = ActorKind::Person;
                        m.personName = text.sliced(toks[r].begin, toks[n - 1].end - toks[r].begin)
                                           .toString();
                        const PersonEntry *known = nullptr;
                        for (size_t e = n; e > r && !known; --e) {
                            known = im.findFull(toks, r, e);
                            if (known)
                                end = e;
                        }
                        if (known && ActorDictionary::termAt(*known, articleDate)) {
                            m.actor = im.personActor(*known, articleDate, &m.title);
                        } else {
                            m.actor
                                = dict.makeActor(country, former ? QStringLiteral("ELI") : sector);
                        }
                        if (m.actor.isValid()) {
                            const size_t index = push(std::move(m), i, end);
                            registerShortForms(r, end, int(index), known);
                        }
                        i = end;
                        continue;
                    }
                }
                if (!m.title.isEmpty() && !m.isPlural)
                    if (const PersonEntry *holder = dict.holderAt(country, m.title, articleDate))
                        m.personName = holder->name;
                m.actor = dict.makeActor(
                    country, former && !m.title.isEmpty() ? QStringLiteral("ELI") : sector);
                if (m.actor.isValid()) {
                    const bool personal = !m.title.isEmpty() && !m.isPlural;
                    const ActorMention role = m;
                    push(std::move(m), i, end);
                    if (personal)
                        appositive(role, i);
                }
                i = end;
                continue;
            }
            m.kind = entry.kind;
            m.isPlural = entry.form == CountryForm::DemonymPlural || !entry.coCountries.isEmpty();
            m.actor = dict.makeActor(country, entry.sector);
            for (const QString &co : entry.coCountries)
                m.coActors.push_back(dict.makeActor(co, entry.sector));
            if (m.actor.isValid())
                push(std::move(m), i, j);
            i = j;
            continue;
        }

        if (role) {
            std::vector<const RoleEntry *> chain;
            const size_t r = roleChain(i, chain, false, nullptr);
            const RoleEntry *head = chain.front();
            const RoleEntry *last = chain.back();
            const bool former = i > 0 && toks[i - 1].hash == im.hashFormer;
            ActorMention m;
            m.kind = ActorKind::Role;
            m.isPlural = last->isPlural;
            m.title = last->isPersonal ? last->title : QString();
            if (last->isTitle) {
                const size_t n = im.gatherName(toks, r);
                if (n > r) {
                    m.kind = ActorKind::Person;
                    size_t end = n;
                    const PersonEntry *known = nullptr;
                    for (size_t e = n; e > r && !known; --e) {
                        known = im.findFull(toks, r, e);
                        if (known)
                            end = e;
                    }
                    if (!known) {
                        // "President Lee" after "Lee Jae Myung": the introduced person.
                        const auto it = shortForms.constFind(Impl::seqHash(toks, r, n));
                        const auto it1 = it != shortForms.constEnd()
                            ? it
                            : shortForms.constFind(Impl::seqHash(toks, n - 1, n));
                        if (it1 != shortForms.constEnd()) {
                            const ActorMention &ante = mentions[size_t(*it1)];
                            m.actor = ante.actor;
                            m.personName = ante.personName;
                            m.isAnaphoric = true;
                            m.antecedent = ante.isAnaphoric ? ante.antecedent : *it1;
                            push(std::move(m), i, n);
                            i = n;
                            continue;
                        }
                        // "President Bush": a known surname holding this title at the date.
                        const auto byShort = im.personsByShort.constFind(Impl::seqHash(toks, r, n));
                        if (byShort != im.personsByShort.constEnd())
                            known = im.pickPerson(*byShort, articleDate, m.title, false);
                    }
                    const NamedEntry *where = nullptr;
                    const size_t after = known ? end : ofCountry(n, &where);
                    const OfficeTerm *nearest = nullptr;
                    if (!known && !where) {
                        const auto byShort = im.personsByShort.constFind(Impl::seqHash(toks, r, n));
                        if (byShort != im.personsByShort.constEnd())
                            nearest = im.nearestTerm(*byShort, articleDate, m.title);
                    }
                    if (nearest) {
                        m.actor = dict.makeActor(nearest->country,
                                                 former ? QStringLiteral("ELI") : nearest->sector);
                    } else if (known) {
                        QString title;
                        m.actor = im.personActor(*known, articleDate, &title);
                        if (!title.isEmpty())
                            m.title = title;
                    } else if (where) {
                        m.actor = dict.makeActor(where->country,
                                                 former ? QStringLiteral("ELI") : head->sector);
                        end = after;
                    }
                    m.personName
                        = text.sliced(toks[r].begin, toks[n - 1].end - toks[r].begin).toString();
                    if (m.actor.isValid()) {
                        const size_t index = push(std::move(m), i, end);
                        registerShortForms(r, n, int(index), known);
                        i = end;
                        continue;
                    }
                    i = n;
                    continue;
                }
            }
            const NamedEntry *where = nullptr;
            const size_t after = ofCountry(r, &where);
            if (where) {
                m.actor = dict.makeActor(where->country, head->sector);
                if (!m.title.isEmpty() && !m.isPlural)
                    if (const PersonEntry *holder
                        = dict.holderAt(where->country, m.title, articleDate))
                        m.personName = holder->name;
                if (m.actor.isValid())
                    push(std::move(m), i, after);
                i = after;
                continue;
            }
            // "a human rights group", "aid workers": non-governmental actors need no country.
            if (head->sector == u"NGO" || head->sector == u"HRI") {
                m.actor = dict.makeActor(QStringLiteral("NGO"),
                                         head->sector == u"HRI" ? head->sector : QString());
                if (m.actor.isValid())
                    push(std::move(m), i, r);
                i = r;
                continue;
            }
            // "the president", "the minister": the nearest earlier person holding a like office.
            if (last->isPersonal && !last->isPlural && i > 0 && toks[i - 1].hash == im.hashThe) {
                for (int a = int(mentions.size()) - 1; a >= 0; --a) {
                    const ActorMention &ante = mentions[size_t(a)];
                    if ((ante.kind == ActorKind::Person || ante.kind == ActorKind::Role)
                        && titleCompatible(m.title, ante.title)) {
                        m.actor = ante.actor;
                        m.personName = ante.personName;
                        m.isAnaphoric = true;
                        m.antecedent = ante.isAnaphoric ? ante.antecedent : a;
                        push(std::move(m), i, r);
                        break;
                    }
                }
            }
            i = r;
            continue;
        }

        if (shortName) {
            const auto byShort = im.personsByShort.constFind(Impl::seqHash(toks, i, j));
            const PersonEntry *person = byShort == im.personsByShort.constEnd()
                ? nullptr
                : im.pickPerson(*byShort, articleDate, {}, true);
            if (person) {
                ActorMention m;
                m.kind = ActorKind::Person;
                m.actor = im.personActor(*person, articleDate, &m.title);
                m.personName = person->name;
                if (m.actor.isValid()) {
                    const size_t index = push(std::move(m), i, j);
                    registerShortForms(i, j, int(index), person);
                }
            }
            i = j;
            continue;
        }
        i = j;
    }
    return ArticleActors(std::move(mentions));
}

} // namespace demarche
