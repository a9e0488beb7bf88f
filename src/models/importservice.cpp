#include "importservice.h"

#include "extract/extractor.h"
#include "io/articlereader.h"
#include "store/projectstore.h"

#include <QPointer>
#include <QSqlQuery>
#include <QtConcurrent>

namespace demarche {

struct ImportService::Shared
{
    std::atomic<bool> cancelled {false};
};

struct ImportService::Batch
{
    std::vector<std::pair<Article, std::vector<Event>>> items;
    int articlesDone = 0;
    int skipped = 0; // unchanged articles met since the previous batch
};

ImportService::ImportService(QObject *parent)
    : QObject(parent)
{ }

ImportService::~ImportService()
{
    cancel();
    m_future.waitForFinished();
}

bool ImportService::start(const QStringList &paths, ProjectStore *store)
{
    if (m_running || paths.isEmpty() || !store)
        return false;
    m_store = store;
    m_running = true;
    m_failed = false;
    m_savedArticles = 0;
    m_savedEvents = 0;
    m_progress = ImportProgress();
    m_clock.start();
    m_shared = std::make_shared<Shared>();
    const std::shared_ptr<Shared> shared = m_shared;
    const QPointer<ImportService> self(this);
    // The store's connection belongs to this thread: read the hashes of what the project holds
    // now, in one query, so that workers can skip unchanged articles before extracting them.
    QHash<QString, QString> storedHashes;
    {
        QSqlQuery query(store->database());
        if (query.exec(QStringLiteral("SELECT id, content_hash FROM articles"))) {
            while (query.next())
                storedHashes.insert(query.value(0).toString(), query.value(1).toString());
        }
    }

    m_future = QtConcurrent::run([paths, shared, self, storedHashes] {
        const Extractor extractor;
        int done = 0;
        int skipped = 0;
        std::vector<Article> pending;
        const auto post = [&](auto &&function) {
            if (self)
                QMetaObject::invokeMethod(self.data(), std::forward<decltype(function)>(function),
                                          Qt::QueuedConnection);
        };
        const auto flush = [&] {
            if (pending.empty() && skipped == 0)
                return;
            // Extraction is the slow part: spread the batch over the pool's threads.
            std::function<std::pair<Article, std::vector<Event>>(const Article &)> extractOne
                = [&extractor](const Article &article) {
                      ExtractionResult result = extractor.extract(article);
                      Article extracted = article;
                      extracted.sentences = std::move(result.sentences);
                      return std::make_pair(std::move(extracted), std::move(result.events));
                  };
            auto batch = std::make_shared<Batch>();
            batch->items
                = QtConcurrent::blockingMapped<std::vector<std::pair<Article, std::vector<Event>>>>(
                    pending, extractOne);
            done += int(pending.size()) + skipped;
            batch->articlesDone = done;
            batch->skipped = skipped;
            skipped = 0;
            pending.clear();
            post([self, batch] {
                if (self)
                    self->saveBatch(batch);
            });
        };
        // Reading is fast next to extraction: a first pass that only counts gives the total the
        // progress dialog needs for "remaining", at the cost of reading twice.
        int total = 0;
        readArticles(
            paths, [&](Article &&) { ++total; }, [](const ReadProblem &) {});
        post([self, total] {
            if (self)
                self->setTotal(total);
        });
        readArticles(
            paths,
            [&](Article &&article) {
                if (shared->cancelled)
                    return;
                const auto stored = storedHashes.constFind(article.id);
                if (stored != storedHashes.cend()
                    && *stored == ProjectStore::contentHash(article.text)) {
                    if (++skipped >= 8 * batchSize)
                        flush();
                    return;
                }
                pending.push_back(std::move(article));
                if (int(pending.size()) >= batchSize)
                    flush();
            },
            [&](const ReadProblem &problem) {
                const QString message = problem.toString();
                post([self, message] {
                    if (self)
                        Q_EMIT self->problem(message);
                });
            });
        if (!shared->cancelled)
            flush();
        post([self] {
            if (self)
                self->workerDone();
        });
    });
    return true;
}

void ImportService::cancel()
{
    if (m_shared)
        m_shared->cancelled = true;
}

void ImportService::saveBatch(const std::shared_ptr<Batch> &batch)
{
    if (m_failed || !m_store || (m_shared && m_shared->cancelled))
        return;
    const Status saved = batch->items.empty() ? ok() : m_store->saveArticles(batch->items);
    if (!saved) {
        m_failed = true;
        cancel();
        Q_EMIT failed(saved.error());
        return;
    }
    m_savedArticles += int(batch->items.size());
    for (const auto &item : batch->items)
        m_savedEvents += int(item.second.size());
    const QString latest = batch->items.empty() ? QString() : batch->items.back().first.title;
    m_progress.articlesDone = batch->articlesDone;
    m_progress.articlesSkipped += batch->skipped;
    m_progress.eventsFound = m_savedEvents;
    if (!latest.isEmpty())
        m_progress.latestTitle = latest;
    Q_EMIT progress(batch->articlesDone, latest);
    publishProgress();
}

void ImportService::setTotal(int total)
{
    m_progress.articlesTotal = total;
    publishProgress();
}

void ImportService::publishProgress()
{
    m_progress.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    const int left = m_progress.articlesTotal - m_progress.articlesDone;
    m_progress.remainingMs = m_progress.articlesDone > 0 && left >= 0
        ? qint64(double(m_progress.elapsedMs) / m_progress.articlesDone * left)
        : -1;
    Q_EMIT progressChanged(m_progress);
}

void ImportService::workerDone()
{
    m_running = false;
    if (m_failed)
        return;
    if (!(m_shared && m_shared->cancelled)) {
        m_progress.remainingMs = 0;
        m_progress.elapsedMs = m_clock.elapsed();
    }
    Q_EMIT finished(m_savedArticles, m_savedEvents, m_shared && m_shared->cancelled);
}

} // namespace demarche
