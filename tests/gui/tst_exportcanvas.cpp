#include "export/exportcanvas.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace demarche;

// The shared body of the hand-drawn views' renderExport: what it paints lands in the target,
// at the target's size, on the background, and nothing outside it.
class TestExportCanvas final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paintsIntoTheTarget_data();
    void paintsIntoTheTarget();
};

void TestExportCanvas::paintsIntoTheTarget_data()
{
    QTest::addColumn<QRect>("target");
    QTest::newRow("whole image") << QRect(0, 0, 200, 100);
    QTest::newRow("offset") << QRect(30, 20, 120, 50);
    QTest::newRow("one pixel") << QRect(5, 5, 1, 1);
    QTest::newRow("empty") << QRect(10, 10, 0, 0);
}

void TestExportCanvas::paintsIntoTheTarget()
{
    QFETCH(QRect, target);
    QImage image(200, 100, QImage::Format_RGB32);
    image.fill(Qt::white);
    QSizeF painted;
    {
        QPainter painter(&image);
        ExportCanvas::paint(painter, target, QBrush(Qt::blue), [&](QPainter &p, QSizeF size) {
            painted = size;
            // Overdraws on every side: the clip must keep it inside the target.
            p.fillRect(QRect(-50, -50, int(size.width()) / 2 + 50, int(size.height()) + 100),
                       Qt::red);
        });
        QCOMPARE(painter.transform(), QTransform());
    }
    QCOMPARE(painted, target.isEmpty() ? QSizeF() : QSizeF(target.size()));
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QPoint p(x, y);
            const QRgb expected = !target.contains(p)    ? QColor(Qt::white).rgb()
                : x - target.left() < target.width() / 2 ? QColor(Qt::red).rgb()
                                                         : QColor(Qt::blue).rgb();
            if (image.pixel(p) != expected)
                QFAIL(qPrintable(QStringLiteral("pixel %1,%2").arg(x).arg(y)));
        }
    }
}

QTEST_MAIN(TestExportCanvas)
#include "tst_exportcanvas.moc"
