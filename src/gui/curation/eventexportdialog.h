#pragma once

#include "core/result.h"
#include "store/eventexport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace demarche {

class ProjectStore;

// File > Export events…: CSV (GDELT-like columns) or JSON Lines (every field, corrections applied
// and flagged), one row per real-world event (reports merged) or per reporting sentence, rejected
// events left out or flagged. Writes with exportEvents(), so that the window and demarche-cli
// export-events write the same file. A failure is shown in the dialog, which stays open.
// Widgets carry objectNames so that tests can drive them.
class EventExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventExportDialog)

public:
    // `store` (not owned) must outlive the dialog; `defaultPath` is proposed in the file field.
    EventExportDialog(const ProjectStore *store, const QString &defaultPath,
                      QWidget *parent = nullptr);

    // The file to write: the typed path, with the format's suffix when it has none.
    QString path() const;
    EventExportFormat format() const;
    EventExportOptions options() const;
    // The last failure shown (empty when none).
    QString errorText() const;

    // Writes the project's events to `path`, replacing it only once everything is written.
    static Status write(const ProjectStore &store, const QString &path, EventExportFormat format,
                        const EventExportOptions &options);

Q_SIGNALS:
    // After a successful write; the dialog then closes.
    void exported(const QString &path, EventExportFormat format);

private:
    void browse();
    void exportAndClose();
    void matchSuffix();

    const ProjectStore *m_store;
    QComboBox *m_format;
    QComboBox *m_rows;
    QCheckBox *m_includeRejected;
    QLineEdit *m_path;
    QLabel *m_error;
};

} // namespace demarche
