#pragma once

#include "event.h"
#include "textspan.h"

#include <QString>

namespace demarche {

// What identifies a machine event across re-extractions, where store row ids change: the article,
// the sentence, the trigger's span and the machine's CAMEO code. Corrections are keyed by it.
struct CorrectionKey
{
    QString articleId;
    int sentenceIndex = 0;
    TextSpan triggerSpan;
    QString cameoCode; // the machine's code, never the corrected one

    // The key of a machine event.
    static CorrectionKey of(const Event &event)
    {
        return {event.articleId, event.sentenceIndex, event.triggerSpan, event.cameoCode};
    }
    // "a1#3@10-15:028", the form stored in the project; parse() reads it back.
    QString toString() const
    {
        return QStringLiteral("%1#%2@%3-%4:%5")
            .arg(articleId)
            .arg(sentenceIndex)
            .arg(triggerSpan.begin)
            .arg(triggerSpan.end)
            .arg(cameoCode);
    }
    // Whether `event` sits where this key points, whatever code the machine now gives it: the
    // fallback when a newer extractor recodes the same trigger.
    bool isSamePlace(const Event &event) const
    {
        return event.articleId == articleId && event.sentenceIndex == sentenceIndex
            && event.triggerSpan == triggerSpan;
    }
    bool isValid() const { return !articleId.isEmpty(); }
    friend bool operator==(const CorrectionKey &, const CorrectionKey &) = default;
};

} // namespace demarche
