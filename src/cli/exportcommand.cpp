#include "commandline.h"

#include "extract/extractor.h"
#include "io/articlereader.h"
#include "store/projectstore.h"

#ifdef DEMARCHE_HAS_GUI
#include "export/viewexporter.h"
#include "export/widgetview.h"
#include "exportableview.h"
#include "mainwindow.h"

#include <QApplication>
#endif

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSize>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

namespace demarche::cli {

namespace {

int fail(const QString &message, int code = 1)
{
    std::fprintf(stderr, "demarche-cli export: %s\n", qPrintable(message));
    return code;
}

#ifdef DEMARCHE_HAS_GUI
// The window size the views are laid out at when no size is asked for.
constexpr QSize defaultWindowSize(1280, 800);

// Extracts every article under `inputs` into a new project file at `path`.
Status buildProject(const QStringList &inputs, const QString &path)
{
    ReadBatch batch = readAllArticles(inputs);
    for (const ReadProblem &problem : batch.problems)
        std::fprintf(stderr, "%s\n", qPrintable(problem.toString()));
    if (batch.articles.empty())
        return Status::failure(QStringLiteral("no article found in %1").arg(inputs.join(", ")));
    auto store = ProjectStore::open(path);
    if (!store)
        return Status::failure(store.error());
    const Extractor extractor;
    std::vector<std::pair<Article, std::vector<Event>>> extracted;
    for (Article &article : batch.articles) {
        ExtractionResult result = extractor.extract(article);
        for (const QString &diagnostic : result.diagnostics)
            std::fprintf(stderr, "%s: %s\n", qPrintable(article.id), qPrintable(diagnostic));
        article.sentences = std::move(result.sentences);
        extracted.emplace_back(std::move(article), std::move(result.events));
    }
    return store.value()->saveArticles(extracted);
}
#endif

} // namespace

int runExport(int argc, char *argv[])
{
#ifndef DEMARCHE_HAS_GUI
    Q_UNUSED(argc)
    Q_UNUSED(argv)
    return fail(QStringLiteral("this build has no GUI (DEMARCHE_GUI=OFF), so no views to render"));
#else
    // Rendering needs no screen: without one, use the offscreen platform rather than fail.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Demarche"));
    QCoreApplication::setApplicationName(QStringLiteral("demarche-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEMARCHE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Renders a view of a project to PNG or SVG, as the desktop app draws it, without a "
        "display.\nWith neither --project nor inputs, the bundled seed articles are extracted "
        "into a temporary project."));
    parser.addHelpOption();
    const QCommandLineOption viewOption(
        QStringLiteral("view"),
        QStringLiteral("What to render: timeline, network, chart-volume, chart-dyad or window."),
        QStringLiteral("name"));
    const QCommandLineOption projectOption(QStringLiteral("project"),
                                           QStringLiteral("Project file (.demarche) to render."),
                                           QStringLiteral("file"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), QStringLiteral("Output file; .svg writes SVG, anything else PNG."),
        QStringLiteral("file"));
    const QCommandLineOption widthOption(QStringLiteral("width"),
                                         QStringLiteral("Image width in pixels (with --height)."),
                                         QStringLiteral("pixels"));
    const QCommandLineOption heightOption(QStringLiteral("height"),
                                          QStringLiteral("Image height in pixels (with --width)."),
                                          QStringLiteral("pixels"));
    const QCommandLineOption scaleOption(
        QStringLiteral("scale"),
        QStringLiteral("Pixels per view pixel, 1 to 4 (default 1). Alone: the view's size times "
                       "this; with --width/--height: the layout is the size divided by this."),
        QStringLiteral("factor"), QStringLiteral("1"));
    const QCommandLineOption dpiOption(
        QStringLiteral("dpi"), QStringLiteral("Resolution recorded in the file (default 96)."),
        QStringLiteral("dpi"), QStringLiteral("96"));
    const QCommandLineOption dateOption(
        QStringLiteral("date"),
        QStringLiteral("Export date written in the metadata, YYYY-MM-DD (default today)."),
        QStringLiteral("date"));
    parser.addOptions({viewOption, projectOption, outOption, widthOption, heightOption, scaleOption,
                       dpiOption, dateOption});
    parser.addPositionalArgument(QStringLiteral("inputs"),
                                 QStringLiteral("Article files or folders to extract and render "
                                                "(instead of --project)."),
                                 QStringLiteral("[inputs...]"));
    parser.process(app);

    QStringList inputs = parser.positionalArguments();
    if (!inputs.isEmpty() && inputs.front() == QLatin1String("export"))
        inputs.removeFirst();
    const QString viewName = parser.value(viewOption);
    const QString out = parser.value(outOption);
    if (viewName.isEmpty() || out.isEmpty())
        return fail(QStringLiteral("--view and --out are required (see --help)"), 2);
    if (parser.isSet(projectOption) && !inputs.isEmpty())
        return fail(QStringLiteral("give either --project or inputs, not both"), 2);

    ExportOptions options;
    bool isNumber = true;
    options.scale = parser.value(scaleOption).toDouble(&isNumber);
    if (!isNumber || options.scale < 1.0 || options.scale > 4.0)
        return fail(QStringLiteral("--scale must be between 1 and 4"), 2);
    options.dpi = parser.value(dpiOption).toInt(&isNumber);
    if (!isNumber || options.dpi < 1)
        return fail(QStringLiteral("--dpi must be a positive number"), 2);
    if (parser.isSet(widthOption) != parser.isSet(heightOption))
        return fail(QStringLiteral("--width and --height go together"), 2);
    if (parser.isSet(widthOption)) {
        bool isWidth = false;
        bool isHeight = false;
        options.pixelSize = QSize(parser.value(widthOption).toInt(&isWidth),
                                  parser.value(heightOption).toInt(&isHeight));
        if (!isWidth || !isHeight || options.pixelSize.isEmpty())
            return fail(QStringLiteral("--width and --height must be positive numbers"), 2);
    }
    if (parser.isSet(dateOption)) {
        options.exportDate = QDate::fromString(parser.value(dateOption), Qt::ISODate);
        if (!options.exportDate.isValid())
            return fail(QStringLiteral("--date must be YYYY-MM-DD"), 2);
    }

    QTemporaryDir temporary;
    QString projectPath = parser.value(projectOption);
    if (projectPath.isEmpty()) {
        if (!temporary.isValid())
            return fail(QStringLiteral("cannot create a temporary folder"));
        const bool isSeeds = inputs.isEmpty();
        if (isSeeds)
            inputs << defaultSeedsPath();
        projectPath = temporary.filePath(isSeeds ? QStringLiteral("seeds.demarche")
                                                 : QStringLiteral("inputs.demarche"));
        const Status built = buildProject(inputs, projectPath);
        if (!built)
            return fail(built.error());
    } else if (!QFileInfo::exists(projectPath)) {
        return fail(QStringLiteral("no project at %1").arg(projectPath));
    }
    options.project = QFileInfo(projectPath).fileName();

    MainWindow window;
    // Lay the window out at the export's size so each view fills what it will be drawn into.
    const QSize logical = options.pixelSize.isEmpty()
        ? defaultWindowSize
        : (QSizeF(options.pixelSize) / options.scale).toSize();
    window.resize(logical.expandedTo(QSize(320, 240)));
    QString error;
    if (!window.openProject(projectPath, &error))
        return fail(error);
    window.show();
    QCoreApplication::processEvents();

    std::unique_ptr<WidgetView> windowView;
    const ExportableView *view = nullptr;
    QStringList names {QStringLiteral("window")};
    for (const ExportableView *candidate : window.exportableViews()) {
        names << candidate->exportName();
        if (candidate->exportName() == viewName)
            view = candidate;
    }
    if (viewName == QLatin1String("window")) {
        windowView = std::make_unique<WidgetView>(&window, viewName, window.countsText());
        view = windowView.get();
    }
    if (!view)
        return fail(QStringLiteral("unknown view '%1'; one of: %2").arg(viewName, names.join(", ")),
                    2);
    if (options.pixelSize.isEmpty() && viewName != QLatin1String("window"))
        options.pixelSize = (QSizeF(view->exportSizeHint()) * options.scale).toSize();

    const Status written = ViewExporter::exportView(*view, out, options);
    if (!written)
        return fail(written.error());
    const QSize size = ViewExporter::pixelSize(*view, options);
    std::printf("%s: %s %dx%d\n", qPrintable(out), qPrintable(viewName), size.width(),
                size.height());
    return 0;
#endif
}

} // namespace demarche::cli
