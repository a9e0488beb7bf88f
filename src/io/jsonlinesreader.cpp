#include "jsonlinesreader.h"

#include "articlemetadata.h"
#include "textdecoding.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace demarche {

namespace {

Result<Article> articleFromLine(const QByteArray &line, QDate fallbackDate)
{
    const Result<QString> decoded = decodeUtf8Text(line);
    if (!decoded)
        return Result<Article>::failure(decoded.error());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(decoded->toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return Result<Article>::failure(
            QStringLiteral("malformed JSON at column %1: %2").arg(error.offset + 1).arg(error.errorString()));
    if (!document.isObject())
        return Result<Article>::failure(QStringLiteral("a line must hold one JSON object"));
    const QJsonObject object = document.object();
    Article article;
    if (const Status applied = applyArticleMetadata(object, article); !applied)
        return Result<Article>::failure(applied.error());
    if (article.id.trimmed().isEmpty())
        return Result<Article>::failure(QStringLiteral("missing 'id'"));
    const QJsonValue text = object.value(QLatin1StringView("text"));
    if (!text.isString() || text.toString().trimmed().isEmpty())
        return Result<Article>::failure(QStringLiteral("missing or empty 'text'"));
    article.text = text.toString();
    if (!article.published.isValid()) {
        article.published = fallbackDate;
        article.isDateAssumed = true;
    }
    return article;
}

} // namespace

void readJsonLines(QIODevice &device, const QString &name, QDate fallbackDate,
                   const ArticleSink &onArticle, const ProblemSink &onProblem)
{
    int lineNumber = 0;
    // readLine() returns an empty array only at the end ("\n" for a blank line); atEnd() is not
    // reliable on pipes such as standard input.
    for (QByteArray line = device.readLine(); !line.isEmpty(); line = device.readLine()) {
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        Result<Article> article = articleFromLine(line, fallbackDate);
        if (!article) {
            onProblem({name, lineNumber, article.error()});
            continue;
        }
        article->path = name;
        onArticle(std::move(article).value());
    }
    if (lineNumber == 0)
        onProblem({name, 0, QStringLiteral("empty file")});
}

} // namespace demarche
