#pragma once

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace demarche {

class ImportService;
struct ImportProgress;

// Follows one import of `service`: articles done / total, articles skipped as unchanged, events
// found, elapsed and remaining time, the latest title, and a Cancel button that stops the import
// after the batch in hand (what was saved stays saved). Closes itself when the import ends.
// Non-modal, so that the window stays usable while the workers run.
class ImportProgressDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportProgressDialog)

public:
    explicit ImportProgressDialog(ImportService *service, QWidget *parent = nullptr);

    // "1 h 02 min", "3 min 05 s", "12 s"; "unknown" for negative durations.
    static QString formatDuration(qint64 milliseconds);

    // Escape and the window's close button cancel a running import rather than hide it.
    void reject() override;

private:
    void showProgress(const ImportProgress &progress);
    void cancelImport();

    ImportService *m_service;
    QProgressBar *m_bar;
    QLabel *m_articles;
    QLabel *m_events;
    QLabel *m_time;
    QLabel *m_latest;
    QPushButton *m_cancel;
};

} // namespace demarche
