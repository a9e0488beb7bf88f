#include "eventexport.h"

#include "core/eventclusterer.h"
#include "core/textindex.h"
#include "correctionstore.h"
#include "io/eventjson.h"
#include "projectstore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <memory>

namespace demarche {

namespace {

// The text of an event's sentence, cut from its article by code point offsets.
class SentenceTexts final
{
public:
    explicit SentenceTexts(const std::vector<Article> &articles)
    {
        for (const Article &article : articles)
            m_articles.insert(article.id, &article);
    }

    QString of(const Event &event)
    {
        const Article *article = m_articles.value(event.articleId, nullptr);
        if (!article || event.sentenceSpan.isEmpty())
            return {};
        auto &index = m_indices[event.articleId];
        if (!index)
            index = std::make_shared<TextIndex>(article->text);
        const TextSpan span = index->toUtf16(event.sentenceSpan);
        return article->text.mid(span.begin, span.length()).simplified();
    }

private:
    QHash<QString, const Article *> m_articles;
    QHash<QString, std::shared_ptr<TextIndex>> m_indices;
};

struct Row
{
    EventCluster cluster;
    bool isCorrected = false;
    bool isRejected = false;
    bool isAdded = false;
    QStringList notes;
    std::vector<const CuratedEvent *> curated;
};

QString dateKey(const DateSpan &date)
{
    return date.earliest.toString(QStringLiteral("yyyyMMdd"));
}

QString csvRow(const Row &row, SentenceTexts &sentences)
{
    const Event &e = row.cluster.event;
    const QStringList fields = {
        dateKey(row.cluster.date),
        row.cluster.date.earliest.toString(Qt::ISODate),
        row.cluster.date.latest.toString(Qt::ISODate),
        e.source.code,
        e.source.name,
        e.target ? e.target->code : QString(),
        e.target ? e.target->name : QString(),
        e.cameoCode,
        e.cameoRoot,
        QString::number(int(e.quadClass)),
        QString::number(e.goldstein, 'f', 1),
        modalityName(e.modality),
        QString::number(row.cluster.mentionCount()),
        QString::number(row.cluster.articleCount()),
        row.cluster.articleIds.join(QLatin1Char(';')),
        row.isCorrected ? QStringLiteral("1") : QStringLiteral("0"),
        row.isRejected ? QStringLiteral("1") : QStringLiteral("0"),
        row.notes.join(QStringLiteral("; ")),
        sentences.of(e),
    };
    QStringList quoted;
    for (const QString &field : fields)
        quoted.append(csvQuote(field));
    return quoted.join(QLatin1Char(','));
}

QJsonObject jsonRow(const Row &row, SentenceTexts &sentences)
{
    QJsonObject object = eventToJson(row.cluster.event);
    object.insert(QStringLiteral("is_corrected"), row.isCorrected);
    object.insert(QStringLiteral("is_rejected"), row.isRejected);
    object.insert(QStringLiteral("is_added"), row.isAdded);
    object.insert(QStringLiteral("correction"), row.notes.join(QStringLiteral("; ")));
    object.insert(QStringLiteral("num_mentions"), row.cluster.mentionCount());
    object.insert(QStringLiteral("num_articles"), row.cluster.articleCount());
    object.insert(QStringLiteral("article_ids"),
                  QJsonArray::fromStringList(row.cluster.articleIds));
    object.insert(
        QStringLiteral("agreed_date"),
        QJsonObject {{QStringLiteral("earliest"), row.cluster.date.earliest.toString(Qt::ISODate)},
                     {QStringLiteral("latest"), row.cluster.date.latest.toString(Qt::ISODate)}});
    QJsonArray mentions;
    for (const CuratedEvent *curated : row.curated) {
        mentions.append(QJsonObject {
            {QStringLiteral("event_id"), curated->event.id},
            {QStringLiteral("article_id"), curated->event.articleId},
            {QStringLiteral("sentence_index"), curated->event.sentenceIndex},
            {QStringLiteral("sentence"), sentences.of(curated->event)},
            {QStringLiteral("is_corrected"), curated->isCorrected},
            {QStringLiteral("machine"),
             curated->isAdded ? QJsonValue() : QJsonValue(eventToJson(curated->machine))},
        });
    }
    object.insert(QStringLiteral("mentions"), mentions);
    object.insert(QStringLiteral("sentence"), sentences.of(row.cluster.event));
    return object;
}

} // namespace

QString eventExportCsvHeader()
{
    return QStringLiteral(
        "date,date_earliest,date_latest,source_code,source_name,target_code,"
        "target_name,cameo_code,cameo_root,quad_class,goldstein,modality,"
        "num_mentions,num_articles,article_ids,is_corrected,is_rejected,correction,"
        "sentence");
}

Result<EventExportFormat> eventExportFormatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("csv"))
        return EventExportFormat::Csv;
    if (n == QLatin1String("jsonl") || n == QLatin1String("json")
        || n == QLatin1String("jsonlines"))
        return EventExportFormat::JsonLines;
    return Result<EventExportFormat>::failure(
        QStringLiteral("unknown export format '%1' (use csv or jsonl)").arg(name));
}

Status writeEvents(const std::vector<CuratedEvent> &events, const std::vector<Article> &articles,
                   QIODevice &device, EventExportFormat format, const EventExportOptions &options)
{
    if (!device.isWritable())
        return Status::failure(QStringLiteral("the export file is not open for writing"));
    QHash<qint64, const CuratedEvent *> byId;
    std::vector<Event> kept;
    for (const CuratedEvent &curated : events) {
        if (curated.isRejected && !options.includeRejected)
            continue;
        byId.insert(curated.event.id, &curated);
        kept.push_back(curated.event);
    }
    std::vector<EventCluster> clusters;
    if (options.isClustered) {
        clusters = EventClusterer().cluster(kept);
    } else {
        for (const Event &e : kept) {
            EventCluster single;
            single.event = e;
            single.date = e.date;
            single.mentions = {e};
            single.articleIds = {e.articleId};
            clusters.push_back(std::move(single));
        }
    }

    SentenceTexts sentences(articles);
    if (format == EventExportFormat::Csv) {
        if (device.write(eventExportCsvHeader().toUtf8() + "\r\n") < 0)
            return Status::failure(QStringLiteral("writing the export: ") + device.errorString());
    }
    for (EventCluster &cluster : clusters) {
        Row row;
        for (const Event &mention : cluster.mentions) {
            const CuratedEvent *curated = byId.value(mention.id, nullptr);
            if (!curated)
                continue;
            row.curated.push_back(curated);
            row.isCorrected = row.isCorrected || curated->isCorrected;
            row.isRejected = row.isRejected || curated->isRejected;
            row.isAdded = row.isAdded || curated->isAdded;
            if (!curated->note.isEmpty() && !row.notes.contains(curated->note))
                row.notes.append(curated->note);
        }
        row.cluster = std::move(cluster);
        const QByteArray line = format == EventExportFormat::Csv
            ? csvRow(row, sentences).toUtf8() + "\r\n"
            : QJsonDocument(jsonRow(row, sentences)).toJson(QJsonDocument::Compact) + '\n';
        if (device.write(line) < 0)
            return Status::failure(QStringLiteral("writing the export: ") + device.errorString());
    }
    return ok();
}

Status exportEvents(const ProjectStore &store, QIODevice &device, EventExportFormat format,
                    const EventExportOptions &options)
{
    auto curated = CorrectionStore(store).curatedEvents();
    if (!curated)
        return Status::failure(curated.error());
    auto articles = store.articles();
    if (!articles)
        return Status::failure(articles.error());
    return writeEvents(curated->events, articles.value(), device, format, options);
}

} // namespace demarche
