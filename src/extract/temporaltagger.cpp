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
    for (const TimexMention &mention : mentions) {
        TimeExpression expression = m_normalizer.normalise(mention, context);
        expression.text = text.mid(mention.begin, mention.end - mention.begin);
        expression.interval.phrase = expression.text;
        expressions.push_back(std::move(expression));
    }
    return expressions;
}

} // namespace demarche
