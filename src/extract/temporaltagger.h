#pragma once

#include "timeexpression.h"
#include "timexnormalizer.h"
#include "timexrecognizer.h"

#include <QDate>
#include <QString>
#include <vector>

namespace demarche {

// Finds the time expressions of an English text and normalises them TIMEX3 style against the
// document's publication date: recognition by TimexRecognizer, resolution by TimexNormalizer,
// with the verb's tense deciding the direction of underspecified dates and the last stated date
// anchoring anaphoric ones ("the next day"). tag() is const and thread-safe.
class TemporalTagger final
{
public:
    explicit TemporalTagger();

    // The expressions of `text` in text order, with UTF-16 spans into `text`; an empty text gives
    // none, an invalid documentDate leaves relative values underspecified ("XXXX-WXX-5").
    std::vector<TimeExpression> tag(const QString &text, QDate documentDate) const;

private:
    TimexRecognizer m_recognizer;
    TimexNormalizer m_normalizer;
};

} // namespace demarche
