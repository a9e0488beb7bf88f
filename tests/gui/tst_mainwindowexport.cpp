// Acts as a user who exports from the main window's File menu: Export View (Ctrl+E) writes the
// view worked in last, Export Window the whole window, at the size asked in the export dialog.
#include "export/exportdialog.h"
#include "exportableview.h"
#include "mainwindow.h"
#include "networkview.h"
#include "timelineview.h"

#include "io/articlereader.h"
#include "store/projectstore.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QImageReader>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace demarche;

class TestMainWindowExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void exportAction_data();
    void exportAction();
    void appIconCompiledIn();

private:
    QTemporaryDir m_dir;
    QString m_projectPath;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindowExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const ReadBatch batch = readAllArticles({QStringLiteral(DEMARCHE_SEEDS)});
    if (batch.articles.empty())
        QSKIP("The seed article could not be read (is the article reader implemented?)");
    // The article alone is enough: exports must work on whatever the project holds.
    m_projectPath = m_dir.filePath(QStringLiteral("export.demarche"));
    auto store = ProjectStore::open(m_projectPath);
    QVERIFY2(store.isOk(), qPrintable(store.error()));
    const Status saved = store.value()->saveArticle(batch.articles.front(), {});
    QVERIFY2(saved.isOk(), qPrintable(saved.error()));
}

void TestMainWindowExport::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
    QString error;
    QVERIFY2(m_window->openProject(m_projectPath, &error), qPrintable(error));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindowExport::cleanup()
{
    m_window.reset();
}

void TestMainWindowExport::exportAction_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("focus"); // object name of the widget the user worked in last
    QTest::addColumn<QString>("expectedName");
    QTest::addColumn<QSize>("size");
    QTest::newRow("view, timeline at first") << QStringLiteral("exportViewAction") << QString()
                                             << QStringLiteral("timeline") << QSize(800, 450);
    QTest::newRow("view, network after a click")
        << QStringLiteral("exportViewAction") << QStringLiteral("networkView")
        << QStringLiteral("network") << QSize(640, 480);
    QTest::newRow("view, timeline large")
        << QStringLiteral("exportViewAction") << QStringLiteral("timelineView")
        << QStringLiteral("timeline") << QSize(2000, 1000);
    QTest::newRow("window") << QStringLiteral("exportWindowAction") << QString()
                            << QStringLiteral("window") << QSize(1024, 640);
}

void TestMainWindowExport::exportAction()
{
    QFETCH(QString, action);
    QFETCH(QString, focus);
    QFETCH(QString, expectedName);
    QFETCH(QSize, size);

    // The dialog starts from what was chosen last (QSettings group "export"): preset a PNG of
    // the wanted pixel size into the temporary folder, as a user's earlier choice would.
    const QString folder
        = m_dir.filePath(QStringLiteral("exports-%1").arg(QTest::currentDataTag()));
    QVERIFY(QDir().mkpath(folder));
    QSettings settings;
    settings.beginGroup(QStringLiteral("export"));
    settings.setValue(QStringLiteral("format"), 0);
    settings.setValue(QStringLiteral("bySize"), true);
    settings.setValue(QStringLiteral("width"), size.width());
    settings.setValue(QStringLiteral("height"), size.height());
    settings.setValue(QStringLiteral("dpi"), 96);
    settings.setValue(QStringLiteral("folder"), folder);
    settings.endGroup();
    settings.sync();

    if (!focus.isEmpty()) {
        auto *widget = m_window->findChild<QWidget *>(focus);
        QVERIFY(widget);
        if (auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("viewTabs"));
            tabs && tabs->indexOf(widget) >= 0)
            tabs->setCurrentWidget(widget);
        QApplication::setActiveWindow(m_window.get());
        widget->setFocus(Qt::MouseFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), widget);
    }
    if (action == QLatin1String("exportViewAction"))
        QCOMPARE(m_window->currentExportableView()->exportName(), expectedName);

    auto *trigger = m_window->findChild<QAction *>(action);
    QVERIFY(trigger);
    if (action == QLatin1String("exportViewAction"))
        QCOMPARE(trigger->shortcut(), QKeySequence(QStringLiteral("Ctrl+E")));

    // Accept the modal dialog as soon as it shows, keeping the path it proposes.
    QString written;
    int tries = 0;
    QTimer accepter;
    accepter.setInterval(20);
    connect(&accepter, &QTimer::timeout, this, [&] {
        if (auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget())) {
            written = dialog->filePath();
            dialog->accept();
            accepter.stop();
        } else if (++tries > 500) {
            accepter.stop();
        }
    });
    accepter.start();
    trigger->trigger();
    accepter.stop();

    QVERIFY2(!written.isEmpty(), "no export dialog was shown");
    QCOMPARE(QFileInfo(written).absolutePath(), QFileInfo(folder).absoluteFilePath());
    QVERIFY2(QFileInfo(written).completeBaseName().endsWith(expectedName), qPrintable(written));
    QVERIFY2(QFileInfo::exists(written), qPrintable(written));
    QImageReader reader(written);
    QCOMPARE(reader.format(), QByteArray("png"));
    QCOMPARE(reader.size(), size);
}

void TestMainWindowExport::appIconCompiledIn()
{
    // main() sets this icon; it must come from the GUI library so the app shows it uninstalled.
    const QString path = QStringLiteral(":/demarche/org.demarche.Demarche.svg");
    QVERIFY(QFile::exists(path));
    const QIcon icon(path);
    QVERIFY(!icon.isNull());
    const QImage image = icon.pixmap(QSize(64, 64)).toImage();
    QCOMPARE(image.size(), QSize(64, 64));
    QVERIFY2(image.pixelColor(32, 32).alpha() > 0, "the icon draws nothing at its centre");
}

QTEST_MAIN(TestMainWindowExport)
#include "tst_mainwindowexport.moc"
