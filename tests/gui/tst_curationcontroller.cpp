// The curation Edit actions on a real project file: reject and the editor's CAMEO change go
// through the undo stack, land in the session, and undo puts both the session and the file back.
#include "../models/curationsample.h"
#include "core/cameotable.h"
#include "curation/curationcontroller.h"
#include "curation/eventeditordialog.h"
#include "models/curationservice.h"
#include "models/eventselection.h"
#include "models/projectsession.h"
#include "store/projectstore.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWidget>

using namespace demarche;
using curationsample::actor;
using curationsample::sampleArticle;

namespace {

Event makeEvent(int sentence, const QString &source, const QString &target, const QString &code)
{
    const CameoCode *cameo = CameoTable::builtin().find(code);
    Event e;
    e.articleId = QStringLiteral("a1");
    e.sentenceIndex = sentence;
    e.sentenceSpan = sentence == 0 ? TextSpan {0, 20} : TextSpan {21, 42};
    e.source = actor(source, {e.sentenceSpan.begin, e.sentenceSpan.begin + 3});
    e.target = actor(target, {e.sentenceSpan.end - 6, e.sentenceSpan.end - 1});
    e.cameoCode = code;
    e.cameoRoot = code.left(2);
    e.goldstein = cameo ? cameo->goldstein : 0.0;
    e.quadClass = cameo ? cameo->quadClass : QuadClass::VerbalCooperation;
    e.date = DateSpan::publication(QDate(2026, 1, 6));
    e.reportDate = QDate(2026, 1, 6);
    return e;
}

// The (id, CAMEO code) pairs of a session's events, in store order: what the views show.
QList<QPair<qint64, QString>> shown(const ProjectSession &session)
{
    QList<QPair<qint64, QString>> result;
    for (const Event &e : session.snapshot().events())
        result.append({e.id, e.cameoCode});
    return result;
}

} // namespace

class TestCurationController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void actionChangesSessionAndUndoRestoresIt_data();
    void actionChangesSessionAndUndoRestoresIt();
    void editorRefusesUnknownCode();
    void otherProjectClearsUndo();

private:
    // What the same file shows to a fresh session and service (the file agrees with the view).
    static QList<QPair<qint64, QString>> reopened(const QString &path);
};

QList<QPair<qint64, QString>> TestCurationController::reopened(const QString &path)
{
    auto store = ProjectStore::open(path);
    if (!store)
        return {};
    ProjectSession session;
    CurationService service(&session);
    service.setStore(store.value().get());
    return shown(session);
}

void TestCurationController::actionChangesSessionAndUndoRestoresIt_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("newCode"); // for the editor; empty for reject
    QTest::addColumn<int>("eventsAfter");

    QTest::newRow("reject") << QStringLiteral("rejectEventAction") << QString() << 1;
    QTest::newRow("edit CAMEO 040 to 036")
        << QStringLiteral("editEventAction") << QStringLiteral("036") << 2;
    QTest::newRow("edit CAMEO to 1382")
        << QStringLiteral("editEventAction") << QStringLiteral("1382") << 2;
}

void TestCurationController::actionChangesSessionAndUndoRestoresIt()
{
    QFETCH(QString, action);
    QFETCH(QString, newCode);
    QFETCH(int, eventsAfter);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.demarche"));
    auto opened = ProjectStore::open(path);
    QVERIFY2(opened, qPrintable(opened.error()));
    std::unique_ptr<ProjectStore> store = std::move(opened).value();
    QVERIFY(store->saveArticle(
        sampleArticle(),
        {makeEvent(0, QStringLiteral("KORGOV"), QStringLiteral("CHNGOV"), QStringLiteral("040")),
         makeEvent(1, QStringLiteral("PRKGOV"), QStringLiteral("KORGOV"), QStringLiteral("138"))}));

    QWidget window;
    ProjectSession session;
    EventSelection selection;
    CurationService service(&session);
    service.setStore(store.get());
    CurationController controller(&window, &session, &selection, &service);
    const auto before = shown(session);
    QCOMPARE(before.size(), 2);
    QCOMPARE(reopened(path), before);

    const qint64 target = before.front().first;
    selection.selectEvent(target);
    auto *trigger = controller.findChild<QAction *>(action);
    QVERIFY(trigger);
    QVERIFY(trigger->isEnabled());
    QSignalSpy snapshotSpy(&session, &ProjectSession::snapshotChanged);
    trigger->trigger();

    if (!newCode.isEmpty()) {
        auto *dialog = window.findChild<EventEditorDialog *>(QStringLiteral("eventEditorDialog"));
        QVERIFY(dialog);
        // Search the list as the analyst would, then pick the code among the matches.
        auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("cameoSearchEdit"));
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("cameoList"));
        QVERIFY(search && list);
        QTest::keyClicks(search, newCode);
        int match = -1;
        for (int row = 0; row < list->count(); ++row) {
            if (!list->item(row)->isHidden()
                && list->item(row)->data(Qt::UserRole).toString() == newCode)
                match = row;
        }
        QVERIFY2(match >= 0, "the searched code is not listed");
        list->setCurrentRow(match);
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    QCOMPARE(controller.undoStack()->count(), 1);
    QVERIFY(snapshotSpy.count() >= 1);
    const auto after = shown(session);
    QCOMPARE(after.size(), eventsAfter);
    QVERIFY(after != before);
    if (!newCode.isEmpty()) {
        QCOMPARE(after.front().second, newCode);
        QVERIFY(service.curated(target)->isCorrected);
    }
    QCOMPARE(reopened(path), after);

    auto *undo = controller.findChild<QAction *>(QStringLiteral("undoAction"));
    QVERIFY(undo && undo->isEnabled());
    undo->trigger();
    QCOMPARE(shown(session), before);
    QCOMPARE(reopened(path), before);

    controller.findChild<QAction *>(QStringLiteral("redoAction"))->trigger();
    QCOMPARE(shown(session), after);
    QCOMPARE(reopened(path), after);
}

void TestCurationController::editorRefusesUnknownCode()
{
    ProjectSnapshot snapshot;
    const Event e
        = makeEvent(0, QStringLiteral("KORGOV"), QStringLiteral("CHNGOV"), QStringLiteral("040"));
    EventEditorDialog dialog(e, snapshot);
    QCOMPARE(dialog.changedFields(), Correction::Fields(Correction::NoField));
    QVERIFY(!dialog.selectCameoCode(QStringLiteral("999")));
    auto *search = dialog.findChild<QLineEdit *>(QStringLiteral("cameoSearchEdit"));
    QTest::keyClicks(search, QStringLiteral("no such code name"));
    // The selected code is filtered away: nothing valid is selected, OK is off.
    QVERIFY(!dialog.isInputValid());
    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(EventEditorDialog::isCameoActorCode(QStringLiteral("KORGOV")));
    QVERIFY(!EventEditorDialog::isCameoActorCode(QStringLiteral("Korea")));
}

void TestCurationController::otherProjectClearsUndo()
{
    QTemporaryDir dir;
    std::vector<std::unique_ptr<ProjectStore>> stores;
    for (const char *name : {"first.demarche", "second.demarche"}) {
        auto opened = ProjectStore::open(dir.filePath(QLatin1String(name)));
        QVERIFY2(opened, qPrintable(opened.error()));
        QVERIFY(opened.value()->saveArticle(
            sampleArticle(),
            {makeEvent(0, QStringLiteral("KORGOV"), QStringLiteral("CHNGOV"),
                       QStringLiteral("040"))}));
        stores.push_back(std::move(opened).value());
    }
    QWidget window;
    ProjectSession session;
    EventSelection selection;
    CurationService service(&session);
    service.setStore(stores[0].get());
    CurationController controller(&window, &session, &selection, &service);
    selection.selectEvent(session.snapshot().events().front().id);
    controller.rejectSelectedEvents();
    QCOMPARE(controller.undoStack()->count(), 1);
    QVERIFY(session.snapshot().events().empty());
    // The rejection belongs to the first project; undoing it in the second would be wrong.
    service.setStore(stores[1].get());
    QCOMPARE(controller.undoStack()->count(), 0);
    QCOMPARE(session.snapshot().events().size(), std::size_t(1));
}

QTEST_MAIN(TestCurationController)
#include "tst_curationcontroller.moc"
