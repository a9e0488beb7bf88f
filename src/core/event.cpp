#include "event.h"

#include <array>

namespace demarche {

namespace {
const std::array<QLatin1StringView, 5> modalityNames = {
    QLatin1StringView("asserted"), QLatin1StringView("negated"), QLatin1StringView("possible"),
    QLatin1StringView("future"), QLatin1StringView("refused"),
};
} // namespace

QString modalityName(Modality modality)
{
    return QString(modalityNames.at(std::size_t(modality)));
}

Modality modalityFromName(const QString &name)
{
    for (std::size_t i = 0; i < modalityNames.size(); ++i) {
        if (name == modalityNames[i])
            return Modality(i);
    }
    return Modality::Asserted;
}

QString quadClassName(QuadClass quadClass)
{
    switch (quadClass) {
    case QuadClass::VerbalCooperation:
        return QStringLiteral("Verbal cooperation");
    case QuadClass::MaterialCooperation:
        return QStringLiteral("Material cooperation");
    case QuadClass::VerbalConflict:
        return QStringLiteral("Verbal conflict");
    case QuadClass::MaterialConflict:
        return QStringLiteral("Material conflict");
    }
    return {};
}

} // namespace demarche
