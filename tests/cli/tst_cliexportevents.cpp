// `demarche-cli export-events` run as a user would: on a project written by `extract --project`,
// each format parsed back and compared with what `extract` itself printed.
#include "store/eventexport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

class TestCliExportEvents final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpDocumentsEveryOption();
    void exportParsesBack_data();
    void exportParsesBack();
    void badArguments_data();
    void badArguments();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QStringList &arguments);
    // RFC 4180 records (quoted fields may hold commas, quotes and line breaks).
    static QList<QStringList> parseCsv(const QString &text);
    static QList<QJsonObject> parseJsonLines(const QByteArray &data);
    // "SRC>TGT:CODE" per event, sorted, to compare exports regardless of order.
    static QStringList keys(const QList<QJsonObject> &events);

    QTemporaryDir m_dir;
    QString m_project;
    QList<QJsonObject> m_extracted; // what `extract` printed while filling the project
};

TestCliExportEvents::Run TestCliExportEvents::run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(DEMARCHE_CLI), arguments);
    if (!process.waitForStarted())
        return {};
    process.closeWriteChannel();
    process.waitForFinished(120000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QList<QStringList> TestCliExportEvents::parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool isQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isQuoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                field += text.at(++i);
            else if (c == QLatin1Char('"'))
                isQuoted = false;
            else
                field += c;
        } else if (c == QLatin1Char('"')) {
            isQuoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

QList<QJsonObject> TestCliExportEvents::parseJsonLines(const QByteArray &data)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : data.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (!document.isObject())
            return {};
        objects.append(document.object());
    }
    return objects;
}

QStringList TestCliExportEvents::keys(const QList<QJsonObject> &events)
{
    QStringList result;
    for (const QJsonObject &e : events) {
        result.append(QStringLiteral("%1>%2:%3")
                          .arg(e.value(QStringLiteral("source"))
                                   .toObject()
                                   .value(QStringLiteral("code"))
                                   .toString(),
                               e.value(QStringLiteral("target"))
                                   .toObject()
                                   .value(QStringLiteral("code"))
                                   .toString(),
                               e.value(QStringLiteral("cameo_code")).toString()));
    }
    std::sort(result.begin(), result.end());
    return result;
}

void TestCliExportEvents::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("seeds.demarche"));
    const QString extracted = m_dir.filePath(QStringLiteral("extracted.jsonl"));
    // No input: the bundled seeds, the same articles the app opens on.
    const Run result = run({QStringLiteral("extract"), QStringLiteral("--project"), m_project,
                            QStringLiteral("--out"), extracted});
    QCOMPARE(result.exitCode, 0);
    QFile file(extracted);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_extracted = parseJsonLines(file.readAll());
    if (m_extracted.isEmpty())
        QSKIP("the seeds gave no event; nothing to export");
}

void TestCliExportEvents::helpDocumentsEveryOption()
{
    const Run help = run({QStringLiteral("export-events"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *option : {"--project", "--format", "csv", "jsonl", "--raw", "--out"})
        QVERIFY2(help.out.contains(option), option);
    const Run top = run({QStringLiteral("--help")});
    QVERIFY(top.out.contains("export-events"));
}

void TestCliExportEvents::exportParsesBack_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("isRaw");
    QTest::addColumn<bool>("toFile");

    QTest::newRow("csv, one row per event, stdout") << QStringLiteral("csv") << false << false;
    QTest::newRow("csv, raw, file") << QStringLiteral("csv") << true << true;
    QTest::newRow("jsonl, one row per event, file") << QStringLiteral("jsonl") << false << true;
    QTest::newRow("jsonl, raw, stdout") << QStringLiteral("jsonl") << true << false;
}

void TestCliExportEvents::exportParsesBack()
{
    QFETCH(QString, format);
    QFETCH(bool, isRaw);
    QFETCH(bool, toFile);

    QStringList arguments {QStringLiteral("export-events"), QStringLiteral("--project"), m_project,
                           QStringLiteral("--format"), format};
    if (isRaw)
        arguments.append(QStringLiteral("--raw"));
    const QString outPath = m_dir.filePath(QStringLiteral("out.") + format);
    QFile::remove(outPath);
    if (toFile)
        arguments << QStringLiteral("--out") << outPath;
    const Run result = run(arguments);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QByteArray data = result.out;
    if (toFile) {
        QVERIFY(result.out.isEmpty());
        QFile file(outPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        data = file.readAll();
    }

    // Raw rows are the extracted events one for one; merged rows count them all in their mentions.
    int rows = 0;
    int mentions = 0;
    if (format == QLatin1String("csv")) {
        const QList<QStringList> records = parseCsv(QString::fromUtf8(data));
        QVERIFY(!records.isEmpty());
        const QStringList header = demarche::eventExportCsvHeader().split(QLatin1Char(','));
        QCOMPARE(records.front(), header);
        const qsizetype mentionColumn = header.indexOf(QStringLiteral("num_mentions"));
        const qsizetype codeColumn = header.indexOf(QStringLiteral("cameo_code"));
        QStringList codes;
        for (qsizetype i = 1; i < records.size(); ++i) {
            QCOMPARE(records.at(i).size(), header.size());
            mentions += records.at(i).at(mentionColumn).toInt();
            codes.append(records.at(i).at(codeColumn));
        }
        rows = int(records.size() - 1);
        if (isRaw) {
            QStringList extractedCodes;
            for (const QJsonObject &e : std::as_const(m_extracted))
                extractedCodes.append(e.value(QStringLiteral("cameo_code")).toString());
            std::sort(codes.begin(), codes.end());
            std::sort(extractedCodes.begin(), extractedCodes.end());
            QCOMPARE(codes, extractedCodes);
        }
    } else {
        const QList<QJsonObject> objects = parseJsonLines(data);
        QVERIFY(!objects.isEmpty());
        for (const QJsonObject &object : objects) {
            QCOMPARE(object.value(QStringLiteral("is_corrected")).toBool(true), false);
            QCOMPARE(object.value(QStringLiteral("is_rejected")).toBool(true), false);
            mentions += object.value(QStringLiteral("num_mentions")).toInt();
        }
        rows = int(objects.size());
        if (isRaw)
            QCOMPARE(keys(objects), keys(m_extracted));
    }
    if (isRaw)
        QCOMPARE(rows, int(m_extracted.size()));
    else
        QVERIFY(rows <= int(m_extracted.size()));
    QCOMPARE(mentions, int(m_extracted.size()));
}

void TestCliExportEvents::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");

    QTest::newRow("no project") << QStringList {} << 2;
    QTest::newRow("unknown format")
        << QStringList {QStringLiteral("--project"), QStringLiteral("@project"),
                        QStringLiteral("--format"), QStringLiteral("xml")}
        << 2;
    QTest::newRow("unknown option") << QStringList {QStringLiteral("--frobnicate")} << 2;
    QTest::newRow("missing project file")
        << QStringList {QStringLiteral("--project"), QStringLiteral("@missing")} << 1;
}

void TestCliExportEvents::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const QString missing = m_dir.filePath(QStringLiteral("missing.demarche"));
    arguments.replaceInStrings(QStringLiteral("@project"), m_project);
    arguments.replaceInStrings(QStringLiteral("@missing"), missing);
    arguments.prepend(QStringLiteral("export-events"));
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY(!result.err.isEmpty());
    // Exporting never creates a project.
    QVERIFY(!QFile::exists(missing));
}

QTEST_GUILESS_MAIN(TestCliExportEvents)
#include "tst_cliexportevents.moc"
