#pragma once

#include "viewexporter.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QRadioButton;
class QSpinBox;
QT_END_NAMESPACE

namespace demarche {

class ExportableView;

// Asks how to export a view: format, pixel size or scale, dpi and file. Every choice but the
// file name is remembered in QSettings (group "export"), the folder too.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    // `view` gives the default size and file name; `project` goes into the metadata.
    ExportDialog(const ExportableView &view, const QString &project, QWidget *parent = nullptr);

    // The options as set in the dialog.
    ExportOptions options() const;
    QString filePath() const;

    // Shows the dialog for `view` and writes the file; reports failures in a message box.
    // Returns true when a file was written. The entry point for Ctrl+E.
    static bool exportView(const ExportableView &view, const QString &project,
                           QWidget *parent = nullptr);

    void accept() override;

private:
    void browse();
    void updateSizeMode();
    void syncSuffix();
    void saveSettings() const;

    const ExportableView &m_view;
    QString m_project;
    QComboBox *m_format;
    QRadioButton *m_byScale;
    QRadioButton *m_bySize;
    QComboBox *m_scale;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QSpinBox *m_dpi;
    QLineEdit *m_file;
    QDialogButtonBox *m_buttons;
};

} // namespace demarche
