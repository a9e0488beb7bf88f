#include "core/correctionapplier.h"
#include "curationsample.h"
#include "models/correctioncommand.h"
#include "models/curationservice.h"
#include "models/mergeactorscommand.h"
#include "models/projectsession.h"
#include "store/correctionstore.h"
#include "store/projectstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoCommand>

#include <functional>

using namespace demarche;
using curationsample::sampleArticle;
using curationsample::sampleEvent;

// CurationService keeps records only for corrected, rejected and added events (issue 7: an event
// must cost its one copy in the snapshot); these tests check that every event still reads the
// same through curated() as through the full CorrectionApplier::apply().

namespace {

std::vector<Event> sampleEvents()
{
    return {sampleEvent(0, QStringLiteral("KORGOV"), QStringLiteral("CHNGOV"),
                        QStringLiteral("met"), {4, 7}),
            sampleEvent(0, QStringLiteral("KORGOV"), QStringLiteral("KORGOV"), QStringLiteral("in"),
                        {11, 13}),
            sampleEvent(1, QStringLiteral("PRKGOV"), QStringLiteral("KORGOV"),
                        QStringLiteral("threatened"), {25, 35})};
}

// What the analyst does to the project; gets the machine event ids in store order.
using Action = std::function<void(CurationService *, const std::vector<qint64> &)>;

void redo(std::unique_ptr<QUndoCommand> command)
{
    QVERIFY(command);
    command->redo();
}

bool sameRecord(const CuratedEvent &a, const CuratedEvent &b)
{
    return a.event == b.event && a.machine == b.machine && a.isCorrected == b.isCorrected
        && a.isRejected == b.isRejected && a.isAdded == b.isAdded
        && a.correctionId == b.correctionId && a.note == b.note;
}

} // namespace

Q_DECLARE_METATYPE(Action)

class TestCurationService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void recordsOnlyTouchedEvents_data();
    void recordsOnlyTouchedEvents();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<ProjectSession> m_session;
    std::unique_ptr<CurationService> m_service;
    std::vector<qint64> m_ids;
};

void TestCurationService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = ProjectStore::open(m_dir->filePath(QStringLiteral("p.demarche")));
    QVERIFY2(store, qPrintable(store.error()));
    m_store = std::move(store).value();
    QVERIFY(m_store->saveArticle(sampleArticle(), sampleEvents()));
    m_session = std::make_unique<ProjectSession>();
    m_service = std::make_unique<CurationService>(m_session.get());
    QVERIFY(m_service->setStore(m_store.get()));
    m_ids.clear();
    for (const Event &e : m_session->snapshot().events())
        m_ids.push_back(e.id);
    QCOMPARE(m_ids.size(), sampleEvents().size());
}

void TestCurationService::cleanup()
{
    m_service.reset();
    m_session.reset();
    m_store.reset();
    m_dir.reset();
}

void TestCurationService::recordsOnlyTouchedEvents_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<bool>("showsRejected");
    QTest::addColumn<int>("touched");
    QTest::addColumn<int>("shown");

    const Action none = [](CurationService *, const std::vector<qint64> &) {
    };
    const Action code = [](CurationService *s, const std::vector<qint64> &ids) {
        redo(CorrectionCommand::editCode(s, ids[0], QStringLiteral("138")));
    };
    const Action reject = [](CurationService *s, const std::vector<qint64> &ids) {
        redo(CorrectionCommand::reject(s, ids[2]));
    };
    // Only the first event has CHNGOV: the merge touches it alone.
    const Action merge = [](CurationService *s, const std::vector<qint64> &) {
        redo(MergeActorsCommand::create(s, QStringLiteral("CHNGOV"), QStringLiteral("CHN")));
    };
    const Action add = [](CurationService *s, const std::vector<qint64> &) {
        Event added = sampleEvent(1, QStringLiteral("PRKGOV"), QStringLiteral("USAGOV"),
                                  QStringLiteral("Seoul"), {36, 41});
        redo(CorrectionCommand::addEvent(s, added));
    };
    QTest::newRow("untouched") << none << false << 0 << 3;
    QTest::newRow("code") << code << false << 1 << 3;
    QTest::newRow("rejected hidden") << reject << false << 1 << 2;
    QTest::newRow("rejected shown") << reject << true << 1 << 3;
    QTest::newRow("merge") << merge << false << 1 << 3;
    QTest::newRow("added") << add << false << 1 << 4;
}

void TestCurationService::recordsOnlyTouchedEvents()
{
    QFETCH(Action, action);
    QFETCH(bool, showsRejected);
    QFETCH(int, touched);
    QFETCH(int, shown);
    m_service->setShowsRejected(showsRejected);
    QSignalSpy changed(m_service.get(), &CurationService::curationChanged);
    action(m_service.get(), m_ids);
    QCOMPARE(changed.isEmpty(), touched == 0);
    QCOMPARE(int(m_service->curatedEvents().size()), touched);
    QCOMPARE(int(m_session->snapshot().events().size()), shown);

    // Every event, touched or not, reads through curated() as the full apply() gives it.
    auto full = CorrectionStore(*m_store).curatedEvents();
    QVERIFY2(full, qPrintable(full.error()));
    QCOMPARE(full->events.size(), m_ids.size() + (shown > int(m_ids.size()) ? 1 : 0));
    for (const CuratedEvent &expected : full->events) {
        const CuratedEvent *actual = m_service->curated(expected.event.id);
        QVERIFY(actual);
        QVERIFY(sameRecord(*actual, expected));
        const bool isTouched = expected.isCorrected || expected.isRejected || expected.isAdded;
        const auto &records = m_service->curatedEvents();
        QCOMPARE(actual >= records.data() && actual < records.data() + records.size(), isTouched);
        const Event *inSnapshot = m_session->snapshot().event(expected.event.id);
        QCOMPARE(inSnapshot != nullptr, !expected.isRejected || showsRejected);
        if (inSnapshot)
            QCOMPARE(*inSnapshot, expected.event);
    }
    QVERIFY(!m_service->curated(-1));

    // Callers hold the pointer until the next refresh, across lookups of other events.
    const CuratedEvent *first = m_service->curated(m_ids[0]);
    for (qint64 id : m_ids)
        QVERIFY(m_service->curated(id));
    QCOMPARE(m_service->curated(m_ids[0]), first);
}

QTEST_GUILESS_MAIN(TestCurationService)
#include "tst_curationservice.moc"
