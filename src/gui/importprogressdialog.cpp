#include "importprogressdialog.h"

#include "models/importservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace demarche {

ImportProgressDialog::ImportProgressDialog(ImportService *service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_bar(new QProgressBar(this))
    , m_articles(new QLabel(this))
    , m_events(new QLabel(this))
    , m_time(new QLabel(this))
    , m_latest(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("importProgressDialog"));
    setWindowTitle(tr("Importing articles"));
    setModal(false);
    m_bar->setObjectName(QStringLiteral("importProgressBar"));
    m_articles->setObjectName(QStringLiteral("importArticles"));
    m_events->setObjectName(QStringLiteral("importEvents"));
    m_time->setObjectName(QStringLiteral("importTime"));
    m_latest->setObjectName(QStringLiteral("importLatest"));
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    // Long titles must not widen the dialog at every batch.
    m_latest->setMinimumWidth(360);
    m_latest->setTextFormat(Qt::PlainText);
    m_bar->setRange(0, 0); // busy until the first pass has counted the articles

    auto *form = new QFormLayout;
    form->addRow(tr("Articles:"), m_articles);
    form->addRow(tr("Events found:"), m_events);
    form->addRow(tr("Time:"), m_time);
    form->addRow(tr("Latest:"), m_latest);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addLayout(form);
    layout->addWidget(buttons);

    showProgress(service ? service->lastProgress() : ImportProgress());
    if (!service)
        return;
    connect(service, &ImportService::progressChanged, this, &ImportProgressDialog::showProgress);
    connect(m_cancel, &QPushButton::clicked, this, &ImportProgressDialog::cancelImport);
    connect(service, &ImportService::finished, this, &QDialog::accept);
    connect(service, &ImportService::failed, this, [this] { done(QDialog::Rejected); });
}

void ImportProgressDialog::reject()
{
    if (m_service && m_service->isRunning()) {
        cancelImport();
        return;
    }
    QDialog::reject();
}

QString ImportProgressDialog::formatDuration(qint64 milliseconds)
{
    if (milliseconds < 0)
        return tr("unknown");
    const qint64 seconds = (milliseconds + 500) / 1000;
    if (seconds >= 3600)
        return tr("%1 h %2 min")
            .arg(seconds / 3600)
            .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'));
    if (seconds >= 60)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 s").arg(seconds);
}

void ImportProgressDialog::showProgress(const ImportProgress &progress)
{
    const QLocale locale;
    if (progress.articlesTotal >= 0) {
        m_bar->setRange(0, qMax(1, progress.articlesTotal));
        m_bar->setValue(qMin(progress.articlesDone, qMax(1, progress.articlesTotal)));
        m_articles->setText(tr("%1 of %2")
                                .arg(locale.toString(progress.articlesDone),
                                     locale.toString(progress.articlesTotal)));
    } else {
        m_articles->setText(tr("%1 (counting…)").arg(locale.toString(progress.articlesDone)));
    }
    if (progress.articlesSkipped > 0)
        m_articles->setText(
            m_articles->text()
            + tr(", %1 unchanged and skipped").arg(locale.toString(progress.articlesSkipped)));
    m_events->setText(locale.toString(progress.eventsFound));
    m_time->setText(
        tr("%1 elapsed, %2 remaining")
            .arg(formatDuration(progress.elapsedMs), formatDuration(progress.remainingMs)));
    m_latest->setText(
        m_latest->fontMetrics().elidedText(progress.latestTitle, Qt::ElideRight, 360));
}

void ImportProgressDialog::cancelImport()
{
    if (!m_cancel->isEnabled())
        return;
    m_cancel->setEnabled(false);
    m_cancel->setText(tr("Cancelling…"));
    m_service->cancel();
}

} // namespace demarche
