#include "correction.h"

#include <QStringList>

#include <array>
#include <utility>

namespace demarche {

namespace {

const std::array<std::pair<Correction::Field, const char *>, 5> fieldNames = {{
    {Correction::SourceField, "source"},
    {Correction::TargetField, "target"},
    {Correction::CodeField, "code"},
    {Correction::DateField, "date"},
    {Correction::ModalityField, "modality"},
}};

QString targetCode(const Event &event)
{
    return event.target ? event.target->code : QStringLiteral("none");
}

QString dateText(const DateSpan &date)
{
    return date.value.isEmpty() ? date.earliest.toString(Qt::ISODate) : date.value;
}

} // namespace

QString correctionFieldNames(Correction::Fields fields)
{
    QStringList names;
    for (const auto &[field, name] : fieldNames) {
        if (fields.testFlag(field))
            names.append(QLatin1String(name));
    }
    return names.join(QLatin1Char(','));
}

Correction::Fields correctionFieldsFromNames(const QString &names)
{
    Correction::Fields fields;
    const QStringList parts = names.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const auto &[field, name] : fieldNames) {
        if (parts.contains(QLatin1String(name)))
            fields |= field;
    }
    return fields;
}

QString describeCorrection(const Correction &correction, const Event &machine)
{
    if (correction.isAddition)
        return QStringLiteral("added by the analyst");
    QStringList parts;
    if (correction.isRejected)
        parts.append(QStringLiteral("rejected"));
    const Event &e = correction.edited;
    const auto changed = [&](Correction::Field field, const QString &what, const QString &from,
                             const QString &to) {
        if (correction.fields.testFlag(field) && from != to)
            parts.append(QStringLiteral("%1 corrected from %2 to %3").arg(what, from, to));
    };
    changed(Correction::SourceField, QStringLiteral("source"), machine.source.code, e.source.code);
    changed(Correction::TargetField, QStringLiteral("target"), targetCode(machine), targetCode(e));
    changed(Correction::CodeField, QStringLiteral("CAMEO"), machine.cameoCode, e.cameoCode);
    changed(Correction::DateField, QStringLiteral("date"), dateText(machine.date),
            dateText(e.date));
    changed(Correction::ModalityField, QStringLiteral("modality"), modalityName(machine.modality),
            modalityName(e.modality));
    return parts.join(QStringLiteral("; "));
}

} // namespace demarche
