#include "commandline.h"

#include "extract/temporaltagger.h"
#include "io/timemldocument.h"

#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace demarche::cli {

namespace {

// The .tml files named or found (recursively, in name order) in the given inputs; problems with
// inputs go to stderr and count as failures.
QStringList timemlFiles(const QStringList &inputs, int &failures)
{
    QStringList files;
    for (const QString &input : inputs) {
        const QFileInfo info(input);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(input, {QStringLiteral("*.tml")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                found << it.next();
            found.sort();
            files << found;
        } else if (info.isFile()) {
            files << input;
        } else {
            std::fprintf(stderr, "%s: no such file or folder\n", qPrintable(input));
            ++failures;
        }
    }
    return files;
}

} // namespace

int runTimeml(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Tags time expressions in TimeML files. Reads each .tml file (its DCT and TEXT) and "
        "writes a TimeML file of the same name into the output folder, whose TEXT is exactly "
        "the input text with <TIMEX3 tid type value> tags inserted; everything outside TEXT "
        "is copied unchanged. Folders are searched recursively for .tml files. A file that "
        "cannot be read is reported on stderr and the others go on; the exit code is then 1."));
    parser.addHelpOption();
    const QCommandLineOption outOption(
        {QStringLiteral("o"), QStringLiteral("out")},
        QStringLiteral("Folder to write the tagged files into (created if missing; default: "
                       "the current folder). Files of the same name are overwritten."),
        QStringLiteral("DIR"), QStringLiteral("."));
    parser.addOption(outOption);
    parser.addPositionalArgument(QStringLiteral("inputs"),
                                 QStringLiteral(".tml files or folders holding them."),
                                 QStringLiteral("[inputs...]"));
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "%s\n\n%s", qPrintable(parser.errorText()),
                     qPrintable(parser.helpText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    const QStringList inputs = parser.positionalArguments();
    if (inputs.isEmpty()) {
        // The seeds are plain text, not TimeML: there is no sensible default input.
        std::fprintf(stderr, "demarche-cli timeml: no input given\n\n%s",
                     qPrintable(parser.helpText()));
        return 2;
    }
    const QString outDir = parser.value(outOption);
    if (!QDir().mkpath(outDir)) {
        std::fprintf(stderr, "%s: cannot create the output folder\n", qPrintable(outDir));
        return 1;
    }
    int failures = 0;
    const QStringList files = timemlFiles(inputs, failures);
    const TemporalTagger tagger;
    int written = 0;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(file.errorString()));
            ++failures;
            continue;
        }
        const QByteArray xml = file.readAll();
        const Result<TimeMlDocument> doc = TimeMlDocument::parse(xml);
        if (!doc) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(doc.error()));
            ++failures;
            continue;
        }
        const std::vector<TimeExpression> expressions = tagger.tag(doc->text, doc->creationTime);
        QSaveFile out(QDir(outDir).filePath(QFileInfo(path).fileName()));
        if (!out.open(QIODevice::WriteOnly) || out.write(doc->withTimexes(xml, expressions)) < 0
            || !out.commit()) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(out.fileName()),
                         qPrintable(out.errorString()));
            ++failures;
            continue;
        }
        ++written;
    }
    std::fprintf(stderr, "demarche-cli timeml: %d file(s) written to %s, %d problem(s)\n", written,
                 qPrintable(outDir), failures);
    return failures ? 1 : 0;
}

} // namespace demarche::cli
