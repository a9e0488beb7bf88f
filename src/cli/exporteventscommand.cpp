#include "commandline.h"

#include "store/eventexport.h"
#include "store/projectstore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace demarche::cli {

namespace {

void fail(const QString &message)
{
    std::fprintf(stderr, "demarche-cli export-events: %s\n", qPrintable(message));
}

} // namespace

int runExportEvents(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes a project's events with the analysts' corrections and actor merges applied.\n"
        "By default one row per real-world event: reports of the same event (same directed dyad,\n"
        "same CAMEO root, overlapping dates) are merged and counted (num_mentions, num_articles).\n"
        "CSV has GDELT-like columns; JSON Lines has every field, the machine's original values\n"
        "and the curation flags (is_corrected, is_rejected, is_added)."));
    parser.addHelpOption();
    parser.addOptions({
        {{QStringLiteral("p"), QStringLiteral("project")},
         QStringLiteral("The project <file> to read (made by 'extract --project' or the app)."),
         QStringLiteral("file")},
        {{QStringLiteral("f"), QStringLiteral("format")},
         QStringLiteral("Output format: csv (default) or jsonl."),
         QStringLiteral("format"),
         QStringLiteral("csv")},
        {QStringLiteral("raw"),
         QStringLiteral("One row per reporting sentence instead of per real-world event.")},
        {QStringLiteral("include-rejected"),
         QStringLiteral("Also write events an analyst rejected (flagged is_rejected).")},
        {{QStringLiteral("o"), QStringLiteral("out")},
         QStringLiteral("Write to <file> instead of standard output."),
         QStringLiteral("file")},
    });
    if (!parser.parse(arguments)) {
        fail(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // QCommandLineParser names the executable's path; scripts know the tool by its sub-command.
        QString help = parser.helpText();
        help.replace(0, help.indexOf(QLatin1Char('[')),
                     QStringLiteral("Usage: demarche-cli export-events "));
        std::fputs(qPrintable(help), stdout);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        fail(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().front()));
        return 2;
    }
    const QString projectPath = parser.value(QStringLiteral("project"));
    if (projectPath.isEmpty()) {
        fail(QStringLiteral("--project <file> is required"));
        return 2;
    }
    const auto format = eventExportFormatFromName(parser.value(QStringLiteral("format")));
    if (!format) {
        fail(format.error());
        return 2;
    }
    // ProjectStore::open creates missing files; an export must not leave an empty project behind.
    if (!QFileInfo(projectPath).isFile()) {
        fail(QStringLiteral("no project at %1").arg(projectPath));
        return 1;
    }
    auto store = ProjectStore::open(projectPath);
    if (!store) {
        fail(store.error());
        return 1;
    }

    const QString outPath = parser.value(QStringLiteral("out"));
    QFile out;
    const bool isOpen = outPath.isEmpty()
        ? out.open(stdout, QIODevice::WriteOnly)
        : (out.setFileName(outPath), out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    if (!isOpen) {
        fail(QStringLiteral("cannot write %1: %2")
                 .arg(outPath.isEmpty() ? QStringLiteral("standard output") : outPath,
                      out.errorString()));
        return 1;
    }
    EventExportOptions options;
    options.isClustered = !parser.isSet(QStringLiteral("raw"));
    options.includeRejected = parser.isSet(QStringLiteral("include-rejected"));
    if (const Status written = exportEvents(*store.value(), out, format.value(), options);
        !written) {
        fail(written.error());
        return 1;
    }
    return 0;
}

} // namespace demarche::cli
