#include "temporaltagger.h"

namespace demarche {

TemporalTagger::TemporalTagger()
    : m_recognizer(TimexLexicon::builtIn())
{ }

std::vector<TimeExpression> TemporalTagger::tag(const QString &text, QDate documentDate) const
{
    std::vector<TimeExpression> expressions;
    const std::vector<TimexMention> mentions = m_recognizer.recognise(text);
    expressions.reserve(mentions.size());
    TemporalContext context;
    context.document = documentDate;
    const auto normalised = [&](const TimexMention &mention, TemporalContext &with) {
        TimeExpression expression = m_normalizer.normalise(mention, with);
        expression.text = text.mid(mention.begin, mention.end - mention.begin);
        expression.interval.phrase = expression.text;
        return expression;
    };
    for (std::size_t k = 0; k < mentions.size(); ++k) {
        expressions.push_back(normalised(mentions[k], context));
        // "From March to May the rains fell": the end decides the year, which the start follows
        // (2012-03 to 2012-05 in March 2013, not 2013-03 to 2012-05).
        const DateSpan &end = expressions.back().interval;
        if (k > 0 && mentions[k - 1].opensRange && end.isValid()) {
            TemporalContext scratch = context;
            expressions[k - 1] = normalised(startOfRange(mentions[k - 1], end.earliest.year(),
                                                         mentions[k].month, mentions[k].day),
                                            scratch);
        }
    }
    return expressions;
}

} // namespace demarche
