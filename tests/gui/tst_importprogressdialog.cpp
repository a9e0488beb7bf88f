// The import progress dialog: shows done / total, events and time while a real ImportService
// runs, closes itself at the end, and its Cancel stops the import.
#include "importprogressdialog.h"
#include "models/importservice.h"
#include "store/projectstore.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace demarche;

class TestImportProgressDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatDuration_data();
    void formatDuration();
    void followsImport_data();
    void followsImport();
};

void TestImportProgressDialog::formatDuration_data()
{
    QTest::addColumn<qint64>("milliseconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown") << qint64(-1) << QStringLiteral("unknown");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0 s");
    QTest::newRow("rounds to seconds") << qint64(12'400) << QStringLiteral("12 s");
    QTest::newRow("minutes") << qint64(185'000) << QStringLiteral("3 min 05 s");
    QTest::newRow("hours") << qint64(3'720'000) << QStringLiteral("1 h 02 min");
}

void TestImportProgressDialog::formatDuration()
{
    QFETCH(qint64, milliseconds);
    QFETCH(QString, expected);
    QCOMPARE(ImportProgressDialog::formatDuration(milliseconds), expected);
}

void TestImportProgressDialog::followsImport_data()
{
    QTest::addColumn<int>("articles");
    QTest::newRow("one article") << 1;
    QTest::newRow("more than a batch") << ImportService::batchSize + 5;
}

void TestImportProgressDialog::followsImport()
{
    QFETCH(int, articles);
    QTemporaryDir dir;
    QStringList paths;
    for (int i = 0; i < articles; ++i) {
        const QString path = dir.filePath(QStringLiteral("a%1.txt").arg(i));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("GENEVA, May %1, 2001 - Iran accused Iraq of shelling the border "
                                  "on Monday.\n")
                       .arg(1 + i % 28)
                       .toUtf8());
        paths << path;
    }
    auto store = ProjectStore::open(dir.filePath(QStringLiteral("p.demarche")));
    QVERIFY2(store.isOk(), qPrintable(store.error()));

    ImportService service;
    ImportProgressDialog dialog(&service);
    QSignalSpy finished(&service, &ImportService::finished);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    QVERIFY(service.start(paths, store->get()));
    QVERIFY(finished.wait(60'000));
    QCOMPARE(accepted.count(), 1);
    QVERIFY(!dialog.isVisible());

    const auto *bar = dialog.findChild<QProgressBar *>(QStringLiteral("importProgressBar"));
    const auto *label = dialog.findChild<QLabel *>(QStringLiteral("importArticles"));
    const auto *events = dialog.findChild<QLabel *>(QStringLiteral("importEvents"));
    QVERIFY(bar && label && events);
    QCOMPARE(bar->maximum(), articles);
    QCOMPARE(bar->value(), articles);
    QVERIFY2(label->text().startsWith(QStringLiteral("%1 of %2").arg(articles).arg(articles)),
             qPrintable(label->text()));
    QCOMPARE(events->text(), QLocale().toString(finished.at(0).at(1).toInt()));
}

QTEST_MAIN(TestImportProgressDialog)
#include "tst_importprogressdialog.moc"
