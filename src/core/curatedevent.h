#pragma once

#include "event.h"

#include <QString>

namespace demarche {

// An event as the analyst sees it: the machine's event with corrections and actor merges
// applied, told apart from an untouched machine event by its flags.
struct CuratedEvent
{
    Event event; // effective values (what views, clustering and export use)
    Event machine; // the machine's event as extracted (empty for additions)
    bool isCorrected = false; // a correction or actor merge changed something
    bool isRejected = false;
    bool isAdded = false; // added by the analyst; event.id is then CorrectionApplier::addedIdBase +
                          // correctionId
    qint64 correctionId = 0; // 0 when no correction applies
    QString note; // "CAMEO corrected from 111 to 112; ..." (empty when untouched)
};

} // namespace demarche
