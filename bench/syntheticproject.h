#pragma once

// Synthetic projects for the view and open benchmarks: `eventCount` events spread uniformly
// over ten years (2010-2019) between `actorCount` actors, ten events per article, with the
// field sizes of real wire copy (a 1.5 KB article, a 40-word trigger sentence). Deterministic:
// the same arguments give the same project.
#include "core/article.h"
#include "core/event.h"

#include <QFile>
#include <QRandomGenerator>
#include <QString>
#include <utility>
#include <vector>

namespace demarche::bench {

struct SyntheticProject
{
    std::vector<Article> articles;
    std::vector<Event> events;
};

inline Actor syntheticActor(int index)
{
    static const char *const sectors[] = {"GOV", "MIL", "OPP", "BUS", "MED", ""};
    Actor actor;
    actor.country = QStringLiteral("C%1").arg(index / 6, 2, 10, QLatin1Char('0'));
    actor.sector = QLatin1String(sectors[index % 6]);
    actor.code = actor.country + actor.sector;
    actor.name = QStringLiteral("Country %1 (%2)").arg(index / 6).arg(actor.sector);
    actor.mention = actor.name;
    return actor;
}

inline SyntheticProject syntheticProject(int eventCount, int actorCount, quint32 seed = 7)
{
    QRandomGenerator random(seed);
    SyntheticProject project;
    const QDate first(2010, 1, 1);
    const int days = int(first.daysTo(QDate(2019, 12, 31)));
    const QString filler = QStringLiteral("Officials met on Tuesday to discuss the dispute. ");
    QString text;
    while (text.size() < 1500)
        text += filler;
    static const char *const codes[] = {"010", "036", "042", "057", "111", "130", "173", "190"};
    static const QuadClass quads[]
        = {QuadClass::VerbalCooperation, QuadClass::VerbalCooperation, QuadClass::VerbalCooperation,
           QuadClass::VerbalCooperation, QuadClass::VerbalConflict,    QuadClass::VerbalConflict,
           QuadClass::MaterialConflict,  QuadClass::MaterialConflict};
    static const double goldstein[] = {0.0, 4.0, 1.9, 8.0, -2.0, -4.4, -5.0, -10.0};
    for (int i = 0; i < eventCount; ++i) {
        if (i % 10 == 0) {
            Article article;
            article.id = QStringLiteral("synthetic-%1").arg(i / 10);
            article.title = QStringLiteral("Synthetic article %1").arg(i / 10);
            article.source = QStringLiteral("bench");
            article.published = first.addDays(random.bounded(days));
            article.text = text; // implicitly shared, as after a real load
            article.text.detach();
            project.articles.push_back(std::move(article));
        }
        const Article &article = project.articles.back();
        Event event;
        event.articleId = article.id;
        event.sentenceIndex = i % 10;
        event.sentenceSpan = {int(event.sentenceIndex * 50), int(event.sentenceIndex * 50 + 49)};
        // Skewed: a few actors take most events, as in news.
        const auto pick = [&] {
            const double u = random.generateDouble();
            return std::min(actorCount - 1, int(u * u * actorCount));
        };
        const int source = pick();
        int target = pick();
        if (target == source)
            target = (source + 1) % actorCount;
        event.source = syntheticActor(source);
        event.target = syntheticActor(target);
        const int kind = random.bounded(8);
        event.cameoCode = QLatin1String(codes[kind]);
        event.cameoRoot = event.cameoCode.left(2);
        event.ploverType = QStringLiteral("CONSULT");
        event.quadClass = quads[kind];
        event.goldstein = goldstein[kind];
        const QDate day = first.addDays(random.bounded(days));
        // One event in eight carries a vague date (a month), drawn as an interval.
        event.date = i % 8 == 0 ? DateSpan::month(day.year(), day.month()) : DateSpan::day(day);
        event.reportDate = article.published;
        event.confidence = 0.8;
        event.trigger = QStringLiteral("met to discuss");
        event.triggerSpan = {10, 24};
        project.events.push_back(std::move(event));
    }
    return project;
}

// Peak resident set of this process in KiB (Linux VmHWM); -1 elsewhere.
inline qint64 peakRssKiB()
{
    // /proc files report size 0, so atEnd() is true at once: read them whole.
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Current resident set in KiB (VmRSS); -1 elsewhere.
inline qint64 currentRssKiB()
{
    // /proc files report size 0, so atEnd() is true at once: read them whole.
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace demarche::bench
