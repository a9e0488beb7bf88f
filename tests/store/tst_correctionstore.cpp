#include "io/eventjson.h"
#include "store/correctionstore.h"
#include "store/eventexport.h"
#include "store/projectstore.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace demarche;

namespace {

Actor actor(const QString &code, const QString &name, TextSpan span)
{
    return {code, code.left(3), code.mid(3), name, name, span};
}

Article article(const QString &id, QDate published)
{
    Article a;
    a.id = id;
    a.title = QStringLiteral("Talks in Seoul");
    a.published = published;
    a.text = QStringLiteral("Lee met Xi in Seoul, officials said. Xi praised the \"frank\" talks.");
    a.sentences = {{0, {0, 36}}, {1, {37, 67}}};
    return a;
}

// What an extractor run gives for `a`: ids are left to the store, so every run renumbers them.
std::vector<Event> machineEvents(const Article &a)
{
    Event meet;
    meet.articleId = a.id;
    meet.sentenceIndex = 0;
    meet.sentenceSpan = {0, 36};
    meet.source
        = actor(QStringLiteral("KORGOV"), QStringLiteral("South Korea (government)"), {0, 3});
    meet.target = actor(QStringLiteral("CHNGOV"), QStringLiteral("China (government)"), {8, 10});
    meet.cameoCode = QStringLiteral("040");
    meet.cameoRoot = QStringLiteral("04");
    meet.ploverType = QStringLiteral("CONSULT");
    meet.goldstein = 1.0;
    meet.date = DateSpan::publication(a.published);
    meet.reportDate = a.published;
    meet.confidence = 0.7;
    meet.trigger = QStringLiteral("met");
    meet.triggerSpan = {4, 7};
    Event praise = meet;
    praise.sentenceIndex = 1;
    praise.sentenceSpan = {37, 67};
    praise.source = actor(QStringLiteral("CHNGOV"), QStringLiteral("China (government)"), {37, 39});
    praise.target.reset();
    praise.cameoCode = QStringLiteral("051");
    praise.cameoRoot = QStringLiteral("05");
    praise.trigger = QStringLiteral("praised");
    praise.triggerSpan = {40, 47};
    return {meet, praise};
}

Correction recode(const Event &machine, const QString &code)
{
    Correction c;
    c.key = CorrectionKey::of(machine);
    c.original = machine;
    c.edited = machine;
    c.edited.cameoCode = code;
    c.edited.cameoRoot = code.left(2);
    c.fields = Correction::CodeField;
    c.author = QStringLiteral("analyst");
    c.reason = QStringLiteral("a visit, not a meeting");
    return c;
}

const CuratedEvent *findCurated(const CurationResult &result, const QString &trigger)
{
    for (const CuratedEvent &c : result.events) {
        if (c.event.trigger == trigger)
            return &c;
    }
    return nullptr;
}

QList<QStringList> parseCsv(const QByteArray &bytes)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    const QString text = QString::fromUtf8(bytes);
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestCorrectionStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void correctionsSurviveReopen();
    void correctionsSurviveReExtraction();
    void aliasesMergeActors();
    void migratesVersion1();
    void exportsParseBack_data();
    void exportsParseBack();
};

void TestCorrectionStore::correctionsSurviveReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.demarche"));
    const Article a = article(QStringLiteral("a1"), QDate(2026, 1, 6));
    {
        auto store = ProjectStore::open(path);
        QVERIFY2(store, qPrintable(store.error()));
        QVERIFY(store.value()->saveArticle(a, machineEvents(a)));
        CorrectionStore corrections(*store.value());
        const std::vector<Event> stored = store.value()->events().value();
        Result<qint64> id = corrections.save(recode(stored[0], QStringLiteral("042")));
        QVERIFY2(id, qPrintable(id.error()));
        Correction reject;
        reject.key = CorrectionKey::of(stored[1]);
        reject.original = stored[1];
        reject.edited = stored[1];
        reject.isRejected = true;
        Result<qint64> rejected = corrections.save(reject);
        QVERIFY2(rejected, qPrintable(rejected.error()));
    }
    auto reopened = ProjectStore::open(path);
    QVERIFY2(reopened, qPrintable(reopened.error()));
    auto curated = CorrectionStore(*reopened.value()).curatedEvents();
    QVERIFY2(curated, qPrintable(curated.error()));
    const CuratedEvent *meet = findCurated(curated.value(), QStringLiteral("met"));
    QVERIFY(meet);
    QVERIFY(meet->isCorrected);
    QCOMPARE(meet->event.cameoCode, QStringLiteral("042"));
    QCOMPARE(meet->machine.cameoCode, QStringLiteral("040"));
    QVERIFY2(meet->note.contains(QStringLiteral("from 040 to 042")), qPrintable(meet->note));
    const CuratedEvent *praise = findCurated(curated.value(), QStringLiteral("praised"));
    QVERIFY(praise);
    QVERIFY(praise->isRejected);
    QVERIFY(curated->unattached.empty());
}

void TestCorrectionStore::correctionsSurviveReExtraction()
{
    QTemporaryDir dir;
    auto store = ProjectStore::open(dir.filePath(QStringLiteral("p.demarche")));
    QVERIFY(store);
    ProjectStore &project = *store.value();
    const Article a = article(QStringLiteral("a1"), QDate(2026, 1, 6));
    QVERIFY(project.saveArticle(a, machineEvents(a)));
    const std::vector<Event> first = project.events().value();
    CorrectionStore corrections(project);
    QVERIFY(corrections.save(recode(first[0], QStringLiteral("042"))));
    Event added = first[1];
    added.cameoCode = QStringLiteral("043");
    Correction addition;
    addition.isAddition = true;
    addition.edited = added;
    addition.key = CorrectionKey::of(added);
    QVERIFY(corrections.save(addition));

    // Re-extract after another import: the article's events are deleted and inserted again under
    // new row ids (SQLite reuses the largest ids otherwise, which would hide a keying by id).
    const Article other = article(QStringLiteral("b1"), QDate(2026, 1, 7));
    QVERIFY(project.saveArticle(other, machineEvents(other)));
    QVERIFY(project.saveArticle(a, machineEvents(a)));
    std::vector<Event> second;
    const std::vector<Event> all = project.events().value();
    for (const Event &e : all) {
        if (e.articleId == a.id)
            second.push_back(e);
    }
    QCOMPARE(second.size(), first.size());
    QVERIFY(second[0].id != first[0].id);

    auto curated = corrections.curatedEvents();
    QVERIFY2(curated, qPrintable(curated.error()));
    QCOMPARE(curated->events.size(), 2 * first.size() + 1);
    const CuratedEvent *meet = nullptr;
    for (const CuratedEvent &c : curated->events) {
        if (c.event.articleId == a.id && c.event.trigger == QLatin1String("met") && !c.isAdded)
            meet = &c;
    }
    QVERIFY(meet);
    QCOMPARE(meet->event.id, second[0].id);
    QCOMPARE(meet->event.cameoCode, QStringLiteral("042"));
    int additions = 0;
    for (const CuratedEvent &c : curated->events)
        additions += c.isAdded ? 1 : 0;
    QCOMPARE(additions, 1);
    QVERIFY(curated->unattached.empty());
}

void TestCorrectionStore::aliasesMergeActors()
{
    QTemporaryDir dir;
    auto store = ProjectStore::open(dir.filePath(QStringLiteral("p.demarche")));
    QVERIFY(store);
    const Article a = article(QStringLiteral("a1"), QDate(2026, 1, 6));
    QVERIFY(store.value()->saveArticle(a, machineEvents(a)));
    CorrectionStore corrections(*store.value());
    QVERIFY(corrections.saveAlias({QStringLiteral("CHNGOV"),
                                   QStringLiteral("CHN"),
                                   QStringLiteral("China"),
                                   QStringLiteral("analyst"),
                                   {},
                                   {}}));
    QVERIFY(
        !corrections.saveAlias({QStringLiteral("CHN"), QStringLiteral("CHNGOV"), {}, {}, {}, {}}));
    auto curated = corrections.curatedEvents();
    QVERIFY(curated);
    const CuratedEvent *praise = findCurated(curated.value(), QStringLiteral("praised"));
    QCOMPARE(praise->event.source.code, QStringLiteral("CHN"));
    QVERIFY(praise->isCorrected);
    QVERIFY(corrections.removeAlias(QStringLiteral("CHNGOV")));
    QCOMPARE(findCurated(corrections.curatedEvents().value(), QStringLiteral("praised"))
                 ->event.source.code,
             QStringLiteral("CHNGOV"));
}

void TestCorrectionStore::migratesVersion1()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.demarche"));
    const Article a = article(QStringLiteral("a1"), QDate(2026, 1, 6));
    {
        auto store = ProjectStore::open(path);
        QVERIFY(store);
        QVERIFY(store.value()->saveArticle(a, machineEvents(a)));
    }
    {
        // Turn the file back into what Demarche with schema 1 wrote.
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("DROP TABLE corrections")));
        QVERIFY(query.exec(QStringLiteral("DROP TABLE actor_aliases")));
        QVERIFY(
            query.exec(QStringLiteral("UPDATE meta SET value = '1' WHERE key = 'schema_version'")));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));

    auto store = ProjectStore::open(path);
    QVERIFY2(store, qPrintable(store.error()));
    QSqlQuery version(store.value()->database());
    QVERIFY(version.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"))
            && version.next());
    QCOMPARE(version.value(0).toInt(), ProjectStore::schemaVersion);
    QCOMPARE(store.value()->eventCount(), 2);
    CorrectionStore corrections(*store.value());
    QVERIFY(corrections.save(recode(store.value()->events().value()[0], QStringLiteral("042"))));
    QCOMPARE(corrections.corrections().value().size(), std::size_t(1));
}

void TestCorrectionStore::exportsParseBack_data()
{
    QTest::addColumn<bool>("isClustered");
    QTest::addColumn<int>("expectedRows");
    // Three articles report the meeting (one re-coded by the analyst) and one praise each,
    // of which one is rejected: clustered, 1 meeting + 1 praise cluster; raw, 3 + 2.
    QTest::newRow("clustered") << true << 2;
    QTest::newRow("raw") << false << 5;
}

void TestCorrectionStore::exportsParseBack()
{
    QFETCH(bool, isClustered);
    QFETCH(int, expectedRows);
    QTemporaryDir dir;
    auto store = ProjectStore::open(dir.filePath(QStringLiteral("p.demarche")));
    QVERIFY(store);
    ProjectStore &project = *store.value();
    for (int i = 0; i < 3; ++i) {
        const Article a = article(QStringLiteral("a%1").arg(i), QDate(2026, 1, 5 + i % 2));
        QVERIFY(project.saveArticle(a, machineEvents(a)));
    }
    const std::vector<Event> machine = project.events().value();
    CorrectionStore corrections(project);
    QVERIFY(corrections.save(recode(machine[0], QStringLiteral("042"))));
    Correction reject;
    reject.key = CorrectionKey::of(machine[1]);
    reject.edited = machine[1];
    reject.original = machine[1];
    reject.isRejected = true;
    QVERIFY(corrections.save(reject));
    const CurationResult curated = corrections.curatedEvents().value();

    EventExportOptions options;
    options.isClustered = isClustered;
    QBuffer csv;
    QVERIFY(csv.open(QIODevice::WriteOnly));
    QVERIFY(exportEvents(project, csv, EventExportFormat::Csv, options));
    const QList<QStringList> rows = parseCsv(csv.data());
    QCOMPARE(rows.size(), expectedRows + 1);
    const QStringList header = rows.front();
    QCOMPARE(header.join(QLatin1Char(',')), eventExportCsvHeader());
    const int mentions = int(header.indexOf(QStringLiteral("num_mentions")));
    const int code = int(header.indexOf(QStringLiteral("cameo_code")));
    const int corrected = int(header.indexOf(QStringLiteral("is_corrected")));
    const int sentence = int(header.indexOf(QStringLiteral("sentence")));
    int totalMentions = 0;
    for (const QStringList &row : rows.mid(1)) {
        QCOMPARE(row.size(), header.size());
        totalMentions += row[mentions].toInt();
        QVERIFY(!row[sentence].isEmpty());
        if (row[corrected] == QLatin1String("1"))
            QVERIFY(row[code] == QLatin1String("042") || isClustered);
    }
    QCOMPARE(totalMentions, 5);
    QVERIFY(csv.data().contains("\"\"frank\"\""));

    QBuffer jsonl;
    QVERIFY(jsonl.open(QIODevice::WriteOnly));
    QVERIFY(exportEvents(project, jsonl, EventExportFormat::JsonLines, options));
    const QList<QByteArray> lines = jsonl.data().trimmed().split('\n');
    QCOMPARE(lines.size(), expectedRows);
    int jsonMentions = 0;
    bool sawCorrection = false;
    for (const QByteArray &line : lines) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        Result<Event> event = eventFromJson(object);
        QVERIFY2(event, qPrintable(event.error()));
        jsonMentions += object.value(QLatin1StringView("num_mentions")).toInt();
        QVERIFY(!object.value(QLatin1StringView("is_rejected")).toBool());
        // Every exported event equals its curated event, corrections applied.
        bool found = false;
        for (const CuratedEvent &c : curated.events) {
            if (c.event.id == event->id) {
                QCOMPARE(event.value(), c.event);
                found = true;
            }
        }
        QVERIFY(found);
        if (object.value(QLatin1StringView("is_corrected")).toBool()) {
            sawCorrection = true;
            QVERIFY(object.value(QLatin1StringView("correction"))
                        .toString()
                        .contains(QStringLiteral("040 to 042")));
        }
    }
    QCOMPARE(jsonMentions, 5);
    QVERIFY(sawCorrection);
}

QTEST_GUILESS_MAIN(TestCorrectionStore)
#include "tst_correctionstore.moc"
