#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliExtract final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpDocumentsEveryCommand_data();
    void helpDocumentsEveryCommand();
    void seedsByDefault();
    void streamsJsonLinesFromStandardInput();
    void csvHasHeaderAndRows();
    void badInputIsReportedAndTheRestGoesOn();
    void storesIntoProject();
    void unknownCommandIsAUsageError();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QStringList &arguments, const QByteArray &input = {});
};

TestCliExtract::Run TestCliExtract::run(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.start(QStringLiteral(DEMARCHE_CLI), arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

void TestCliExtract::helpDocumentsEveryCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("top level") << QStringList{QStringLiteral("--help")}
                               << QStringList{QStringLiteral("extract"), QStringLiteral("timeml"), QStringLiteral("export")};
    QTest::newRow("extract") << QStringList{QStringLiteral("extract"), QStringLiteral("--help")}
                             << QStringList{QStringLiteral("--format"), QStringLiteral("--out"), QStringLiteral("--project"),
                                            QStringLiteral("seeds")};
}

void TestCliExtract::helpDocumentsEveryCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 0);
    for (const QString &mention : mentions)
        QVERIFY2(result.out.contains(mention.toUtf8()), qPrintable(mention));
}

void TestCliExtract::seedsByDefault()
{
    const Run result = run({QStringLiteral("extract")});
    QCOMPARE(result.exitCode, 0);
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    QVERIFY2(!result.out.trimmed().isEmpty(), "the seed article yields events");
    for (const QByteArray &line : lines) {
        QJsonParseError error;
        const QJsonObject event = QJsonDocument::fromJson(line, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(event.value(QLatin1StringView("article_id")).toString(), QStringLiteral("000_e5702d1b6194a3ea"));
        QVERIFY(event.value(QLatin1StringView("source")).isObject());
        QVERIFY(event.value(QLatin1StringView("date")).isObject());
        QVERIFY(event.contains(QLatin1StringView("target")));
    }
}

void TestCliExtract::streamsJsonLinesFromStandardInput()
{
    const QByteArray input =
        "{\"id\":\"one\",\"date\":\"2024-03-01\",\"text\":\"Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Tuesday.\"}\n"
        "{\"id\":\"two\",\"date\":\"2024-03-02\",\"text\":\"Iran accused Israel of attacking its embassy.\"}\n";
    const Run result = run({QStringLiteral("extract"), QStringLiteral("-")}, input);
    QCOMPARE(result.exitCode, 0);
    QSet<QString> articleIds;
    for (const QByteArray &line : result.out.trimmed().split('\n')) {
        if (!line.isEmpty())
            articleIds.insert(QJsonDocument::fromJson(line).object().value(QLatin1StringView("article_id")).toString());
    }
    QCOMPARE(articleIds, (QSet<QString>{QStringLiteral("one"), QStringLiteral("two")}));
}

void TestCliExtract::csvHasHeaderAndRows()
{
    const Run result = run({QStringLiteral("extract"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(result.exitCode, 0);
    const QList<QByteArray> lines = result.out.split('\n');
    QVERIFY(lines.first().startsWith("event_id,article_id,date_value"));
    QVERIFY(lines.size() > 2);
}

void TestCliExtract::badInputIsReportedAndTheRestGoesOn()
{
    QTemporaryDir dir;
    QFile bad(dir.filePath(QStringLiteral("bad.txt")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("caf\xe9 au lait");
    bad.close();
    const Run result = run({QStringLiteral("extract"), bad.fileName(), QStringLiteral(DEMARCHE_SEEDS)});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.contains("bad.txt"));
    QVERIFY(result.err.contains("invalid UTF-8"));
    QVERIFY(!result.out.isEmpty());
    const Run strict = run({QStringLiteral("extract"), QStringLiteral("--strict"), bad.fileName(), QStringLiteral(DEMARCHE_SEEDS)});
    QCOMPARE(strict.exitCode, 1);
    const Run nothing = run({QStringLiteral("extract"), bad.fileName()});
    QCOMPARE(nothing.exitCode, 1);
}

void TestCliExtract::storesIntoProject()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("seeds.demarche"));
    const QString out = dir.filePath(QStringLiteral("events.jsonl"));
    const Run result = run({QStringLiteral("extract"), QStringLiteral("--project"), project, QStringLiteral("--out"), out});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(QFile::exists(project));
    QFile events(out);
    QVERIFY(events.open(QIODevice::ReadOnly));
    QVERIFY(events.size() > 0);
}

void TestCliExtract::unknownCommandIsAUsageError()
{
    const Run result = run({QStringLiteral("frobnicate")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("Unknown command"));
}

QTEST_GUILESS_MAIN(TestCliExtract)
#include "tst_cliextract.moc"
