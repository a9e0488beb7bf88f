// The source panel's curation: adding an event from selected text (the editor opens pre-filled,
// OK pushes one undoable addition, undo removes it from the session and the file), and one
// real-world event with many reports (the panel lists every article and sentence, with counts,
// and a click on a report shows its article with its sentence highlighted).
#include "curationfixture.h"

#include "core/correctionapplier.h"
#include "curation/curationcontroller.h"
#include "curation/eventeditordialog.h"
#include "models/curationservice.h"
#include "models/eventselection.h"
#include "models/projectsession.h"
#include "sourcepanel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace demarche;

namespace {

qint64 eventOf(const ProjectSession &session, const QString &articleId, const QString &code)
{
    for (const Event &e : session.snapshot().events()) {
        if (e.articleId == articleId && e.cameoCode == code)
            return e.id;
    }
    return 0;
}

int countCode(const ProjectSession &session, const QString &code)
{
    int n = 0;
    for (const Event &e : session.snapshot().events())
        n += e.cameoCode == code ? 1 : 0;
    return n;
}

} // namespace

class TestSourcePanelCuration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void selectionApiCountsCodePoints();
    void addFromSelectionPushesUndoableEvent_data();
    void addFromSelectionPushesUndoableEvent();
    void clusterListsEveryReport();
    void singleReportHasNoList();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<QWidget> m_window;
    ProjectSession *m_session = nullptr;
    EventSelection *m_selection = nullptr;
    CurationService *m_service = nullptr;
    CurationController *m_controller = nullptr;
    SourcePanel *m_panel = nullptr;
};

void TestSourcePanelCuration::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_store = curationfixture::create(m_dir->filePath(QStringLiteral("p.demarche")), &error);
    QVERIFY2(m_store, qPrintable(error));
    m_window = std::make_unique<QWidget>();
    m_session = new ProjectSession(m_window.get());
    m_selection = new EventSelection(m_window.get());
    m_service = new CurationService(m_session, m_window.get());
    QVERIFY(m_service->setStore(m_store.get()));
    m_controller = new CurationController(m_window.get(), m_session, m_selection, m_service);
    m_panel = new SourcePanel(m_session, m_selection, m_window.get());
    auto *layout = new QVBoxLayout(m_window.get());
    layout->addWidget(m_panel);
    connect(m_panel, &SourcePanel::addEventRequested, m_controller,
            &CurationController::addEventFromText);
    m_window->resize(480, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSourcePanelCuration::cleanup()
{
    m_service->setStore(nullptr);
    m_window.reset();
    m_store.reset();
    m_dir.reset();
}

void TestSourcePanelCuration::selectionApiCountsCodePoints()
{
    // An article with a character outside the BMP: UTF-16 and code points differ after it.
    Article article = curationfixture::article(
        QStringLiteral("emoji"), QStringLiteral("Emoji"), QDate(2026, 1, 7),
        QStringLiteral("\U0001F600 China protested. Japan replied."));
    Event e;
    e.articleId = article.id;
    e.sentenceSpan = {0, 17};
    e.source = {QStringLiteral("CHN"), QStringLiteral("CHN"), {}, QStringLiteral("China"), {}, {}};
    e.cameoCode = QStringLiteral("140");
    e.cameoRoot = QStringLiteral("14");
    e.date = DateSpan::day(article.published);
    const Status saved = m_store->saveArticle(article, {e});
    QVERIFY2(saved, qPrintable(saved.error()));
    QVERIFY(m_service->refresh());
    m_selection->selectEvent(eventOf(*m_session, QStringLiteral("emoji"), QStringLiteral("140")));
    QCOMPARE(m_panel->articleId(), QStringLiteral("emoji"));
    // "China" is code points 2-7 (UTF-16 3-8).
    m_panel->selectSpan({2, 7});
    auto *text = m_panel->findChild<QPlainTextEdit *>(QStringLiteral("sourceText"));
    QCOMPARE(text->textCursor().selectedText(), QStringLiteral("China"));
    QCOMPARE(m_panel->selectedSpan(), (TextSpan {2, 7}));
}

void TestSourcePanelCuration::addFromSelectionPushesUndoableEvent_data()
{
    QTest::addColumn<QString>("articleId");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expectedSource");

    QTest::newRow("a2 agenda: discuss")
        << QStringLiteral("a2") << QStringLiteral("Trade was on the agenda")
        << QStringLiteral("040") << QString();
    QTest::newRow("a1 pledge: no actor in the sentence")
        << QStringLiteral("a1") << QStringLiteral("pledged to talk again") << QStringLiteral("036")
        << QString();
    QTest::newRow("a3 meeting sentence: actors from the extractor")
        << QStringLiteral("a3") << QStringLiteral("met on Monday") << QStringLiteral("043")
        << QStringLiteral("KOR");
}

void TestSourcePanelCuration::addFromSelectionPushesUndoableEvent()
{
    QFETCH(QString, articleId);
    QFETCH(QString, words);
    QFETCH(QString, code);
    QFETCH(QString, expectedSource);

    m_selection->selectEvent(eventOf(*m_session, articleId, QStringLiteral("040")));
    QCOMPARE(m_panel->articleId(), articleId);
    const Article *article = m_session->snapshot().article(articleId);
    const int begin = int(m_session->snapshot().text(*article).value().indexOf(words));
    QVERIFY(begin >= 0);
    auto *button = m_panel->findChild<QPushButton *>(QStringLiteral("addFromSelectionButton"));
    QVERIFY(!button->isEnabled());
    m_panel->selectSpan({begin, begin + int(words.size())});
    QVERIFY(button->isEnabled());

    const std::size_t before = m_session->snapshot().events().size();
    const int codeBefore = countCode(*m_session, code);
    QSignalSpy requested(m_panel, &SourcePanel::addEventRequested);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.front().at(0).toString(), articleId);

    auto *dialog = m_window->findChild<EventEditorDialog *>(QStringLiteral("eventEditorDialog"));
    QVERIFY(dialog);
    // Pre-filled: the article's date, the actors of the sentence; no code until one is chosen.
    QCOMPARE(dialog->findChild<QDateEdit *>(QStringLiteral("earliestDateEdit"))->date(),
             article->published);
    auto *source = dialog->findChild<QComboBox *>(QStringLiteral("sourceActorCombo"));
    if (!expectedSource.isEmpty()) {
        QVERIFY2(source->currentText().startsWith(expectedSource),
                 qPrintable(source->currentText()));
        QVERIFY(source->itemText(0).contains(QStringLiteral("in the sentence")));
    } else {
        // Nothing recognised there: the analyst picks the source.
        source->setEditText(QStringLiteral("KORGOV"));
    }
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(dialog->selectCameoCode(code));
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);

    QCOMPARE(m_controller->undoStack()->count(), 1);
    QCOMPARE(m_session->snapshot().events().size(), before + 1);
    QCOMPARE(countCode(*m_session, code), codeBefore + 1);
    // The new event is selected, keyed to the selected words, and marked as added.
    const qint64 added = m_selection->currentEventId();
    QVERIFY(added > CorrectionApplier::addedIdBase);
    const Event *event = m_session->snapshot().event(added);
    QVERIFY(event);
    QCOMPARE(event->articleId, articleId);
    QCOMPARE(event->trigger, words);
    QCOMPARE(event->triggerSpan, (TextSpan {begin, begin + int(words.size())}));
    QVERIFY(event->sentenceSpan.contains(event->triggerSpan));
    QCOMPARE(m_session->curationMark(added)->kind, CurationMark::Added);
    QVERIFY(m_panel->curationText().contains(QStringLiteral("added")));

    m_controller->undoStack()->undo();
    QCOMPARE(m_session->snapshot().events().size(), before);
    QCOMPARE(countCode(*m_session, code), codeBefore);
    QVERIFY(!m_session->snapshot().event(added));
}

void TestSourcePanelCuration::clusterListsEveryReport()
{
    const qint64 first = eventOf(*m_session, QStringLiteral("a1"), QStringLiteral("040"));
    m_selection->selectEvent(first);
    auto *list = m_panel->findChild<QListWidget *>(QStringLiteral("mentionList"));
    auto *counts = m_panel->findChild<QLabel *>(QStringLiteral("mentionsLabel"));
    QVERIFY(list->isVisible());
    QCOMPARE(list->count(), 3);
    QVERIFY2(counts->text().contains(QStringLiteral("3 mentions"))
                 && counts->text().contains(QStringLiteral("3 articles")),
             qPrintable(counts->text()));
    QStringList titles;
    for (const auto &[article, events] : curationfixture::reports())
        titles << article.title;
    for (int row = 0; row < list->count(); ++row) {
        const QString text = list->item(row)->text();
        QVERIFY2(std::any_of(titles.begin(), titles.end(),
                             [&](const QString &t) { return text.startsWith(t); }),
                 qPrintable(text));
    }
    QCOMPARE(m_panel->mentionIds().size(), 3);

    // Click the report of a2: the panel shows a2 with its sentence highlighted; the list stays.
    int row = -1;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toLongLong()
            == eventOf(*m_session, QStringLiteral("a2"), QStringLiteral("040")))
            row = i;
    }
    QVERIFY(row >= 0);
    QSignalSpy changed(m_selection, &EventSelection::selectionChanged);
    const QRect rect = list->visualItemRect(list->item(row));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_panel->articleId(), QStringLiteral("a2"));
    const Article *a2 = m_session->snapshot().article(QStringLiteral("a2"));
    QCOMPARE(m_panel->highlightedSpan(), a2->sentences.front().span);
    QCOMPARE(list->count(), 3);
    QCOMPARE(m_selection->selectedEventIds().size(), 3);
    QVERIFY(list->item(row)->font().bold());
}

void TestSourcePanelCuration::singleReportHasNoList()
{
    m_selection->selectEvent(eventOf(*m_session, QStringLiteral("a3"), QStringLiteral("111")));
    QCOMPARE(m_panel->articleId(), QStringLiteral("a3"));
    QVERIFY(!m_panel->findChild<QListWidget *>(QStringLiteral("mentionList"))->isVisible());
    QVERIFY(m_panel->mentionIds().isEmpty());
}

QTEST_MAIN(TestSourcePanelCuration)
#include "tst_sourcepanelcuration.moc"
