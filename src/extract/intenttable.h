#pragma once

#include "core/cameotable.h"
#include "core/result.h"

#include <QHash>
#include <QString>

namespace demarche {

// CAMEO's coding of stated future actions: "X will provide aid" is X expressing an intent (033),
// "X will attack" a threat (138). Read from resources/extract/verbs/intents.tsv. Immutable after
// loading; thread-safe.
class IntentTable final
{
public:
    // Parses "<code prefix>\t<intent code>" lines; fails naming the line of a malformed entry,
    // a code the CAMEO table lacks, or an intent outside roots 03 and 13.
    static Result<IntentTable> parse(const QString &text, const CameoTable &table);
    // The table compiled into the library, checked against CameoTable::builtin(); loaded once.
    static const IntentTable &builtin();

    // The intent or threat code for a future action coded `code` (longest prefix); empty when
    // the table has none for it, or for an empty code.
    QString intentOf(const QString &code) const;

private:
    QHash<QString, QString> m_byPrefix;
};

} // namespace demarche
