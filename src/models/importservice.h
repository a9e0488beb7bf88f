#pragma once

#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <atomic>
#include <memory>

namespace demarche {

class ProjectStore;

// Where an import stands, for a progress dialog. Totals are known after a quick first reading
// pass; until then articlesTotal is -1.
struct ImportProgress
{
    int articlesDone = 0; // read and either saved, skipped or dropped by cancel
    int articlesTotal = -1;
    int articlesSkipped = 0; // unchanged since the last import (same content hash)
    int eventsFound = 0; // events saved so far
    qint64 elapsedMs = 0;
    qint64 remainingMs = -1; // -1 while unknown
    QString latestTitle;
};

// Imports articles into a project: reading and extraction run on worker threads (QtConcurrent),
// each batch is written to the store on the thread that owns the store's connection, in one
// transaction. Reports progress, can be cancelled, and ends with finished() or failed().
class ImportService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportService)

public:
    explicit ImportService(QObject *parent = nullptr);
    // Cancels a running import and waits for its workers.
    ~ImportService() override;

    // Starts importing the files and folders `paths` into `store` (which must outlive the import);
    // false when an import is already running or there is nothing to import.
    bool start(const QStringList &paths, ProjectStore *store);
    // Stops after the batch in hand; what was saved stays saved. finished() still follows.
    void cancel();
    bool isRunning() const { return m_running; }
    // The latest figures (also valid after finished()).
    ImportProgress lastProgress() const { return m_progress; }

    static constexpr int batchSize = 32;

Q_SIGNALS:
    // Articles read and extracted so far; the title of the latest.
    void progress(int articlesDone, const QString &latestTitle);
    // Same moment, with totals, skipped articles, events and time: what a progress dialog shows.
    void progressChanged(const demarche::ImportProgress &progress);
    // An input problem (unreadable file, bad line); the import goes on.
    void problem(const QString &message);
    // The import ended (also after cancel): articles and events saved.
    void finished(int articles, int events, bool wasCancelled);
    // Saving failed; the import stopped.
    void failed(const QString &message);

private:
    struct Shared;
    struct Batch;
    void saveBatch(const std::shared_ptr<Batch> &batch);
    void workerDone();
    void setTotal(int total);
    void addSkipped(int skipped, int articlesDone);
    void publishProgress();

    std::shared_ptr<Shared> m_shared;
    QFuture<void> m_future;
    ProjectStore *m_store = nullptr;
    bool m_running = false;
    bool m_failed = false;
    int m_savedArticles = 0;
    int m_savedEvents = 0;
    ImportProgress m_progress;
    QElapsedTimer m_clock;
};

} // namespace demarche

Q_DECLARE_METATYPE(demarche::ImportProgress)
