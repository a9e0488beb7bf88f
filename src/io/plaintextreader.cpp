#include "plaintextreader.h"

#include "articlemetadata.h"
#include "textdecoding.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace demarche {

namespace {

Result<QByteArray> readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(file.errorString());
    return file.readAll();
}

// Splits "---\nkey: value\n---\n" off the text; returns the keys as a JSON object.
QJsonObject takeFrontMatter(QString &text)
{
    static const QString fence = QStringLiteral("---");
    if (!text.startsWith(fence + QLatin1Char('\n')) && !text.startsWith(fence + QStringLiteral("\r\n")))
        return {};
    const qsizetype close = text.indexOf(QLatin1Char('\n') + fence, fence.size());
    if (close < 0)
        return {};
    QJsonObject metadata;
    const QStringList lines = text.mid(fence.size(), close - fence.size()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0)
            metadata.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    qsizetype bodyStart = close + 1 + fence.size();
    if (bodyStart < text.size() && text.at(bodyStart) == QLatin1Char('\r'))
        ++bodyStart;
    if (bodyStart < text.size() && text.at(bodyStart) == QLatin1Char('\n'))
        ++bodyStart;
    text.remove(0, bodyStart);
    return metadata;
}

Result<QJsonObject> readSidecar(const QFileInfo &article)
{
    const QString sidecarPath = article.dir().filePath(article.completeBaseName() + QStringLiteral(".json"));
    if (!QFileInfo::exists(sidecarPath))
        return QJsonObject();
    const Result<QByteArray> bytes = readBytes(sidecarPath);
    if (!bytes)
        return Result<QJsonObject>::failure(sidecarPath + QStringLiteral(": ") + bytes.error());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes.value(), &error);
    if (error.error != QJsonParseError::NoError)
        return Result<QJsonObject>::failure(
            QStringLiteral("%1:%2: malformed JSON sidecar: %3")
                .arg(sidecarPath)
                .arg(lineOfOffset(bytes.value(), error.offset))
                .arg(error.errorString()));
    if (!document.isObject())
        return Result<QJsonObject>::failure(sidecarPath + QStringLiteral(": sidecar must be a JSON object"));
    return document.object();
}

} // namespace

Result<Article> readPlainTextArticle(const QString &path)
{
    const QFileInfo info(path);
    const Result<QByteArray> bytes = readBytes(path);
    if (!bytes)
        return Result<Article>::failure(bytes.error());
    if (bytes->trimmed().isEmpty())
        return Result<Article>::failure(QStringLiteral("empty file"));
    Result<QString> text = decodeUtf8Text(bytes.value());
    if (!text)
        return Result<Article>::failure(text.error());

    Article article;
    article.id = info.completeBaseName();
    article.path = info.absoluteFilePath();
    article.text = std::move(text).value();
    const QJsonObject frontMatter = takeFrontMatter(article.text);
    if (const Status applied = applyArticleMetadata(frontMatter, article); !applied)
        return Result<Article>::failure(QStringLiteral("front matter: ") + applied.error());
    const Result<QJsonObject> sidecar = readSidecar(info);
    if (!sidecar)
        return Result<Article>::failure(sidecar.error());
    if (const Status applied = applyArticleMetadata(sidecar.value(), article); !applied)
        return Result<Article>::failure(QStringLiteral("sidecar: ") + applied.error());
    if (article.text.trimmed().isEmpty())
        return Result<Article>::failure(QStringLiteral("no text after the front matter"));
    assumeDateFromFile(info, article);
    return article;
}

} // namespace demarche
