// Acts as a user who drops articles on the main window: files and folders dropped on it are
// imported on worker threads, and the status bar counts and the event table follow.
#include "mainwindow.h"

#include "models/importservice.h"
#include "models/projectsession.h"

#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <iterator>
#include <memory>

using namespace demarche;

namespace {

struct SmallArticle
{
    const char *name;
    const char *title;
    const char *date;
    const char *text;
};

// Short wire-style articles written for this test, one clear diplomatic event in each.
const SmallArticle smallArticles[] = {
    {"a_mediation", "Seoul asks Beijing to mediate", "2026-02-10",
     "South Korean President Lee Jae Myung formally asked Chinese President Xi Jinping on Monday "
     "to mediate with North Korea.\nThe request was made during a summit in Beijing.\n"},
    {"b_talks", "France and Germany meet in Berlin", "2026-02-11",
     "French President Emmanuel Macron met German Chancellor Friedrich Merz in Berlin on "
     "Tuesday to discuss defence spending.\nBoth leaders praised the talks.\n"},
    {"c_protest", "Japan protests to China", "2026-02-12",
     "Japan lodged a formal protest with China on Wednesday over the detention of a Japanese "
     "businessman.\nTokyo demanded his release.\n"},
};

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestMainWindowImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dragEnterAcceptsOnlyUrls_data();
    void dragEnterAcceptsOnlyUrls();
    void dropImports_data();
    void dropImports();
    void dropProjectOpensIt();

private:
    // Sends a drag enter then a drop of `urls` to the window, as a file manager would.
    bool drop(const QList<QUrl> &urls);
    int tableRows() const { return m_table->model()->rowCount(); }
    QString statusCounts() const { return m_counts->text(); }

    QTemporaryDir m_dir;
    QString m_articlesDir;
    QStringList m_articleFiles;
    int m_testNumber = 0;
    std::unique_ptr<MainWindow> m_window;
    QTableView *m_table = nullptr;
    QLabel *m_counts = nullptr;
};

void TestMainWindowImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_articlesDir = m_dir.filePath(QStringLiteral("articles"));
    QVERIFY(QDir().mkpath(m_articlesDir));
    for (const SmallArticle &article : smallArticles) {
        const QString base = QDir(m_articlesDir).filePath(QString::fromLatin1(article.name));
        const QByteArray sidecar = QByteArrayLiteral("{\"title\": \"") + article.title
            + QByteArrayLiteral("\", \"date\": \"") + article.date
            + QByteArrayLiteral("\", \"language\": \"en\"}\n");
        QVERIFY(writeFile(base + QStringLiteral(".txt"), article.text));
        QVERIFY(writeFile(base + QStringLiteral(".json"), sidecar));
        m_articleFiles << base + QStringLiteral(".txt");
    }
}

void TestMainWindowImport::init()
{
    // A fresh, empty project for every test function and data row.
    const QString path = m_dir.filePath(QStringLiteral("project%1.demarche").arg(++m_testNumber));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
    QString error;
    QVERIFY2(m_window->openProject(path, &error), qPrintable(error));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_table = m_window->findChild<QTableView *>(QStringLiteral("eventTable"));
    m_counts = m_window->findChild<QLabel *>(QStringLiteral("countsLabel"));
    QVERIFY(m_table && m_counts);
}

void TestMainWindowImport::cleanup()
{
    m_window.reset();
}

bool TestMainWindowImport::drop(const QList<QUrl> &urls)
{
    QMimeData data;
    data.setUrls(urls);
    const QPoint at(m_window->width() / 2, m_window->height() / 2);
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QApplication::sendEvent(m_window.get(), &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent dropped(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    dropped.setAccepted(false);
    QApplication::sendEvent(m_window.get(), &dropped);
    return dropped.isAccepted();
}

void TestMainWindowImport::dragEnterAcceptsOnlyUrls_data()
{
    QTest::addColumn<bool>("withUrls");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("file urls") << true << true;
    QTest::newRow("plain text") << false << false;
}

void TestMainWindowImport::dragEnterAcceptsOnlyUrls()
{
    QFETCH(bool, withUrls);
    QFETCH(bool, accepted);
    QMimeData data;
    if (withUrls)
        data.setUrls({QUrl::fromLocalFile(m_articlesDir)});
    else
        data.setText(QStringLiteral("not a file"));
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QApplication::sendEvent(m_window.get(), &enter);
    QCOMPARE(enter.isAccepted(), accepted);
}

void TestMainWindowImport::dropImports_data()
{
    QTest::addColumn<bool>("asFolder");
    QTest::addColumn<int>("fileCount");
    QTest::newRow("the folder") << true << int(std::size(smallArticles));
    QTest::newRow("all files") << false << int(std::size(smallArticles));
    QTest::newRow("one file") << false << 1;
}

void TestMainWindowImport::dropImports()
{
    QFETCH(bool, asFolder);
    QFETCH(int, fileCount);
    QList<QUrl> urls;
    if (asFolder)
        urls << QUrl::fromLocalFile(m_articlesDir);
    else
        for (int i = 0; i < fileCount; ++i)
            urls << QUrl::fromLocalFile(m_articleFiles.at(i));

    const QString countsBefore = statusCounts();
    const int rowsBefore = tableRows();
    QVERIFY(countsBefore.contains(QStringLiteral("0 articles")));
    QSignalSpy finished(m_window->importService(), &ImportService::finished);
    QSignalSpy failed(m_window->importService(), &ImportService::failed);
    QVERIFY(drop(urls));
    QVERIFY(finished.wait(60000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(finished.count(), 1);

    const QList<QVariant> result = finished.takeFirst();
    const int articles = result.at(0).toInt();
    const int events = result.at(1).toInt();
    QCOMPARE(articles, fileCount);
    QCOMPARE(result.at(2).toBool(), false);
    QVERIFY2(events > 0, "the extractor found no event in the dropped articles");
    const QString articlesText = fileCount == 1 ? QStringLiteral("1 article")
                                                : QStringLiteral("%1 articles").arg(fileCount);
    QVERIFY2(statusCounts().endsWith(articlesText), qPrintable(statusCounts()));
    QVERIFY(statusCounts() != countsBefore);
    QCOMPARE(tableRows(), rowsBefore + events);
    QCOMPARE(tableRows(), int(m_window->session()->snapshot().events().size()));
}

void TestMainWindowImport::dropProjectOpensIt()
{
    // Fill a second project, then drop its file: the window switches to it instead of importing.
    const QString other = m_dir.filePath(QStringLiteral("dropped.demarche"));
    {
        MainWindow filler;
        QString error;
        QVERIFY2(filler.openProject(other, &error), qPrintable(error));
        QSignalSpy finished(filler.importService(), &ImportService::finished);
        filler.importPaths({m_articleFiles.front()});
        QVERIFY(finished.wait(60000));
    }
    QSignalSpy started(m_window->importService(), &ImportService::progress);
    QVERIFY(drop({QUrl::fromLocalFile(other)}));
    QCOMPARE(m_window->projectPath(), other);
    QVERIFY2(statusCounts().endsWith(QStringLiteral("1 article")), qPrintable(statusCounts()));
    QCOMPARE(started.count(), 0);
    QCOMPARE(tableRows(), int(m_window->session()->snapshot().events().size()));
}

QTEST_MAIN(TestMainWindowImport)
#include "tst_mainwindowimport.moc"
