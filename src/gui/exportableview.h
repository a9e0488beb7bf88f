#pragma once

#include <QPainter>
#include <QRect>
#include <QSize>
#include <QString>

namespace demarche {

// A view that can draw exactly what it shows (with its legend) into any paint device, so that
// PNG and SVG exports are sharp and identical with or without a display.
class ExportableView
{
public:
    virtual ~ExportableView() = default;

    // Stable name used by the CLI and file names: "timeline", "network", "chart-volume" ...
    virtual QString exportName() const = 0;
    // The size the view has on screen now (the default export size).
    virtual QSize exportSizeHint() const = 0;
    // Draws the view's current content, scaled to fill `target`, legend included.
    virtual void renderExport(QPainter &painter, const QRect &target) const = 0;
    // One line describing what is shown (filters, time window) for the file's metadata.
    virtual QString exportDescription() const = 0;
};

} // namespace demarche
