#include "chartwidget.h"

#include "models/projectsession.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QVBoxLayout>

namespace demarche {

namespace {

// The size an export takes when the chart was never shown (CLI, tests): 16:9, readable text.
constexpr QSize defaultExportSize(960, 540);

} // namespace

ChartWidget::ChartWidget(ProjectSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_layout(new QVBoxLayout(this))
    , m_view(new QChartView(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_view, 1);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setObjectName(QStringLiteral("chartView"));
    connect(m_session, &ProjectSession::snapshotChanged, this, &ChartWidget::refresh);
    connect(m_session, &ProjectSession::filterChanged, this, &ChartWidget::refresh);
}

ChartWidget::~ChartWidget() = default;

void ChartWidget::refresh()
{
    std::vector<Event> events;
    const std::vector<Event> &all = m_session->snapshot().events();
    events.reserve(m_session->acceptedEvents().size());
    for (const int index : m_session->acceptedEvents())
        events.push_back(all[size_t(index)]);
    recompute(events);
    showChart();
}

void ChartWidget::showChart()
{
    QChart *chart = buildChart();
    connectChart(chart);
    // The view hands the previous chart back to us rather than deleting it.
    QChart *previous = m_view->chart();
    m_view->setChart(chart);
    delete previous;
}

QSize ChartWidget::exportSizeHint() const
{
    return testAttribute(Qt::WA_WState_Created) && isVisible() ? m_view->size() : defaultExportSize;
}

void ChartWidget::renderExport(QPainter &painter, const QRect &target) const
{
    // A fresh chart of the same data, laid out at the target size: what the view shows, with
    // its legend, at any resolution.
    QGraphicsScene scene;
    QChart *chart = buildChart();
    scene.addItem(chart);
    const QRectF area(QPointF(0, 0), QSizeF(target.size()));
    chart->setGeometry(area);
    if (chart->layout())
        chart->layout()->activate();
    // The chart positions its series on posted layout events; apply them before drawing.
    QCoreApplication::sendPostedEvents();
    scene.setSceneRect(area);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(target), area, Qt::IgnoreAspectRatio);
    painter.restore();
}

} // namespace demarche
