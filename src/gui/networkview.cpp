#include "networkview.h"

#include "export/exportcanvas.h"
#include "models/eventselection.h"
#include "models/eventtext.h"
#include "models/projectsession.h"

#include <QHelpEvent>
#include <QLinearGradient>
#include <QMouseEvent>
#include <QMutex>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QWheelEvent>
#include <QtConcurrent>

#include <igraph/igraph.h>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <numeric>

namespace demarche {

namespace {

constexpr double legendHeight = 30;
constexpr double margin = 46;
constexpr double maxZoom = 64;
// Past this many dyads in view the lighter ones are drawn as thin straight lines: an antialiased
// curve with its arrowhead costs about 0.1 ms (Qt's rasteriser), and more of them only add
// clutter (600 at 4x zoom hid the nodes). Zooming in leaves fewer dyads in view, so lighter ones
// come into detail; a small network (up to `allDetailed` dyads in view) shows all of them in full.
constexpr std::size_t detailedEdges = 200;
constexpr std::size_t allDetailed = 500;
// Names drawn at the fitted zoom; more as the user zooms in, always only where they fit.
constexpr int labelsAtFit = 40;
constexpr int maxLabels = 400;

struct LayoutInput
{
    QStringList codes;
    std::vector<std::pair<int, int>> edges;
    std::vector<double> weights;
    std::vector<QPointF> start;
    std::vector<bool> pinned;
};

// igraph's default random generator is global: one layout at a time.
QMutex &igraphMutex()
{
    static QMutex mutex;
    return mutex;
}

// How many of `eventIds` an analyst corrected or added.
int curatedCount(const ProjectSession &session, const QList<qint64> &eventIds)
{
    if (!session.hasCurationMarks())
        return 0;
    return int(std::count_if(eventIds.begin(), eventIds.end(),
                             [&](qint64 id) { return session.curationMark(id) != nullptr; }));
}

QHash<QString, QPointF> computeLayout(const LayoutInput &input)
{
    QHash<QString, QPointF> result;
    const igraph_integer_t n = input.codes.size();
    if (n == 0)
        return result;
    if (n == 1) {
        result.insert(input.codes.front(), input.start.front());
        return result;
    }
    QMutexLocker locker(&igraphMutex());
    igraph_rng_seed(igraph_rng_default(), 20260107);
    igraph_vector_int_t edgeList;
    igraph_vector_int_init(&edgeList, igraph_integer_t(input.edges.size() * 2));
    for (std::size_t i = 0; i < input.edges.size(); ++i) {
        VECTOR(edgeList)[igraph_integer_t(2 * i)] = input.edges[i].first;
        VECTOR(edgeList)[igraph_integer_t(2 * i + 1)] = input.edges[i].second;
    }
    igraph_t graph;
    igraph_create(&graph, &edgeList, n, IGRAPH_UNDIRECTED);
    igraph_vector_t weights;
    igraph_vector_init(&weights, igraph_integer_t(input.weights.size()));
    for (std::size_t i = 0; i < input.weights.size(); ++i)
        VECTOR(weights)[igraph_integer_t(i)] = input.weights[i];
    igraph_matrix_t coords;
    igraph_matrix_init(&coords, n, 2);
    igraph_vector_t minX, maxX, minY, maxY;
    igraph_vector_init(&minX, n);
    igraph_vector_init(&maxX, n);
    igraph_vector_init(&minY, n);
    igraph_vector_init(&maxY, n);
    const double far = 1e6;
    for (igraph_integer_t i = 0; i < n; ++i) {
        const QPointF p = input.start[std::size_t(i)];
        MATRIX(coords, i, 0) = p.x();
        MATRIX(coords, i, 1) = p.y();
        const bool pinned = input.pinned[std::size_t(i)];
        VECTOR(minX)[i] = pinned ? p.x() : -far;
        VECTOR(maxX)[i] = pinned ? p.x() : far;
        VECTOR(minY)[i] = pinned ? p.y() : -far;
        VECTOR(maxY)[i] = pinned ? p.y() : far;
    }
    // The exact repulsion is quadratic (1,000 actors took over 2 s); past a few hundred nodes the
    // grid approximation, linear per iteration, keeps the layout well under a second. Past 1,000
    // nodes fewer iterations (from the spiral start) keep 5,000 actors near a second too.
    const int iterations
        = int(std::clamp(500'000 / n, igraph_integer_t(100), igraph_integer_t(500)));
    igraph_layout_fruchterman_reingold(&graph, &coords, true, iterations, std::sqrt(double(n)),
                                       n > 300 ? IGRAPH_LAYOUT_GRID : IGRAPH_LAYOUT_NOGRID,
                                       input.weights.empty() ? nullptr : &weights, &minX, &maxX,
                                       &minY, &maxY);
    for (igraph_integer_t i = 0; i < n; ++i)
        result.insert(input.codes[int(i)], QPointF(MATRIX(coords, i, 0), MATRIX(coords, i, 1)));
    igraph_vector_destroy(&minX);
    igraph_vector_destroy(&maxX);
    igraph_vector_destroy(&minY);
    igraph_vector_destroy(&maxY);
    igraph_matrix_destroy(&coords);
    igraph_vector_destroy(&weights);
    igraph_destroy(&graph);
    igraph_vector_int_destroy(&edgeList);
    return result;
}

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double lengthSquared = QPointF::dotProduct(ab, ab);
    const double t = lengthSquared <= 0
        ? 0
        : std::clamp(QPointF::dotProduct(p - a, ab) / lengthSquared, 0.0, 1.0);
    const QPointF d = p - (a + t * ab);
    return std::hypot(d.x(), d.y());
}

QRectF boundsOf(QPointF a, QPointF b, QPointF c)
{
    const double left = std::min({a.x(), b.x(), c.x()});
    const double top = std::min({a.y(), b.y(), c.y()});
    return QRectF(left, top, std::max({a.x(), b.x(), c.x()}) - left,
                  std::max({a.y(), b.y(), c.y()}) - top);
}

// Node sprite styles: bit 0 = the actor is in the filter, bit 1 = it takes part in the selection.
enum NodeStyle { Plain = 0, Filtered = 1, Selected = 2 };

void drawNode(QPainter &painter, QPointF centre, double radius, int style, QColor highlight)
{
    const bool selected = style & Selected;
    painter.setPen(QPen(selected ? highlight : QColor(0x37, 0x47, 0x4f), selected ? 3 : 1.2));
    painter.setBrush((style & Filtered) ? QColor(0xff, 0xe0, 0x82) : QColor(0xcf, 0xd8, 0xdc));
    painter.drawEllipse(centre, radius, radius);
}

// The part of the quadratic curve (start, control, end) that can show in `visible`: zoomed in,
// most of a long curve lies off screen, and Qt strokes (and rasterises) all of it before
// clipping. The curve is cut into eight exact quadratic pieces and only those near the view kept.
QPainterPath visiblePart(QPointF start, QPointF control, QPointF end, QRectF visible)
{
    QPainterPath path(start);
    if (visible.contains(boundsOf(start, control, end))) {
        path.quadTo(control, end);
        return path;
    }
    constexpr int pieces = 8;
    const auto at = [&](double t) {
        return (1 - t) * (1 - t) * start + 2 * (1 - t) * t * control + t * t * end;
    };
    bool open = false;
    for (int i = 0; i < pieces; ++i) {
        const double a = double(i) / pieces;
        const double b = double(i + 1) / pieces;
        const QPointF from = at(a);
        const QPointF to = at(b);
        const QPointF via
            = (1 - a) * (1 - b) * start + ((1 - a) * b + a * (1 - b)) * control + a * b * end;
        if (!visible.intersects(boundsOf(from, via, to))) {
            open = false;
            continue;
        }
        if (!open)
            path.moveTo(from);
        path.quadTo(via, to);
        open = true;
    }
    return path;
}

// A dyad's curve with its arrowhead along the curve's last direction. One stroke per edge: a
// single path for many edges was measured three times slower (Qt's rasteriser fills the stroke
// outline of the whole batch at once).
void drawEdge(QPainter &painter, QPointF start, QPointF control, QPointF end, const QPen &pen,
              QRectF visible)
{
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(visiblePart(start, control, end, visible));
    QPointF dir = end - control;
    dir /= std::max(1e-6, std::hypot(dir.x(), dir.y()));
    const QPointF normal(-dir.y(), dir.x());
    const double head = 7 + pen.widthF();
    const QPointF base = end - dir * head;
    const QPointF arrow[] = {end, base + normal * head * 0.5, base - normal * head * 0.5};
    painter.setPen(Qt::NoPen);
    painter.setBrush(pen.color());
    painter.drawConvexPolygon(arrow, 3);
}

} // namespace

NetworkView::NetworkView(ProjectSession *session, EventSelection *selection, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_selection(selection)
{
    setObjectName(QStringLiteral("networkView"));
    setMouseTracking(true);
    setMinimumSize(240, 200);
    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(40);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &NetworkView::rebuild);
    m_settleTimer.setSingleShot(true);
    m_settleTimer.setInterval(150);
    connect(&m_settleTimer, &QTimer::timeout, this, [this] {
        m_interacting = false;
        update();
    });
    connect(session, &ProjectSession::snapshotChanged, this, &NetworkView::rebuild);
    connect(session, &ProjectSession::filterChanged, this, &NetworkView::rebuild);
    connect(selection, &EventSelection::selectionChanged, this, qOverload<>(&QWidget::update));
    connect(&m_watcher, &QFutureWatcher<QHash<QString, QPointF>>::finished, this, [this] {
        const QHash<QString, QPointF> positions = m_watcher.result();
        for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
            if (!m_pinned.value(it.key()))
                m_positions.insert(it.key(), it.value());
        }
        applyPositions();
        update();
        if (m_layoutPending) {
            m_layoutPending = false;
            startLayout();
            return;
        }
        Q_EMIT layoutFinished();
    });
    rebuild();
}

NetworkView::~NetworkView()
{
    m_watcher.waitForFinished();
}

void NetworkView::setTimeWindow(QDate first, QDate last)
{
    if (first == m_first && last == m_last)
        return;
    m_first = first;
    m_last = last;
    scheduleRebuild();
}

void NetworkView::scheduleRebuild()
{
    m_rebuildTimer.start();
}

bool NetworkView::inWindow(const Event &event) const
{
    if (m_first.isValid() && event.date.isValid() && event.date.latest < m_first)
        return false;
    return !(m_last.isValid() && event.date.isValid() && event.date.earliest > m_last);
}

void NetworkView::rebuild()
{
    m_rebuildTimer.stop();
    const ProjectSnapshot &snapshot = m_session->snapshot();
    m_nodes.clear();
    m_edges.clear();
    m_nodeIndex.clear();
    m_edgeIndex.clear();
    m_shownEvents = 0;
    const auto node = [&](const Actor &actor) {
        auto it = m_nodeIndex.constFind(actor.code);
        if (it == m_nodeIndex.cend()) {
            it = m_nodeIndex.insert(actor.code, int(m_nodes.size()));
            m_nodes.push_back({actor.code, actorLabel(actor), 0, {}});
        }
        return *it;
    };
    for (int index : m_session->acceptedEvents()) {
        const Event &event = snapshot.events()[std::size_t(index)];
        if (!event.source.isValid() || !inWindow(event))
            continue;
        ++m_shownEvents;
        const int source = node(event.source);
        ++m_nodes[std::size_t(source)].eventCount;
        if (!event.target || !event.target->isValid())
            continue;
        const int target = node(*event.target);
        if (target == source)
            continue;
        ++m_nodes[std::size_t(target)].eventCount;
        auto it = m_edgeIndex.constFind({source, target});
        if (it == m_edgeIndex.cend()) {
            it = m_edgeIndex.insert({source, target}, int(m_edges.size()));
            m_edges.push_back({source, target, 0, {}});
        }
        Edge &edge = m_edges[std::size_t(*it)];
        edge.goldsteinSum += event.goldstein;
        edge.eventIds.append(event.id);
    }
    sortBySize();

    // New actors start on a sunflower spiral, largest in the middle: spread evenly over a disc
    // of the size the layout ends with, in a fixed order, so the same data always lays out alike
    // and the force-directed layout has little left to untangle (a circle start left 5,000
    // actors in a ring after 100 iterations).
    const double golden = std::numbers::pi * (3 - std::sqrt(5.0));
    for (std::size_t rank = 0; rank < m_nodesBySize.size(); ++rank) {
        const QString &code = m_nodes[std::size_t(m_nodesBySize[rank])].code;
        if (!m_positions.contains(code)) {
            const double r = 1.5 * std::sqrt(rank + 0.5);
            m_positions.insert(code,
                               QPointF(r * std::cos(rank * golden), r * std::sin(rank * golden)));
        }
    }
    m_cache.labels.assign(m_nodes.size(), QStaticText());
    m_cache.labelled.clear(); // node indices of the previous data
    applyPositions();
    update();
    if (m_watcher.isRunning())
        m_layoutPending = true;
    else
        startLayout();
}

void NetworkView::sortBySize()
{
    m_maxNodeCount = 1;
    for (const Node &n : m_nodes)
        m_maxNodeCount = std::max(m_maxNodeCount, n.eventCount);
    m_maxEdgeCount = 1;
    for (const Edge &e : m_edges)
        m_maxEdgeCount = std::max(m_maxEdgeCount, int(e.eventIds.size()));
    m_nodesBySize.resize(m_nodes.size());
    std::iota(m_nodesBySize.begin(), m_nodesBySize.end(), 0);
    std::stable_sort(m_nodesBySize.begin(), m_nodesBySize.end(), [this](int a, int b) {
        return m_nodes[std::size_t(a)].eventCount > m_nodes[std::size_t(b)].eventCount;
    });
    m_edgesBySize.resize(m_edges.size());
    std::iota(m_edgesBySize.begin(), m_edgesBySize.end(), 0);
    std::stable_sort(m_edgesBySize.begin(), m_edgesBySize.end(), [this](int a, int b) {
        return m_edges[std::size_t(a)].eventIds.size() > m_edges[std::size_t(b)].eventIds.size();
    });
}

void NetworkView::applyPositions()
{
    // QRectF::united ignores empty rectangles, so the bounds of points are taken by hand.
    double left = 0, right = 0, top = 0, bottom = 0;
    bool first = true;
    for (Node &n : m_nodes) {
        n.position = m_positions.value(n.code);
        const QPointF p = n.position;
        left = first ? p.x() : std::min(left, p.x());
        right = first ? p.x() : std::max(right, p.x());
        top = first ? p.y() : std::min(top, p.y());
        bottom = first ? p.y() : std::max(bottom, p.y());
        first = false;
    }
    m_bounds = QRectF(QPointF(left, top), QPointF(right, bottom));
    ++m_generation;
    if (m_bounds.width() < 1e-6)
        m_bounds.adjust(-1, 0, 1, 0);
    if (m_bounds.height() < 1e-6)
        m_bounds.adjust(0, -1, 0, 1);
}

void NetworkView::startLayout()
{
    LayoutInput input;
    for (const Node &n : m_nodes) {
        input.codes << n.code;
        input.start.push_back(m_positions.value(n.code));
        input.pinned.push_back(m_pinned.value(n.code));
    }
    for (const Edge &e : m_edges) {
        input.edges.emplace_back(e.source, e.target);
        input.weights.push_back(1.0 + std::log(double(e.eventIds.size())));
    }
    m_watcher.setFuture(QtConcurrent::run([input] { return computeLayout(input); }));
}

NetworkView::Mapping NetworkView::mapping(QSizeF size) const
{
    // Room around the area for the largest node and its label.
    const QRectF area(margin + 40, margin * 0.7, std::max(10.0, size.width() - 2 * margin - 80),
                      std::max(10.0, size.height() - legendHeight - margin * 1.7));
    const double fit = std::min(area.width() / m_bounds.width(), area.height() / m_bounds.height());
    Mapping m;
    m.origin = area.center();
    m.centre = m_fitted ? m_bounds.center() : m_centre;
    m.scale = fit * m_zoom;
    return m;
}

void NetworkView::zoomBy(double factor, QPointF anchor)
{
    const Mapping before = mapping(size());
    const QPointF fixed = before.fromWidget(anchor);
    const double zoom = std::clamp(m_zoom * factor, 1.0, maxZoom);
    if (zoom == m_zoom)
        return;
    m_zoom = zoom;
    // Back at the whole network: follow it again when the layout moves.
    m_fitted = zoom == 1;
    m_centre = fixed - (anchor - before.origin) / mapping(size()).scale;
    interact();
}

void NetworkView::interact()
{
    m_interacting = true;
    m_settleTimer.start();
    update();
}

void NetworkView::fitAll()
{
    m_zoom = 1;
    m_fitted = true;
    update();
}

QStringList NetworkView::labelledActors() const
{
    QStringList codes;
    for (const auto &[node, rect] : m_cache.labelled)
        codes << m_nodes[std::size_t(node)].code;
    return codes;
}

QRectF NetworkView::labelRect(const QString &actorCode) const
{
    const int index = m_nodeIndex.value(actorCode, -1);
    for (const auto &[node, rect] : m_cache.labelled) {
        if (node == index)
            return rect;
    }
    return {};
}

double NetworkView::nodeRadius(const Node &node) const
{
    return 5 + 17 * std::sqrt(double(node.eventCount) / m_maxNodeCount);
}

double NetworkView::edgeWidth(const Edge &edge) const
{
    return 1 + 7 * std::sqrt(double(edge.eventIds.size()) / m_maxEdgeCount);
}

NetworkView::Curve NetworkView::edgeCurve(const Edge &edge, const Mapping &m) const
{
    const Node &target = m_nodes[std::size_t(edge.target)];
    const QPointF a = m.toWidget(m_nodes[std::size_t(edge.source)].position);
    const QPointF b = m.toWidget(target.position);
    const QPointF d = b - a;
    const double length = std::max(1.0, std::hypot(d.x(), d.y()));
    const QPointF unit = d / length;
    const QPointF normal(-unit.y(), unit.x());
    const QPointF control = (a + b) / 2 + normal * std::min(40.0, length * 0.15);
    const QPointF toEnd = b - control;
    const double endLength = std::max(1.0, std::hypot(toEnd.x(), toEnd.y()));
    return {a, control, b - toEnd / endLength * (nodeRadius(target) + 2)};
}

void NetworkView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    paintContent(painter, size());
}

void NetworkView::selectionIndices(QSet<int> &nodes, std::vector<int> &edges) const
{
    const ProjectSnapshot &snapshot = m_session->snapshot();
    for (qint64 id : m_selection->selectedEventIds()) {
        const Event *event = snapshot.event(id);
        if (!event)
            continue;
        const int source = m_nodeIndex.value(event->source.code, -1);
        const int target = event->target ? m_nodeIndex.value(event->target->code, -1) : -1;
        if (source >= 0)
            nodes.insert(source);
        if (target >= 0)
            nodes.insert(target);
        const int edge = m_edgeIndex.value({source, target}, -1);
        if (edge >= 0 && inWindow(*event))
            edges.push_back(edge);
    }
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
}

void NetworkView::paintContent(QPainter &painter, QSizeF size) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_nodes.empty()) {
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRectF(QPointF(0, 0), size), Qt::AlignCenter,
                         tr("No actors in the visible time window"));
    }
    const Mapping m = mapping(size);
    m_cache.centres.resize(m_nodes.size());
    for (std::size_t i = 0; i < m_nodes.size(); ++i)
        m_cache.centres[i] = m.toWidget(m_nodes[i].position);
    paintGraph(painter, m, size);
    QSet<int> selectedNodes;
    std::vector<int> selectedEdges;
    selectionIndices(selectedNodes, selectedEdges);
    paintSelectedEdges(painter, m, selectedEdges);
    const bool stamp = canStamp(painter);
    for (int index : selectedNodes)
        paintNode(painter, index, nodeStyle(index) | Selected, stamp);
    paintLabels(painter, size, selectedNodes);
    paintLegend(painter, size);
    paintCurationMarks(painter, m, size);
}

bool NetworkView::canStamp(QPainter &painter)
{
    return painter.paintEngine()->type() == QPaintEngine::Raster
        && painter.worldTransform().type() <= QTransform::TxTranslate;
}

void NetworkView::paintGraph(QPainter &painter, const Mapping &m, QSizeF size) const
{
    const QRectF visible(QPointF(0, 0), size);
    if (!canStamp(painter)) {
        // Exports: vector drawing, sharp at any scale and in SVG.
        paintEdges(painter, m, visible);
        paintNodes(painter, visible, false);
        return;
    }
    // On screen the edges and nodes are drawn once into a layer that later frames reuse as long
    // as nothing but the selection changed; while the user pans or zooms, the layer is moved and
    // scaled instead of redrawn, and drawn afresh once the gesture settles.
    const double ratio = painter.device()->devicePixelRatioF();
    FrameCache &c = m_cache;
    const bool current = c.generation == m_generation && c.layerSize == size
        && c.layerRatio == ratio && !c.layer.isNull();
    const bool same = current && c.layerMapping.origin == m.origin
        && c.layerMapping.centre == m.centre && c.layerMapping.scale == m.scale;
    if (current && !same && m_interacting) {
        const double k = m.scale / c.layerMapping.scale;
        const QPointF shift
            = m.origin + (c.layerMapping.centre - m.centre) * m.scale - c.layerMapping.origin * k;
        painter.save();
        painter.setTransform(QTransform(k, 0, 0, k, shift.x(), shift.y()), true);
        painter.drawImage(QPointF(0, 0), c.layer);
        painter.restore();
        return;
    }
    if (!same) {
        c.layer = QImage((size * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
        c.layer.setDevicePixelRatio(ratio);
        c.layer.fill(Qt::transparent);
        QPainter layerPainter(&c.layer);
        layerPainter.setRenderHint(QPainter::Antialiasing);
        paintEdges(layerPainter, m, visible);
        paintNodes(layerPainter, visible, true);
        c.generation = m_generation;
        c.layerSize = size;
        c.layerRatio = ratio;
        c.layerMapping = m;
    }
    painter.drawImage(QPointF(0, 0), c.layer);
}

void NetworkView::paintEdges(QPainter &painter, const Mapping &m, QRectF visible) const
{
    // Level of detail: the heaviest dyads in view get antialiased curves with arrowheads, the
    // others thin straight lines drawn in one call underneath; zooming in brings more into detail.
    const std::vector<QPointF> &centres = m_cache.centres;
    std::vector<int> detailed; // in view, heaviest first
    const QRectF reach = visible.adjusted(-20, -20, 20, 20);
    for (int index : m_edgesBySize) {
        const Edge &edge = m_edges[std::size_t(index)];
        const QRectF chord(centres[std::size_t(edge.source)], centres[std::size_t(edge.target)]);
        // The curve bends at most 40 px off the chord.
        if (visible.intersects(chord.normalized().adjusted(-50, -50, 50, 50)))
            detailed.push_back(index);
    }
    QVector<QLineF> lines;
    if (detailed.size() > allDetailed) {
        for (std::size_t i = detailedEdges; i < detailed.size(); ++i) {
            const Edge &edge = m_edges[std::size_t(detailed[i])];
            lines.append(
                QLineF(centres[std::size_t(edge.source)], centres[std::size_t(edge.target)]));
        }
        detailed.resize(detailedEdges);
    }
    if (!lines.isEmpty()) {
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(QPen(QColor(0x90, 0xa4, 0xae, 110), 0));
        painter.drawLines(lines);
        painter.restore();
    }
    // Lightest first, so that heavy dyads stay on top.
    for (auto it = detailed.crbegin(); it != detailed.crend(); ++it) {
        const Edge &edge = m_edges[std::size_t(*it)];
        const Curve c = edgeCurve(edge, m);
        QColor colour = goldsteinColor(edge.meanGoldstein());
        colour.setAlpha(200);
        drawEdge(painter, c.start, c.control, c.end,
                 QPen(colour, edgeWidth(edge), Qt::SolidLine, Qt::RoundCap), reach);
    }
}

void NetworkView::paintSelectedEdges(QPainter &painter, const Mapping &m,
                                     const std::vector<int> &selectedEdges) const
{
    const QColor highlight = palette().color(QPalette::Highlight);
    for (int index : selectedEdges) {
        const Edge &edge = m_edges[std::size_t(index)];
        const Curve c = edgeCurve(edge, m);
        const double width = edgeWidth(edge);
        QPainterPath path(c.start);
        path.quadTo(c.control, c.end);
        painter.strokePath(path, QPen(highlight, width + 5, Qt::SolidLine, Qt::RoundCap));
        drawEdge(painter, c.start, c.control, c.end,
                 QPen(goldsteinColor(edge.meanGoldstein()), width, Qt::SolidLine, Qt::RoundCap),
                 QRectF(QPointF(-1e6, -1e6), QPointF(1e6, 1e6)));
    }
}

const QImage &NetworkView::nodeSprite(double radius, int style, double pixelRatio) const
{
    // Quarter-pixel radii: the sprite set stays small and the sizes stay true to the counts.
    const int quarters = int(std::lround(radius * 4));
    const int ratio = int(std::lround(pixelRatio * 100));
    const quint64 key = (quint64(ratio) << 32) | (quint64(quarters) << 8) | quint64(style);
    auto it = m_cache.sprites.find(key);
    if (it != m_cache.sprites.end())
        return *it;
    const double r = quarters / 4.0;
    const int side = int(std::ceil(2 * r + 8));
    QImage sprite(QSize(side, side) * pixelRatio, QImage::Format_ARGB32_Premultiplied);
    sprite.setDevicePixelRatio(pixelRatio);
    sprite.fill(Qt::transparent);
    QPainter painter(&sprite);
    painter.setRenderHint(QPainter::Antialiasing);
    drawNode(painter, QPointF(side / 2.0, side / 2.0), r, style,
             palette().color(QPalette::Highlight));
    return *m_cache.sprites.insert(key, sprite);
}

int NetworkView::nodeStyle(int index) const
{
    return m_session->filter().actors().contains(m_nodes[std::size_t(index)].code) ? Filtered
                                                                                   : Plain;
}

void NetworkView::paintNode(QPainter &painter, int index, int style, bool stamp) const
{
    const QPointF centre = m_cache.centres[std::size_t(index)];
    const double r = nodeRadius(m_nodes[std::size_t(index)]);
    if (!stamp) {
        drawNode(painter, centre, r, style, palette().color(QPalette::Highlight));
        return;
    }
    // A blit of a pre-drawn sprite instead of an antialiased ellipse and its outline.
    const double ratio = painter.device()->devicePixelRatioF();
    const QImage &sprite = nodeSprite(r, style, ratio);
    const double half = sprite.width() / ratio / 2;
    painter.drawImage(QPointF(std::round(centre.x() - half), std::round(centre.y() - half)),
                      sprite);
}

void NetworkView::paintNodes(QPainter &painter, QRectF visible, bool stamp) const
{
    for (int i = 0; i < int(m_nodes.size()); ++i) {
        const QPointF centre = m_cache.centres[std::size_t(i)];
        const double r = nodeRadius(m_nodes[std::size_t(i)]) + 2;
        if (visible.intersects(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r)))
            paintNode(painter, i, nodeStyle(i), stamp);
    }
}

const QStaticText &NetworkView::label(int node, const QFont &font) const
{
    if (m_cache.labelFont != font) {
        m_cache.labelFont = font;
        m_cache.labels.assign(m_nodes.size(), QStaticText());
    }
    QStaticText &text = m_cache.labels[std::size_t(node)];
    if (text.text().isEmpty()) {
        text.setText(m_nodes[std::size_t(node)].name);
        text.setTextFormat(Qt::PlainText);
        text.prepare(QTransform(), font);
    }
    return text;
}

void NetworkView::paintLabels(QPainter &painter, QSizeF size, const QSet<int> &selectedNodes) const
{
    // Labels only where they fit: selected actors first, then the largest nodes, each drawn only
    // if it overlaps none already drawn. At the fitted zoom only a few dozen names: a crowded
    // network reads worse, not better, and the rest stay in tooltips; zooming in makes room.
    const int budget = std::min(maxLabels, int(labelsAtFit * m_zoom * m_zoom));
    const QRectF canvas(0, 0, size.width(), size.height() - legendHeight);
    std::vector<QRectF> placed;
    std::vector<int> drawn;
    m_cache.labelled.clear();
    const auto place = [&](int index, bool force) {
        const QStaticText &text = label(index, painter.font());
        const QPointF centre = m_cache.centres[std::size_t(index)];
        const double r = nodeRadius(m_nodes[std::size_t(index)]);
        const QSizeF textSize = text.size();
        const QRectF rect(centre.x() - textSize.width() / 2 - 3, centre.y() + r + 2,
                          textSize.width() + 6, textSize.height());
        if (!canvas.contains(rect) && !force)
            return;
        const bool overlaps = std::any_of(placed.begin(), placed.end(), [&](const QRectF &other) {
            return other.intersects(rect);
        });
        if (overlaps && !force)
            return;
        placed.push_back(rect);
        drawn.push_back(index);
    };
    for (int index : selectedNodes)
        place(index, true);
    for (std::size_t i = 0; i < m_nodesBySize.size() && int(drawn.size()) < budget; ++i) {
        if (!selectedNodes.contains(m_nodesBySize[i]))
            place(m_nodesBySize[i], false);
    }
    QColor back = palette().color(QPalette::Base);
    back.setAlpha(200);
    QPainterPath backs;
    for (const QRectF &rect : placed)
        backs.addRoundedRect(rect, 3, 3);
    painter.setPen(Qt::NoPen);
    painter.fillPath(backs, back);
    painter.setPen(palette().color(QPalette::Text));
    // Exports draw plain text: a QStaticText laid out for the screen is laid out again under the
    // export's scale, and not the same way twice, which broke byte-identical exports.
    const bool onScreen = canStamp(painter);
    for (std::size_t i = 0; i < drawn.size(); ++i) {
        const QStaticText &text = label(drawn[i], painter.font());
        if (onScreen)
            painter.drawStaticText(placed[i].topLeft() + QPointF(3, 0), text);
        else
            painter.drawText(placed[i], Qt::AlignCenter, text.text());
        m_cache.labelled.emplace_back(drawn[i], placed[i]);
    }
}

void NetworkView::paintCurationMarks(QPainter &painter, const Mapping &m, QSizeF size) const
{
    // A dyad with events the analyst corrected or added is traced with a dashed line in the
    // mark's colour and a diamond at its middle; its tooltip says how many.
    if (!m_session->hasCurationMarks())
        return;
    painter.save();
    bool anyMarked = false;
    for (const Edge &edge : m_edges) {
        if (curatedCount(*m_session, edge.eventIds) == 0)
            continue;
        anyMarked = true;
        const Curve curve = edgeCurve(edge, m);
        QPainterPath path(curve.start);
        path.quadTo(curve.control, curve.end);
        painter.setPen(QPen(CurationMark::colorOf(CurationMark::Corrected), 1.6, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        CurationMark::paint(painter, curve.at(0.5), CurationMark::Corrected, 5);
    }
    if (anyMarked)
        CurationMark::paintKey(painter, QRectF(0, 0, size.width(), size.height() - legendHeight),
                               palette());
    painter.restore();
}

void NetworkView::paintLegend(QPainter &painter, QSizeF size) const
{
    painter.save();
    const QRectF band(0, size.height() - legendHeight, size.width(), legendHeight);
    painter.fillRect(band, palette().window());
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(band.topLeft(), band.topRight());
    const QFontMetrics metrics(painter.font());
    const QColor text = palette().color(QPalette::WindowText);
    const double cy = band.center().y();
    const double baseline = cy + metrics.ascent() / 2.0 - 1;
    double x = 10;
    painter.setPen(text);
    QString label = tr("Mean Goldstein:  conflict −10");
    painter.drawText(QPointF(x, baseline), label);
    x += metrics.horizontalAdvance(label) + 6;
    QLinearGradient gradient(QPointF(x, 0), QPointF(x + 90, 0));
    for (int i = 0; i <= 10; ++i)
        gradient.setColorAt(i / 10.0, goldsteinColor(-10 + 2 * i));
    painter.setPen(Qt::NoPen);
    painter.setBrush(gradient);
    painter.drawRect(QRectF(x, cy - 5, 90, 10));
    x += 96;
    painter.setPen(text);
    label = tr("+10 cooperation");
    painter.drawText(QPointF(x, baseline), label);
    x += metrics.horizontalAdvance(label) + 20;
    label = tr("node size, edge width: number of events");
    if (x + metrics.horizontalAdvance(label) < size.width())
        painter.drawText(QPointF(x, baseline), label);
    painter.restore();
}

void NetworkView::renderExport(QPainter &painter, const QRect &target) const
{
    ExportCanvas::paint(painter, target, palette().base(),
                        [this](QPainter &p, QSizeF size) { paintContent(p, size); });
}

QString NetworkView::exportDescription() const
{
    const QString window = m_first.isValid() && m_last.isValid()
        ? QStringLiteral("%1 – %2").arg(m_first.toString(Qt::ISODate), m_last.toString(Qt::ISODate))
        : tr("all dates");
    return tr("Actor network, %1: %2 actors, %3 dyads, %4 events")
        .arg(window)
        .arg(m_nodes.size())
        .arg(m_edges.size())
        .arg(m_shownEvents);
}

QPointF NetworkView::nodePosition(const QString &actorCode) const
{
    const int index = m_nodeIndex.value(actorCode, -1);
    return index < 0 ? QPointF() : mapping(size()).toWidget(m_nodes[std::size_t(index)].position);
}

QPointF NetworkView::edgePosition(const QString &sourceCode, const QString &targetCode) const
{
    const int edge = m_edgeIndex.value(
        {m_nodeIndex.value(sourceCode, -1), m_nodeIndex.value(targetCode, -1)}, -1);
    return edge < 0 ? QPointF() : edgeCurve(m_edges[std::size_t(edge)], mapping(size())).at(0.5);
}

int NetworkView::nodeAt(QPointF pos) const
{
    const Mapping m = mapping(size());
    int best = -1;
    double bestDistance = 1e9;
    for (int i = 0; i < int(m_nodes.size()); ++i) {
        const QPointF d = m.toWidget(m_nodes[std::size_t(i)].position) - pos;
        const double distance = std::hypot(d.x(), d.y());
        if (distance <= nodeRadius(m_nodes[std::size_t(i)]) + 3 && distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

int NetworkView::edgeAt(QPointF pos) const
{
    const Mapping m = mapping(size());
    int best = -1;
    double bestDistance = 1e9;
    for (int i = 0; i < int(m_edges.size()); ++i) {
        const Edge &edge = m_edges[std::size_t(i)];
        const Curve c = edgeCurve(edge, m);
        const double reach = edgeWidth(edge) / 2 + 4;
        if (!boundsOf(c.start, c.control, c.end)
                 .adjusted(-reach, -reach, reach, reach)
                 .contains(pos))
            continue;
        QPointF previous = c.start;
        for (int step = 1; step <= 24; ++step) {
            const QPointF next = c.at(step / 24.0);
            const double distance = distanceToSegment(pos, previous, next);
            if (distance <= reach && distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
            previous = next;
        }
    }
    return best;
}

void NetworkView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_pressPos = event->position();
    m_dragNode = nodeAt(event->position());
    m_panning = m_dragNode < 0;
    m_pressCentre = mapping(size()).centre;
    m_dragMoved = false;
}

void NetworkView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragNode < 0 && !m_panning)
        return;
    if (!m_dragMoved && (event->position() - m_pressPos).manhattanLength() < 4)
        return;
    m_dragMoved = true;
    const Mapping m = mapping(size());
    if (m_panning) {
        m_centre = m_pressCentre - (event->position() - m_pressPos) / m.scale;
        m_fitted = false;
        interact();
        return;
    }
    const QString code = m_nodes[std::size_t(m_dragNode)].code;
    // Keep the mapping of the other nodes: clamp into the view so that the bounds do not jump.
    QPointF p = event->position();
    p.setX(std::clamp(p.x(), 0.0, double(width())));
    p.setY(std::clamp(p.y(), 0.0, height() - legendHeight));
    m_positions.insert(code, m.fromWidget(p));
    m_pinned.insert(code, true);
    m_nodes[std::size_t(m_dragNode)].position = m.fromWidget(p);
    ++m_generation;
    update();
}

void NetworkView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const int dragged = m_dragNode;
    m_dragNode = -1;
    m_panning = false;
    if (m_dragMoved) {
        if (dragged >= 0)
            applyPositions();
        return;
    }
    if (dragged >= 0) {
        Q_EMIT actorClicked(m_nodes[std::size_t(dragged)].code);
        return;
    }
    const int edge = edgeAt(event->position());
    if (edge < 0)
        return;
    const Edge &e = m_edges[std::size_t(edge)];
    const QString description
        = tr("%n event(s) %1 → %2, mean Goldstein %3", nullptr, int(e.eventIds.size()))
              .arg(m_nodes[std::size_t(e.source)].name, m_nodes[std::size_t(e.target)].name)
              .arg(e.meanGoldstein(), 0, 'f', 1);
    m_selection->selectEvents(e.eventIds, e.eventIds.front());
    Q_EMIT edgeClicked(e.eventIds, description);
}

void NetworkView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && nodeAt(event->position()) < 0
        && edgeAt(event->position()) < 0)
        fitAll();
}

void NetworkView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        event->ignore();
        return;
    }
    zoomBy(std::pow(1.25, steps), event->position());
    event->accept();
}

void NetworkView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        m_cache.labels.assign(m_nodes.size(), QStaticText());
        m_cache.sprites.clear();
        ++m_generation;
    }
    QWidget::changeEvent(event);
}

bool NetworkView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int node = nodeAt(help->pos());
        if (node >= 0) {
            const Node &n = m_nodes[std::size_t(node)];
            QToolTip::showText(
                help->globalPos(),
                tr("%1 (%2): %n event(s)\nClick to filter by this actor", nullptr, n.eventCount)
                    .arg(n.name, n.code),
                this);
            return true;
        }
        const int edge = edgeAt(help->pos());
        if (edge >= 0) {
            const Edge &e = m_edges[std::size_t(edge)];
            const int curated = curatedCount(*m_session, e.eventIds);
            QToolTip::showText(
                help->globalPos(),
                tr("%1 → %2: %n event(s), mean Goldstein %3\nClick to list them", nullptr,
                   int(e.eventIds.size()))
                        .arg(m_nodes[std::size_t(e.source)].name,
                             m_nodes[std::size_t(e.target)].name)
                        .arg(e.meanGoldstein(), 0, 'f', 1)
                    + (curated > 0 ? tr("\n%n corrected or added by the analyst", nullptr, curated)
                                   : QString()),
                this);
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace demarche
