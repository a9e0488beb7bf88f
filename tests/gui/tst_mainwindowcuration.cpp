// The window wires curation together: the source panel's "Add event from selection…" opens the
// editor and OK lands the new event in the table, marked, undone by Edit > Undo; File > Export
// events… opens the export dialog next to the project and writes the file it names.
#include "curationfixture.h"

#include "curation/eventeditordialog.h"
#include "curation/eventexportdialog.h"
#include "mainwindow.h"
#include "models/eventselection.h"
#include "models/eventtablemodel.h"
#include "models/projectsession.h"
#include "sourcepanel.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace demarche;

class TestMainWindowCuration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addFromSelectionReachesTheTable();
    void exportEventsActionWritesTheFile();

private:
    QAction *action(const QString &name) const;

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindowCuration::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestMainWindowCuration::init()
{
    const QString path = m_dir.filePath(
        QStringLiteral("%1.demarche").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QString error;
    QVERIFY2(curationfixture::create(path, &error), qPrintable(error));
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    QVERIFY2(m_window->openProject(path, &error), qPrintable(error));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindowCuration::cleanup()
{
    m_window.reset();
}

QAction *TestMainWindowCuration::action(const QString &name) const
{
    return m_window->findChild<QAction *>(name);
}

void TestMainWindowCuration::addFromSelectionReachesTheTable()
{
    const ProjectSnapshot &snapshot = m_window->session()->snapshot();
    const std::size_t before = snapshot.events().size();
    const Article *article = snapshot.article(QStringLiteral("a2"));
    QVERIFY(article);
    for (const Event &e : snapshot.events()) {
        if (e.articleId == article->id)
            m_window->selection()->selectEvent(e.id);
    }
    auto *panel = m_window->findChild<SourcePanel *>(QStringLiteral("sourcePanel"));
    QCOMPARE(panel->articleId(), article->id);
    const QString words = QStringLiteral("Trade was on the agenda");
    const int begin = int(snapshot.text(*article).value().indexOf(words));
    panel->selectSpan({begin, begin + int(words.size())});
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("addFromSelectionButton")),
                      Qt::LeftButton);
    auto *editor = m_window->findChild<EventEditorDialog *>(QStringLiteral("eventEditorDialog"));
    QVERIFY(editor && editor->isVisible());
    editor->findChild<QComboBox *>(QStringLiteral("sourceActorCombo"))
        ->setEditText(QStringLiteral("CHNGOV"));
    QVERIFY(editor->selectCameoCode(QStringLiteral("040")));
    QTest::mouseClick(editor->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                          ->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);

    QCOMPARE(m_window->session()->snapshot().events().size(), before + 1);
    // The new event is the current row of the table, marked as added.
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("eventTable"));
    const QModelIndex current = table->currentIndex();
    QCOMPARE(current.data(EventTableModel::EventIdRole).toLongLong(),
             m_window->selection()->currentEventId());
    QCOMPARE(current.siblingAtColumn(EventTableModel::CurationColumn)
                 .data(EventTableModel::CurationRole)
                 .toString(),
             QStringLiteral("added"));

    QAction *undo = action(QStringLiteral("undoAction"));
    QVERIFY(undo && undo->isEnabled());
    undo->trigger();
    QCOMPARE(m_window->session()->snapshot().events().size(), before);
}

void TestMainWindowCuration::exportEventsActionWritesTheFile()
{
    QAction *exportEvents = action(QStringLiteral("exportEventsAction"));
    QVERIFY(exportEvents && exportEvents->isEnabled());
    exportEvents->trigger();
    auto *dialog = m_window->findChild<EventExportDialog *>(QStringLiteral("eventExportDialog"));
    QVERIFY(dialog && dialog->isVisible());
    // Proposed next to the project, named after it.
    const QString proposed = dialog->path();
    QCOMPARE(QFileInfo(proposed).absolutePath(), QFileInfo(m_window->projectPath()).absolutePath());
    QVERIFY2(proposed.endsWith(QStringLiteral("-events.csv")), qPrintable(proposed));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                          ->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QFile file(proposed);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(QString::fromUtf8(lines.front()).trimmed(), eventExportCsvHeader());
    QVERIFY(lines.size() > 1);
}

QTEST_MAIN(TestMainWindowCuration)
#include "tst_mainwindowcuration.moc"
