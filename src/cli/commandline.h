#pragma once

#include <QStringList>

namespace demarche::cli {

// The seeds folder used when a sub-command is given no input: $DEMARCHE_SEEDS, the installed
// share/demarche/seeds, or the source tree's seeds/.
QString defaultSeedsPath();

// Each sub-command takes its own arguments (argv[0] is the sub-command name) and returns the
// process exit code: 0 success, 1 failure, 2 usage error.
int runExtract(const QStringList &arguments);
int runTimeml(const QStringList &arguments);
// Writes a project's curated events as CSV or JSON Lines (export-events).
int runExportEvents(const QStringList &arguments);
// Creates its own QGuiApplication (offscreen when there is no display), hence argc/argv.
int runExport(int argc, char *argv[]);

} // namespace demarche::cli
