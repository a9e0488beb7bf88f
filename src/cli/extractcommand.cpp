#include "commandline.h"

#include "core/textindex.h"
#include "extract/extractor.h"
#include "io/articlereader.h"
#include "io/eventjson.h"
#include "store/projectstore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace demarche::cli {

namespace {

struct ExtractOptions
{
    QStringList inputs;
    bool isCsv = false;
    bool isStrict = false;
    QString outPath;
    QString projectPath;
};

// Writes events as they come, one line each, so that the tool works as a streaming filter.
class EventWriter final
{
public:
    EventWriter(QFile &out, bool isCsv)
        : m_out(out)
        , m_isCsv(isCsv)
    {
        if (m_isCsv)
            writeLine(eventCsvHeader().toUtf8());
    }

    void write(const Article &article, const std::vector<Event> &events)
    {
        const TextIndex index(article.text);
        for (const Event &event : events) {
            if (m_isCsv) {
                const TextSpan sentence = index.toUtf16(event.sentenceSpan);
                const QString text = article.text.mid(sentence.begin, sentence.length());
                writeLine(eventToCsvRow(event, text).toUtf8());
            } else {
                writeLine(QJsonDocument(eventToJson(event)).toJson(QJsonDocument::Compact));
            }
        }
        m_out.flush();
    }

private:
    void writeLine(const QByteArray &line)
    {
        m_out.write(line);
        m_out.write("\n", 1);
    }

    QFile &m_out;
    bool m_isCsv;
};

int parseOptions(const QStringList &arguments, ExtractOptions &options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Reads articles and writes the events found in them, one per line.\n"
        "Inputs: .txt files (with an optional .json sidecar or front matter: id, title, date,\n"
        "language, source, url), .jsonl (one article per line: id, date, text, optional title,\n"
        "source, url), TimeML .tml, Reuters .sgm, folders of these, or - for JSON Lines on\n"
        "standard input. With no input, the bundled seeds/ folder is read.\n"
        "Output: JSON Lines (every field of an event, nested source, target and date), or CSV.\n"
        "Problems with an input are reported on standard error and the rest goes on."));
    parser.addHelpOption();
    parser.addOptions({
        {{QStringLiteral("f"), QStringLiteral("format")},
         QStringLiteral("Output format: jsonl (default) or csv."), QStringLiteral("format"),
         QStringLiteral("jsonl")},
        {{QStringLiteral("o"), QStringLiteral("out")},
         QStringLiteral("Write to <file> instead of standard output."), QStringLiteral("file")},
        {{QStringLiteral("p"), QStringLiteral("project")},
         QStringLiteral("Also store articles and events in the project <file> (created if missing)."),
         QStringLiteral("file")},
        {QStringLiteral("strict"), QStringLiteral("Exit with status 1 if any input had a problem.")},
    });
    parser.addPositionalArgument(QStringLiteral("inputs"),
                                 QStringLiteral("Files or folders to read; - for standard input."),
                                 QStringLiteral("[inputs...]"));
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "demarche-cli extract: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // QCommandLineParser names the executable's path; scripts know the tool by its sub-command.
        QString help = parser.helpText();
        help.replace(0, help.indexOf(QLatin1Char('[')), QStringLiteral("Usage: demarche-cli extract "));
        std::fputs(qPrintable(help), stdout);
        return 0;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("jsonl") && format != QLatin1String("csv")) {
        std::fprintf(stderr, "demarche-cli extract: unknown format '%s' (jsonl or csv)\n", qPrintable(format));
        return 2;
    }
    options.isCsv = format == QLatin1String("csv");
    options.isStrict = parser.isSet(QStringLiteral("strict"));
    options.outPath = parser.value(QStringLiteral("out"));
    options.projectPath = parser.value(QStringLiteral("project"));
    options.inputs = parser.positionalArguments();
    if (options.inputs.isEmpty())
        options.inputs = {defaultSeedsPath()};
    return -1;
}

bool openOutput(QFile &out, const QString &path)
{
    const bool isOpen = path.isEmpty() ? out.open(stdout, QIODevice::WriteOnly)
                                       : (out.setFileName(path), out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    if (!isOpen)
        std::fprintf(stderr, "demarche-cli extract: cannot write %s: %s\n",
                     qPrintable(path.isEmpty() ? QStringLiteral("standard output") : path),
                     qPrintable(out.errorString()));
    return isOpen;
}

} // namespace

int runExtract(const QStringList &arguments)
{
    ExtractOptions options;
    if (const int status = parseOptions(arguments, options); status >= 0)
        return status;
    QFile out;
    if (!openOutput(out, options.outPath))
        return 1;
    std::unique_ptr<ProjectStore> project;
    if (!options.projectPath.isEmpty()) {
        auto opened = ProjectStore::open(options.projectPath);
        if (!opened) {
            std::fprintf(stderr, "demarche-cli extract: %s\n", qPrintable(opened.error()));
            return 1;
        }
        project = std::move(opened).value();
    }

    const Extractor extractor;
    EventWriter writer(out, options.isCsv);
    int articles = 0;
    int problems = 0;
    const auto report = [&problems](const QString &message) {
        ++problems;
        std::fprintf(stderr, "demarche-cli extract: %s\n", qPrintable(message));
    };
    readArticles(
        options.inputs,
        [&](Article &&article) {
            ++articles;
            ExtractionResult result = extractor.extract(article);
            for (const QString &diagnostic : std::as_const(result.diagnostics))
                report(article.id + QStringLiteral(": ") + diagnostic);
            writer.write(article, result.events);
            if (project) {
                article.sentences = std::move(result.sentences);
                if (const Status saved = project->saveArticle(article, result.events); !saved)
                    report(saved.error());
            }
        },
        [&](const ReadProblem &problem) { report(problem.toString()); });
    if (articles == 0) {
        std::fputs("demarche-cli extract: no article could be read\n", stderr);
        return 1;
    }
    return options.isStrict && problems > 0 ? 1 : 0;
}

} // namespace demarche::cli
