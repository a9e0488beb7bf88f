#include "aboutdialog.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QWidget>

namespace demarche {

class TestAboutDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsWhatTheUserMustBeTold_data();
    void showsWhatTheUserMustBeTold();
    void closeButtonClosesAndDeletes();
};

void TestAboutDialog::showsWhatTheUserMustBeTold_data()
{
    QTest::addColumn<QString>("expected");
    QTest::newRow("version") << QStringLiteral("Demarche " DEMARCHE_VERSION);
    QTest::newRow("licence") << QStringLiteral("GPL-3.0-or-later");
    QTest::newRow("no warranty") << QStringLiteral("NO WARRANTY");
    QTest::newRow("CAMEO version") << QStringLiteral("CAMEO 1.1b3");
    QTest::newRow("CAMEO citation") << QStringLiteral("Gerner");
    QTest::newRow("Goldstein citation") << QStringLiteral("Journal of Conflict Resolution");
    QTest::newRow("GDELT Goldstein table") << QStringLiteral("GDELT's CAMEO Goldstein table");
    QTest::newRow("PLOVER") << QStringLiteral("PLOVER");
    QTest::newRow("PLOVER source") << QStringLiteral("Open Event Data Alliance");
    QTest::newRow("iso-codes") << QStringLiteral("iso-codes");
}

void TestAboutDialog::showsWhatTheUserMustBeTold()
{
    QFETCH(QString, expected);
    QWidget window;
    showAboutDialog(&window);
    auto *dialog = window.findChild<QDialog *>(QStringLiteral("aboutDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *title = dialog->findChild<QLabel *>(QStringLiteral("aboutTitle"));
    auto *text = dialog->findChild<QTextBrowser *>(QStringLiteral("aboutText"));
    QVERIFY(title);
    QVERIFY(text);
    QTextDocument titleDocument;
    titleDocument.setHtml(title->text());
    const QString shown = titleDocument.toPlainText() + QLatin1Char('\n') + text->toPlainText();
    QVERIFY2(shown.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + shown));
}

void TestAboutDialog::closeButtonClosesAndDeletes()
{
    QWidget window;
    showAboutDialog(&window);
    auto *dialog = window.findChild<QDialog *>(QStringLiteral("aboutDialog"));
    QVERIFY(dialog);
    QSignalSpy rejected(dialog, &QDialog::rejected);
    QSignalSpy destroyed(dialog, &QObject::destroyed);
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("aboutButtons"));
    QVERIFY(buttons);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(rejected.count(), 1);
    // WA_DeleteOnClose defers the delete to the event loop.
    QTRY_COMPARE(destroyed.count(), 1);
    QVERIFY(!window.findChild<QDialog *>(QStringLiteral("aboutDialog")));
}

} // namespace demarche

QTEST_MAIN(demarche::TestAboutDialog)
#include "tst_aboutdialog.moc"
