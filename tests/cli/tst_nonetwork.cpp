// Demarche makes no network connection: no built program links Qt Network (or any other network
// or web-engine library), and no source file reaches for one. HTML, where an importer meets it,
// is text to strip, never a page to load (issue 9, docs/fuzzing.md).
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {

const QRegularExpression networkLibrary(QStringLiteral(
    "Qt6?Network|Qt6?WebEngine|Qt6?WebSockets|Qt6?WebView|libcurl|libsoup|libwebkit"));

QString sourceRoot()
{
    return QFileInfo(QStringLiteral(DEMARCHE_SEEDS)).absolutePath();
}

} // namespace

class TestNoNetwork final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void programsLinkNoNetworkLibrary_data();
    void programsLinkNoNetworkLibrary();
    void thisProcessLoadedNoNetworkLibrary();
    void sourcesUseNoNetworkApi();
};

void TestNoNetwork::programsLinkNoNetworkLibrary_data()
{
    QTest::addColumn<QString>("program");
#ifdef DEMARCHE_CLI
    const QString cli = QStringLiteral(DEMARCHE_CLI);
    QTest::newRow("demarche-cli") << cli;
    // The desktop app sits beside the CLI's folder in the build tree when the GUI is built.
    QTest::newRow("demarche") << QFileInfo(cli).dir().absoluteFilePath(
        QStringLiteral("../app/demarche"));
#endif
    QTest::newRow("this test") << QStringLiteral("self");
}

void TestNoNetwork::programsLinkNoNetworkLibrary()
{
    QFETCH(QString, program);
    if (program == QLatin1String("self"))
        program = QCoreApplication::applicationFilePath();
    if (!QFileInfo::exists(program))
        QSKIP(qPrintable(program + QStringLiteral(" is not built in this configuration")));
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), {program});
    if (!ldd.waitForStarted())
        QSKIP("ldd is not installed");
    QVERIFY(ldd.waitForFinished(60000));
    const QString libraries = QString::fromLocal8Bit(ldd.readAllStandardOutput());
    QVERIFY2(libraries.contains(QLatin1String("Qt6Core")), qPrintable(libraries));
    const QRegularExpressionMatch match = networkLibrary.match(libraries);
    QVERIFY2(!match.hasMatch(), qPrintable(program + QStringLiteral(" links ") + match.captured()));
}

// The test links the same libraries as the CLI (store, io, extract, core): nothing they pull in
// at run time may be a network library either.
void TestNoNetwork::thisProcessLoadedNoNetworkLibrary()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        QSKIP("no /proc/self/maps on this system");
    const QString loaded = QString::fromLocal8Bit(maps.readAll());
    QVERIFY(loaded.contains(QLatin1String("Qt6Core")));
    const QRegularExpressionMatch match = networkLibrary.match(loaded);
    QVERIFY2(!match.hasMatch(), qPrintable(match.captured()));
}

void TestNoNetwork::sourcesUseNoNetworkApi()
{
    const QString src = sourceRoot() + QStringLiteral("/src");
    if (!QFileInfo::exists(src))
        QSKIP("the source tree is not beside the build");
    static const QRegularExpression api(
        QStringLiteral("#\\s*include\\s*[<\"](QtNetwork|QNetwork\\w*|QTcpSocket|QUdpSocket|"
                       "QSslSocket|QWebEngine\\w*|"
                       "QtWebEngine\\w*|curl/curl\\.h|sys/socket\\.h)"));
    int files = 0;
    QDirIterator it(src, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QRegularExpressionMatch match = api.match(QString::fromUtf8(file.readAll()));
        QVERIFY2(!match.hasMatch(),
                 qPrintable(file.fileName() + QStringLiteral(": ") + match.captured()));
        ++files;
    }
    QVERIFY(files > 10);
}

QTEST_GUILESS_MAIN(TestNoNetwork)
#include "tst_nonetwork.moc"
