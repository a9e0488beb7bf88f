#include <QFile>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

namespace {

// Width, height and text chunks of a PNG, read by hand: the CLI tests link no Qt Gui.
struct PngInfo
{
    QSize size;
    QHash<QString, QString> text;
};

PngInfo readPng(const QString &path)
{
    PngInfo info;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return info;
    const QByteArray data = file.readAll();
    if (!data.startsWith("\x89PNG\r\n\x1a\n"))
        return info;
    for (qsizetype at = 8; at + 12 <= data.size();) {
        const quint32 length = qFromBigEndian<quint32>(data.constData() + at);
        const QByteArray type = data.mid(at + 4, 4);
        const QByteArray body = data.mid(at + 8, qsizetype(length));
        if (type == "IHDR" && body.size() >= 8)
            info.size = QSize(int(qFromBigEndian<quint32>(body.constData())),
                              int(qFromBigEndian<quint32>(body.constData() + 4)));
        // Qt writes short Latin-1 values as tEXt, long ones compressed (zTXt) or as iTXt:
        // those are only recorded as present.
        if (type == "tEXt" || type == "zTXt" || type == "iTXt") {
            const qsizetype zero = body.indexOf('\0');
            info.text.insert(QString::fromLatin1(body.left(zero)),
                             type == "tEXt"
                                 ? QString::fromLatin1(body.mid(zero + 1))
                                 : QStringLiteral("(%1)").arg(QString::fromLatin1(type)));
        }
        at += 12 + qsizetype(length);
    }
    return info;
}

} // namespace

// Runs the built demarche-cli as CI does: no display, the seeds as input.
class TestCliExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportSeeds_data();
    void exportSeeds();
    void sameProjectTwiceIsByteIdentical();
    void badArguments_data();
    void badArguments();
    void helpListsEveryOption();

private:
    static int run(const QStringList &arguments, QByteArray *output = nullptr);
};

int TestCliExport::run(const QStringList &arguments, QByteArray *output)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // No display at all: the command must pick the offscreen platform itself.
    for (const QString name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(name);
    environment.insert(QStringLiteral("DEMARCHE_SEEDS"), QStringLiteral(DEMARCHE_SEEDS));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(DEMARCHE_CLI), QStringList {QStringLiteral("export")} + arguments);
    if (!process.waitForFinished(180000))
        return -1;
    if (output)
        *output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void TestCliExport::initTestCase()
{
#ifndef DEMARCHE_CLI_HAS_GUI
    QSKIP("demarche-cli export needs the GUI build (DEMARCHE_GUI=ON)");
#endif
}

void TestCliExport::exportSeeds_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("sizeArguments");
    QTest::addColumn<QSize>("size");

    for (const QString view : {"timeline", "network", "chart-volume", "chart-dyad", "window"}) {
        QTest::newRow(qPrintable(view + " 1200x700"))
            << view << view + ".png" << QStringList {"--width", "1200", "--height", "700"}
            << QSize(1200, 700);
    }
    QTest::newRow("chart-volume 640x360 at 2x")
        << "chart-volume"
        << "volume-small.png" << QStringList {"--width", "640", "--height", "360", "--scale", "2"}
        << QSize(640, 360);
    QTest::newRow("network as SVG")
        << "network"
        << "network.svg" << QStringList {"--width", "800", "--height", "500"} << QSize(800, 500);
}

void TestCliExport::exportSeeds()
{
    QFETCH(QString, view);
    QFETCH(QString, file);
    QFETCH(QStringList, sizeArguments);
    QFETCH(QSize, size);
    QTemporaryDir dir;
    const QString out = dir.filePath(file);
    QByteArray output;
    const int code
        = run(QStringList {"--view", view, "--out", out, "--date", "2026-01-20"} + sizeArguments,
              &output);
    QVERIFY2(code == 0, output.constData());
    QVERIFY(QFile::exists(out));
    if (file.endsWith(".svg")) {
        QFile svg(out);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<desc>"));
        return;
    }
    const PngInfo png = readPng(out);
    QCOMPARE(png.size, size);
    QCOMPARE(png.text.value("Title"), view);
    QCOMPARE(png.text.value("Creation Time"), QStringLiteral("2026-01-20"));
    QCOMPARE(png.text.value("Project"), QStringLiteral("seeds.demarche"));
    QVERIFY(png.text.value("Software").startsWith("Demarche "));
    QVERIFY(!png.text.value("Description").isEmpty());
}

void TestCliExport::sameProjectTwiceIsByteIdentical()
{
    QTemporaryDir dir;
    QByteArray bytes[2];
    for (int i = 0; i < 2; ++i) {
        const QString out = dir.filePath(QStringLiteral("run%1.png").arg(i));
        QByteArray output;
        QVERIFY2(
            run({"--view", "chart-volume", "--out", out, "--scale", "2", "--date", "2026-01-20"},
                &output)
                == 0,
            output.constData());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        bytes[i] = file.readAll();
    }
    QVERIFY(!bytes[0].isEmpty());
    QCOMPARE(bytes[0], bytes[1]);
}

void TestCliExport::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("no view") << QStringList {"--out", "x.png"};
    QTest::newRow("no output") << QStringList {"--view", "network"};
    QTest::newRow("unknown view") << QStringList {"--view", "pie", "--out", "x.png"};
    QTest::newRow("scale too large")
        << QStringList {"--view", "network", "--out", "x.png", "--scale", "5"};
    QTest::newRow("width without height")
        << QStringList {"--view", "network", "--out", "x.png", "--width", "100"};
}

void TestCliExport::badArguments()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    for (QString &argument : arguments)
        if (argument == "x.png")
            argument = dir.filePath(argument);
    QCOMPARE(run(arguments), 2);
    QVERIFY(!QFile::exists(dir.filePath("x.png")));
}

void TestCliExport::helpListsEveryOption()
{
    QByteArray output;
    QCOMPARE(run({"--help"}, &output), 0);
    for (const char *option : {"--view", "--project", "--out", "--width", "--height", "--scale",
                               "--dpi", "--date", "chart-dyad"})
        QVERIFY2(output.contains(option), option);
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
