#pragma once

#include "event.h"
#include "result.h"

#include <QHash>
#include <QString>
#include <vector>

namespace demarche {

// One CAMEO event code with what the project derives from it.
struct CameoCode
{
    QString code;        // "028"
    QString name;        // "Appeal to others to engage in or accept mediation"
    double goldstein = 0.0;
    QuadClass quadClass = QuadClass::VerbalCooperation;
    QString ploverType;  // "REQUEST"; "NONE" where PLOVER codes nothing (CAMEO 01x)

    QString root() const { return code.left(2); }
};

// The 311 CAMEO 1.1b3 codes, loaded from resources/cameo/cameo.tsv and validated.
class CameoTable final
{
public:
    // Parses a table in the resource's TSV format; fails naming the first bad line.
    static Result<CameoTable> parse(const QString &tsv);
    // The table compiled into the library (":/demarche/cameo/cameo.tsv"); loaded once.
    static const CameoTable &builtin();

    // nullptr when the code is unknown.
    const CameoCode *find(const QString &code) const;
    bool contains(const QString &code) const { return m_index.contains(code); }
    const std::vector<CameoCode> &codes() const { return m_codes; }

private:
    std::vector<CameoCode> m_codes;
    QHash<QString, int> m_index;
};

} // namespace demarche
