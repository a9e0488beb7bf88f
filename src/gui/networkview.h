#pragma once

#include "exportableview.h"

#include <QDate>
#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QPointF>
#include <QStaticText>
#include <QTimer>
#include <QWidget>
#include <vector>

namespace demarche {

class EventSelection;
class ProjectSession;
struct Event;

// The actors as a directed network: a node per actor (size by event count), one edge per
// directed dyad (width by event count, colour by mean Goldstein). Shows only the events that pass
// the filter and fall in the timeline's visible window. The force-directed layout (igraph,
// Fruchterman-Reingold, seeded and started from the previous positions so it stays put between
// updates) runs on a worker thread. The wheel zooms around the pointer, dragging the background
// pans, a double click on the background fits the whole network again.
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

    // Zooms by `factor` (> 1 zooms in) keeping the point under `anchor` (widget coordinates)
    // in place; the zoom stays between 1 (whole network) and 64.
    void zoomBy(double factor, QPointF anchor);
    // Shows the whole network again.
    void fitAll();
    double zoom() const { return m_zoom; }
    // The actor codes whose names the last frame drew, in drawing order.
    QStringList labelledActors() const;
    // Where the last frame drew the actor's name (widget coordinates); null when it did not.
    QRectF labelRect(const QString &actorCode) const;

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
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Node
    {
        QString code;
        QString name;
        int eventCount = 0;
        QPointF position; // layout coordinates
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
        QPointF origin; // widget point of `centre`
        QPointF centre; // layout point drawn at `origin`
        double scale = 1; // widget pixels per layout unit
        QPointF toWidget(QPointF p) const { return origin + (p - centre) * scale; }
        QPointF fromWidget(QPointF p) const { return centre + (p - origin) / scale; }
    };
    // An edge as drawn: a quadratic curve bent to its right (so that A->B and B->A stay apart)
    // that stops at the target's rim, so that the arrowhead stays visible.
    struct Curve
    {
        QPointF start;
        QPointF control;
        QPointF end;
        QPointF at(double t) const
        {
            return (1 - t) * (1 - t) * start + 2 * (1 - t) * t * control + t * t * end;
        }
    };
    // What one frame needs and should not compute again: node centres in widget coordinates,
    // the label layouts (QStaticText, built once per name and font), node sprites, and the
    // edges and nodes drawn into a layer for a given mapping.
    struct FrameCache
    {
        std::vector<QPointF> centres;
        QImage layer;
        Mapping layerMapping;
        QSizeF layerSize;
        double layerRatio = 1;
        int generation = -1;
        std::vector<QStaticText> labels;
        QFont labelFont;
        QHash<quint64, QImage> sprites;
        std::vector<std::pair<int, QRectF>> labelled; // node index, label box
    };

    void scheduleRebuild();
    void rebuild();
    bool inWindow(const Event &event) const;
    void sortBySize();
    void startLayout();
    void applyPositions();
    Mapping mapping(QSizeF size) const;
    void interact();
    void paintContent(QPainter &painter, QSizeF size) const;
    static bool canStamp(QPainter &painter);
    void paintGraph(QPainter &painter, const Mapping &m, QSizeF size) const;
    void paintEdges(QPainter &painter, const Mapping &m, QRectF visible) const;
    void paintSelectedEdges(QPainter &painter, const Mapping &m,
                            const std::vector<int> &selectedEdges) const;
    int nodeStyle(int index) const;
    void paintNode(QPainter &painter, int index, int style, bool stamp) const;
    void paintNodes(QPainter &painter, QRectF visible, bool stamp) const;
    void paintLabels(QPainter &painter, QSizeF size, const QSet<int> &selectedNodes) const;
    void paintLegend(QPainter &painter, QSizeF size) const;
    const QImage &nodeSprite(double radius, int style, double pixelRatio) const;
    const QStaticText &label(int node, const QFont &font) const;
    void selectionIndices(QSet<int> &nodes, std::vector<int> &edges) const;
    void paintCurationMarks(QPainter &painter, const Mapping &m, QSizeF size) const;
    double nodeRadius(const Node &node) const;
    double edgeWidth(const Edge &edge) const;
    Curve edgeCurve(const Edge &edge, const Mapping &m) const;
    int nodeAt(QPointF pos) const;
    int edgeAt(QPointF pos) const;

    ProjectSession *m_session;
    EventSelection *m_selection;
    QDate m_first;
    QDate m_last;
    std::vector<Node> m_nodes;
    std::vector<Edge> m_edges;
    std::vector<int> m_nodesBySize; // largest first: who gets a label
    std::vector<int> m_edgesBySize; // heaviest first: who is drawn in full
    QHash<QString, int> m_nodeIndex;
    QHash<QPair<int, int>, int> m_edgeIndex;
    int m_maxNodeCount = 1;
    int m_maxEdgeCount = 1;
    int m_shownEvents = 0;
    QRectF m_bounds; // of the node positions, layout coordinates
    QHash<QString, QPointF> m_positions; // layout coordinates, kept across rebuilds
    QHash<QString, bool> m_pinned; // nodes the user dragged stay where they were put
    QTimer m_rebuildTimer;
    QFutureWatcher<QHash<QString, QPointF>> m_watcher;
    bool m_layoutPending = false;
    bool m_fitted = true; // zoom 1 and centred on the network, whatever the layout does
    double m_zoom = 1;
    QPointF m_centre; // layout point in the middle of the view when zoomed in
    int m_dragNode = -1;
    bool m_panning = false;
    bool m_dragMoved = false;
    QPointF m_pressPos;
    QPointF m_pressCentre;
    int m_generation = 0; // counts changes to what the layer shows (not the selection)
    bool m_interacting = false; // a pan or zoom in progress: frames move the layer
    QTimer m_settleTimer;
    mutable FrameCache m_cache;
};

} // namespace demarche
