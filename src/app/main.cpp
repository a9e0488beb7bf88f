#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Demarche"));
    QApplication::setOrganizationDomain(QStringLiteral("demarche.org"));
    QApplication::setApplicationName(QStringLiteral("Demarche"));
    QApplication::setApplicationDisplayName(QStringLiteral("Demarche"));
    QApplication::setApplicationVersion(QStringLiteral(DEMARCHE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.demarche.Demarche"));
    // Compiled into the GUI library, so the icon shows when run uninstalled too.
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/demarche/org.demarche.Demarche.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Dated events between actors, from news articles."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("project"),
        QApplication::translate("main",
                                "Project file to open (default: the last one, else the seeds)."));
    parser.process(app);

    demarche::MainWindow window;
    window.show();
    QString error;
    if (!window.openStartupProject(parser.positionalArguments().value(0), &error))
        QMessageBox::warning(&window, QApplication::translate("main", "Cannot open the project"),
                             error);
    return app.exec();
}
