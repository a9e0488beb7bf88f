#include "articlereader.h"

#include "articlemetadata.h"
#include "jsonlinesreader.h"
#include "plaintextreader.h"
#include "reutersreader.h"
#include "timemldocument.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace demarche {

namespace {

enum class Format { PlainText, JsonLines, TimeMl, ReutersSgml, Unknown };

Format formatOf(const QFileInfo &file)
{
    const QString suffix = file.suffix().toLower();
    if (suffix == QLatin1String("txt") || suffix == QLatin1String("text"))
        return Format::PlainText;
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
        return Format::JsonLines;
    if (suffix == QLatin1String("tml"))
        return Format::TimeMl;
    if (suffix == QLatin1String("sgm") || suffix == QLatin1String("sgml"))
        return Format::ReutersSgml;
    return Format::Unknown;
}

void readTimeMlArticle(const QFileInfo &info, const ArticleSink &onArticle, const ProblemSink &onProblem)
{
    QFile file(info.filePath());
    if (!file.open(QIODevice::ReadOnly)) {
        onProblem({info.filePath(), 0, file.errorString()});
        return;
    }
    const QByteArray bytes = file.readAll();
    if (bytes.trimmed().isEmpty()) {
        onProblem({info.filePath(), 0, QStringLiteral("empty file")});
        return;
    }
    Result<TimeMlDocument> document = TimeMlDocument::parse(bytes);
    if (!document) {
        onProblem({info.filePath(), 0, document.error()});
        return;
    }
    Article article;
    article.id = document->docId.isEmpty() ? info.completeBaseName() : document->docId;
    article.path = info.absoluteFilePath();
    article.text = std::move(document->text);
    article.published = document->creationTime;
    assumeDateFromFile(info, article);
    onArticle(std::move(article));
}

void readFile(const QFileInfo &info, const ArticleSink &onArticle, const ProblemSink &onProblem)
{
    switch (formatOf(info)) {
    case Format::PlainText: {
        Result<Article> article = readPlainTextArticle(info.filePath());
        if (article)
            onArticle(std::move(article).value());
        else
            onProblem({info.filePath(), 0, article.error()});
        return;
    }
    case Format::JsonLines: {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            onProblem({info.filePath(), 0, file.errorString()});
            return;
        }
        readJsonLines(file, info.filePath(), info.lastModified().date(), onArticle, onProblem);
        return;
    }
    case Format::TimeMl:
        readTimeMlArticle(info, onArticle, onProblem);
        return;
    case Format::ReutersSgml:
        readReutersSgml(info.filePath(), onArticle, onProblem);
        return;
    case Format::Unknown:
        onProblem({info.filePath(), 0,
                   QStringLiteral("unknown file type (expected .txt, .jsonl, .tml or .sgm)")});
        return;
    }
}

void readFolder(const QString &path, const ArticleSink &onArticle, const ProblemSink &onProblem)
{
    QStringList files;
    QDirIterator it(path, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (formatOf(QFileInfo(file)) != Format::Unknown)
            files.append(file);
    }
    std::sort(files.begin(), files.end());
    for (const QString &file : std::as_const(files))
        readFile(QFileInfo(file), onArticle, onProblem);
}

} // namespace

QString ReadProblem::toString() const
{
    return line > 0 ? QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(message)
                    : QStringLiteral("%1: %2").arg(path, message);
}

void readArticles(const QStringList &paths, const ArticleSink &onArticle, const ProblemSink &onProblem)
{
    for (const QString &path : paths) {
        if (path == QLatin1String("-")) {
            QFile input;
            if (!input.open(stdin, QIODevice::ReadOnly)) {
                onProblem({QStringLiteral("<stdin>"), 0, input.errorString()});
                continue;
            }
            readJsonLines(input, QStringLiteral("<stdin>"), QDate::currentDate(), onArticle, onProblem);
            continue;
        }
        const QFileInfo info(path);
        if (!info.exists())
            onProblem({path, 0, QStringLiteral("no such file or folder")});
        else if (info.isDir())
            readFolder(path, onArticle, onProblem);
        else
            readFile(info, onArticle, onProblem);
    }
}

ReadBatch readAllArticles(const QStringList &paths)
{
    ReadBatch batch;
    readArticles(
        paths, [&](Article &&article) { batch.articles.push_back(std::move(article)); },
        [&](const ReadProblem &problem) { batch.problems.push_back(problem); });
    return batch;
}

} // namespace demarche
