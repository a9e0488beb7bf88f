#include "charts/chartspanel.h"
#include "charts/dyadchart.h"
#include "export/exportdialog.h"
#include "export/viewexporter.h"
#include "export/widgetview.h"
#include "exportableview.h"
#include "mainwindow.h"
#include "models/eventselection.h"
#include "models/projectsession.h"
#include "trendfixture.h"

#include <QComboBox>
#include <QFile>
#include <QImageReader>
#include <QLineEdit>
#include <QRadioButton>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace demarche;

namespace {

const QDate fixedDate(2026, 1, 20);

ExportOptions options(QSize size, double scale)
{
    ExportOptions o;
    o.pixelSize = size;
    o.scale = scale;
    o.dpi = 144;
    o.project = QStringLiteral("fixture.demarche");
    o.exportDate = fixedDate;
    return o;
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    // Every 3rd pixel is plenty to tell a drawing from a blank page, and fast.
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestExportView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyViewIsExportable();
    void png_data();
    void png();
    void svg_data();
    void svg();
    void deterministic_data();
    void deterministic();
    void sameDataInAnotherPanelGivesTheSameBytes();
    void exportDateIsInjectable();
    void unwritablePathFails();
    void dialogRemembersChoices();

private:
    void addViewRows();
    ExportableView *view(const QString &name) const;

    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<WidgetView> m_windowView;
    QTemporaryDir m_dir;
};

void TestExportView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // Set DEMARCHE_KEEP_EXPORTS=1 to look at the images afterwards.
    if (qEnvironmentVariableIsSet("DEMARCHE_KEEP_EXPORTS")) {
        m_dir.setAutoRemove(false);
        qInfo("exports kept in %s", qPrintable(m_dir.path()));
    }
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->session()->setSnapshot(trendfixture::snapshot());
    m_windowView = std::make_unique<WidgetView>(m_window.get(), QStringLiteral("window"),
                                                QStringLiteral("the whole window"));
}

void TestExportView::cleanupTestCase()
{
    m_windowView.reset();
    m_window.reset();
}

ExportableView *TestExportView::view(const QString &name) const
{
    if (name == QLatin1String("window"))
        return m_windowView.get();
    for (ExportableView *candidate : m_window->exportableViews())
        if (candidate->exportName() == name)
            return candidate;
    return nullptr;
}

void TestExportView::everyViewIsExportable()
{
    QStringList names;
    for (const ExportableView *candidate : m_window->exportableViews())
        names << candidate->exportName();
    for (const QString name : {"timeline", "network", "chart-volume", "chart-dyad"})
        QVERIFY2(names.contains(name), qPrintable(names.join(',')));
}

void TestExportView::addViewRows()
{
    QTest::addColumn<QString>("name");
    for (const QString name : {"timeline", "network", "chart-volume", "chart-dyad", "window"})
        QTest::newRow(qPrintable(name)) << name;
}

void TestExportView::png_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("scale");
    QTest::addColumn<QSize>("expected");

    for (const QString name : {"timeline", "network", "chart-volume", "chart-dyad", "window"}) {
        QTest::newRow(qPrintable(name + " 800x450"))
            << name << QSize(800, 450) << 1.0 << QSize(800, 450);
        QTest::newRow(qPrintable(name + " 1920x1080 at 2x"))
            << name << QSize(1920, 1080) << 2.0 << QSize(1920, 1080);
        const QSize hint = view(name) ? view(name)->exportSizeHint() : QSize();
        QTest::newRow(qPrintable(name + " hint at 3x")) << name << QSize() << 3.0 << hint * 3;
    }
}

void TestExportView::png()
{
    QFETCH(QString, name);
    QFETCH(QSize, size);
    QFETCH(double, scale);
    QFETCH(QSize, expected);
    const ExportableView *exported = view(name);
    QVERIFY(exported);
    QVERIFY(!expected.isEmpty());

    const QString path = m_dir.filePath(QStringLiteral("%1-%2x%3-%4.png")
                                            .arg(name)
                                            .arg(expected.width())
                                            .arg(expected.height())
                                            .arg(scale));
    const Status status = ViewExporter::exportView(*exported, path, options(size, scale));
    QVERIFY2(status.isOk(), qPrintable(status.error()));
    QVERIFY(QFile::exists(path));

    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    QCOMPARE(image.size(), expected);
    QVERIFY2(distinctColours(image) >= 8, qPrintable(QString::number(distinctColours(image))));
    QCOMPARE(image.text("Title"), name);
    QCOMPARE(image.text("Software"), QStringLiteral("Demarche " DEMARCHE_VERSION));
    QCOMPARE(image.text("Project"), QStringLiteral("fixture.demarche"));
    QCOMPARE(image.text("Description"), exported->exportDescription());
    QVERIFY(!image.text("Description").isEmpty());
    QCOMPARE(image.text("Creation Time"), fixedDate.toString(Qt::ISODate));
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 144);
}

void TestExportView::svg_data()
{
    addViewRows();
}

void TestExportView::svg()
{
    QFETCH(QString, name);
    const ExportableView *exported = view(name);
    QVERIFY(exported);
    const QString path = m_dir.filePath(name + QStringLiteral(".svg"));
    const Status status = ViewExporter::exportView(*exported, path, options(QSize(900, 500), 1.0));
    QVERIFY2(status.isOk(), qPrintable(status.error()));

    QXmlStreamReader xml(readAll(path));
    QString description;
    int elements = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            ++elements;
            if (xml.name() == QLatin1String("desc") && description.isEmpty())
                description = xml.readElementText();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(elements > 10);
    QVERIFY(description.contains(QStringLiteral("Software: Demarche " DEMARCHE_VERSION)));
    QVERIFY(description.contains(QStringLiteral("Project: fixture.demarche")));
    QVERIFY(description.contains(exported->exportDescription()));
    QVERIFY(description.contains(fixedDate.toString(Qt::ISODate)));
}

void TestExportView::deterministic_data()
{
    addViewRows();
}

void TestExportView::deterministic()
{
    QFETCH(QString, name);
    const ExportableView *exported = view(name);
    QVERIFY(exported);
    const QString first = m_dir.filePath(name + QStringLiteral("-first.png"));
    const QString second = m_dir.filePath(name + QStringLiteral("-second.png"));
    QVERIFY(ViewExporter::exportView(*exported, first, options(QSize(1000, 600), 2.0)).isOk());
    QVERIFY(ViewExporter::exportView(*exported, second, options(QSize(1000, 600), 2.0)).isOk());
    const QByteArray a = readAll(first);
    QVERIFY(!a.isEmpty());
    QCOMPARE(a, readAll(second));
}

void TestExportView::sameDataInAnotherPanelGivesTheSameBytes()
{
    // A second panel over its own copy of the same project draws the same charts.
    ProjectSession session;
    session.setSnapshot(trendfixture::snapshot());
    ChartsPanel panel(&session, nullptr);
    panel.showDyad(m_window->findChild<ChartsPanel *>()->dyadChart()->source(),
                   m_window->findChild<ChartsPanel *>()->dyadChart()->target());
    const QList<ExportableView *> mine = panel.exportableViews();
    QCOMPARE(mine.size(), 2);
    for (ExportableView *chart : mine) {
        const ExportableView *original = view(chart->exportName());
        QVERIFY(original);
        const ExportOptions o = options(QSize(800, 450), 1.0);
        QCOMPARE(ViewExporter::renderImage(*chart, o), ViewExporter::renderImage(*original, o));
    }
}

void TestExportView::exportDateIsInjectable()
{
    const ExportableView *exported = view(QStringLiteral("chart-volume"));
    ExportOptions o = options(QSize(320, 200), 1.0);
    o.exportDate = QDate(2030, 5, 6);
    QCOMPARE(ViewExporter::renderImage(*exported, o).text("Creation Time"),
             QStringLiteral("2030-05-06"));
    o.exportDate = QDate();
    QCOMPARE(ViewExporter::renderImage(*exported, o).text("Creation Time"),
             QDate::currentDate().toString(Qt::ISODate));
}

void TestExportView::unwritablePathFails()
{
    const ExportableView *exported = view(QStringLiteral("chart-volume"));
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/out.png"));
    const Status status = ViewExporter::exportView(*exported, path, options(QSize(100, 100), 1.0));
    QVERIFY(!status.isOk());
    QVERIFY(status.error().contains(QStringLiteral("out.png")));
    QVERIFY(!QFile::exists(path));
}

void TestExportView::dialogRemembersChoices()
{
    QSettings().remove(QStringLiteral("export"));
    const ExportableView *exported = view(QStringLiteral("network"));
    const QString path = m_dir.filePath(QStringLiteral("dialog.svg"));
    {
        ExportDialog dialog(*exported, QStringLiteral("fixture.demarche"));
        dialog.findChild<QComboBox *>("formatCombo")->setCurrentIndex(1);
        dialog.findChild<QRadioButton *>("bySizeRadio")->setChecked(true);
        dialog.findChild<QSpinBox *>("widthSpin")->setValue(1234);
        dialog.findChild<QSpinBox *>("heightSpin")->setValue(567);
        dialog.findChild<QSpinBox *>("dpiSpin")->setValue(300);
        dialog.findChild<QLineEdit *>("fileEdit")->setText(path);
        const ExportOptions chosen = dialog.options();
        QCOMPARE(chosen.pixelSize, QSize(1234, 567));
        QCOMPARE(chosen.dpi, 300);
        QCOMPARE(chosen.project, QStringLiteral("fixture.demarche"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    ExportDialog again(*exported, QStringLiteral("fixture.demarche"));
    QCOMPARE(again.findChild<QComboBox *>("formatCombo")->currentIndex(), 1);
    QVERIFY(again.findChild<QRadioButton *>("bySizeRadio")->isChecked());
    QCOMPARE(again.options().pixelSize, QSize(1234, 567));
    QCOMPARE(again.options().dpi, 300);
    QVERIFY(again.filePath().endsWith(QStringLiteral(".svg")));
    QCOMPARE(QFileInfo(again.filePath()).absolutePath(), QFileInfo(path).absolutePath());
}

QTEST_MAIN(TestExportView)
#include "tst_exportview.moc"
