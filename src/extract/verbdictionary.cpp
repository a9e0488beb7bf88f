#include "verbdictionary.h"

#include "datafile.h"

#include <algorithm>

namespace demarche {

namespace {

bool isVowel(QChar c)
{
    return QStringLiteral("aeiou").contains(c);
}

// Regular inflections of a word: verbs (-s, -ed, -ing) and noun plurals share the -s rule.
QStringList regularForms(const QString &w)
{
    QStringList forms;
    if (w.size() < 2 || w.contains(QLatin1Char('-')))
        return forms;
    const QChar last = w.back();
    const QChar beforeLast = w[w.size() - 2];
    if (w.endsWith(QLatin1Char('s')) || w.endsWith(QLatin1Char('x')) || w.endsWith(QLatin1Char('z'))
        || w.endsWith(QLatin1String("ch")) || w.endsWith(QLatin1String("sh"))
        || w.endsWith(QLatin1Char('o')))
        forms << w + QLatin1String("es");
    else if (last == QLatin1Char('y') && !isVowel(beforeLast))
        forms << w.left(w.size() - 1) + QLatin1String("ies");
    else
        forms << w + QLatin1Char('s');
    if (last == QLatin1Char('e')) {
        forms << w + QLatin1Char('d');
        if (w.endsWith(QLatin1String("ie")))
            forms << w.left(w.size() - 2) + QLatin1String("ying");
        else if (w.endsWith(QLatin1String("ee")))
            forms << w + QLatin1String("ing");
        else
            forms << w.left(w.size() - 1) + QLatin1String("ing");
    } else if (last == QLatin1Char('y') && !isVowel(beforeLast)) {
        forms << w.left(w.size() - 1) + QLatin1String("ied") << w + QLatin1String("ing");
    } else {
        forms << w + QLatin1String("ed") << w + QLatin1String("ing");
        // Short final syllables double their consonant ("ban" -> "banned", "commit" ->
        // "committed").
        if (!isVowel(last) && isVowel(beforeLast) && !QStringLiteral("wxy").contains(last)
            && (w.size() < 3 || !isVowel(w[w.size() - 3])))
            forms << w + last + QLatin1String("ed") << w + last + QLatin1String("ing");
    }
    return forms;
}

} // namespace

void VerbDictionary::addForms(const QString &lemma)
{
    for (const QString &form : regularForms(lemma)) {
        if (!m_lemmas.contains(form))
            m_lemmas.insert(form, lemma);
        if (form.endsWith(QLatin1String("ed")))
            m_participles.insert(form);
    }
    // British and American spellings of -ise/-ize verbs both occur in wire text.
    if (lemma.endsWith(QLatin1String("ize")) || lemma.endsWith(QLatin1String("ise"))) {
        QString other = lemma;
        other[other.size() - 2]
            = lemma.endsWith(QLatin1String("ize")) ? QLatin1Char('s') : QLatin1Char('z');
        if (!m_lemmas.contains(other))
            m_lemmas.insert(other, lemma);
        for (const QString &form : regularForms(other)) {
            if (!m_lemmas.contains(form))
                m_lemmas.insert(form, lemma);
            if (form.endsWith(QLatin1String("ed")))
                m_participles.insert(form);
        }
    }
}

Result<VerbDictionary> VerbDictionary::parse(const QString &patterns, const QString &lemmas,
                                             const CameoTable &table)
{
    VerbDictionary dict;
    const QStringList lemmaLines = lemmas.split(QLatin1Char('\n'));
    for (int i = 0; i < lemmaLines.size(); ++i) {
        const QString line = lemmaLines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList words = line.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (int k = 1; k < words.size(); ++k) {
            dict.m_lemmas.insert(words[k], words[0]);
            if (!words[k].endsWith(QLatin1String("ing")) && !words[k].endsWith(QLatin1Char('s')))
                dict.m_participles.insert(words[k]);
        }
        // Verbs whose past equals the lemma ("hit", "set", "beat") are participles themselves.
        if (words.size() == 1)
            dict.m_participles.insert(words[0]);
    }
    QSet<QString> seen;
    const QStringList lines = patterns.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QString where = QStringLiteral("verb patterns line %1: ").arg(i + 1);
        const QStringList fields = line.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.size() < 3)
            return Result<VerbDictionary>::failure(
                where + QStringLiteral("expected '<code> <v|n> <words>'"));
        VerbPattern pattern;
        pattern.code = fields[0];
        pattern.line = i + 1;
        if (!table.contains(pattern.code))
            return Result<VerbDictionary>::failure(
                where + QStringLiteral("'%1' is not a CAMEO code").arg(pattern.code));
        if (fields[1] != QLatin1String("v") && fields[1] != QLatin1String("n"))
            return Result<VerbDictionary>::failure(where + QStringLiteral("kind must be v or n"));
        pattern.isNoun = fields[1] == QLatin1String("n");
        if (fields[2] == QLatin1String("*"))
            return Result<VerbDictionary>::failure(where
                                                   + QStringLiteral("the head must be a word"));
        for (int k = 3; k < fields.size(); ++k) {
            if (fields[k] == QLatin1String("*")) {
                if (pattern.targetSlot >= 0 || pattern.isNoun)
                    return Result<VerbDictionary>::failure(
                        where + QStringLiteral("at most one '*', and none in noun patterns"));
                pattern.targetSlot = int(pattern.elements.size());
            }
            pattern.elements.push_back(fields[k].split(QLatin1Char('|'), Qt::SkipEmptyParts));
        }
        for (const QStringList &element : pattern.elements)
            for (const QString &word : element)
                if (word != QLatin1String("*"))
                    dict.addForms(word);
        // "express|offer regret" is one pattern per head word.
        for (const QString &head : fields[2].split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
            VerbPattern one = pattern;
            one.head = head;
            one.text = head + QLatin1Char(' ') + fields.mid(3).join(QLatin1Char(' '));
            one.text = one.text.trimmed();
            const QString key = fields[1] + QLatin1Char(' ') + one.text;
            if (seen.contains(key))
                return Result<VerbDictionary>::failure(
                    where + QStringLiteral("duplicate pattern '%1'").arg(one.text));
            seen.insert(key);
            dict.addForms(head);
            dict.m_byHead[head].push_back(int(dict.m_patterns.size()));
            dict.m_patterns.push_back(std::move(one));
        }
    }
    // Elements match any inflection: add each word's lemma and, for plurals, the singular.
    for (VerbPattern &pattern : dict.m_patterns) {
        for (QStringList &element : pattern.elements) {
            QStringList extra;
            for (const QString &word : element) {
                if (word == QLatin1String("*"))
                    continue;
                extra << dict.lemma(word);
                if (word.endsWith(QLatin1Char('s')) && !word.endsWith(QLatin1String("ss")))
                    extra << word.left(word.size() - 1);
            }
            for (const QString &w : extra)
                if (!element.contains(w))
                    element << w;
        }
    }
    if (dict.m_patterns.empty())
        return Result<VerbDictionary>::failure(QStringLiteral("verb pattern list is empty"));
    for (auto it = dict.m_byHead.begin(); it != dict.m_byHead.end(); ++it) {
        std::stable_sort(it->begin(), it->end(), [&dict](int a, int b) {
            return dict.m_patterns[size_t(a)].specificity()
                > dict.m_patterns[size_t(b)].specificity();
        });
    }
    return dict;
}

const VerbDictionary &VerbDictionary::builtin()
{
    static const VerbDictionary dict = [] {
        const QString patterns
            = readDataFile(QStringLiteral(":/demarche/extract/verbs/patterns.txt"));
        const QString lemmas = readDataFile(QStringLiteral(":/demarche/extract/verbs/lemmas.tsv"));
        Result<VerbDictionary> parsed = parse(patterns, lemmas, CameoTable::builtin());
        if (!parsed)
            qFatal("%s", qPrintable(parsed.error()));
        return std::move(parsed).value();
    }();
    return dict;
}

const std::vector<int> *VerbDictionary::patternsFor(const QString &word) const
{
    const auto it = m_byHead.constFind(word);
    return it == m_byHead.constEnd() ? nullptr : &*it;
}

bool VerbDictionary::isParticiple(const QString &lower) const
{
    return m_participles.contains(lower) || lower.endsWith(QLatin1String("ed"));
}

QSet<QString> VerbDictionary::roots() const
{
    QSet<QString> roots;
    for (const VerbPattern &p : m_patterns)
        roots.insert(p.code.left(2));
    return roots;
}

} // namespace demarche
