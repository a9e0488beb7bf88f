#pragma once

#include "actor.h"
#include "datespan.h"
#include "textspan.h"

#include <QDate>
#include <QString>
#include <optional>

namespace demarche {

// GDELT's four-way grouping of CAMEO roots.
enum class QuadClass { VerbalCooperation = 1, MaterialCooperation = 2, VerbalConflict = 3,
                       MaterialConflict = 4 };

// How the text presents an event; coded on the event, never silently dropped.
enum class Modality { Asserted, Negated, Possible, Future, Refused };

// One coded event: who did what to whom, when, and where in which article it was said.
struct Event
{
    qint64 id = 0;                 // store row id; 0 until stored
    QString articleId;
    int sentenceIndex = 0;
    TextSpan sentenceSpan;         // the sentence in the article text (code points)
    Actor source;
    std::optional<Actor> target;   // absent for events without an object ("protested")
    QString cameoCode;             // "028"
    QString cameoRoot;             // "02"
    QString ploverType;            // "REQUEST"
    QuadClass quadClass = QuadClass::VerbalCooperation;
    double goldstein = 0.0;
    DateSpan date;                 // when it happened
    QDate reportDate;              // publication date of the article that reports it
    Modality modality = Modality::Asserted;
    double confidence = 0.0;       // 0..1, the coder's own estimate
    QString trigger;               // the verb phrase that triggered the code ("asked ... to act as a mediator")
    TextSpan triggerSpan;

    friend bool operator==(const Event &, const Event &) = default;
};

// Stable names used by the store and JSON.
QString modalityName(Modality modality);
Modality modalityFromName(const QString &name);
QString quadClassName(QuadClass quadClass);

} // namespace demarche
