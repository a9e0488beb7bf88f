#include "commandline.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

const char *usage =
    "Usage: demarche-cli <command> [options] [inputs...]\n"
    "\n"
    "Turns news articles into dated events between actors, headless.\n"
    "With no inputs, every command reads the bundled seeds/ folder.\n"
    "\n"
    "Commands:\n"
    "  extract   articles in (.txt, .jsonl, .tml, .sgm, folders, or - for JSON Lines on stdin),\n"
    "            events out as JSON Lines (default) or CSV (--format csv)\n"
    "  timeml    TimeML in, the same TimeML with TIMEX3 tags out (--out DIR)\n"
    "  export    render a view to PNG or SVG (--view NAME --out FILE --width W --height H)\n"
    "  export-events  a project's events, corrections applied, as CSV or JSON Lines\n"
    "            (--project FILE [--format csv|jsonl] [--raw] [--out FILE])\n"
    "\n"
    "Run 'demarche-cli <command> --help' for the options of a command.\n";

} // namespace

int main(int argc, char *argv[])
{
    // `export` needs a QGuiApplication; it creates its own, so only it may skip this one.
    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (command == QLatin1String("export"))
        return demarche::cli::runExport(argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("demarche-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEMARCHE_VERSION));
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    if (command == QLatin1String("extract"))
        return demarche::cli::runExtract(arguments);
    if (command == QLatin1String("timeml"))
        return demarche::cli::runTimeml(arguments);
    if (command == QLatin1String("export-events"))
        return demarche::cli::runExportEvents(arguments);
    if (command == QLatin1String("--version")) {
        std::printf("demarche-cli %s\n", DEMARCHE_VERSION);
        return 0;
    }
    const bool askedForHelp = command == QLatin1String("--help") || command == QLatin1String("-h")
                              || command == QLatin1String("help");
    std::fputs(usage, askedForHelp ? stdout : stderr);
    if (!askedForHelp && !command.isEmpty())
        std::fprintf(stderr, "\nUnknown command '%s'.\n", qPrintable(command));
    return askedForHelp ? 0 : 2;
}
