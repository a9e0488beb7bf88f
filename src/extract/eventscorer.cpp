#include "eventscorer.h"

#include "datafile.h"
#include "extractor.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

namespace demarche {

namespace {

struct Triple
{
    QString source;
    QString target; // empty: any target
    QString root;
    QString code;
};

double ratio(int a, int b)
{
    return b > 0 ? double(a) / double(b) : 0.0;
}

QStringList codesOf(const QJsonValue &value)
{
    QStringList codes;
    for (const QJsonValue &v : value.toArray())
        codes << EventScorer::goldCountry(v.toObject().value(QStringLiteral("code")).toString());
    return codes;
}

std::vector<Triple> goldTriples(const GoldEvent &g)
{
    std::vector<Triple> out;
    if (!g.targets.isEmpty()) {
        for (const QString &s : g.sources)
            for (const QString &t : g.targets)
                out.push_back({s, t, g.cameoRoot, g.cameoCode});
    } else if (g.isReciprocal && g.sources.size() > 1) {
        for (int i = 0; i < g.sources.size(); ++i)
            for (int j = 0; j < g.sources.size(); ++j)
                if (i != j)
                    out.push_back({g.sources[i], g.sources[j], g.cameoRoot, g.cameoCode});
    } else {
        for (const QString &s : g.sources)
            out.push_back({s, QString(), g.cameoRoot, g.cameoCode});
    }
    return out;
}

// The rule, which the held-out set is scored by: same source, and the same target unless
// the gold record has none. A targetless prediction matches only a targetless gold record, also
// when the gold aims a domestic event at the source's own country (X>X): the coder must say so.
bool dyadMatches(const Triple &gold, const Triple &p)
{
    return gold.source == p.source && (gold.target.isEmpty() || gold.target == p.target);
}

// Greedy one-to-one matching; exact-target gold first so that "any target" records do not take
// a prediction an exact record needs.
int matchOneToOne(const std::vector<Triple> &gold, const std::vector<Triple> &pred, bool withRoot,
                  std::vector<int> *goldOfPred = nullptr)
{
    std::vector<bool> goldUsed(gold.size(), false);
    if (goldOfPred)
        goldOfPred->assign(pred.size(), -1);
    int matched = 0;
    for (int pass = 0; pass < 2; ++pass) {
        for (size_t p = 0; p < pred.size(); ++p) {
            if (goldOfPred && (*goldOfPred)[p] >= 0)
                continue;
            for (size_t g = 0; g < gold.size(); ++g) {
                if (goldUsed[g] || gold[g].target.isEmpty() != (pass == 1))
                    continue;
                if (!dyadMatches(gold[g], pred[p]) || (withRoot && gold[g].root != pred[p].root))
                    continue;
                goldUsed[g] = true;
                if (goldOfPred)
                    (*goldOfPred)[p] = int(g);
                ++matched;
                break;
            }
        }
    }
    return matched;
}

} // namespace

double EventScore::precision() const
{
    return ratio(matchedTriples, predictedTriples);
}
double EventScore::recall() const
{
    return ratio(matchedTriples, goldTriples);
}
double EventScore::f1() const
{
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}
double EventScore::rootAccuracy() const
{
    return ratio(actorMatchedRootRight, actorMatched);
}
double EventScore::fullCodeAccuracy() const
{
    return ratio(fullCodeMatched, fullCodeChecked);
}
double EventScore::actorPrecision() const
{
    return ratio(actorMatched, predictedTriples);
}
double EventScore::extraPerSentence() const
{
    return ratio(predictedTriples - matchedTriples, sentences);
}

QString EventScore::report(const QString &title) const
{
    QString out;
    out += QStringLiteral("== %1: %2 sentences, %3 without events\n")
               .arg(title)
               .arg(sentences)
               .arg(noEventSentences);
    out += QStringLiteral("dyad+root  P %1 (%2/%3)  R %4 (%2/%5)  F1 %6\n")
               .arg(precision(), 0, 'f', 3)
               .arg(matchedTriples)
               .arg(predictedTriples)
               .arg(recall(), 0, 'f', 3)
               .arg(goldTriples)
               .arg(f1(), 0, 'f', 3);
    out += QStringLiteral("root accuracy on actor-matched events %1 (%2/%3)\n")
               .arg(rootAccuracy(), 0, 'f', 3)
               .arg(actorMatchedRootRight)
               .arg(actorMatched);
    out += QStringLiteral("full-code match on matched triples %1 (%2/%3)\n")
               .arg(fullCodeAccuracy(), 0, 'f', 3)
               .arg(fullCodeMatched)
               .arg(fullCodeChecked);
    out += QStringLiteral("actor-only match (dyad, any root) %1 (%2/%3)\n")
               .arg(actorPrecision(), 0, 'f', 3)
               .arg(actorMatched)
               .arg(predictedTriples);
    out += QStringLiteral("extra events per sentence %1 (%2 unmatched)\n")
               .arg(extraPerSentence(), 0, 'f', 3)
               .arg(predictedTriples - matchedTriples);
    out += QStringLiteral("sentences with a prediction %1; no-event sentences left empty %2/%3\n")
               .arg(sentencesWithPrediction)
               .arg(noEventAgreed)
               .arg(noEventSentences);
    out += QStringLiteral("missed gold: %1 in sentences coded empty, %2 beside other predictions\n")
               .arg(missedSilent)
               .arg(missedBeside);
    out += QStringLiteral("extras: %1 right dyad wrong root, %2 dyad not in gold, %3 in no-event "
                          "sentences\n")
               .arg(extraWrongRoot)
               .arg(extraWrongDyad)
               .arg(extraNoGold);
    return out;
}

QString EventScorer::countryPart(const QString &code)
{
    return code.trimmed().left(3).toUpper();
}

QString EventScorer::goldCountry(const QString &code)
{
    // resources/extract/scoring/goldaliases.tsv, read once; a missing file aliases nothing.
    static const QHash<QString, QString> aliases = [] {
        QHash<QString, QString> out;
        const QString text
            = readDataFile(QStringLiteral(":/demarche/extract/scoring/goldaliases.tsv"));
        for (const DataLine &line : dataLines(text)) {
            const QStringList fields = line.text.split(QLatin1Char('\t'));
            if (fields.size() == 2)
                out.insert(fields[0], fields[1]);
        }
        return out;
    }();
    const QString country = countryPart(code);
    return aliases.value(country, country);
}

Result<std::vector<GoldSentence>> EventScorer::readPloverJsonl(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<std::vector<GoldSentence>>::failure(
            QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    std::vector<GoldSentence> out;
    int lineNo = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
        if (error.error != QJsonParseError::NoError)
            return Result<std::vector<GoldSentence>>::failure(
                QStringLiteral("%1 line %2: %3").arg(path).arg(lineNo).arg(error.errorString()));
        GoldSentence s;
        s.id = o.value(QStringLiteral("id")).toString();
        s.date = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
        s.text = o.value(QStringLiteral("text")).toString();
        const QJsonObject g = o.value(QStringLiteral("gold")).toObject();
        GoldEvent e;
        e.sources = codesOf(g.value(QStringLiteral("source")));
        e.targets = codesOf(g.value(QStringLiteral("target")));
        e.isReciprocal
            = g.value(QStringLiteral("markup")).toString().contains(QStringLiteral("SRC/TAR"));
        e.cameoCode = g.value(QStringLiteral("cameo")).toString();
        e.cameoRoot = g.value(QStringLiteral("cameo_root")).toString();
        if (e.cameoRoot.isEmpty() && e.cameoCode.size() >= 2)
            e.cameoRoot = e.cameoCode.left(2);
        if (!e.sources.isEmpty() && !e.cameoRoot.isEmpty())
            s.events.push_back(e);
        if (s.text.isEmpty())
            return Result<std::vector<GoldSentence>>::failure(
                QStringLiteral("%1 line %2: no text").arg(path).arg(lineNo));
        out.push_back(std::move(s));
    }
    return out;
}

Result<std::vector<GoldSentence>> EventScorer::readPetrarchXml(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<std::vector<GoldSentence>>::failure(
            QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    // The file mixes '#' banner text and stray angle brackets into its XML, so records are read
    // by pattern rather than by an XML parser.
    const QString all = QString::fromUtf8(file.readAll());
    static const QRegularExpression sentenceRe(QStringLiteral("<Sentence\\s([^>]*)>"));
    static const QRegularExpression attrRe(QStringLiteral("(\\w+)=\"([^\"]*)\""));
    static const QRegularExpression codingRe(QStringLiteral("<EventCoding\\s([^>]*)/?>"));
    static const QRegularExpression textRe(QStringLiteral("<Text>(.*?)</Text>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    std::vector<GoldSentence> out;
    QRegularExpressionMatchIterator it = sentenceRe.globalMatch(all);
    std::vector<QRegularExpressionMatch> heads;
    while (it.hasNext())
        heads.push_back(it.next());
    for (size_t i = 0; i < heads.size(); ++i) {
        const qsizetype from = heads[i].capturedEnd();
        const qsizetype to = i + 1 < heads.size() ? heads[i + 1].capturedStart() : all.size();
        const QString body = all.mid(from, to - from);
        GoldSentence s;
        QRegularExpressionMatchIterator a = attrRe.globalMatch(heads[i].captured(1));
        while (a.hasNext()) {
            const QRegularExpressionMatch m = a.next();
            if (m.captured(1) == QLatin1String("id"))
                s.id = m.captured(2);
            else if (m.captured(1) == QLatin1String("date"))
                s.date = QDate::fromString(m.captured(2), QStringLiteral("yyyyMMdd"));
        }
        const QRegularExpressionMatch text = textRe.match(body);
        s.text = text.captured(1).simplified();
        QRegularExpressionMatchIterator c = codingRe.globalMatch(body);
        while (c.hasNext()) {
            QString code, source, target;
            QRegularExpressionMatchIterator ca = attrRe.globalMatch(c.next().captured(1));
            while (ca.hasNext()) {
                const QRegularExpressionMatch m = ca.next();
                if (m.captured(1) == QLatin1String("eventcode"))
                    code = m.captured(2);
                else if (m.captured(1) == QLatin1String("sourcecode"))
                    source = m.captured(2);
                else if (m.captured(1) == QLatin1String("targetcode"))
                    target = m.captured(2);
            }
            if (code.isEmpty() || source.isEmpty())
                continue; // noevents="True"
            GoldEvent e;
            e.sources << goldCountry(source);
            if (!target.isEmpty() && target != QLatin1String("---"))
                e.targets << goldCountry(target);
            e.cameoCode = code;
            e.cameoRoot = code.left(2);
            s.events.push_back(e);
        }
        if (!s.text.isEmpty())
            out.push_back(std::move(s));
    }
    if (out.empty())
        return Result<std::vector<GoldSentence>>::failure(
            QStringLiteral("%1: no sentences found").arg(path));
    return out;
}

EventScore EventScorer::score(const std::vector<GoldSentence> &gold, const Extractor &extractor)
{
    std::vector<std::vector<Event>> predictions;
    predictions.reserve(gold.size());
    for (const GoldSentence &s : gold) {
        Article article;
        article.id = s.id;
        article.text = s.text;
        article.published = s.date;
        predictions.push_back(extractor.extract(article).events);
    }
    return score(gold, predictions);
}

EventScore EventScorer::score(const std::vector<GoldSentence> &gold,
                              const std::vector<std::vector<Event>> &predictions)
{
    EventScore score;
    for (size_t i = 0; i < gold.size(); ++i) {
        const GoldSentence &s = gold[i];
        ++score.sentences;
        std::vector<Triple> g;
        for (const GoldEvent &e : s.events)
            for (const Triple &t : goldTriples(e))
                g.push_back(t);
        std::vector<Triple> p;
        if (i < predictions.size()) {
            for (const Event &e : predictions[i]) {
                if (e.modality == Modality::Negated)
                    continue;
                const bool refused = e.modality == Modality::Refused;
                p.push_back(
                    {countryPart(e.source.country.isEmpty() ? e.source.code : e.source.country),
                     e.target ? countryPart(e.target->country.isEmpty() ? e.target->code
                                                                        : e.target->country)
                              : QString(),
                     refused ? QStringLiteral("12") : e.cameoRoot,
                     refused ? QStringLiteral("12") : e.cameoCode});
            }
        }
        score.goldTriples += int(g.size());
        score.predictedTriples += int(p.size());
        if (!p.empty())
            ++score.sentencesWithPrediction;
        if (g.empty()) {
            ++score.noEventSentences;
            if (p.empty())
                ++score.noEventAgreed;
        }
        std::vector<int> goldOfPred;
        const int matched = matchOneToOne(g, p, true, &goldOfPred);
        score.matchedTriples += matched;
        for (size_t k = 0; k < p.size(); ++k) {
            const int gi = goldOfPred[k];
            if (gi < 0 || g[size_t(gi)].code.size() < 3)
                continue;
            ++score.fullCodeChecked;
            if (g[size_t(gi)].code == p[k].code)
                ++score.fullCodeMatched;
        }
        std::vector<int> actorOfPred;
        const int actorMatched = matchOneToOne(g, p, false, &actorOfPred);
        score.actorMatched += actorMatched;
        for (size_t k = 0; k < p.size(); ++k)
            if (actorOfPred[k] >= 0 && g[size_t(actorOfPred[k])].root == p[k].root)
                ++score.actorMatchedRootRight;
        (p.empty() ? score.missedSilent : score.missedBeside) += int(g.size()) - matched;
        for (size_t k = 0; k < p.size(); ++k) {
            if (goldOfPred[k] >= 0)
                continue;
            if (g.empty())
                ++score.extraNoGold;
            else if (actorOfPred[k] >= 0)
                ++score.extraWrongRoot;
            else
                ++score.extraWrongDyad;
        }
        if (matched != int(g.size()) || matched != int(p.size())) {
            QStringList gs, ps;
            for (const Triple &t : g)
                gs << QStringLiteral("%1>%2:%3")
                          .arg(t.source, t.target.isEmpty() ? QStringLiteral("*") : t.target,
                               t.code);
            for (const Triple &t : p)
                ps << QStringLiteral("%1>%2:%3")
                          .arg(t.source, t.target.isEmpty() ? QStringLiteral("-") : t.target,
                               t.code);
            score.mistakes << QStringLiteral("%1 gold [%2] got [%3] | %4")
                                  .arg(s.id, gs.join(QLatin1Char(' ')), ps.join(QLatin1Char(' ')),
                                       s.text.left(160));
        }
    }
    return score;
}

} // namespace demarche
