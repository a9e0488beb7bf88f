#include "eventexportdialog.h"

#include "store/projectstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace demarche {

namespace {

QString suffixOf(EventExportFormat format)
{
    return format == EventExportFormat::Csv ? QStringLiteral("csv") : QStringLiteral("jsonl");
}

} // namespace

EventExportDialog::EventExportDialog(const ProjectStore *store, const QString &defaultPath,
                                     QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("eventExportDialog"));
    setWindowTitle(tr("Export events"));

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(tr("CSV — GDELT-like columns, for spreadsheets and R"),
                      int(EventExportFormat::Csv));
    m_format->addItem(tr("JSON Lines — every field, the machine's original included"),
                      int(EventExportFormat::JsonLines));
    m_rows = new QComboBox(this);
    m_rows->setObjectName(QStringLiteral("rowsCombo"));
    m_rows->addItem(tr("One row per real-world event (reports merged, with counts)"), true);
    m_rows->addItem(tr("One row per reporting sentence (raw)"), false);
    m_includeRejected = new QCheckBox(tr("Include rejected events (flagged)"), this);
    m_includeRejected->setObjectName(QStringLiteral("includeRejectedCheck"));
    m_path = new QLineEdit(defaultPath, this);
    m_path->setObjectName(QStringLiteral("pathEdit"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Format"), m_format);
    form->addRow(tr("&Rows"), m_rows);
    form->addRow(QString(), m_includeRejected);
    form->addRow(tr("F&ile"), pathRow);
    auto *note = new QLabel(tr("Corrections, additions and actor merges are applied; each row "
                               "says whether an analyst changed it and how."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &EventExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &EventExportDialog::matchSuffix);
    connect(buttons, &QDialogButtonBox::accepted, this, &EventExportDialog::exportAndClose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    matchSuffix();
}

QString EventExportDialog::path() const
{
    // A name typed without suffix gets the format's, so that the file opens in the right program.
    const QString typed = m_path->text().trimmed();
    if (typed.isEmpty() || !QFileInfo(typed).suffix().isEmpty())
        return typed;
    return typed + QLatin1Char('.') + suffixOf(format());
}

EventExportFormat EventExportDialog::format() const
{
    return EventExportFormat(m_format->currentData().toInt());
}

EventExportOptions EventExportDialog::options() const
{
    EventExportOptions options;
    options.isClustered = m_rows->currentData().toBool();
    options.includeRejected = m_includeRejected->isChecked();
    return options;
}

QString EventExportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void EventExportDialog::matchSuffix()
{
    const QString current = path();
    if (current.isEmpty())
        return;
    const QFileInfo info(current);
    const QString base
        = info.suffix().isEmpty() ? current : current.chopped(info.suffix().size() + 1);
    m_path->setText(base + QLatin1Char('.') + suffixOf(format()));
}

void EventExportDialog::browse()
{
    const QString filter = format() == EventExportFormat::Csv ? tr("CSV files (*.csv)")
                                                              : tr("JSON Lines files (*.jsonl)");
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export events"), path(), filter);
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void EventExportDialog::exportAndClose()
{
    const Status written = m_store ? write(*m_store, path(), format(), options())
                                   : Status::failure(tr("No project is open."));
    if (!written) {
        m_error->setText(tr("Nothing was exported: %1").arg(written.error()));
        m_error->show();
        return;
    }
    m_error->hide();
    Q_EMIT exported(path(), format());
    accept();
}

Status EventExportDialog::write(const ProjectStore &store, const QString &path,
                                EventExportFormat format, const EventExportOptions &options)
{
    if (path.isEmpty())
        return Status::failure(tr("choose a file to write."));
    // QSaveFile: a failed export never leaves half a file in place of a good earlier one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("cannot write %1: %2").arg(path, file.errorString()));
    if (Status exported = exportEvents(store, file, format, options); !exported)
        return exported;
    if (!file.commit())
        return Status::failure(tr("cannot write %1: %2").arg(path, file.errorString()));
    return ok();
}

} // namespace demarche
