#pragma once

#include "core/article.h"
#include "core/cameotable.h"
#include "core/event.h"
#include "models/curationservice.h"
#include "models/projectsession.h"
#include "store/projectstore.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>
#include <utility>
#include <vector>

// A project for the curation tests: three wire reports of one meeting (South Korea's and China's
// leaders in Seoul on Monday 5 Jan 2026) and, in the third article, North Korea's criticism of
// it. Spans are found in the text by search, so that the tests repeat nothing the code computes.
namespace curationfixture {

using namespace demarche;

inline Article article(const QString &id, const QString &title, QDate published,
                       const QString &text)
{
    Article a;
    a.id = id;
    a.title = title;
    a.published = published;
    a.text = text;
    // One sentence per ". " (the texts are ASCII: UTF-16 indices are code points).
    int begin = 0;
    while (begin < text.size()) {
        int end = text.indexOf(QStringLiteral(". "), begin);
        end = end < 0 ? int(text.size()) : end + 1;
        a.sentences.push_back({int(a.sentences.size()), {begin, end}});
        begin = end + 1;
    }
    return a;
}

inline TextSpan spanOf(const Article &a, const QString &words, int from = 0)
{
    const int begin = int(a.text.indexOf(words, from));
    return {begin, begin + int(words.size())};
}

inline Actor actor(const Article &a, const QString &code, const QString &name,
                   const QString &mention)
{
    return {code, code.left(3), code.mid(3), name, mention, spanOf(a, mention)};
}

inline Event event(const Article &a, int sentence, const Actor &source, const Actor &target,
                   const QString &code, const QString &trigger, QDate day)
{
    const CameoCode *cameo = CameoTable::builtin().find(code);
    Event e;
    e.articleId = a.id;
    e.sentenceIndex = sentence;
    e.sentenceSpan = a.sentences[std::size_t(sentence)].span;
    e.source = source;
    e.target = target;
    e.cameoCode = code;
    e.cameoRoot = cameo ? cameo->root() : code.left(2);
    e.ploverType = cameo ? cameo->ploverType : QString();
    e.quadClass = cameo ? cameo->quadClass : QuadClass::VerbalCooperation;
    e.goldstein = cameo ? cameo->goldstein : 0.0;
    e.date = DateSpan::day(day);
    e.reportDate = a.published;
    e.confidence = 0.8;
    e.trigger = trigger;
    e.triggerSpan = spanOf(a, trigger, e.sentenceSpan.begin);
    return e;
}

inline std::vector<std::pair<Article, std::vector<Event>>> reports()
{
    const QDate monday(2026, 1, 5);
    const QString kor = QStringLiteral("South Korea (government)");
    const QString chn = QStringLiteral("China (government)");
    std::vector<std::pair<Article, std::vector<Event>>> batch;

    Article a1 = article(QStringLiteral("a1"), QStringLiteral("Lee and Xi meet in Seoul"), monday,
                         QStringLiteral("South Korea's president met China's leader in Seoul on "
                                        "Monday. Both sides pledged to talk again."));
    batch.push_back({a1,
                     {event(a1, 0, actor(a1, "KORGOV", kor, "South Korea's president"),
                            actor(a1, "CHNGOV", chn, "China's leader"), "040", "met", monday)}});

    Article a2
        = article(QStringLiteral("a2"), QStringLiteral("Seoul summit ends"), monday.addDays(1),
                  QStringLiteral("The leaders of South Korea and China held talks in Seoul "
                                 "yesterday. Trade was on the agenda."));
    batch.push_back({a2,
                     {event(a2, 0, actor(a2, "KORGOV", kor, "South Korea"),
                            actor(a2, "CHNGOV", chn, "China"), "040", "held talks", monday)}});

    Article a3 = article(QStringLiteral("a3"), QStringLiteral("Pyongyang condemns Seoul talks"),
                         monday.addDays(1),
                         QStringLiteral("South Korean and Chinese leaders met on Monday in Seoul. "
                                        "North Korea condemned the meeting on Tuesday."));
    batch.push_back(
        {a3,
         {event(a3, 0, actor(a3, "KORGOV", kor, "South Korean"),
                actor(a3, "CHNGOV", chn, "Chinese leaders"), "040", "met", monday),
          event(a3, 1,
                actor(a3, "PRKGOV", QStringLiteral("North Korea (government)"), "North Korea"),
                actor(a3, "KORGOV", kor, "South Korean"), "111", "condemned", monday.addDays(1))}});
    return batch;
}

// The project file at `path`, created and filled with reports(); nullptr (and a message in
// `error`) when it cannot be made.
inline std::unique_ptr<ProjectStore> create(const QString &path, QString *error)
{
    auto opened = ProjectStore::open(path);
    if (!opened) {
        *error = opened.error();
        return nullptr;
    }
    std::unique_ptr<ProjectStore> store = std::move(opened).value();
    if (const Status saved = store->saveArticles(reports()); !saved) {
        *error = saved.error();
        return nullptr;
    }
    return store;
}

// A project of reports() in a temporary folder, with the session that loads it and the curation
// service over it, torn down in the right order.
struct CuratedProject
{
    QTemporaryDir dir;
    std::unique_ptr<ProjectStore> store;
    ProjectSession session;
    CurationService service {&session};

    // Creates the file and connects the service; an empty string when ready, else the error.
    QString open()
    {
        QString error;
        store = create(dir.filePath(QStringLiteral("p.demarche")), &error);
        if (!store)
            return error;
        return service.setStore(store.get()) ? QString() : QStringLiteral("service has no store");
    }
};

} // namespace curationfixture
