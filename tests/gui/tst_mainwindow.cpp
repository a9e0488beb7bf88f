// Acts as a user on the main window opened on a project made of the seed article plus a few
// events stored by the test, so that it does not depend on what the extractor finds.
#include "filterspanel.h"
#include "mainwindow.h"
#include "networkview.h"
#include "sourcepanel.h"
#include "timelineview.h"

#include "io/articlereader.h"
#include "models/eventselection.h"
#include "models/projectsession.h"
#include "store/projectstore.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace demarche;

namespace {

// The sentence of `text` that contains `needle`, as a code point span (the seed is BMP-only
// except where TextIndex says otherwise, and the test uses TextIndex-free ASCII needles).
TextSpan sentenceAround(const QString &text, const QString &needle)
{
    const int at = int(text.indexOf(needle));
    if (at < 0)
        return {};
    int begin = at;
    while (begin > 0
           && !(text.at(begin - 1) == QLatin1Char('\n')
                || (begin > 1 && text.at(begin - 2) == QLatin1Char('.')
                    && text.at(begin - 1) == QLatin1Char(' '))))
        --begin;
    int end = int(text.indexOf(QLatin1Char('.'), at));
    end = end < 0 ? int(text.size()) : end + 1;
    return {begin, end};
}

Event makeEvent(const Article &article, const QString &needle, const QString &source,
                const QString &sourceName, const QString &target, const QString &targetName,
                const QString &code, QuadClass quad, double goldstein, const DateSpan &date)
{
    Event event;
    event.articleId = article.id;
    event.sentenceSpan = sentenceAround(article.text, needle);
    event.source.code = source;
    event.source.name = sourceName;
    event.source.country = source.left(3);
    Actor t;
    t.code = target;
    t.name = targetName;
    t.country = target.left(3);
    event.target = t;
    event.cameoCode = code;
    event.cameoRoot = code.left(2);
    event.quadClass = quad;
    event.goldstein = goldstein;
    event.date = date;
    event.reportDate = article.published;
    event.confidence = 0.9;
    event.trigger = needle;
    const int at = int(article.text.indexOf(needle));
    event.triggerSpan = {at, at + int(needle.size())};
    return event;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void countsInStatusBar();
    void clickGlyphShowsSentence_data();
    void clickGlyphShowsSentence();
    void clickNodeFiltersTable_data();
    void clickNodeFiltersTable();
    void dateFilterChangesEveryView();
    void arrowKeysMoveSelection_data();
    void arrowKeysMoveSelection();
    void networkNodesInsideView();
    void rejectFromEditMenuPersistsAndUndoes();

private:
    const Event *eventByCode(const QString &code) const;

    QTemporaryDir m_dir;
    QString m_projectPath;
    Article m_article;
    std::vector<Event> m_events;
    std::unique_ptr<MainWindow> m_window;
    TimelineView *m_timeline = nullptr;
    NetworkView *m_network = nullptr;
    SourcePanel *m_source = nullptr;
    QTableView *m_table = nullptr;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const ReadBatch batch = readAllArticles({QStringLiteral(DEMARCHE_SEEDS)});
    if (batch.articles.empty())
        QSKIP("The seed article could not be read (is the article reader implemented?)");
    m_article = batch.articles.front();
    QVERIFY(m_article.text.contains(QStringLiteral("formally asked")));
    m_events = {
        makeEvent(m_article, QStringLiteral("formally asked"), QStringLiteral("KORGOV"),
                  QStringLiteral("South Korea (government)"), QStringLiteral("CHNGOV"),
                  QStringLiteral("China (government)"), QStringLiteral("028"),
                  QuadClass::VerbalCooperation, 3.0, DateSpan::day(QDate(2026, 1, 5))),
        makeEvent(m_article, QStringLiteral("Xi responded by saying"), QStringLiteral("CHNGOV"),
                  QStringLiteral("China (government)"), QStringLiteral("KORGOV"),
                  QStringLiteral("South Korea (government)"), QStringLiteral("018"),
                  QuadClass::VerbalCooperation, 3.4, DateSpan::day(QDate(2026, 1, 7))),
        makeEvent(m_article, QStringLiteral("trying to build ways to engage North Korea"),
                  QStringLiteral("KORGOV"), QStringLiteral("South Korea (government)"),
                  QStringLiteral("PRK"), QStringLiteral("North Korea"), QStringLiteral("036"),
                  QuadClass::VerbalCooperation, 4.0, DateSpan::month(2025, 10)),
        makeEvent(m_article, QStringLiteral("completely blocked"), QStringLiteral("PRK"),
                  QStringLiteral("North Korea"), QStringLiteral("KORGOV"),
                  QStringLiteral("South Korea (government)"), QStringLiteral("128"),
                  QuadClass::VerbalConflict, -4.0, DateSpan::day(QDate(2025, 8, 20))),
    };
    for (const Event &event : m_events)
        QVERIFY2(!event.sentenceSpan.isEmpty(), qPrintable(event.trigger));
    m_projectPath = m_dir.filePath(QStringLiteral("test.demarche"));
    auto store = ProjectStore::open(m_projectPath);
    QVERIFY2(store.isOk(), qPrintable(store.error()));
    const Status saved = store.value()->saveArticle(m_article, m_events);
    QVERIFY2(saved.isOk(), qPrintable(saved.error()));
}

void TestMainWindow::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1500, 950);
    QString error;
    QVERIFY2(m_window->openProject(m_projectPath, &error), qPrintable(error));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_timeline = m_window->findChild<TimelineView *>(QStringLiteral("timelineView"));
    m_network = m_window->findChild<NetworkView *>(QStringLiteral("networkView"));
    m_source = m_window->findChild<SourcePanel *>(QStringLiteral("sourcePanel"));
    m_table = m_window->findChild<QTableView *>(QStringLiteral("eventTable"));
    QVERIFY(m_timeline && m_network && m_source && m_table);
    m_timeline->fitAll();
    QTRY_VERIFY(!m_network->isLayoutRunning());
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

const Event *TestMainWindow::eventByCode(const QString &code) const
{
    for (const Event &event : m_window->session()->snapshot().events()) {
        if (event.cameoCode == code)
            return &event;
    }
    return nullptr;
}

void TestMainWindow::countsInStatusBar()
{
    QCOMPARE(m_window->countsText(), QStringLiteral("4 events, 3 actors, 1 article"));
}

void TestMainWindow::clickGlyphShowsSentence_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("exact day, appeal") << QStringLiteral("028");
    QTest::newRow("exact day, reply") << QStringLiteral("018");
    QTest::newRow("vague month bar") << QStringLiteral("036");
    QTest::newRow("conflict") << QStringLiteral("128");
}

void TestMainWindow::clickGlyphShowsSentence()
{
    QFETCH(QString, code);
    const Event *event = eventByCode(code);
    QVERIFY(event);
    const QPointF pos = m_timeline->eventPosition(event->id);
    QVERIFY2(!pos.isNull(), "the event's glyph is not drawn on its own");
    QTest::mouseClick(m_timeline, Qt::LeftButton, {}, pos.toPoint());
    QCOMPARE(m_window->selection()->currentEventId(), event->id);
    QCOMPARE(m_source->articleId(), m_article.id);
    QCOMPARE(m_source->highlightedSpan(), event->sentenceSpan);
    QVERIFY(m_source->eventText().contains(QStringLiteral("CAMEO %1").arg(code)));
    // The table follows the one selection.
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.front().data(Qt::UserRole + 1).toLongLong(), event->id);
}

void TestMainWindow::clickNodeFiltersTable_data()
{
    QTest::addColumn<QString>("actor");
    QTest::newRow("South Korea (government)") << QStringLiteral("KORGOV");
    QTest::newRow("North Korea") << QStringLiteral("PRK");
    QTest::newRow("China (government)") << QStringLiteral("CHNGOV");
}

void TestMainWindow::clickNodeFiltersTable()
{
    QFETCH(QString, actor);
    int expected = 0;
    for (const Event &event : m_events)
        expected += event.source.code == actor || (event.target && event.target->code == actor);
    const QPointF pos = m_network->nodePosition(actor);
    QVERIFY(!pos.isNull());
    QSignalSpy clicked(m_network, &NetworkView::actorClicked);
    QTest::mouseClick(m_network, Qt::LeftButton, {}, pos.toPoint());
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(m_table->model()->rowCount(), expected);
    for (int row = 0; row < m_table->model()->rowCount(); ++row) {
        const QString source = m_table->model()->index(row, 1).data().toString();
        const QString target = m_table->model()->index(row, 2).data().toString();
        const QString name = actor == QLatin1String("PRK") ? QStringLiteral("North Korea")
            : actor == QLatin1String("KORGOV") ? QStringLiteral("South Korea (government)")
                                               : QStringLiteral("China (government)");
        QVERIFY(source == name || target == name);
    }
}

void TestMainWindow::dateFilterChangesEveryView()
{
    auto *filters = m_window->findChild<FiltersPanel *>(QStringLiteral("filtersPanel"));
    QVERIFY(filters);
    auto *group = filters->findChild<QGroupBox *>(QStringLiteral("dateGroup"));
    auto *from = filters->findChild<QDateEdit *>(QStringLiteral("dateFrom"));
    QVERIFY(group && from);
    const int tableBefore = m_table->model()->rowCount();
    const int timelineBefore = m_timeline->drawnEventCount();
    QCOMPARE(m_network->shownEventCount(), int(m_events.size()));
    QCOMPARE(tableBefore, int(m_events.size()));
    QCOMPARE(timelineBefore, int(m_events.size()));
    group->setChecked(true);
    from->setDate(QDate(2026, 1, 1));
    QCOMPARE(m_table->model()->rowCount(), 2);
    QCOMPARE(m_timeline->drawnEventCount(), 2);
    QTRY_COMPARE(m_network->shownEventCount(), 2);
    QVERIFY(m_network->nodePosition(QStringLiteral("PRK")).isNull());
}

void TestMainWindow::arrowKeysMoveSelection_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("right from the earliest")
        << QStringLiteral("128") << int(Qt::Key_Right) << QStringLiteral("036");
    QTest::newRow("right to the latest")
        << QStringLiteral("028") << int(Qt::Key_Right) << QStringLiteral("018");
    QTest::newRow("left") << QStringLiteral("018") << int(Qt::Key_Left) << QStringLiteral("028");
    QTest::newRow("left stops at the first")
        << QStringLiteral("128") << int(Qt::Key_Left) << QStringLiteral("128");
}

void TestMainWindow::arrowKeysMoveSelection()
{
    QFETCH(QString, start);
    QFETCH(int, key);
    QFETCH(QString, expected);
    m_window->selection()->selectEvent(eventByCode(start)->id);
    m_timeline->setFocus();
    QTest::keyClick(m_timeline, Qt::Key(key));
    QCOMPARE(m_window->selection()->currentEventId(), eventByCode(expected)->id);
    QCOMPARE(m_source->highlightedSpan(), eventByCode(expected)->sentenceSpan);
}

void TestMainWindow::networkNodesInsideView()
{
    for (const QString &code :
         {QStringLiteral("KORGOV"), QStringLiteral("CHNGOV"), QStringLiteral("PRK")}) {
        const QPointF pos = m_network->nodePosition(code);
        QVERIFY2(std::isfinite(pos.x()) && std::isfinite(pos.y()), qPrintable(code));
        QVERIFY2(m_network->rect().contains(pos.toPoint()), qPrintable(code));
    }
    QCOMPARE(m_network->edgeCount(), 4);
}

void TestMainWindow::rejectFromEditMenuPersistsAndUndoes()
{
    const Event *meeting = eventByCode(QStringLiteral("036"));
    QVERIFY(meeting);
    const qint64 id = meeting->id;
    const int before = int(m_window->session()->snapshot().events().size());
    auto *reject = m_window->findChild<QAction *>(QStringLiteral("rejectEventAction"));
    auto *undo = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
    QVERIFY(reject && undo);
    m_window->selection()->selectEvent(id);
    QVERIFY(reject->isEnabled());
    reject->trigger();
    QCOMPARE(int(m_window->session()->snapshot().events().size()), before - 1);
    QVERIFY(!eventByCode(QStringLiteral("036")));

    // The rejection is in the project file: a window opened on it again does not show the event.
    MainWindow reopened;
    QString error;
    QVERIFY2(reopened.openProject(m_projectPath, &error), qPrintable(error));
    QCOMPARE(int(reopened.session()->snapshot().events().size()), before - 1);

    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(int(m_window->session()->snapshot().events().size()), before);
    QVERIFY(eventByCode(QStringLiteral("036")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
