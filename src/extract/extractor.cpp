#include "extractor.h"

#include "actorrecognizer.h"
#include "core/textindex.h"
#include "extractorfingerprint.h"
#include "sentencesplitter.h"

#include <algorithm>

namespace demarche {

namespace {

// An undated event and a dated one with the same dyad and root in one article are taken to be
// the same event mentioned twice ("Lee asked Xi to mediate ..." / "Lee's request to China was
// made public this week"): the stated date is the better one.
void shareStatedDates(std::vector<Event> &events)
{
    for (Event &e : events) {
        if (e.date.basis != DateBasis::Publication)
            continue;
        for (const Event &other : events) {
            if (other.date.basis != DateBasis::Stated || other.cameoRoot != e.cameoRoot
                || other.source.code != e.source.code
                || other.target.has_value() != e.target.has_value()
                || (e.target && other.target->country != e.target->country))
                continue;
            e.date = other.date;
            break;
        }
    }
}

// An undated past event takes the last date stated before it in its paragraph when the two agree:
// "Lee's request was made public this week ... Xi responded ..., acknowledging Seoul's efforts"
// happened this week, on or before the publication day. The interval is the overlap of the
// paragraph's date and the undated event's default one; spans are UTF-16 here.
void inheritParagraphDates(QStringView text, const std::vector<TimeExpression> &times,
                           std::vector<Event> &events)
{
    for (Event &e : events) {
        if (e.date.basis != DateBasis::Publication || e.modality != Modality::Asserted)
            continue;
        const qsizetype newline = text.left(e.sentenceSpan.begin).lastIndexOf(QLatin1Char('\n'));
        const int paragraphBegin = int(newline + 1);
        const TimeExpression *last = nullptr;
        for (const TimeExpression &te : times) {
            if (te.span.begin < paragraphBegin || te.span.end > e.sentenceSpan.begin)
                continue;
            if (te.type == TimexType::Date && te.interval.isValid())
                last = &te;
        }
        if (!last || !last->interval.overlaps(e.date))
            continue;
        DateSpan inherited = last->interval;
        inherited.earliest = std::max(inherited.earliest, e.date.earliest);
        inherited.latest = std::min(inherited.latest, e.date.latest);
        inherited.granularity = Granularity::Vague;
        if (inherited.phrase.isEmpty())
            inherited.phrase = last->text;
        inherited.basis = DateBasis::Stated;
        e.date = inherited;
    }
}

void toCodePoints(const TextIndex &index, Actor &actor)
{
    actor.span = index.toCodePoints(actor.span);
}

} // namespace

Extractor::Extractor()
    : m_splitter(SentenceSplitter::builtin())
    , m_recognizer(ActorRecognizer::builtin())
{ }

ExtractionResult Extractor::extract(const Article &article) const
{
    ExtractionResult result;
    const QString &text = article.text;
    if (text.trimmed().isEmpty()) {
        result.diagnostics << QStringLiteral("article %1 has no text").arg(article.id);
        return result;
    }
    if (!article.published.isValid())
        result.diagnostics << QStringLiteral(
                                  "article %1 has no publication date: relative dates stay "
                                  "unresolved and undated events get no date")
                                  .arg(article.id);

    const std::vector<TextSpan> sentences = m_splitter.split(text);
    std::vector<TimeExpression> times = m_tagger.tag(text, article.published);
    const ArticleActors actors = m_recognizer.recognize(text, article.published);
    const std::vector<ActorMention> &mentions = actors.mentions();

    for (size_t i = 0; i < sentences.size(); ++i) {
        std::vector<Event> events
            = m_coder.code(text, sentences[i], int(i), mentions, times, article.published);
        for (Event &e : events) {
            e.articleId = article.id;
            result.events.push_back(std::move(e));
        }
    }
    shareStatedDates(result.events);
    inheritParagraphDates(text, times, result.events);

    // Hand every span out in code points, converting once.
    const TextIndex index(text);
    result.sentences.reserve(sentences.size());
    for (size_t i = 0; i < sentences.size(); ++i)
        result.sentences.push_back({int(i), index.toCodePoints(sentences[i])});
    for (TimeExpression &t : times)
        t.span = index.toCodePoints(t.span);
    result.timeExpressions = std::move(times);
    for (Event &e : result.events) {
        e.sentenceSpan = index.toCodePoints(e.sentenceSpan);
        e.triggerSpan = index.toCodePoints(e.triggerSpan);
        toCodePoints(index, e.source);
        if (e.target)
            toCodePoints(index, *e.target);
    }
    return result;
}

QString timexTypeName(TimexType type)
{
    switch (type) {
    case TimexType::Date:
        return QStringLiteral("DATE");
    case TimexType::Time:
        return QStringLiteral("TIME");
    case TimexType::Duration:
        return QStringLiteral("DURATION");
    case TimexType::Set:
        return QStringLiteral("SET");
    }
    return {};
}

QString Extractor::fingerprint()
{
    return QStringLiteral(DEMARCHE_EXTRACTOR_FINGERPRINT);
}

} // namespace demarche
