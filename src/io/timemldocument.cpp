#include "timemldocument.h"

#include <QXmlStreamReader>
#include <algorithm>

namespace demarche {

namespace {

// Escapes text so that an XML parser gives it back unchanged.
QString escaped(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 16);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace

Result<TimeMlDocument> TimeMlDocument::parse(const QByteArray &xml)
{
    using R = Result<TimeMlDocument>;
    TimeMlDocument doc;
    QXmlStreamReader reader(xml);
    // No DTD processing: entity references that are not predefined are reported, not expanded.
    bool inText = false;
    bool inDct = false;
    bool inDocId = false;
    bool sawText = false;
    QString dctValue;
    std::vector<AnnotatedTimex> open;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        switch (token) {
        case QXmlStreamReader::StartElement: {
            const QStringView name = reader.name();
            if (name == QLatin1String("TEXT")) {
                inText = true;
                sawText = true;
            } else if (name == QLatin1String("DCT")) {
                inDct = true;
            } else if (name == QLatin1String("DOCID")) {
                inDocId = true;
            } else if (name == QLatin1String("TIMEX3")) {
                const QXmlStreamAttributes attributes = reader.attributes();
                if (inDct && dctValue.isEmpty())
                    dctValue = attributes.value(QLatin1String("value")).toString();
                if (inText) {
                    AnnotatedTimex timex;
                    timex.tid = attributes.value(QLatin1String("tid")).toString();
                    timex.type = attributes.value(QLatin1String("type")).toString();
                    timex.value = attributes.value(QLatin1String("value")).toString();
                    timex.mod = attributes.value(QLatin1String("mod")).toString();
                    timex.isDocumentTime = attributes.value(QLatin1String("functionInDocument"))
                        == QLatin1String("CREATION_TIME");
                    timex.span.begin = int(doc.text.size());
                    open.push_back(timex);
                }
            }
            break;
        }
        case QXmlStreamReader::EndElement: {
            const QStringView name = reader.name();
            if (name == QLatin1String("TEXT")) {
                inText = false;
            } else if (name == QLatin1String("DCT")) {
                inDct = false;
            } else if (name == QLatin1String("DOCID")) {
                inDocId = false;
            } else if (name == QLatin1String("TIMEX3") && inText && !open.empty()) {
                AnnotatedTimex timex = open.back();
                open.pop_back();
                timex.span.end = int(doc.text.size());
                doc.timexes.push_back(timex);
            }
            break;
        }
        case QXmlStreamReader::Characters:
            if (inText)
                doc.text += reader.text();
            else if (inDocId)
                doc.docId += reader.text().trimmed();
            break;
        case QXmlStreamReader::DTD:
            // Declared entities could pull in files or blow up in size: refuse them outright.
            if (!reader.entityDeclarations().isEmpty())
                return R::failure(QStringLiteral("line %1: entity declarations are not accepted")
                                      .arg(reader.lineNumber()));
            break;
        case QXmlStreamReader::EntityReference:
            return R::failure(
                QStringLiteral("line %1: undeclared entity &%2; (entities are not expanded)")
                    .arg(reader.lineNumber())
                    .arg(reader.name()));
        default:
            break;
        }
    }
    if (reader.hasError())
        return R::failure(
            QStringLiteral("line %1: %2").arg(reader.lineNumber()).arg(reader.errorString()));
    if (!sawText)
        return R::failure(QStringLiteral("no TEXT element"));
    if (dctValue.isEmpty())
        return R::failure(QStringLiteral("no DCT with a TIMEX3 value"));
    doc.creationTime = QDate::fromString(dctValue.left(10), Qt::ISODate);
    if (!doc.creationTime.isValid() && dctValue.size() >= 8)
        doc.creationTime = QDate::fromString(dctValue.left(8), QStringLiteral("yyyyMMdd"));
    if (!doc.creationTime.isValid())
        return R::failure(QStringLiteral("unreadable DCT value \"%1\"").arg(dctValue));
    std::sort(doc.timexes.begin(), doc.timexes.end(),
              [](const AnnotatedTimex &a, const AnnotatedTimex &b) {
                  return a.span.begin < b.span.begin
                      || (a.span.begin == b.span.begin && a.span.end > b.span.end);
              });
    return doc;
}

QByteArray TimeMlDocument::withTimexes(const QByteArray &originalXml,
                                       const std::vector<TimeExpression> &expressions) const
{
    std::vector<const TimeExpression *> sorted;
    sorted.reserve(expressions.size());
    for (const TimeExpression &e : expressions) {
        if (e.span.begin >= 0 && e.span.end <= text.size() && !e.span.isEmpty())
            sorted.push_back(&e);
    }
    std::sort(sorted.begin(), sorted.end(), [](const TimeExpression *a, const TimeExpression *b) {
        return a->span.begin < b->span.begin;
    });
    QString body;
    body.reserve(text.size() + int(sorted.size()) * 64);
    int at = 0;
    int tid = 1;
    for (const TimeExpression *e : sorted) {
        if (e->span.begin < at)
            continue; // overlapping expressions cannot nest as TIMEX3; the first one stays
        body += escaped(QStringView(text).sliced(at, e->span.begin - at));
        body += QStringLiteral("<TIMEX3 tid=\"t%1\" type=\"%2\" value=\"%3\"")
                    .arg(tid++)
                    .arg(timexTypeName(e->type), escaped(e->value));
        if (!e->mod.isEmpty())
            body += QStringLiteral(" mod=\"%1\"").arg(escaped(e->mod));
        body += QLatin1Char('>');
        body += escaped(QStringView(text).sliced(e->span.begin, e->span.length()));
        body += QLatin1String("</TIMEX3>");
        at = e->span.end;
    }
    body += escaped(QStringView(text).sliced(at));

    // Replace only what lies between <TEXT ...> and </TEXT>: the rest stays byte for byte.
    const qsizetype open = originalXml.indexOf("<TEXT");
    const qsizetype openEnd = open < 0 ? -1 : originalXml.indexOf('>', open);
    const qsizetype close = originalXml.lastIndexOf("</TEXT>");
    if (openEnd < 0 || close < openEnd) {
        QByteArray out = originalXml;
        out += "<TEXT>" + body.toUtf8() + "</TEXT>\n";
        return out;
    }
    QByteArray out = originalXml.left(openEnd + 1);
    out += body.toUtf8();
    out += originalXml.mid(close);
    return out;
}

} // namespace demarche
