#pragma once

#include "core/article.h"
#include "core/event.h"
#include "models/projectsnapshot.h"

#include <array>
#include <vector>

// Events for the chart and export tests: 11 weeks across a year end, four actors, every
// QuadClass, built by formula so that the tests know nothing the code computes.
namespace trendfixture {

inline demarche::Actor actor(const QString &code, const QString &name)
{
    demarche::Actor a;
    a.code = code;
    a.country = code.left(3);
    a.sector = code.mid(3);
    a.name = name;
    return a;
}

inline std::vector<demarche::Event> events()
{
    using namespace demarche;
    const std::array<Actor, 4> actors {
        actor("KORGOV", "South Korea (government)"), actor("CHNGOV", "China (government)"),
        actor("PRKGOV", "North Korea (government)"), actor("USAGOV", "United States (government)")};
    const std::array<double, 4> goldstein {3.0, 7.4, -2.0, -9.5};
    std::vector<Event> result;
    const QDate start(2025, 12, 15);
    for (int i = 0; i < 60; ++i) {
        Event event;
        event.id = 100 + i;
        event.articleId = QStringLiteral("a%1").arg(i % 3);
        event.source = actors[size_t(i % 4)];
        event.target = actors[size_t((i / 4 + i + 1) % 4)];
        if (event.target->code == event.source.code)
            event.target = actors[size_t((i + 1) % 4)];
        event.quadClass = QuadClass(1 + (i * 7) % 4);
        event.goldstein = goldstein[size_t(int(event.quadClass) - 1)] + (i % 3) * 0.5;
        event.cameoCode = QStringLiteral("0%1").arg(1 + i % 9);
        event.cameoRoot = event.cameoCode.left(2);
        event.date = DateSpan::day(start.addDays((i * 13) % 75));
        event.reportDate = event.date.earliest.addDays(1);
        event.trigger = QStringLiteral("said");
        result.push_back(event);
    }
    return result;
}

inline std::vector<demarche::Article> articles()
{
    std::vector<demarche::Article> result;
    for (int i = 0; i < 3; ++i) {
        demarche::Article article;
        article.id = QStringLiteral("a%1").arg(i);
        article.title = QStringLiteral("Article %1").arg(i);
        article.published = QDate(2026, 1, 10 + i);
        article.text = QStringLiteral("Seoul said Beijing would mediate.");
        result.push_back(article);
    }
    return result;
}

inline demarche::ProjectSnapshot snapshot()
{
    return demarche::ProjectSnapshot(articles(), events());
}

} // namespace trendfixture
