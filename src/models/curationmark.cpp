#include "curationmark.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>
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

QString CurationMark::symbol() const
{
    switch (kind) {
    case Corrected:
        return QStringLiteral("✎");
    case Added:
        return QStringLiteral("+");
    case Rejected:
        return QStringLiteral("✗");
    }
    return {};
}

QString CurationMark::provenance() const
{
    QStringList who;
    if (!author.isEmpty())
        who << author;
    if (createdAt.isValid())
        who << createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    QString text = who.join(QStringLiteral(", "));
    if (!reason.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(": ")) + reason;
    return text;
}

QString CurationMark::describe() const
{
    const QString what = note.isEmpty() ? kindName() : note;
    const QString why = provenance();
    return why.isEmpty() ? what : QStringLiteral("%1 (%2)").arg(what, why);
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

void CurationMark::paintKey(QPainter &painter, const QRectF &area, const QPalette &palette)
{
    const QString labels[] = {QCoreApplication::translate("CurationMark", "corrected"),
                              QCoreApplication::translate("CurationMark", "added by the analyst")};
    const Kind kinds[] = {Corrected, Added};
    const QFontMetricsF metrics(painter.font());
    double width = 6;
    for (const QString &label : labels)
        width += 16 + metrics.horizontalAdvance(label) + 10;
    const double height = metrics.height() + 8;
    const QRectF box(area.right() - width - 6, area.bottom() - height - 6, width, height);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QColor back = palette.color(QPalette::Base);
    back.setAlpha(225);
    painter.setPen(QPen(palette.color(QPalette::Mid), 1));
    painter.setBrush(back);
    painter.drawRoundedRect(box, 4, 4);
    double x = box.left() + 6;
    const double cy = box.center().y();
    for (int i = 0; i < 2; ++i) {
        paint(painter, QPointF(x + 5, cy), kinds[i]);
        painter.setPen(palette.color(QPalette::Text));
        painter.drawText(QPointF(x + 14, cy + metrics.ascent() / 2.0 - 1), labels[i]);
        x += 16 + metrics.horizontalAdvance(labels[i]) + 10;
    }
    painter.restore();
}

} // namespace demarche
