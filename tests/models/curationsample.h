#pragma once

#include "core/article.h"
#include "core/event.h"

#include <QString>

// A two-sentence article and its events for the curation tests of models and GUI: "Lee met Xi in
// Seoul. Kim threatened Seoul.", published Tue 6 Jan 2026. Actor names are their codes.
namespace curationsample {

using namespace demarche;

inline Actor actor(const QString &code, TextSpan span)
{
    return {code, code.left(3), code.mid(3), code, code, span};
}

inline Article sampleArticle()
{
    Article a;
    a.id = QStringLiteral("a1");
    a.published = QDate(2026, 1, 6);
    a.text = QStringLiteral("Lee met Xi in Seoul. Kim threatened Seoul.");
    a.sentences = {{0, {0, 20}}, {1, {21, 42}}};
    return a;
}

// A 040 event in `sentence` (0 or 1), dated by publication; the source stands at the sentence's
// start and the target just after the trigger.
inline Event sampleEvent(int sentence, const QString &source, const QString &target,
                         const QString &trigger, TextSpan triggerSpan)
{
    Event e;
    e.articleId = QStringLiteral("a1");
    e.sentenceIndex = sentence;
    e.sentenceSpan = sentence == 0 ? TextSpan {0, 20} : TextSpan {21, 42};
    e.source = actor(source, {e.sentenceSpan.begin, e.sentenceSpan.begin + 3});
    e.target = actor(target, {triggerSpan.end + 1, triggerSpan.end + 3});
    e.cameoCode = QStringLiteral("040");
    e.cameoRoot = QStringLiteral("04");
    e.goldstein = 1.0;
    e.date = DateSpan::publication(QDate(2026, 1, 6));
    e.reportDate = QDate(2026, 1, 6);
    e.trigger = trigger;
    e.triggerSpan = triggerSpan;
    return e;
}

} // namespace curationsample
