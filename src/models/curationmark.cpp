#include "curationmark.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPolygonF>
#include <QStringList>

namespace demarche {

QString CurationMark::kindName() const
{
    switch (kind) {
    case Corrected:
        return QStringLiteral("corrected");
    case Added:
        return QStringLiteral("added");
    case Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

QString CurationMark::describe() const
{
    QStringList who;
    if (!author.isEmpty())
        who << author;
    if (createdAt.isValid())
        who << createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    QString text = note.isEmpty() ? kindName() : note;
    if (!who.isEmpty())
        text += QStringLiteral(" (%1%2)").arg(who.join(QStringLiteral(", ")),
                                              reason.isEmpty() ? QString()
                                                               : QStringLiteral(": ") + reason);
    else if (!reason.isEmpty())
        text += QStringLiteral(" (%1)").arg(reason);
    return text;
}

QColor CurationMark::colorOf(Kind kind)
{
    // Apart from the four QuadClass colours (green, blue, orange, red) the glyphs are filled with.
    switch (kind) {
    case Corrected:
        return QColor(0x8e, 0x24, 0xaa);
    case Added:
        return QColor(0x00, 0x83, 0x8f);
    case Rejected:
        return QColor(0x75, 0x75, 0x75);
    }
    return Qt::gray;
}

void CurationMark::paint(QPainter &painter, QPointF centre, Kind kind, double radius)
{
    const QPolygonF diamond {centre + QPointF(0, -radius), centre + QPointF(radius, 0),
                             centre + QPointF(0, radius), centre + QPointF(-radius, 0)};
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::white, 1.2));
    painter.setBrush(colorOf(kind));
    painter.drawPolygon(diamond);
    painter.restore();
}

void CurationMark::paintLegend(QPainter &painter, const QRectF &band, const QColor &textColor,
                               double room)
{
    const QString labels[] = {QCoreApplication::translate("CurationMark", "corrected"),
                              QCoreApplication::translate("CurationMark", "added by the analyst")};
    const Kind kinds[] = {Corrected, Added};
    const QFontMetricsF metrics(painter.font());
    double width = 0;
    for (const QString &label : labels)
        width += 16 + metrics.horizontalAdvance(label) + 12;
    if (width > room)
        return;
    double x = band.right() - width;
    const double cy = band.center().y();
    painter.save();
    for (int i = 0; i < 2; ++i) {
        paint(painter, QPointF(x + 6, cy), kinds[i]);
        painter.setPen(textColor);
        painter.drawText(QPointF(x + 16, cy + metrics.ascent() / 2.0 - 1), labels[i]);
        x += 16 + metrics.horizontalAdvance(labels[i]) + 12;
    }
    painter.restore();
}

} // namespace demarche
