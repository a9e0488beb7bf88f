#include "importservice.h"

#include "extract/extractor.h"
#include "io/articlereader.h"
#include "store/projectstore.h"

#include <QPointer>
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
    m_shared = std::make_shared<Shared>();
    const std::shared_ptr<Shared> shared = m_shared;
    const QPointer<ImportService> self(this);

    m_future = QtConcurrent::run([paths, shared, self] {
        const Extractor extractor;
        int done = 0;
        std::vector<Article> pending;
        const auto post = [&](auto &&function) {
            if (self)
                QMetaObject::invokeMethod(self.data(), std::forward<decltype(function)>(function),
                                          Qt::QueuedConnection);
        };
        const auto flush = [&] {
            if (pending.empty())
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
            done += int(pending.size());
            batch->articlesDone = done;
            pending.clear();
            post([self, batch] {
                if (self)
                    self->saveBatch(batch);
            });
        };
        readArticles(
            paths,
            [&](Article &&article) {
                if (shared->cancelled)
                    return;
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
    const Status saved = m_store->saveArticles(batch->items);
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
    Q_EMIT progress(batch->articlesDone, latest);
}

void ImportService::workerDone()
{
    m_running = false;
    if (m_failed)
        return;
    Q_EMIT finished(m_savedArticles, m_savedEvents, m_shared && m_shared->cancelled);
}

} // namespace demarche
