#include "reutersreader.h"

#include "articlemetadata.h"
#include "textdecoding.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

namespace demarche {

namespace {

// Content of the first <tag>...</tag> inside a record, or empty.
QByteArray element(const QByteArray &record, const QByteArray &tag)
{
    const QByteArray open = '<' + tag;
    qsizetype start = record.indexOf(open);
    if (start < 0)
        return {};
    start = record.indexOf('>', start);
    const qsizetype end = record.indexOf("</" + tag + '>', start);
    if (start < 0 || end < 0)
        return {};
    return record.mid(start + 1, end - start - 1);
}

// SGML character references used by the corpus (&lt; &gt; &amp; &#N;).
QString decodeEntities(QString text)
{
    static const QRegularExpression numeric(QStringLiteral("&#(\\d{1,6});"));
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        const uint code = match.captured(1).toUInt();
        // Control characters (the corpus has &#2; and &#3; markers) carry no text.
        if (code >= 32 && QChar::isPrint(char32_t(code)))
            out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    out.replace(QLatin1String("&lt;"), QLatin1String("<"));
    out.replace(QLatin1String("&gt;"), QLatin1String(">"));
    out.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return out;
}

QDate parseReutersDate(const QByteArray &raw)
{
    // "26-FEB-1987 15:01:01.79", sometimes with stray characters around it.
    static const QRegularExpression shape(QStringLiteral("(\\d{1,2})-([A-Za-z]{3})-(\\d{4})"));
    const auto match = shape.match(QString::fromLatin1(raw));
    if (!match.hasMatch())
        return {};
    static const QStringList months = {
        QStringLiteral("JAN"), QStringLiteral("FEB"), QStringLiteral("MAR"), QStringLiteral("APR"),
        QStringLiteral("MAY"), QStringLiteral("JUN"), QStringLiteral("JUL"), QStringLiteral("AUG"),
        QStringLiteral("SEP"), QStringLiteral("OCT"), QStringLiteral("NOV"), QStringLiteral("DEC")};
    const int month = int(months.indexOf(match.captured(2).toUpper())) + 1;
    return QDate(match.captured(3).toInt(), month, match.captured(1).toInt());
}

QString decodeRecordText(const QByteArray &bytes, bool *wasUtf8)
{
    Result<QString> text = decodeUtf8Text(bytes);
    *wasUtf8 = text.isOk();
    return text ? std::move(text).value() : QString::fromLatin1(bytes);
}

} // namespace

void readReutersSgml(const QString &path, const ArticleSink &onArticle, const ProblemSink &onProblem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        onProblem({path, 0, file.errorString()});
        return;
    }
    const QByteArray bytes = file.readAll();
    const QFileInfo info(path);
    static const QRegularExpression newId(QStringLiteral("NEWID=\"(\\d+)\""));
    int records = 0;
    // Lines are counted on from the previous record: counting from the file's start for each
    // record made reading quadratic (seconds per 1,000-record file).
    int line = 1;
    qsizetype counted = 0;
    for (qsizetype start = bytes.indexOf("<REUTERS"); start >= 0;
         start = bytes.indexOf("<REUTERS", start + 1)) {
        const qsizetype end = bytes.indexOf("</REUTERS>", start);
        if (end < 0) {
            onProblem({path, lineOfOffset(bytes, start), QStringLiteral("record without </REUTERS>")});
            break;
        }
        ++records;
        const QByteArray record = bytes.mid(start, end - start);
        line += int(QByteArrayView(bytes.constData() + counted, start - counted).count('\n'));
        counted = start;
        const QString header = QString::fromLatin1(record.left(record.indexOf('>') + 1));
        const QString id = newId.match(header).captured(1);
        const QByteArray body = element(record, "BODY");
        if (body.trimmed().isEmpty())
            continue;  // Many records carry only a title; there is nothing to extract.
        bool titleIsUtf8 = true;
        bool bodyIsUtf8 = true;
        Article article;
        article.id = QStringLiteral("reuters-") + (id.isEmpty() ? QString::number(line) : id);
        article.path = path;
        article.source = QStringLiteral("Reuters");
        article.title = decodeEntities(decodeRecordText(element(record, "TITLE"), &titleIsUtf8)).trimmed();
        article.text = decodeEntities(decodeRecordText(body, &bodyIsUtf8));
        if (!titleIsUtf8 || !bodyIsUtf8)
            onProblem({path, line, QStringLiteral("article %1: bytes that are not UTF-8, read as Latin-1").arg(article.id)});
        article.published = parseReutersDate(element(record, "DATE"));
        if (!article.published.isValid()) {
            onProblem({path, line, QStringLiteral("article %1: unreadable <DATE>; file date assumed").arg(article.id)});
            assumeDateFromFile(info, article);
        }
        onArticle(std::move(article));
    }
    if (records == 0)
        onProblem({path, 0, QStringLiteral("no <REUTERS> records")});
}

} // namespace demarche
