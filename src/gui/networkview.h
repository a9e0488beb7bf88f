#pragma once

#include "exportableview.h"

#include <QDate>
#include <QFutureWatcher>
#include <QHash>
#include <QPointF>
#include <QTimer>
#include <QWidget>
#include <vector>

namespace demarche {

class EventSelection;
class ProjectSession;

// The actors as a directed network: a node per actor (size by event count), one edge per
// directed dyad (width by event count, colour by mean Goldstein). Shows only the events that pass
// the filter and fall in the timeline's visible window. The force-directed layout (igraph,
// Fruchterman-Reingold, seeded and started from the previous positions so it stays put between
// updates) runs on a worker thread.
class NetworkView final : public QWidget, public ExportableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkView)

public:
    NetworkView(ProjectSession *session, EventSelection *selection, QWidget *parent = nullptr);
    ~NetworkView() override;

    // Only events whose date overlaps [first, last] are shown; invalid dates = no limit.
    void setTimeWindow(QDate first, QDate last);
    // Where an actor's node is drawn now (widget coordinates); null when it is not shown.
    QPointF nodePosition(const QString &actorCode) const;
    // Middle of the edge source -> target; null when not shown.
    QPointF edgePosition(const QString &sourceCode, const QString &targetCode) const;
    int nodeCount() const { return int(m_nodes.size()); }
    int edgeCount() const { return int(m_edges.size()); }
    // Number of events behind the nodes and edges shown now.
    int shownEventCount() const { return m_shownEvents; }
    bool isLayoutRunning() const { return m_watcher.isRunning(); }

    QString exportName() const override { return QStringLiteral("network"); }
    QSize exportSizeHint() const override { return size(); }
    void renderExport(QPainter &painter, const QRect &target) const override;
    QString exportDescription() const override;

    QSize sizeHint() const override { return {520, 420}; }

Q_SIGNALS:
    void actorClicked(const QString &actorCode);
    void edgeClicked(const QList<qint64> &eventIds, const QString &description);
    void layoutFinished();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Node
    {
        QString code;
        QString name;
        int eventCount = 0;
    };
    struct Edge
    {
        int source = 0;
        int target = 0;
        double goldsteinSum = 0;
        QList<qint64> eventIds;
        double meanGoldstein() const
        {
            return eventIds.isEmpty() ? 0 : goldsteinSum / eventIds.size();
        }
    };
    struct Mapping
    {
        QRectF area;
        QRectF bounds;
        QPointF toWidget(QPointF p) const;
        QPointF fromWidget(QPointF p) const;
    };

    void scheduleRebuild();
    void rebuild();
    void startLayout();
    Mapping mapping(QSizeF size) const;
    void paintContent(QPainter &painter, QSizeF size) const;
    void paintLegend(QPainter &painter, QSizeF size) const;
    void paintCurationMarks(QPainter &painter, const Mapping &m, QSizeF size) const;
    double nodeRadius(const Node &node) const;
    double edgeWidth(const Edge &edge) const;
    // The curve of an edge, bent to its right so that A->B and B->A stay apart.
    QPainterPath edgePath(const Edge &edge, const Mapping &m) const;
    int nodeAt(QPointF pos) const;
    int edgeAt(QPointF pos) const;

    ProjectSession *m_session;
    EventSelection *m_selection;
    QDate m_first;
    QDate m_last;
    std::vector<Node> m_nodes;
    std::vector<Edge> m_edges;
    int m_maxNodeCount = 1;
    int m_maxEdgeCount = 1;
    int m_shownEvents = 0;
    QHash<QString, QPointF> m_positions; // layout coordinates, kept across rebuilds
    QHash<QString, bool> m_pinned; // nodes the user dragged stay where they were put
    QTimer m_rebuildTimer;
    QFutureWatcher<QHash<QString, QPointF>> m_watcher;
    bool m_layoutPending = false;
    int m_dragNode = -1;
    bool m_dragMoved = false;
    QPointF m_pressPos;
};

} // namespace demarche
