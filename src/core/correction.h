#pragma once

#include "correctionkey.h"
#include "event.h"

#include <QDateTime>
#include <QFlags>
#include <QString>

namespace demarche {

// One analyst's correction of one event, kept apart from the machine's output: which fields were
// changed and to what, whether the event is rejected, or a whole event the analyst added; who,
// when and why; and the machine's values as they were when the correction was made.
struct Correction
{
    enum Field {
        NoField = 0,
        SourceField = 1,
        TargetField = 2,
        CodeField = 4,
        DateField = 8,
        ModalityField = 16,
    };
    Q_DECLARE_FLAGS(Fields, Field)

    qint64 id = 0; // store row id; 0 until stored
    CorrectionKey key; // the event it corrects (for an added event: where its text stands)
    bool isAddition = false; // true: `edited` is a whole event the machine never found
    Fields fields; // fields of `edited` that override the machine's
    bool isRejected = false; // the analyst says the event did not happen as coded
    Event edited; // the analyst's values (only `fields` count, unless isAddition)
    Event original; // the machine's event when the correction was made (empty for additions)
    QString author;
    QDateTime createdAt; // UTC
    QString reason;

    // True when the correction changes nothing (no field, not rejected, not an addition).
    bool isEmpty() const { return !isAddition && !isRejected && fields == NoField; }
    friend bool operator==(const Correction &, const Correction &) = default;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(Correction::Fields)

// Stable names of the fields, used by the store: "source,target,code,date,modality".
QString correctionFieldNames(Correction::Fields fields);
// The inverse; unknown names are ignored, an empty string is NoField.
Correction::Fields correctionFieldsFromNames(const QString &names);
// "CAMEO corrected from 111 to 112; target corrected from CHNGOV to KORGOV", describing what the
// correction changed relative to `machine` (the machine's current event); "added by the analyst"
// for additions, "rejected" for rejections; empty when it changes nothing.
QString describeCorrection(const Correction &correction, const Event &machine);

} // namespace demarche
