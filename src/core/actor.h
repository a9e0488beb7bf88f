#pragma once

#include "textspan.h"

#include <QString>

namespace demarche {

// A participant in an event, coded CAMEO style: country or IGO code plus an optional sector,
// e.g. "KORGOV" = South Korea, government; "IGOUNO" = United Nations.
struct Actor
{
    QString code;      // full CAMEO-style code ("KORGOV"); never free text
    QString country;   // ISO 3166-1 alpha-3 or IGO/NGO code ("KOR", "IGOUNO")
    QString sector;    // "GOV", "MIL", "OPP", "REB", "BUS", "MED", "NGO" ... or empty
    QString name;      // readable name of the code ("South Korea (government)")
    QString mention;   // the words in the text that refer to it ("South Korean President Lee")
    TextSpan span;     // where the mention stands in the article (code points)

    bool isValid() const { return !code.isEmpty(); }
    friend bool operator==(const Actor &, const Actor &) = default;
};

} // namespace demarche
