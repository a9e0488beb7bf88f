// Corrected and analyst-added events told apart from machine events in every view: the table's
// Curation column, roles and tooltip, the timeline's diamond, the network's edge tooltip count and
// the source panel's "corrected from" line, on a real project file through the undo commands.
#include "curationfixture.h"

#include "models/correctioncommand.h"
#include "models/curationservice.h"
#include "models/eventselection.h"
#include "models/eventtablemodel.h"
#include "models/projectsession.h"
#include "networkview.h"
#include "sourcepanel.h"
#include "timelineview.h"

#include <QAbstractItemModelTester>
#include <QHelpEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>

#include <functional>

using namespace demarche;

namespace {

// The first event of article `articleId` with CAMEO code `code` in the session; 0 when none.
qint64 eventId(const ProjectSession &session, const QString &articleId, const QString &code)
{
    for (const Event &e : session.snapshot().events()) {
        if (e.articleId == articleId && e.cameoCode == code)
            return e.id;
    }
    return 0;
}

// Whether the colour is within a few steps of `expected` on every channel (antialiasing).
bool near(QColor actual, QColor expected)
{
    return std::abs(actual.red() - expected.red()) < 40
        && std::abs(actual.green() - expected.green()) < 40
        && std::abs(actual.blue() - expected.blue()) < 40;
}

// Whether any pixel of `frame` in `area` (widget coordinates) is near `expected`.
bool drawnIn(const QImage &frame, const QRectF &area, QColor expected)
{
    const QRect pixels
        = QRectF(area.topLeft() * frame.devicePixelRatio(), area.size() * frame.devicePixelRatio())
              .toAlignedRect()
              .intersected(frame.rect());
    for (int y = pixels.top(); y <= pixels.bottom(); ++y) {
        for (int x = pixels.left(); x <= pixels.right(); ++x) {
            if (near(frame.pixelColor(x, y), expected))
                return true;
        }
    }
    return false;
}

using Change = std::function<std::unique_ptr<CorrectionCommand>(CurationService *, qint64)>;

} // namespace

Q_DECLARE_METATYPE(Change)

class TestCurationMarks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tableTellsCorrectedApart_data();
    void tableTellsCorrectedApart();
    void timelineDrawsTheMark();
    void timelineTooltipSaysCorrected_data();
    void timelineTooltipSaysCorrected();
    void timelineBadgeShowsMark_data();
    void timelineBadgeShowsMark();
    void networkEdgeCountsCorrections();
    void sourcePanelSaysCorrectedFrom();

private:
    std::unique_ptr<curationfixture::CuratedProject> m_project;
    std::unique_ptr<QUndoStack> m_undo;
};

void TestCurationMarks::init()
{
    m_project = std::make_unique<curationfixture::CuratedProject>();
    const QString error = m_project->open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_undo = std::make_unique<QUndoStack>();
}

void TestCurationMarks::cleanup()
{
    m_undo.reset();
    m_project.reset();
}

void TestCurationMarks::tableTellsCorrectedApart_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("note");

    QTest::newRow("CAMEO 111 to 112") << Change([](CurationService *s, qint64 id) {
        return CorrectionCommand::editCode(s, id, QStringLiteral("112"), QStringLiteral("accused"));
    }) << QStringLiteral("corrected") << QStringLiteral("CAMEO corrected from 111 to 112");
    QTest::newRow("target removed") << Change([](CurationService *s, qint64 id) {
        return CorrectionCommand::editTarget(s, id, std::nullopt);
    }) << QStringLiteral("corrected")
                                    << QStringLiteral("target");
    QTest::newRow("added event") << Change([](CurationService *s, qint64 id) {
        const CuratedEvent *machine = s->curated(id);
        if (!machine)
            return std::unique_ptr<CorrectionCommand>();
        Event added = machine->event;
        added.cameoCode = QStringLiteral("172");
        return CorrectionCommand::addEvent(s, added, QStringLiteral("missed"));
    }) << QStringLiteral("added") << QStringLiteral("added");
}

void TestCurationMarks::tableTellsCorrectedApart()
{
    QFETCH(Change, change);
    QFETCH(QString, kind);
    QFETCH(QString, note);

    EventTableModel model(&m_project->session);
    QAbstractItemModelTester tester(&model);
    const qint64 criticism
        = eventId(m_project->session, QStringLiteral("a3"), QStringLiteral("111"));
    const qint64 untouched
        = eventId(m_project->session, QStringLiteral("a1"), QStringLiteral("040"));
    QVERIFY(criticism && untouched);
    QCOMPARE(model.index(model.rowOf(criticism), EventTableModel::CurationColumn).data(),
             QVariant());

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    auto command = change(&m_project->service, criticism);
    QVERIFY(command);
    m_undo->push(command.release());
    QVERIFY(reset.count() >= 1);

    // The changed row: the edited event keeps its id, an added one is a new row.
    qint64 marked = criticism;
    if (kind == QLatin1String("added"))
        marked = eventId(m_project->session, QStringLiteral("a3"), QStringLiteral("172"));
    const int row = model.rowOf(marked);
    QVERIFY(row >= 0);
    const QModelIndex curation = model.index(row, EventTableModel::CurationColumn);
    QCOMPARE(curation.data(EventTableModel::CurationRole).toString(), kind);
    QCOMPARE(curation.data(EventTableModel::SortRole).toString(), kind);
    QCOMPARE(curation.data().toString(), m_project->session.curationMark(marked)->symbol());
    QCOMPARE(curation.data(Qt::ForegroundRole).value<QColor>(),
             m_project->session.curationMark(marked)->color());
    QVERIFY2(model.index(row, EventTableModel::CodeColumn)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .contains(note),
             qPrintable(model.index(row, 0).data(Qt::ToolTipRole).toString()));
    QVERIFY(model.index(row, 0).data(EventTableModel::CurationNoteRole).toString().contains(note));
    // The machine's events stay unmarked.
    const int plain = model.rowOf(untouched);
    QCOMPARE(model.index(plain, EventTableModel::CurationColumn).data(), QVariant());
    QCOMPARE(model.index(plain, 0).data(EventTableModel::CurationRole), QVariant());
    QVERIFY(!model.index(plain, 0).data(Qt::ToolTipRole).toString().contains(note));

    m_undo->undo();
    QVERIFY(!m_project->session.curationMark(criticism));
    QCOMPARE(model.index(model.rowOf(criticism), EventTableModel::CurationColumn).data(),
             QVariant());
}

void TestCurationMarks::timelineDrawsTheMark()
{
    EventSelection selection;
    TimelineView timeline(&m_project->session, &selection);
    timeline.resize(1000, 420);
    timeline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&timeline));
    timeline.showDates(QDate(2026, 1, 1), QDate(2026, 1, 10));
    const qint64 criticism
        = eventId(m_project->session, QStringLiteral("a3"), QStringLiteral("111"));
    const auto markPixel = [&] {
        const QImage frame = timeline.grab().toImage();
        const QPointF at = timeline.eventPosition(criticism) * frame.devicePixelRatio();
        return frame.pixelColor((at + QPointF(5, -5)).toPoint());
    };
    const QColor corrected = CurationMark::colorOf(CurationMark::Corrected);
    QVERIFY(!timeline.eventPosition(criticism).isNull());
    QVERIFY(!near(markPixel(), corrected));

    m_undo->push(CorrectionCommand::editCode(&m_project->service, criticism, QStringLiteral("112"))
                     .release());
    QVERIFY2(near(markPixel(), corrected), qPrintable(markPixel().name()));
    m_undo->undo();
    QVERIFY(!near(markPixel(), corrected));
}

void TestCurationMarks::timelineTooltipSaysCorrected_data()
{
    QTest::addColumn<bool>("correct");
    QTest::addColumn<QString>("absent");

    QTest::newRow("corrected") << true << QString();
    QTest::newRow("untouched") << false << QStringLiteral("corrected");
}

void TestCurationMarks::timelineTooltipSaysCorrected()
{
    QFETCH(bool, correct);
    QFETCH(QString, absent);

    m_project->service.setAuthor(QStringLiteral("alice"));
    EventSelection selection;
    TimelineView timeline(&m_project->session, &selection);
    EventTableModel table(&m_project->session);
    timeline.resize(1000, 420);
    timeline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&timeline));
    const qint64 criticism
        = eventId(m_project->session, QStringLiteral("a3"), QStringLiteral("111"));
    if (correct)
        m_undo->push(CorrectionCommand::editCode(&m_project->service, criticism,
                                                 QStringLiteral("112"),
                                                 QStringLiteral("an accusation"))
                         .release());
    timeline.showDates(QDate(2026, 1, 1), QDate(2026, 1, 10));
    const QPoint at = timeline.eventPosition(criticism).toPoint();
    QVERIFY(!at.isNull());
    QHelpEvent help(QEvent::ToolTip, at, timeline.mapToGlobal(at));
    QApplication::sendEvent(&timeline, &help);
    const QString tip = QToolTip::text();
    // The table's words for the mark (note, who, when and why), or nothing for a machine event.
    const QString note
        = table.index(table.rowOf(criticism), 0).data(EventTableModel::CurationNoteRole).toString();
    QCOMPARE(note.isEmpty(), !correct);
    QVERIFY2(tip.contains(note.toHtmlEscaped()), qPrintable(tip));
    if (correct) {
        QVERIFY2(tip.contains(QStringLiteral("CAMEO corrected from 111 to 112")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("alice"))
                     && tip.contains(QStringLiteral("an accusation")),
                 qPrintable(tip));
    } else {
        QVERIFY2(!tip.contains(absent), qPrintable(tip));
    }
    QToolTip::hideText();
}

void TestCurationMarks::timelineBadgeShowsMark_data()
{
    QTest::addColumn<bool>("correct");
    QTest::addColumn<bool>("add");
    QTest::addColumn<QColor>("expected"); // invalid: no mark at the corner

    QTest::newRow("machine only") << false << false << QColor();
    QTest::newRow("one corrected")
        << true << false << CurationMark::colorOf(CurationMark::Corrected);
    QTest::newRow("one added") << false << true << CurationMark::colorOf(CurationMark::Added);
    QTest::newRow("corrected wins over added")
        << true << true << CurationMark::colorOf(CurationMark::Corrected);
}

void TestCurationMarks::timelineBadgeShowsMark()
{
    QFETCH(bool, correct);
    QFETCH(bool, add);
    QFETCH(QColor, expected);

    // The three reports of Monday's meeting, all in South Korea's lane.
    const qint64 meeting = eventId(m_project->session, QStringLiteral("a3"), QStringLiteral("040"));
    if (add) {
        Event added
            = m_project->service
                  .curated(eventId(m_project->session, QStringLiteral("a1"), QStringLiteral("040")))
                  ->event;
        added.cameoCode = QStringLiteral("043");
        m_undo->push(
            CorrectionCommand::addEvent(&m_project->service, added, QStringLiteral("missed"))
                .release());
    }
    if (correct)
        m_undo->push(
            CorrectionCommand::editCode(&m_project->service, meeting, QStringLiteral("042"))
                .release());
    EventSelection selection;
    TimelineView timeline(&m_project->session, &selection);
    // Lanes one row high: three events on one day no longer stack, they make a badge.
    timeline.resize(1000, 140);
    timeline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&timeline));
    timeline.showDates(QDate(2025, 12, 1), QDate(2026, 2, 28));
    const QRectF badge = timeline.badgeRect(meeting);
    QVERIFY2(!badge.isNull(), "the events should be grouped in a count badge");
    QVERIFY(timeline.eventPosition(meeting).isNull());
    const QImage frame = timeline.grab().toImage();
    const QRectF corner(badge.right() - 10, badge.top() - 4, 13, 12);
    const QRectF middle(badge.left(), badge.center().y() - 2, 10, 4);
    for (const CurationMark::Kind kind : {CurationMark::Corrected, CurationMark::Added}) {
        const QColor color = CurationMark::colorOf(kind);
        QCOMPARE(drawnIn(frame, corner, color), color == expected);
        QVERIFY(!drawnIn(frame, middle, color)); // a corner mark, not a recoloured badge
    }
    // The badge's tooltip lists its events, each corrected or added one with its mark.
    const QPoint centre = badge.center().toPoint();
    QHelpEvent help(QEvent::ToolTip, centre, timeline.mapToGlobal(centre));
    QApplication::sendEvent(&timeline, &help);
    const QString tip = QToolTip::text();
    QVERIFY2(tip.contains(CurationMark::colorOf(CurationMark::Corrected).name()) == correct,
             qPrintable(tip));
    QVERIFY2(tip.contains(CurationMark::colorOf(CurationMark::Added).name()) == add,
             qPrintable(tip));
    QToolTip::hideText();
}

void TestCurationMarks::networkEdgeCountsCorrections()
{
    EventSelection selection;
    NetworkView network(&m_project->session, &selection);
    network.resize(700, 500);
    network.show();
    QVERIFY(QTest::qWaitForWindowExposed(&network));
    QTRY_VERIFY(!network.isLayoutRunning());
    const qint64 meeting = eventId(m_project->session, QStringLiteral("a2"), QStringLiteral("040"));
    m_undo->push(
        CorrectionCommand::editCode(&m_project->service, meeting, QStringLiteral("042")).release());
    QTRY_VERIFY(!network.isLayoutRunning());
    QTRY_VERIFY(!network.edgePosition(QStringLiteral("KORGOV"), QStringLiteral("CHNGOV")).isNull());
    const QPoint at
        = network.edgePosition(QStringLiteral("KORGOV"), QStringLiteral("CHNGOV")).toPoint();
    QHelpEvent help(QEvent::ToolTip, at, network.mapToGlobal(at));
    QApplication::sendEvent(&network, &help);
    QVERIFY2(QToolTip::text().contains(QStringLiteral("1 corrected or added")),
             qPrintable(QToolTip::text()));
}

void TestCurationMarks::sourcePanelSaysCorrectedFrom()
{
    EventSelection selection;
    SourcePanel panel(&m_project->session, &selection);
    const qint64 criticism
        = eventId(m_project->session, QStringLiteral("a3"), QStringLiteral("111"));
    selection.selectEvent(criticism);
    QCOMPARE(panel.curationText(), QString());
    m_undo->push(CorrectionCommand::editCode(&m_project->service, criticism, QStringLiteral("112"),
                                             QStringLiteral("an accusation"))
                     .release());
    QVERIFY2(panel.curationText().contains(QStringLiteral("CAMEO corrected from 111 to 112")),
             qPrintable(panel.curationText()));
    QVERIFY(panel.curationText().contains(QStringLiteral("an accusation")));
    QVERIFY(panel.findChild<QWidget *>(QStringLiteral("curationLabel"))->isVisibleTo(&panel));
    m_undo->undo();
    QCOMPARE(panel.curationText(), QString());
    QVERIFY(!panel.findChild<QWidget *>(QStringLiteral("curationLabel"))->isVisibleTo(&panel));
}

QTEST_MAIN(TestCurationMarks)
#include "tst_curationmarks.moc"
