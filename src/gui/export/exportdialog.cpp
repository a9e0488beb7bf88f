#include "exportdialog.h"

#include "exportableview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

namespace demarche {

namespace {

const QString group = QStringLiteral("export");
constexpr int maxPixels = 16384;

QString suffixFor(int formatIndex)
{
    return formatIndex == 1 ? QStringLiteral("svg") : QStringLiteral("png");
}

} // namespace

ExportDialog::ExportDialog(const ExportableView &view, const QString &project, QWidget *parent)
    : QDialog(parent)
    , m_view(view)
    , m_project(project)
    , m_format(new QComboBox(this))
    , m_byScale(new QRadioButton(tr("&Scale of the view"), this))
    , m_bySize(new QRadioButton(tr("&Pixel size"), this))
    , m_scale(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_dpi(new QSpinBox(this))
    , m_file(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export %1").arg(view.exportName()));
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(tr("PNG image"));
    m_format->addItem(tr("SVG drawing"));
    m_byScale->setObjectName(QStringLiteral("byScaleRadio"));
    m_bySize->setObjectName(QStringLiteral("bySizeRadio"));
    m_scale->setObjectName(QStringLiteral("scaleCombo"));
    for (int scale = 1; scale <= 4; ++scale)
        m_scale->addItem(QStringLiteral("%1\u00d7").arg(scale), scale);
    for (QSpinBox *spin : {m_width, m_height}) {
        spin->setRange(1, maxPixels);
        spin->setSuffix(tr(" px"));
    }
    m_width->setObjectName(QStringLiteral("widthSpin"));
    m_height->setObjectName(QStringLiteral("heightSpin"));
    m_dpi->setObjectName(QStringLiteral("dpiSpin"));
    m_dpi->setRange(36, 2400);
    m_dpi->setSuffix(tr(" dpi"));
    m_file->setObjectName(QStringLiteral("fileEdit"));

    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("\u00d7"), this));
    sizeRow->addWidget(m_height);
    auto *fileRow = new QHBoxLayout;
    auto *browseButton = new QPushButton(tr("&Browse\u2026"), this);
    browseButton->setObjectName(QStringLiteral("browseButton"));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(m_byScale, m_scale);
    form->addRow(m_bySize, sizeRow);
    form->addRow(tr("&Resolution:"), m_dpi);
    form->addRow(tr("F&ile:"), fileRow);
    form->addRow(m_buttons);

    const QSize hint = view.exportSizeHint().expandedTo(QSize(1, 1));
    QSettings settings;
    settings.beginGroup(group);
    m_format->setCurrentIndex(
        std::clamp(settings.value(QStringLiteral("format"), 0).toInt(), 0, 1));
    m_scale->setCurrentIndex(std::clamp(settings.value(QStringLiteral("scale"), 2).toInt(), 1, 4)
                             - 1);
    const bool bySize = settings.value(QStringLiteral("bySize"), false).toBool();
    (bySize ? m_bySize : m_byScale)->setChecked(true);
    m_width->setValue(settings.value(QStringLiteral("width"), hint.width()).toInt());
    m_height->setValue(settings.value(QStringLiteral("height"), hint.height()).toInt());
    m_dpi->setValue(settings.value(QStringLiteral("dpi"), 96).toInt());
    const QString folder
        = settings
              .value(QStringLiteral("folder"),
                     QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
              .toString();
    const QString base = project.isEmpty()
        ? view.exportName()
        : QStringLiteral("%1-%2").arg(QFileInfo(project).completeBaseName(), view.exportName());
    m_file->setText(
        QDir(folder).filePath(base + QLatin1Char('.') + suffixFor(m_format->currentIndex())));

    connect(m_byScale, &QRadioButton::toggled, this, &ExportDialog::updateSizeMode);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::syncSuffix);
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    updateSizeMode();
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    if (m_bySize->isChecked())
        options.pixelSize = QSize(m_width->value(), m_height->value());
    else
        options.scale = m_scale->currentData().toInt();
    options.dpi = m_dpi->value();
    options.project = m_project;
    return options;
}

QString ExportDialog::filePath() const
{
    return m_file->text().trimmed();
}

bool ExportDialog::exportView(const ExportableView &view, const QString &project, QWidget *parent)
{
    ExportDialog dialog(view, project, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const Status status = ViewExporter::exportView(view, dialog.filePath(), dialog.options());
    if (!status) {
        QMessageBox::warning(parent, tr("Export failed"), status.error());
        return false;
    }
    return true;
}

void ExportDialog::accept()
{
    if (filePath().isEmpty()) {
        m_file->setFocus();
        return;
    }
    saveSettings();
    QDialog::accept();
}

void ExportDialog::browse()
{
    const QString filter
        = m_format->currentIndex() == 1 ? tr("SVG drawings (*.svg)") : tr("PNG images (*.png)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), filePath(), filter);
    if (!path.isEmpty())
        m_file->setText(path);
}

void ExportDialog::updateSizeMode()
{
    const bool byScale = m_byScale->isChecked();
    m_scale->setEnabled(byScale);
    m_width->setEnabled(!byScale);
    m_height->setEnabled(!byScale);
}

void ExportDialog::syncSuffix()
{
    // Keep the file's suffix in step with the chosen format, which decides how it is written.
    const QFileInfo info(filePath());
    if (info.fileName().isEmpty())
        return;
    m_file->setText(QDir(info.path())
                        .filePath(info.completeBaseName() + QLatin1Char('.')
                                  + suffixFor(m_format->currentIndex())));
}

void ExportDialog::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(group);
    settings.setValue(QStringLiteral("format"), m_format->currentIndex());
    settings.setValue(QStringLiteral("scale"), m_scale->currentData().toInt());
    settings.setValue(QStringLiteral("bySize"), m_bySize->isChecked());
    settings.setValue(QStringLiteral("width"), m_width->value());
    settings.setValue(QStringLiteral("height"), m_height->value());
    settings.setValue(QStringLiteral("dpi"), m_dpi->value());
    settings.setValue(QStringLiteral("folder"), QFileInfo(filePath()).absolutePath());
}

} // namespace demarche
