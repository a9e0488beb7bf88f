#include "eventtext.h"

#include "core/cameotable.h"

#include <QLocale>

#include <algorithm>

namespace demarche {

namespace {

QString dayText(QDate d)
{
    return QLocale::c().toString(d, QStringLiteral("d MMM yyyy"));
}

// "May – Sep 2025" for a span of whole months, "3 May – 1 Sep 2025" otherwise: a narrowed year
// ("mid-2025") or month ("early March") reads as the interval it is, not as the whole unit.
QString rangeText(QDate first, QDate last)
{
    const bool wholeMonths = first.day() == 1 && last.day() == last.daysInMonth();
    const QLocale c = QLocale::c();
    if (!wholeMonths)
        return QStringLiteral("%1 – %2").arg(dayText(first), dayText(last));
    if (first.year() == last.year())
        return QStringLiteral("%1 – %2").arg(c.toString(first, QStringLiteral("MMM")),
                                             c.toString(last, QStringLiteral("MMM yyyy")));
    return QStringLiteral("%1 – %2").arg(c.toString(first, QStringLiteral("MMM yyyy")),
                                         c.toString(last, QStringLiteral("MMM yyyy")));
}

// Whether [first, last] is the whole calendar unit of `granularity` that holds `first`.
bool coversWholeUnit(const DateSpan &date)
{
    const QDate first = date.earliest;
    DateSpan unit;
    switch (date.granularity) {
    case Granularity::Month:
        unit = DateSpan::month(first.year(), first.month());
        break;
    case Granularity::Quarter:
        unit = DateSpan::quarter(first.year(), (first.month() - 1) / 3 + 1);
        break;
    case Granularity::HalfYear:
        unit = DateSpan::half(first.year(), first.month() < 7 ? 1 : 2);
        break;
    case Granularity::Year:
        unit = DateSpan::year(first.year());
        break;
    case Granularity::Decade:
        unit = DateSpan::decade(first.year() - first.year() % 10);
        break;
    default:
        return true;
    }
    return unit.earliest == first && unit.latest == date.latest;
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

QString describeDateValue(const DateSpan &date)
{
    if (!date.isValid())
        return QStringLiteral("undated");
    const QDate first = date.earliest;
    if (!coversWholeUnit(date))
        return rangeText(first, date.latest);
    switch (date.granularity) {
    case Granularity::Day:
        if (date.isExact())
            return dayText(first);
        break;
    case Granularity::Week:
        return QStringLiteral("week of %1").arg(dayText(first));
    case Granularity::Month:
        return QLocale::c().toString(first, QStringLiteral("MMM yyyy"));
    case Granularity::Quarter:
        return QStringLiteral("Q%1 %2").arg((first.month() - 1) / 3 + 1).arg(first.year());
    case Granularity::HalfYear:
        return QStringLiteral("H%1 %2").arg(first.month() < 7 ? 1 : 2).arg(first.year());
    case Granularity::Year:
        return QString::number(first.year());
    case Granularity::Decade:
        return QStringLiteral("%1s").arg(first.year());
    default:
        break;
    }
    return QStringLiteral("%1 – %2").arg(dayText(first), dayText(date.latest));
}

QString describeDate(const DateSpan &date)
{
    QString text = describeDateValue(date);
    if (date.basis == DateBasis::Publication)
        text += QStringLiteral(" (publication date)");
    else if (!date.phrase.isEmpty())
        text += QStringLiteral(" ('%1')").arg(date.phrase);
    return text;
}

QString cameoName(const QString &code)
{
    const CameoCode *cameo = CameoTable::builtin().find(code);
    return cameo ? cameo->name : code;
}

QString actorLabel(const Actor &actor)
{
    if (!actor.isValid())
        return QStringLiteral("—");
    return actor.name.isEmpty() ? actor.code : actor.name;
}

QString describeEvent(const Event &event)
{
    QString who = actorLabel(event.source);
    if (event.target)
        who += QStringLiteral(" → ") + actorLabel(*event.target);
    const QString goldstein = (event.goldstein > 0 ? QStringLiteral("+") : QString())
        + QString::number(event.goldstein, 'f', 1);
    QString text = QStringLiteral("%1: %2 (CAMEO %3, Goldstein %4), %5")
                       .arg(who, cameoName(event.cameoCode), event.cameoCode, goldstein,
                            describeDate(event.date));
    if (event.modality != Modality::Asserted)
        text += QStringLiteral(" [%1]").arg(modalityName(event.modality));
    return text;
}

QColor quadClassColor(QuadClass quadClass)
{
    switch (quadClass) {
    case QuadClass::VerbalCooperation:
        return QColor(0x4d, 0xac, 0x26);
    case QuadClass::MaterialCooperation:
        return QColor(0x1f, 0x63, 0x9b);
    case QuadClass::VerbalConflict:
        return QColor(0xe6, 0x91, 0x1e);
    case QuadClass::MaterialConflict:
        return QColor(0xc6, 0x28, 0x28);
    }
    return Qt::gray;
}

QColor goldsteinColor(double goldstein)
{
    const QColor red(0xc6, 0x28, 0x28);
    const QColor grey(0x9e, 0x9e, 0x9e);
    const QColor green(0x2e, 0x8b, 0x3a);
    if (goldstein < 0)
        return mix(grey, red, -goldstein / 10.0);
    return mix(grey, green, goldstein / 10.0);
}

} // namespace demarche
