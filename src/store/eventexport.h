#pragma once

#include "core/article.h"
#include "core/curatedevent.h"
#include "core/result.h"

#include <QIODevice>
#include <vector>

namespace demarche {

class ProjectStore;

enum class EventExportFormat { Csv, JsonLines };

// What an export holds: one row per real-world event (reports merged by EventClusterer) or one per
// reporting sentence, and whether rejected events are written (flagged) or left out.
struct EventExportOptions
{
    bool isClustered = true;
    bool includeRejected = false;
};

// Writes the project's events, corrections and actor merges applied, to `device` (opened for
// writing): CSV with GDELT-like columns, or JSON Lines with every field plus the curation flags.
// An empty project writes the CSV header only / nothing.
Status exportEvents(const ProjectStore &store, QIODevice &device, EventExportFormat format,
                    const EventExportOptions &options = {});
// The same from events already in memory (the GUI's snapshot); `articles` give sentence text.
Status writeEvents(const std::vector<CuratedEvent> &events, const std::vector<Article> &articles,
                   QIODevice &device, EventExportFormat format,
                   const EventExportOptions &options = {});
// The CSV header line (without line break).
QString eventExportCsvHeader();
// "csv" / "jsonl" (also "json", "jsonlines"); nullopt-like failure for anything else.
Result<EventExportFormat> eventExportFormatFromName(const QString &name);

} // namespace demarche
