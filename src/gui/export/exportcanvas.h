#pragma once

#include <QBrush>
#include <QPainter>
#include <QRect>
#include <QSizeF>

namespace demarche {

// The common body of the hand-drawn views' ExportableView::renderExport: their paint code draws
// in widget coordinates from (0, 0) at a given size, so the export moves the origin to the target,
// clips to it and lays the view's background under it. One place, so that every view exports alike.
class ExportCanvas final
{
public:
    // Calls `paint(painter, target.size())` with the origin at `target`'s top left, clipped to
    // `target` and on `background`; the painter's state is restored afterwards. An empty target
    // draws nothing.
    template<typename Paint>
    static void paint(QPainter &painter, const QRect &target, const QBrush &background,
                      Paint &&paint)
    {
        if (target.isEmpty())
            return;
        painter.save();
        painter.translate(target.topLeft());
        const QRect canvas(QPoint(0, 0), target.size());
        painter.setClipRect(canvas);
        painter.fillRect(canvas, background);
        paint(painter, QSizeF(target.size()));
        painter.restore();
    }
};

} // namespace demarche
