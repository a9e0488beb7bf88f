#include "eventjson.h"

#include <QJsonArray>
#include <QJsonValue>

namespace demarche {

namespace {

QJsonArray spanToJson(TextSpan span)
{
    return QJsonArray{span.begin, span.end};
}

Result<TextSpan> spanFromJson(const QJsonValue &value, const char *field)
{
    const QJsonArray array = value.toArray();
    if (array.size() != 2 || !array[0].isDouble() || !array[1].isDouble())
        return Result<TextSpan>::failure(QStringLiteral("'%1' must be [begin, end]").arg(QLatin1String(field)));
    return TextSpan{array[0].toInt(), array[1].toInt()};
}

QJsonObject actorToJson(const Actor &actor)
{
    return QJsonObject{
        {QStringLiteral("code"), actor.code},       {QStringLiteral("country"), actor.country},
        {QStringLiteral("sector"), actor.sector},   {QStringLiteral("name"), actor.name},
        {QStringLiteral("mention"), actor.mention}, {QStringLiteral("span"), spanToJson(actor.span)},
    };
}

Result<Actor> actorFromJson(const QJsonObject &object)
{
    Actor actor;
    actor.code = object.value(QLatin1StringView("code")).toString();
    if (actor.code.isEmpty())
        return Result<Actor>::failure(QStringLiteral("actor without 'code'"));
    actor.country = object.value(QLatin1StringView("country")).toString();
    actor.sector = object.value(QLatin1StringView("sector")).toString();
    actor.name = object.value(QLatin1StringView("name")).toString();
    actor.mention = object.value(QLatin1StringView("mention")).toString();
    const Result<TextSpan> span = spanFromJson(object.value(QLatin1StringView("span")), "span");
    if (!span)
        return Result<Actor>::failure(span.error());
    actor.span = span.value();
    return actor;
}

QJsonObject dateToJson(const DateSpan &date)
{
    return QJsonObject{
        {QStringLiteral("value"), date.value},
        {QStringLiteral("earliest"), date.earliest.toString(Qt::ISODate)},
        {QStringLiteral("latest"), date.latest.toString(Qt::ISODate)},
        {QStringLiteral("granularity"), granularityName(date.granularity)},
        {QStringLiteral("phrase"), date.phrase},
        {QStringLiteral("basis"), dateBasisName(date.basis)},
    };
}

Result<DateSpan> dateFromJson(const QJsonObject &object)
{
    DateSpan date;
    date.value = object.value(QLatin1StringView("value")).toString();
    date.earliest = QDate::fromString(object.value(QLatin1StringView("earliest")).toString(), Qt::ISODate);
    date.latest = QDate::fromString(object.value(QLatin1StringView("latest")).toString(), Qt::ISODate);
    date.granularity = granularityFromName(object.value(QLatin1StringView("granularity")).toString());
    date.phrase = object.value(QLatin1StringView("phrase")).toString();
    date.basis = dateBasisFromName(object.value(QLatin1StringView("basis")).toString());
    if (!date.isValid())
        return Result<DateSpan>::failure(QStringLiteral("'date' needs valid 'earliest' <= 'latest'"));
    return date;
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QJsonObject eventToJson(const Event &event)
{
    return QJsonObject{
        {QStringLiteral("id"), event.id},
        {QStringLiteral("article_id"), event.articleId},
        {QStringLiteral("sentence_index"), event.sentenceIndex},
        {QStringLiteral("sentence_span"), spanToJson(event.sentenceSpan)},
        {QStringLiteral("source"), actorToJson(event.source)},
        {QStringLiteral("target"), event.target ? QJsonValue(actorToJson(*event.target)) : QJsonValue()},
        {QStringLiteral("cameo_code"), event.cameoCode},
        {QStringLiteral("cameo_root"), event.cameoRoot},
        {QStringLiteral("plover_type"), event.ploverType},
        {QStringLiteral("quad_class"), int(event.quadClass)},
        {QStringLiteral("goldstein"), event.goldstein},
        {QStringLiteral("date"), dateToJson(event.date)},
        {QStringLiteral("report_date"), event.reportDate.toString(Qt::ISODate)},
        {QStringLiteral("modality"), modalityName(event.modality)},
        {QStringLiteral("confidence"), event.confidence},
        {QStringLiteral("trigger"), event.trigger},
        {QStringLiteral("trigger_span"), spanToJson(event.triggerSpan)},
    };
}

Result<Event> eventFromJson(const QJsonObject &object)
{
    Event event;
    event.id = object.value(QLatin1StringView("id")).toInteger();
    event.articleId = object.value(QLatin1StringView("article_id")).toString();
    event.sentenceIndex = object.value(QLatin1StringView("sentence_index")).toInt();
    const Result<TextSpan> sentence = spanFromJson(object.value(QLatin1StringView("sentence_span")), "sentence_span");
    const Result<TextSpan> trigger = spanFromJson(object.value(QLatin1StringView("trigger_span")), "trigger_span");
    const Result<Actor> source = actorFromJson(object.value(QLatin1StringView("source")).toObject());
    const Result<DateSpan> date = dateFromJson(object.value(QLatin1StringView("date")).toObject());
    for (const QString &error : {sentence.error(), trigger.error(), source.error(), date.error()}) {
        if (!error.isEmpty())
            return Result<Event>::failure(error);
    }
    event.sentenceSpan = sentence.value();
    event.triggerSpan = trigger.value();
    event.source = source.value();
    event.date = date.value();
    const QJsonValue target = object.value(QLatin1StringView("target"));
    if (target.isObject()) {
        const Result<Actor> actor = actorFromJson(target.toObject());
        if (!actor)
            return Result<Event>::failure(QStringLiteral("target: ") + actor.error());
        event.target = actor.value();
    }
    event.cameoCode = object.value(QLatin1StringView("cameo_code")).toString();
    event.cameoRoot = object.value(QLatin1StringView("cameo_root")).toString();
    if (event.cameoCode.isEmpty())
        return Result<Event>::failure(QStringLiteral("missing 'cameo_code'"));
    event.ploverType = object.value(QLatin1StringView("plover_type")).toString();
    const int quad = object.value(QLatin1StringView("quad_class")).toInt();
    if (quad < 1 || quad > 4)
        return Result<Event>::failure(QStringLiteral("'quad_class' must be 1..4"));
    event.quadClass = QuadClass(quad);
    event.goldstein = object.value(QLatin1StringView("goldstein")).toDouble();
    event.reportDate = QDate::fromString(object.value(QLatin1StringView("report_date")).toString(), Qt::ISODate);
    event.modality = modalityFromName(object.value(QLatin1StringView("modality")).toString());
    event.confidence = object.value(QLatin1StringView("confidence")).toDouble();
    event.trigger = object.value(QLatin1StringView("trigger")).toString();
    return event;
}

QString eventCsvHeader()
{
    return QStringLiteral("event_id,article_id,date_value,date_earliest,date_latest,date_basis,"
                          "source_code,source_name,target_code,target_name,cameo_code,cameo_root,"
                          "plover_type,quad_class,goldstein,modality,confidence,trigger,sentence");
}

QString eventToCsvRow(const Event &event, const QString &sentenceText)
{
    const QStringList fields = {
        QString::number(event.id),
        event.articleId,
        event.date.value,
        event.date.earliest.toString(Qt::ISODate),
        event.date.latest.toString(Qt::ISODate),
        dateBasisName(event.date.basis),
        event.source.code,
        event.source.name,
        event.target ? event.target->code : QString(),
        event.target ? event.target->name : QString(),
        event.cameoCode,
        event.cameoRoot,
        event.ploverType,
        QString::number(int(event.quadClass)),
        QString::number(event.goldstein, 'f', 1),
        modalityName(event.modality),
        QString::number(event.confidence, 'f', 2),
        event.trigger,
        sentenceText.simplified(),
    };
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields)
        quoted.append(csvField(field));
    return quoted.join(QLatin1Char(','));
}

QString csvQuote(const QString &text)
{
    return csvField(text);
}

} // namespace demarche
