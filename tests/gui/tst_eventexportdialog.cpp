// File > Export events…: the dialog writes the curated events with exportEvents() as CSV or JSON
// Lines, merged or raw, rejected events left out or flagged; each file is parsed back and checked
// against the fixture and the corrections made; a file that cannot be written leaves the dialog
// open with the reason.
#include "curationfixture.h"

#include "curation/eventexportdialog.h"
#include "models/correctioncommand.h"
#include "models/curationservice.h"
#include "models/projectsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace demarche;

namespace {

// RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks.
QList<QStringList> csvRecords(const QString &text)
{
    static const QRegularExpression field(
        QStringLiteral(R"re(\G(?:"((?:[^"]|"")*)"|([^,\r\n]*))(,|\r\n|\n|$))re"));
    QList<QStringList> records;
    QStringList record;
    qsizetype at = 0;
    while (at < text.size()) {
        const QRegularExpressionMatch match = field.match(text, at);
        if (!match.hasMatch() || match.capturedLength() == 0)
            break;
        record << (match.capturedStart(1) >= 0
                       ? match.captured(1).replace(QStringLiteral("\"\""), QStringLiteral("\""))
                       : match.captured(2));
        at = match.capturedEnd();
        if (match.captured(3) != QLatin1String(",")) {
            records << record;
            record.clear();
        }
    }
    return records;
}

// Real-world events of the fixture: reports with the same directed dyad and CAMEO root (the
// fixture's reports of one dyad all fall on the same day).
int distinctDyads(const std::vector<Event> &events)
{
    QSet<QString> keys;
    for (const Event &e : events)
        keys.insert(e.source.code + QLatin1Char('>') + (e.target ? e.target->code : QString())
                    + QLatin1Char(':') + e.cameoRoot);
    return int(keys.size());
}

} // namespace

class TestEventExportDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void writesWhatParsesBack_data();
    void writesWhatParsesBack();
    void failureKeepsTheDialogOpen();

private:
    QString exportWith(int format, bool isRaw, bool includeRejected, const QString &name);

    std::unique_ptr<curationfixture::CuratedProject> m_project;
    std::vector<Event> m_machine;
    qint64 m_rejected = 0;
};

void TestEventExportDialog::init()
{
    m_project = std::make_unique<curationfixture::CuratedProject>();
    const QString error = m_project->open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_machine = m_project->session.snapshot().events();
    // One correction and one rejection, as an analyst would make them.
    for (const Event &e : m_machine) {
        if (e.cameoCode == QLatin1String("111"))
            CorrectionCommand::editCode(&m_project->service, e.id, QStringLiteral("112"))->redo();
        if (e.articleId == QLatin1String("a1"))
            m_rejected = e.id;
    }
    CorrectionCommand::reject(&m_project->service, m_rejected)->redo();
}

void TestEventExportDialog::cleanup()
{
    m_project.reset();
}

QString TestEventExportDialog::exportWith(int format, bool isRaw, bool includeRejected,
                                          const QString &name)
{
    EventExportDialog dialog(m_project->store.get(),
                             m_project->dir.filePath(QStringLiteral("events.csv")));
    dialog.show();
    dialog.findChild<QComboBox *>(QStringLiteral("formatCombo"))->setCurrentIndex(format);
    dialog.findChild<QComboBox *>(QStringLiteral("rowsCombo"))->setCurrentIndex(isRaw ? 1 : 0);
    auto *rejected = dialog.findChild<QCheckBox *>(QStringLiteral("includeRejectedCheck"));
    if (rejected->isChecked() != includeRejected)
        QTest::mouseClick(rejected, Qt::LeftButton);
    auto *path = dialog.findChild<QLineEdit *>(QStringLiteral("pathEdit"));
    path->clear();
    QTest::keyClicks(path, m_project->dir.filePath(name));
    QSignalSpy exported(&dialog, &EventExportDialog::exported);
    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    if (exported.count() != 1 || dialog.isVisible())
        return {};
    return exported.front().front().toString();
}

void TestEventExportDialog::writesWhatParsesBack_data()
{
    QTest::addColumn<int>("format"); // row of the format combo: 0 CSV, 1 JSON Lines
    QTest::addColumn<bool>("isRaw");
    QTest::addColumn<bool>("includeRejected");

    QTest::newRow("csv merged") << 0 << false << false;
    QTest::newRow("csv raw") << 0 << true << false;
    QTest::newRow("csv raw with rejected") << 0 << true << true;
    QTest::newRow("jsonl merged") << 1 << false << false;
    QTest::newRow("jsonl raw with rejected") << 1 << true << true;
}

void TestEventExportDialog::writesWhatParsesBack()
{
    QFETCH(int, format);
    QFETCH(bool, isRaw);
    QFETCH(bool, includeRejected);

    const QString path = exportWith(format, isRaw, includeRejected, QStringLiteral("out"));
    QVERIFY2(!path.isEmpty(), "the export did not finish");
    // The dialog gives a name without suffix the format's.
    QVERIFY(path.endsWith(format == 0 ? QLatin1String(".csv") : QLatin1String(".jsonl")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();

    std::vector<Event> kept;
    for (const Event &e : m_machine) {
        if (includeRejected || e.id != m_rejected)
            kept.push_back(e);
    }
    const int expectedRows = isRaw ? int(kept.size()) : distinctDyads(kept);
    int rows = 0;
    int mentions = 0;
    int corrected = 0;
    int rejectedRows = 0;
    if (format == 0) {
        const QList<QStringList> records = csvRecords(QString::fromUtf8(data));
        QVERIFY(!records.isEmpty());
        const QStringList header = records.front();
        // The columns the issue asks for, GDELT-like.
        for (const char *column :
             {"date", "source_code", "source_name", "target_code", "target_name", "cameo_code",
              "cameo_root", "quad_class", "goldstein", "num_mentions", "num_articles",
              "article_ids", "sentence"})
            QVERIFY2(header.contains(QLatin1String(column)), column);
        const auto col = [&](const char *name) {
            return header.indexOf(QLatin1String(name));
        };
        for (qsizetype i = 1; i < records.size(); ++i) {
            const QStringList &r = records.at(i);
            QCOMPARE(r.size(), header.size());
            mentions += r.at(col("num_mentions")).toInt();
            QVERIFY(!r.at(col("sentence")).isEmpty());
            QVERIFY(!r.at(col("article_ids")).isEmpty());
            rejectedRows += r.at(col("is_rejected")) == QLatin1String("1") ? 1 : 0;
            if (r.at(col("is_corrected")) == QLatin1String("1")
                && r.at(col("cameo_code")) == QLatin1String("112")) {
                ++corrected;
                QVERIFY(r.at(col("correction")).contains(QStringLiteral("from 111 to 112")));
            }
        }
        rows = int(records.size() - 1);
    } else {
        for (const QByteArray &line : data.split('\n')) {
            if (line.isEmpty())
                continue;
            QJsonParseError error;
            const QJsonObject object = QJsonDocument::fromJson(line, &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
            ++rows;
            mentions += object.value(QStringLiteral("num_mentions")).toInt();
            rejectedRows += object.value(QStringLiteral("is_rejected")).toBool() ? 1 : 0;
            if (object.value(QStringLiteral("is_corrected")).toBool()
                && object.value(QStringLiteral("cameo_code")).toString() == QLatin1String("112"))
                ++corrected;
        }
    }
    QCOMPARE(rows, expectedRows);
    QCOMPARE(mentions, int(kept.size()));
    QCOMPARE(corrected, 1);
    QCOMPARE(rejectedRows > 0, includeRejected);
}

void TestEventExportDialog::failureKeepsTheDialogOpen()
{
    EventExportDialog dialog(m_project->store.get(), QString());
    dialog.show();
    const QString path = m_project->dir.filePath(QStringLiteral("no/such/folder/events.csv"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("pathEdit")), path);
    QSignalSpy exported(&dialog, &EventExportDialog::exported);
    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(exported.count(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible());
    QVERIFY2(dialog.errorText().contains(path), qPrintable(dialog.errorText()));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestEventExportDialog)
#include "tst_eventexportdialog.moc"
