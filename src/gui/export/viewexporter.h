#pragma once

#include "core/result.h"

#include <QDate>
#include <QImage>
#include <QList>
#include <QPair>
#include <QSize>
#include <QString>

namespace demarche {

class ExportableView;

enum class ExportFormat { Png, Svg };

// How to export: the pixel size, or the view's own size times a scale; the dpi recorded in the
// file; what the metadata says.
struct ExportOptions
{
    // Size of the image in pixels; invalid = the view's size hint times `scale`.
    QSize pixelSize;
    // Device pixels per view pixel (1 to 4): text and lines grow with it, the layout does not.
    double scale = 1.0;
    // Recorded in the PNG (pHYs) and SVG; it does not change the drawing.
    int dpi = 96;
    // Project name (or file) for the metadata.
    QString project;
    // Date written in the metadata; invalid = today. Only the day is recorded, so two exports of
    // the same data on the same day are byte-identical.
    QDate exportDate;
};

// Renders any ExportableView (or, through WidgetView, the whole window) into a QImage or an
// SVG, never a screen grab, and writes it with metadata: app version, project, what the view
// shows (filters, time window) and the export date, as PNG text chunks or the SVG <desc>.
class ViewExporter final
{
public:
    // PNG or SVG from the file's suffix (case-insensitive); PNG for anything else.
    static ExportFormat formatForPath(const QString &path);
    // The pixel size an export with `options` has (at least 1x1).
    static QSize pixelSize(const ExportableView &view, const ExportOptions &options);
    // Key/value metadata written into the file, in a fixed order.
    static QList<QPair<QString, QString>> metadata(const ExportableView &view,
                                                   const ExportOptions &options);
    // The view drawn on white at the requested size, with metadata text and dpi set.
    static QImage renderImage(const ExportableView &view, const ExportOptions &options);
    // The view as an SVG document.
    static QByteArray renderSvg(const ExportableView &view, const ExportOptions &options);
    // Writes the view to `path` as PNG or SVG (by suffix); fails with a message naming the file.
    static Status exportView(const ExportableView &view, const QString &path,
                             const ExportOptions &options);
};

} // namespace demarche
