#include "networkview.h"

#include "models/eventselection.h"
#include "models/eventtext.h"
#include "models/projectsession.h"

#include <QHelpEvent>
#include <QLinearGradient>
#include <QMouseEvent>
#include <QMutex>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QtConcurrent>

#include <igraph/igraph.h>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace demarche {

namespace {

constexpr double legendHeight = 30;
constexpr double margin = 46;

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
    // grid approximation, linear per iteration, keeps the layout well under a second.
    igraph_layout_fruchterman_reingold(&graph, &coords, true, 500, std::sqrt(double(n)),
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

} // namespace

QPointF NetworkView::Mapping::toWidget(QPointF p) const
{
    const double sx = bounds.width() > 0 ? area.width() / bounds.width() : 1;
    const double sy = bounds.height() > 0 ? area.height() / bounds.height() : 1;
    const double s = std::min(sx, sy);
    const QPointF centre = area.center();
    return centre + (p - bounds.center()) * s;
}

QPointF NetworkView::Mapping::fromWidget(QPointF p) const
{
    const double sx = bounds.width() > 0 ? area.width() / bounds.width() : 1;
    const double sy = bounds.height() > 0 ? area.height() / bounds.height() : 1;
    const double s = std::min(sx, sy);
    return bounds.center() + (p - area.center()) / s;
}

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
    connect(session, &ProjectSession::snapshotChanged, this, &NetworkView::rebuild);
    connect(session, &ProjectSession::filterChanged, this, &NetworkView::rebuild);
    connect(selection, &EventSelection::selectionChanged, this, qOverload<>(&QWidget::update));
    connect(&m_watcher, &QFutureWatcher<QHash<QString, QPointF>>::finished, this, [this] {
        const QHash<QString, QPointF> positions = m_watcher.result();
        for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
            if (!m_pinned.value(it.key()))
                m_positions.insert(it.key(), it.value());
        }
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

void NetworkView::rebuild()
{
    m_rebuildTimer.stop();
    const ProjectSnapshot &snapshot = m_session->snapshot();
    m_nodes.clear();
    m_edges.clear();
    m_shownEvents = 0;
    QHash<QString, int> nodeIndex;
    QHash<QPair<int, int>, int> edgeIndex;
    const auto node = [&](const Actor &actor) {
        auto it = nodeIndex.constFind(actor.code);
        if (it == nodeIndex.cend()) {
            it = nodeIndex.insert(actor.code, int(m_nodes.size()));
            m_nodes.push_back({actor.code, actorLabel(actor), 0});
        }
        return *it;
    };
    for (int index : m_session->acceptedEvents()) {
        const Event &event = snapshot.events()[std::size_t(index)];
        if (!event.source.isValid())
            continue;
        if (m_first.isValid() && event.date.isValid() && event.date.latest < m_first)
            continue;
        if (m_last.isValid() && event.date.isValid() && event.date.earliest > m_last)
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
        auto it = edgeIndex.constFind({source, target});
        if (it == edgeIndex.cend()) {
            it = edgeIndex.insert({source, target}, int(m_edges.size()));
            m_edges.push_back({source, target, 0, {}});
        }
        Edge &edge = m_edges[std::size_t(*it)];
        edge.goldsteinSum += event.goldstein;
        edge.eventIds.append(event.id);
    }
    m_maxNodeCount = 1;
    for (const Node &n : m_nodes)
        m_maxNodeCount = std::max(m_maxNodeCount, n.eventCount);
    m_maxEdgeCount = 1;
    for (const Edge &e : m_edges)
        m_maxEdgeCount = std::max(m_maxEdgeCount, int(e.eventIds.size()));

    // New actors start on a circle, in a fixed order, so the same data always lays out alike.
    const int count = int(m_nodes.size());
    const double radius = std::max(1.0, std::sqrt(double(count)) * 3);
    for (int i = 0; i < count; ++i) {
        const QString &code = m_nodes[std::size_t(i)].code;
        if (!m_positions.contains(code)) {
            const double angle = 2 * std::numbers::pi * i / std::max(1, count);
            m_positions.insert(code, QPointF(radius * std::cos(angle), radius * std::sin(angle)));
        }
    }
    update();
    if (m_watcher.isRunning())
        m_layoutPending = true;
    else
        startLayout();
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
    Mapping m;
    // Room around the area for the largest node and its label.
    m.area = QRectF(margin + 40, margin * 0.7, std::max(10.0, size.width() - 2 * margin - 80),
                    std::max(10.0, size.height() - legendHeight - margin * 1.7));
    // QRectF::united ignores empty rectangles, so the bounds of points are taken by hand.
    double left = 0, right = 0, top = 0, bottom = 0;
    bool first = true;
    for (const Node &n : m_nodes) {
        const QPointF p = m_positions.value(n.code);
        left = first ? p.x() : std::min(left, p.x());
        right = first ? p.x() : std::max(right, p.x());
        top = first ? p.y() : std::min(top, p.y());
        bottom = first ? p.y() : std::max(bottom, p.y());
        first = false;
    }
    m.bounds = QRectF(QPointF(left, top), QPointF(right, bottom));
    if (m.bounds.width() < 1e-6)
        m.bounds.adjust(-1, 0, 1, 0);
    if (m.bounds.height() < 1e-6)
        m.bounds.adjust(0, -1, 0, 1);
    return m;
}

double NetworkView::nodeRadius(const Node &node) const
{
    return 5 + 17 * std::sqrt(double(node.eventCount) / m_maxNodeCount);
}

double NetworkView::edgeWidth(const Edge &edge) const
{
    return 1 + 7 * std::sqrt(double(edge.eventIds.size()) / m_maxEdgeCount);
}

QPainterPath NetworkView::edgePath(const Edge &edge, const Mapping &m) const
{
    const Node &source = m_nodes[std::size_t(edge.source)];
    const Node &target = m_nodes[std::size_t(edge.target)];
    const QPointF a = m.toWidget(m_positions.value(source.code));
    const QPointF b = m.toWidget(m_positions.value(target.code));
    const QPointF d = b - a;
    const double length = std::max(1.0, std::hypot(d.x(), d.y()));
    const QPointF unit = d / length;
    const QPointF normal(-unit.y(), unit.x());
    const QPointF control = (a + b) / 2 + normal * std::min(40.0, length * 0.15);
    // Stop at the target's rim so the arrowhead stays visible.
    const QPointF toEnd = b - control;
    const double endLength = std::max(1.0, std::hypot(toEnd.x(), toEnd.y()));
    const QPointF end = b - toEnd / endLength * (nodeRadius(target) + 2);
    QPainterPath path(a);
    path.quadTo(control, end);
    return path;
}

void NetworkView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    paintContent(painter, size());
}

void NetworkView::paintContent(QPainter &painter, QSizeF size) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    const Mapping m = mapping(size);
    const ProjectSnapshot &snapshot = m_session->snapshot();
    const QColor text = palette().color(QPalette::Text);
    const QColor highlight = palette().color(QPalette::Highlight);
    if (m_nodes.empty()) {
        painter.setPen(text);
        painter.drawText(QRectF(QPointF(0, 0), size), Qt::AlignCenter,
                         tr("No actors in the visible time window"));
    }
    QSet<QString> selectedActors;
    for (qint64 id : m_selection->selectedEventIds()) {
        if (const Event *event = snapshot.event(id)) {
            selectedActors.insert(event->source.code);
            if (event->target)
                selectedActors.insert(event->target->code);
        }
    }
    // Level of detail: past a few hundred dyads, antialiased curves with arrowheads cost up to a
    // second a frame and only add clutter. The heaviest dyads keep them; the others become thin
    // straight lines drawn in one call underneath.
    constexpr std::size_t detailedEdges = 600;
    qsizetype minDetailed = 0;
    if (m_edges.size() > detailedEdges) {
        std::vector<qsizetype> counts;
        counts.reserve(m_edges.size());
        for (const Edge &edge : m_edges)
            counts.push_back(edge.eventIds.size());
        std::nth_element(counts.begin(), counts.begin() + detailedEdges, counts.end(),
                         std::greater<>());
        minDetailed = counts[detailedEdges] + 1;
        QVector<QLineF> lines;
        for (const Edge &edge : m_edges) {
            if (edge.eventIds.size() >= minDetailed)
                continue;
            lines.append(
                QLineF(m.toWidget(m_positions.value(m_nodes[std::size_t(edge.source)].code)),
                       m.toWidget(m_positions.value(m_nodes[std::size_t(edge.target)].code))));
        }
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(QPen(QColor(0x90, 0xa4, 0xae, 110), 0));
        painter.drawLines(lines);
        painter.restore();
    }
    for (const Edge &edge : m_edges) {
        bool selected = false;
        for (qint64 id : edge.eventIds)
            selected = selected || m_selection->isSelected(id);
        if (edge.eventIds.size() < minDetailed && !selected)
            continue;
        const QPainterPath path = edgePath(edge, m);
        const double width = edgeWidth(edge);
        if (selected) {
            painter.setPen(QPen(highlight, width + 5, Qt::SolidLine, Qt::RoundCap));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(path);
        }
        QColor color = goldsteinColor(edge.meanGoldstein());
        color.setAlpha(selected ? 255 : 200);
        painter.setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        // Arrowhead along the curve's last direction.
        const QPointF tip = path.pointAtPercent(1);
        const QPointF before = path.pointAtPercent(0.9);
        QPointF dir = tip - before;
        const double len = std::max(1e-6, std::hypot(dir.x(), dir.y()));
        dir /= len;
        const QPointF normal(-dir.y(), dir.x());
        const double head = 7 + width;
        QPolygonF arrow;
        arrow << tip << tip - dir * head + normal * head * 0.5
              << tip - dir * head - normal * head * 0.5;
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawPolygon(arrow);
    }
    const QFontMetrics metrics(painter.font());
    for (const Node &node : m_nodes) {
        const QPointF centre = m.toWidget(m_positions.value(node.code));
        const double r = nodeRadius(node);
        const bool selected = selectedActors.contains(node.code);
        const bool filtered = m_session->filter().actors().contains(node.code);
        painter.setPen(QPen(selected ? highlight : QColor(0x37, 0x47, 0x4f), selected ? 3 : 1.2));
        painter.setBrush(filtered ? QColor(0xff, 0xe0, 0x82) : QColor(0xcf, 0xd8, 0xdc));
        painter.drawEllipse(centre, r, r);
    }
    // Labels only where they fit: selected actors first, then by event count, each label drawn
    // only if it overlaps none already drawn, so that a dense network stays readable and a
    // thousand-actor frame does not pay for text nobody can read.
    std::vector<int> labelOrder(m_nodes.size());
    for (int i = 0; i < int(labelOrder.size()); ++i)
        labelOrder[std::size_t(i)] = i;
    std::stable_sort(labelOrder.begin(), labelOrder.end(), [&](int a, int b) {
        const Node &x = m_nodes[std::size_t(a)];
        const Node &y = m_nodes[std::size_t(b)];
        const bool xs = selectedActors.contains(x.code);
        const bool ys = selectedActors.contains(y.code);
        if (xs != ys)
            return xs;
        return x.eventCount > y.eventCount;
    });
    std::vector<QRectF> placed;
    const QRectF canvas(QPointF(0, 0), size);
    QColor back = palette().color(QPalette::Base);
    back.setAlpha(200);
    // Past a few dozen names a crowded network reads worse, not better: the rest stay in tooltips.
    constexpr int maxLabels = 40;
    int labelled = 0;
    for (int index : labelOrder) {
        const Node &node = m_nodes[std::size_t(index)];
        if (labelled >= maxLabels && !selectedActors.contains(node.code))
            continue;
        const QPointF centre = m.toWidget(m_positions.value(node.code));
        const double r = nodeRadius(node);
        const QString &label = node.name;
        const double w = metrics.horizontalAdvance(label);
        const QRectF labelRect(centre.x() - w / 2 - 3, centre.y() + r + 2, w + 6, metrics.height());
        if (!canvas.intersects(labelRect))
            continue;
        const bool overlaps = std::any_of(placed.begin(), placed.end(), [&](const QRectF &other) {
            return other.intersects(labelRect);
        });
        if (overlaps && !selectedActors.contains(node.code))
            continue;
        placed.push_back(labelRect);
        ++labelled;
        painter.setPen(Qt::NoPen);
        painter.setBrush(back);
        painter.drawRoundedRect(labelRect, 3, 3);
        painter.setPen(text);
        painter.drawText(labelRect, Qt::AlignCenter, label);
    }
    paintLegend(painter, size);
    paintCurationMarks(painter, m, size);
}

void NetworkView::paintCurationMarks(QPainter &painter, const Mapping &m, QSizeF size) const
{
    // A dyad with events the analyst corrected or added is traced with a dashed line in the
    // mark's colour and a diamond at its middle; its tooltip says how many.
    painter.save();
    bool anyMarked = false;
    for (const Edge &edge : m_edges) {
        if (curatedCount(*m_session, edge.eventIds) == 0)
            continue;
        anyMarked = true;
        const QPainterPath path = edgePath(edge, m);
        painter.setPen(QPen(CurationMark::colorOf(CurationMark::Corrected), 1.6, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        CurationMark::paint(painter, path.pointAtPercent(0.5), CurationMark::Corrected, 5);
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
    painter.save();
    painter.translate(target.topLeft());
    painter.setClipRect(QRect(QPoint(0, 0), target.size()));
    painter.fillRect(QRect(QPoint(0, 0), target.size()), palette().base());
    paintContent(painter, target.size());
    painter.restore();
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
    for (const Node &node : m_nodes) {
        if (node.code == actorCode)
            return mapping(size()).toWidget(m_positions.value(node.code));
    }
    return {};
}

QPointF NetworkView::edgePosition(const QString &sourceCode, const QString &targetCode) const
{
    const Mapping m = mapping(size());
    for (const Edge &edge : m_edges) {
        if (m_nodes[std::size_t(edge.source)].code == sourceCode
            && m_nodes[std::size_t(edge.target)].code == targetCode)
            return edgePath(edge, m).pointAtPercent(0.5);
    }
    return {};
}

int NetworkView::nodeAt(QPointF pos) const
{
    const Mapping m = mapping(size());
    int best = -1;
    double bestDistance = 1e9;
    for (int i = 0; i < int(m_nodes.size()); ++i) {
        const QPointF d = m.toWidget(m_positions.value(m_nodes[std::size_t(i)].code)) - pos;
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
        const QPainterPath path = edgePath(edge, m);
        QPointF previous = path.pointAtPercent(0);
        for (int step = 1; step <= 24; ++step) {
            const QPointF next = path.pointAtPercent(step / 24.0);
            const double distance = distanceToSegment(pos, previous, next);
            if (distance <= edgeWidth(edge) / 2 + 4 && distance < bestDistance) {
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
    m_dragMoved = false;
}

void NetworkView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragNode < 0)
        return;
    if (!m_dragMoved && (event->position() - m_pressPos).manhattanLength() < 4)
        return;
    m_dragMoved = true;
    const QString code = m_nodes[std::size_t(m_dragNode)].code;
    // Keep the mapping of the other nodes: clamp into the drawing area so bounds do not jump.
    const Mapping m = mapping(size());
    QPointF p = event->position();
    p.setX(std::clamp(p.x(), m.area.left(), m.area.right()));
    p.setY(std::clamp(p.y(), m.area.top(), m.area.bottom()));
    m_positions.insert(code, m.fromWidget(p));
    m_pinned.insert(code, true);
    update();
}

void NetworkView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const int dragged = m_dragNode;
    m_dragNode = -1;
    if (m_dragMoved)
        return;
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
