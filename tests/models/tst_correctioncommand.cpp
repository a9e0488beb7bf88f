#include "core/cameotable.h"
#include "curationsample.h"
#include "models/correctioncommand.h"
#include "models/curationservice.h"
#include "models/eventtablemodel.h"
#include "models/mergeactorscommand.h"
#include "models/projectsession.h"
#include "store/projectstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace demarche;
using curationsample::actor;
using curationsample::sampleArticle;

namespace {

Event sampleEvent()
{
    return curationsample::sampleEvent(0, QStringLiteral("KORGOV"), QStringLiteral("CHNGOV"),
                                       QStringLiteral("met"), {4, 7});
}

using Factory = std::function<std::unique_ptr<QUndoCommand>(CurationService *, qint64)>;
using Check = std::function<bool(const CuratedEvent &)>;

} // namespace

Q_DECLARE_METATYPE(Factory)
Q_DECLARE_METATYPE(Check)

class TestCorrectionCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void undoRedoRoundTrip_data();
    void undoRedoRoundTrip();
    void addedEventUndoesAway();
    void mergeActorsUndoes();
    void refusesInvalidValues();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<ProjectSession> m_session;
    std::unique_ptr<CurationService> m_service;
    qint64 m_eventId = 0;
};

void TestCorrectionCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = ProjectStore::open(m_dir->filePath(QStringLiteral("p.demarche")));
    QVERIFY2(store, qPrintable(store.error()));
    m_store = std::move(store).value();
    QVERIFY(m_store->saveArticle(sampleArticle(), {sampleEvent()}));
    m_session = std::make_unique<ProjectSession>();
    m_service = std::make_unique<CurationService>(m_session.get());
    m_service->setStore(m_store.get());
    QCOMPARE(m_session->snapshot().events().size(), std::size_t(1));
    m_eventId = m_session->snapshot().events().front().id;
}

void TestCorrectionCommand::cleanup()
{
    m_service.reset();
    m_session.reset();
    m_store.reset();
    m_dir.reset();
}

void TestCorrectionCommand::undoRedoRoundTrip_data()
{
    QTest::addColumn<Factory>("factory");
    QTest::addColumn<Check>("isApplied");

    QTest::newRow("source") << Factory([](CurationService *s, qint64 id) {
        return CorrectionCommand::editSource(s, id, actor(QStringLiteral("PRKGOV"), {0, 3}));
    }) << Check([](const CuratedEvent &c) {
        return c.event.source.code == QLatin1String("PRKGOV");
    });
    QTest::newRow("target") << Factory([](CurationService *s, qint64 id) {
        return CorrectionCommand::editTarget(s, id, actor(QStringLiteral("USAGOV"), {8, 10}));
    }) << Check([](const CuratedEvent &c) {
        return c.event.target && c.event.target->code == QLatin1String("USAGOV");
    });
    QTest::newRow("no target") << Factory([](CurationService *s, qint64 id) {
        return CorrectionCommand::editTarget(s, id, std::nullopt);
    }) << Check([](const CuratedEvent &c) { return !c.event.target.has_value(); });
    QTest::newRow("code") << Factory([](CurationService *s, qint64 id) {
        return CorrectionCommand::editCode(s, id, QStringLiteral("138"));
    }) << Check([](const CuratedEvent &c) {
        return c.event.cameoCode == QLatin1String("138") && c.event.cameoRoot == QLatin1String("13")
            && c.event.quadClass == QuadClass::VerbalConflict
            && c.note.contains(QLatin1String("from 040 to 138"));
    });
    QTest::newRow("date") << Factory([](CurationService *s, qint64 id) {
        return CorrectionCommand::editDate(s, id, DateSpan::day(QDate(2026, 1, 5)));
    }) << Check([](const CuratedEvent &c) {
        return c.event.date.earliest == QDate(2026, 1, 5) && c.event.date.isExact();
    });
    QTest::newRow("modality") << Factory([](CurationService *s, qint64 id) {
        return CorrectionCommand::editModality(s, id, Modality::Negated);
    }) << Check([](const CuratedEvent &c) { return c.event.modality == Modality::Negated; });
    QTest::newRow("reject") << Factory([](CurationService *s, qint64 id) {
        return CorrectionCommand::reject(s, id);
    }) << Check([](const CuratedEvent &c) { return c.isRejected; });
}

void TestCorrectionCommand::undoRedoRoundTrip()
{
    QFETCH(Factory, factory);
    QFETCH(Check, isApplied);
    EventTableModel table(m_session.get());
    QAbstractItemModelTester tester(&table);
    QUndoStack stack;
    QSignalSpy indexSpy(&stack, &QUndoStack::indexChanged);
    QSignalSpy changedSpy(m_service.get(), &CurationService::curationChanged);

    const CuratedEvent machine = *m_service->curated(m_eventId);
    QVERIFY(!machine.isCorrected);
    QVERIFY(!isApplied(machine));
    auto command = factory(m_service.get(), m_eventId);
    QVERIFY(command);
    stack.push(command.release());
    QCOMPARE(indexSpy.count(), 1);
    QCOMPARE(changedSpy.count(), 1);
    QVERIFY(m_service->curated(m_eventId));
    QVERIFY(isApplied(*m_service->curated(m_eventId)));
    QVERIFY(m_service->isCorrected(m_eventId));

    stack.undo();
    QCOMPARE(indexSpy.count(), 2);
    QCOMPARE(m_service->curated(m_eventId)->event, machine.event);
    QVERIFY(!m_service->isCorrected(m_eventId));
    QCOMPARE(m_session->snapshot().events().size(), std::size_t(1));

    stack.redo();
    QCOMPARE(indexSpy.count(), 3);
    QVERIFY(isApplied(*m_service->curated(m_eventId)));

    // The correction is in the file: a fresh service over the same store sees it.
    ProjectSession session;
    CurationService fresh(&session);
    fresh.setStore(m_store.get());
    QVERIFY(isApplied(*fresh.curated(m_eventId)));
}

void TestCorrectionCommand::addedEventUndoesAway()
{
    QUndoStack stack;
    QSignalSpy indexSpy(&stack, &QUndoStack::indexChanged);
    Event added = sampleEvent();
    added.sentenceIndex = 1;
    added.sentenceSpan = {21, 42};
    added.source = actor(QStringLiteral("PRKGOV"), {21, 24});
    added.target = actor(QStringLiteral("KORGOV"), {36, 41});
    added.cameoCode = QStringLiteral("138");
    added.trigger = QStringLiteral("threatened");
    added.triggerSpan = {25, 35};
    auto command = CorrectionCommand::addEvent(m_service.get(), added);
    QVERIFY(command);
    stack.push(command.release());
    QCOMPARE(m_session->snapshot().events().size(), std::size_t(2));
    stack.undo();
    QCOMPARE(m_session->snapshot().events().size(), std::size_t(1));
    stack.redo();
    QCOMPARE(indexSpy.count(), 3);
    QCOMPARE(m_session->snapshot().events().size(), std::size_t(2));
    const CuratedEvent &last = m_service->curatedEvents().back();
    QVERIFY(last.isAdded);
    QCOMPARE(last.event.cameoRoot, QStringLiteral("13"));
    // Editing the added event changes the addition itself, and undoes back to it.
    const qint64 addedId = last.event.id;
    stack.push(
        CorrectionCommand::editCode(m_service.get(), addedId, QStringLiteral("130")).release());
    QCOMPARE(m_service->curated(addedId)->event.cameoCode, QStringLiteral("130"));
    stack.undo();
    QCOMPARE(m_service->curated(addedId)->event.cameoCode, QStringLiteral("138"));
}

void TestCorrectionCommand::mergeActorsUndoes()
{
    QUndoStack stack;
    QSignalSpy indexSpy(&stack, &QUndoStack::indexChanged);
    auto command = MergeActorsCommand::create(m_service.get(), QStringLiteral("CHNGOV"),
                                              QStringLiteral("CHN"));
    QVERIFY(command);
    stack.push(command.release());
    QCOMPARE(m_service->curated(m_eventId)->event.target->code, QStringLiteral("CHN"));
    QVERIFY(!MergeActorsCommand::create(m_service.get(), QStringLiteral("CHN"),
                                        QStringLiteral("CHNGOV")));
    stack.undo();
    QCOMPARE(m_service->curated(m_eventId)->event.target->code, QStringLiteral("CHNGOV"));
    stack.redo();
    QCOMPARE(indexSpy.count(), 3);
    QCOMPARE(m_service->curated(m_eventId)->event.target->code, QStringLiteral("CHN"));
}

void TestCorrectionCommand::refusesInvalidValues()
{
    QVERIFY(!CorrectionCommand::editCode(m_service.get(), m_eventId, QStringLiteral("999")));
    QVERIFY(!CorrectionCommand::editDate(m_service.get(), m_eventId, DateSpan()));
    QVERIFY(!CorrectionCommand::editSource(m_service.get(), m_eventId, Actor()));
    QVERIFY(!CorrectionCommand::reject(m_service.get(), 987654));
    QVERIFY(!MergeActorsCommand::create(m_service.get(), QStringLiteral("KORGOV"),
                                        QStringLiteral("KORGOV")));
}

QTEST_MAIN(TestCorrectionCommand)
#include "tst_correctioncommand.moc"
