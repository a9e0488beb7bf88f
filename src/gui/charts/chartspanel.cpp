#include "chartspanel.h"

#include "dyadchart.h"
#include "models/eventselection.h"
#include "volumechart.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace demarche {

ChartsPanel::ChartsPanel(ProjectSession *session, EventSelection *selection, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_volume(new VolumeChart(session, m_tabs))
    , m_dyad(new DyadChart(session, m_tabs))
{
    setObjectName(QStringLiteral("chartsPanel"));
    m_tabs->setObjectName(QStringLiteral("chartTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_volume, tr("&Volume"));
    m_tabs->addTab(m_dyad, tr("D&yad trend"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    for (ChartWidget *chart :
         {static_cast<ChartWidget *>(m_volume), static_cast<ChartWidget *>(m_dyad)})
        connect(chart, &ChartWidget::eventsClicked, this, &ChartsPanel::eventsClicked);
    if (selection) {
        connect(this, &ChartsPanel::eventsClicked, selection,
                [selection](const QList<qint64> &ids) { selection->selectEvents(ids); });
    }
}

QList<ExportableView *> ChartsPanel::exportableViews() const
{
    return {m_volume, m_dyad};
}

ExportableView *ChartsPanel::currentExportableView() const
{
    if (m_tabs->currentWidget() == m_dyad)
        return m_dyad;
    return m_volume;
}

void ChartsPanel::showDyad(const QString &source, const QString &target)
{
    m_dyad->setDyad(source, target);
    m_tabs->setCurrentWidget(m_dyad);
}

} // namespace demarche
