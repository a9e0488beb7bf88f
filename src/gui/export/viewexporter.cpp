#include "viewexporter.h"

#include "exportableview.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace demarche {

namespace {

constexpr double minScale = 1.0;
constexpr double maxScale = 4.0;
constexpr double inchesPerMetre = 1.0 / 0.0254;

double clampedScale(double scale)
{
    return std::clamp(std::isfinite(scale) ? scale : 1.0, minScale, maxScale);
}

// The view-pixel rectangle drawn into an export of `pixels` at `scale`.
QRect logicalRect(QSize pixels, double scale)
{
    return QRect(0, 0, std::max(1, int(std::lround(pixels.width() / scale))),
                 std::max(1, int(std::lround(pixels.height() / scale))));
}

void draw(const ExportableView &view, QPainter &painter, QSize pixels, double scale)
{
    const QRect logical = logicalRect(pixels, scale);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(double(pixels.width()) / logical.width(),
                  double(pixels.height()) / logical.height());
    painter.fillRect(logical, Qt::white);
    view.renderExport(painter, logical);
}

QString describe(const QList<QPair<QString, QString>> &metadata)
{
    QStringList lines;
    for (const auto &[key, value] : metadata)
        lines << QStringLiteral("%1: %2").arg(key, value);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

ExportFormat ViewExporter::formatForPath(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0
        ? ExportFormat::Svg
        : ExportFormat::Png;
}

QSize ViewExporter::pixelSize(const ExportableView &view, const ExportOptions &options)
{
    if (options.pixelSize.isValid() && !options.pixelSize.isEmpty())
        return options.pixelSize;
    const QSize hint = view.exportSizeHint().expandedTo(QSize(1, 1));
    const double scale = clampedScale(options.scale);
    return QSize(int(std::lround(hint.width() * scale)), int(std::lround(hint.height() * scale)));
}

QList<QPair<QString, QString>> ViewExporter::metadata(const ExportableView &view,
                                                      const ExportOptions &options)
{
    const QDate date = options.exportDate.isValid() ? options.exportDate : QDate::currentDate();
    // Standard PNG keywords (Title, Software, Description, Creation Time) where one fits.
    return {
        {QStringLiteral("Title"), view.exportName()},
        {QStringLiteral("Software"),
         QStringLiteral("Demarche %1").arg(QStringLiteral(DEMARCHE_VERSION))},
        {QStringLiteral("Project"), options.project},
        {QStringLiteral("Description"), view.exportDescription()},
        {QStringLiteral("Creation Time"), date.toString(Qt::ISODate)},
    };
}

QImage ViewExporter::renderImage(const ExportableView &view, const ExportOptions &options)
{
    const QSize pixels = pixelSize(view, options);
    // Opaque: no alpha channel means no antialiasing against an undefined background.
    QImage image(pixels, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        draw(view, painter, pixels, clampedScale(options.scale));
    }
    // Set after drawing: the image's dpi would otherwise change how point-size fonts are drawn.
    const int dotsPerMetre = int(std::lround(std::max(1, options.dpi) * inchesPerMetre));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    for (const auto &[key, value] : metadata(view, options))
        image.setText(key, value);
    return image;
}

QByteArray ViewExporter::renderSvg(const ExportableView &view, const ExportOptions &options)
{
    const QSize pixels = pixelSize(view, options);
    const double scale = clampedScale(options.scale);
    const QList<QPair<QString, QString>> meta = metadata(view, options);
    QByteArray svg;
    QBuffer buffer(&svg);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(pixels);
    generator.setViewBox(QRect(QPoint(0, 0), pixels));
    generator.setResolution(std::max(1, options.dpi));
    // QSvgGenerator writes both verbatim into the XML: escape them ("A<->B" is in descriptions).
    generator.setTitle(QStringLiteral("Demarche %1").arg(view.exportName()).toHtmlEscaped());
    generator.setDescription(describe(meta).toHtmlEscaped());
    {
        QPainter painter(&generator);
        draw(view, painter, pixels, scale);
    }
    return svg;
}

Status ViewExporter::exportView(const ExportableView &view, const QString &path,
                                const ExportOptions &options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(QStringLiteral("Cannot write %1: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (formatForPath(path) == ExportFormat::Svg) {
        file.write(renderSvg(view, options));
    } else if (!renderImage(view, options).save(&file, "PNG")) {
        file.cancelWriting();
        return Status::failure(
            QStringLiteral("Cannot encode %1 as PNG").arg(QDir::toNativeSeparators(path)));
    }
    if (!file.commit())
        return Status::failure(QStringLiteral("Cannot write %1: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    return ok();
}

} // namespace demarche
