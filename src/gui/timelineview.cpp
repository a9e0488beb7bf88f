#include "timelineview.h"

#include "export/exportcanvas.h"
#include "models/eventselection.h"
#include "models/eventtext.h"
#include "models/projectsession.h"

#include <QHash>
#include <QKeyEvent>
#include <QLinearGradient>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QStaticText>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace demarche {

namespace {

constexpr double labelWidth = 190;
constexpr double axisHeight = 44;
constexpr double legendHeight = 28;
constexpr double rowHeight = 15;
constexpr double bucketWidth = 14;
constexpr int maxRows = 3;
constexpr double minLaneHeight = 22;
constexpr double maxPixelsPerDay = 2400;
constexpr double maxWindowDays = 366.0 * 400;

enum class TickUnit { Day, Week, Month, Quarter, Year, FiveYears, Decade, Century };

double approximateDays(TickUnit unit)
{
    switch (unit) {
    case TickUnit::Day:
        return 1;
    case TickUnit::Week:
        return 7;
    case TickUnit::Month:
        return 30.44;
    case TickUnit::Quarter:
        return 91.3;
    case TickUnit::Year:
        return 365.25;
    case TickUnit::FiveYears:
        return 5 * 365.25;
    case TickUnit::Decade:
        return 10 * 365.25;
    case TickUnit::Century:
        return 100 * 365.25;
    }
    return 1;
}

// The first tick of `unit` at or before `d`.
QDate floorTo(QDate d, TickUnit unit)
{
    switch (unit) {
    case TickUnit::Day:
        return d;
    case TickUnit::Week:
        return d.addDays(1 - d.dayOfWeek());
    case TickUnit::Month:
        return QDate(d.year(), d.month(), 1);
    case TickUnit::Quarter:
        return QDate(d.year(), (d.month() - 1) / 3 * 3 + 1, 1);
    case TickUnit::Year:
        return QDate(d.year(), 1, 1);
    case TickUnit::FiveYears:
        return QDate(d.year() - ((d.year() % 5) + 5) % 5, 1, 1);
    case TickUnit::Decade:
        return QDate(d.year() - ((d.year() % 10) + 10) % 10, 1, 1);
    case TickUnit::Century:
        return QDate(d.year() - ((d.year() % 100) + 100) % 100, 1, 1);
    }
    return d;
}

QDate nextTick(QDate d, TickUnit unit)
{
    switch (unit) {
    case TickUnit::Day:
        return d.addDays(1);
    case TickUnit::Week:
        return d.addDays(7);
    case TickUnit::Month:
        return d.addMonths(1);
    case TickUnit::Quarter:
        return d.addMonths(3);
    case TickUnit::Year:
        return d.addYears(1);
    case TickUnit::FiveYears:
        return d.addYears(5);
    case TickUnit::Decade:
        return d.addYears(10);
    case TickUnit::Century:
        return d.addYears(100);
    }
    return d.addDays(1);
}

QString tickLabel(QDate d, TickUnit unit, double spacing)
{
    const QLocale c = QLocale::c();
    switch (unit) {
    case TickUnit::Day:
        return c.toString(
            d, spacing > 95 ? QStringLiteral("ddd d MMM yyyy") : QStringLiteral("d MMM"));
    case TickUnit::Week:
        return QStringLiteral("W%1 · %2")
            .arg(d.weekNumber(), 2, 10, QLatin1Char('0'))
            .arg(c.toString(
                d, spacing > 110 ? QStringLiteral("d MMM yyyy") : QStringLiteral("d MMM")));
    case TickUnit::Month:
        return c.toString(d, spacing > 75 ? QStringLiteral("MMM yyyy") : QStringLiteral("MMM"));
    case TickUnit::Quarter:
        return QStringLiteral("Q%1 %2").arg((d.month() - 1) / 3 + 1).arg(d.year());
    case TickUnit::Year:
    case TickUnit::FiveYears:
    case TickUnit::Decade:
    case TickUnit::Century:
        return QString::number(d.year());
    }
    return {};
}

constexpr TickUnit allUnits[]
    = {TickUnit::Day,  TickUnit::Week,      TickUnit::Month,  TickUnit::Quarter,
       TickUnit::Year, TickUnit::FiveYears, TickUnit::Decade, TickUnit::Century};

double julian(QDate d)
{
    return double(d.toJulianDay());
}

} // namespace

TimelineView::TimelineView(ProjectSession *session, EventSelection *selection, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_selection(selection)
{
    setObjectName(QStringLiteral("timelineView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumSize(320, 160);
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(session, &ProjectSession::snapshotChanged, this, [this] {
        rebuild();
        fitAll();
    });
    connect(session, &ProjectSession::filterChanged, this, [this] {
        rebuild();
        update();
    });
    connect(selection, &EventSelection::selectionChanged, this, [this] {
        const int index = m_session->snapshot().eventIndex(m_selection->currentEventId());
        if (index >= 0)
            ensureVisible(index);
        m_glyphsValid = false;
        update();
    });
    rebuild();
    fitAll();
}

void TimelineView::setLaneMode(LaneMode mode)
{
    if (mode == m_laneMode)
        return;
    m_laneMode = mode;
    m_scrollY = 0;
    rebuild();
    update();
}

void TimelineView::rebuild()
{
    const ProjectSnapshot &snapshot = m_session->snapshot();
    const auto &events = snapshot.events();
    m_lanes.clear();
    m_order.clear();
    QHash<QString, int> laneIndex;
    std::vector<int> laneCounts;
    double first = std::numeric_limits<double>::max();
    double last = std::numeric_limits<double>::lowest();
    for (int index : m_session->acceptedEvents()) {
        const Event &event = events[std::size_t(index)];
        if (!event.date.isValid())
            continue;
        QString key = event.source.code;
        QString label = actorLabel(event.source);
        if (m_laneMode == LaneMode::Dyad) {
            key += QStringLiteral(">") + (event.target ? event.target->code : QString());
            if (event.target)
                label += QStringLiteral(" → ") + actorLabel(*event.target);
        }
        auto it = laneIndex.constFind(key);
        if (it == laneIndex.cend()) {
            it = laneIndex.insert(key, int(m_lanes.size()));
            m_lanes.push_back({label, {}, 0});
        }
        Item item;
        item.start = julian(event.date.earliest);
        item.end = julian(event.date.latest) + 1;
        item.exact = event.date.isExact();
        item.eventIndex = index;
        Lane &lane = m_lanes[std::size_t(*it)];
        lane.items.push_back(item);
        lane.maxHalfSpan = std::max(lane.maxHalfSpan, (item.end - item.start) / 2);
        first = std::min(first, item.start);
        last = std::max(last, item.end);
        m_order.push_back(index);
    }
    for (Lane &lane : m_lanes) {
        std::sort(lane.items.begin(), lane.items.end(), [](const Item &a, const Item &b) {
            return a.mid() < b.mid() || (a.mid() == b.mid() && a.eventIndex < b.eventIndex);
        });
    }
    std::stable_sort(m_lanes.begin(), m_lanes.end(),
                     [](const Lane &a, const Lane &b) { return a.items.size() > b.items.size(); });
    std::sort(m_order.begin(), m_order.end(), [&events](int a, int b) {
        const DateSpan &da = events[std::size_t(a)].date;
        const DateSpan &db = events[std::size_t(b)].date;
        const qint64 ma = da.earliest.toJulianDay() + da.latest.toJulianDay();
        const qint64 mb = db.earliest.toJulianDay() + db.latest.toJulianDay();
        return ma < mb || (ma == mb && a < b);
    });
    if (m_order.empty()) {
        const double today = julian(QDate::currentDate());
        first = today - 30;
        last = today + 1;
    }
    m_dataStart = first;
    m_dataEnd = last;
    m_scrollY = std::clamp(m_scrollY, 0.0, maxScrollY());
    m_glyphsValid = false;
}

void TimelineView::fitAll()
{
    const double span = std::max(1.0, m_dataEnd - m_dataStart);
    const double margin = std::max(1.0, span * 0.04);
    setWindow(m_dataStart - margin, m_dataEnd + margin);
}

void TimelineView::showDates(QDate first, QDate last)
{
    if (!first.isValid() || !last.isValid() || last < first) {
        fitAll();
        return;
    }
    const double start = julian(first);
    const double end = julian(last) + 1;
    const double margin = std::max(1.0, (end - start) * 0.04);
    setWindow(start - margin, end + margin);
}

void TimelineView::setWindow(double start, double end)
{
    const double plotWidth = std::max(50.0, width() - labelWidth - 16);
    const double minDays = plotWidth / maxPixelsPerDay;
    if (end - start < minDays) {
        const double mid = (start + end) / 2;
        start = mid - minDays / 2;
        end = mid + minDays / 2;
    }
    if (end - start > maxWindowDays) {
        const double mid = (start + end) / 2;
        start = mid - maxWindowDays / 2;
        end = mid + maxWindowDays / 2;
    }
    const QDate oldFirst = visibleFirstDate();
    const QDate oldLast = visibleLastDate();
    m_viewStart = start;
    m_viewEnd = end;
    m_glyphsValid = false;
    update();
    if (visibleFirstDate() != oldFirst || visibleLastDate() != oldLast)
        Q_EMIT visibleRangeChanged(visibleFirstDate(), visibleLastDate());
}

void TimelineView::zoomBy(double factor, double anchorX)
{
    const Geometry g = geometry(size());
    const double anchor = g.dayAt(std::clamp(anchorX, g.plot.left(), g.plot.right()));
    setWindow(anchor - (anchor - m_viewStart) / factor, anchor + (m_viewEnd - anchor) / factor);
}

QDate TimelineView::visibleFirstDate() const
{
    return QDate::fromJulianDay(qint64(std::floor(m_viewStart)));
}

QDate TimelineView::visibleLastDate() const
{
    return QDate::fromJulianDay(qint64(std::ceil(m_viewEnd)) - 1);
}

double TimelineView::maxScrollY() const
{
    const Geometry g = geometry(size());
    return std::max(0.0, m_lanes.size() * g.laneHeight - g.plot.height());
}

TimelineView::Geometry TimelineView::geometry(QSizeF size) const
{
    Geometry g;
    g.plot = QRectF(labelWidth, axisHeight, std::max(50.0, size.width() - labelWidth - 16),
                    std::max(20.0, size.height() - axisHeight - legendHeight));
    g.viewStart = m_viewStart;
    g.viewEnd = m_viewEnd;
    g.scrollY = m_scrollY;
    const double fit = m_lanes.empty() ? g.plot.height() : g.plot.height() / double(m_lanes.size());
    g.rows = std::clamp(int((fit - 6) / rowHeight), 1, maxRows);
    g.laneHeight = std::max(minLaneHeight, std::min(g.rows * rowHeight + 10, fit));
    if (g.laneHeight < g.rows * rowHeight + 4)
        g.rows = std::max(1, int((g.laneHeight - 4) / rowHeight));
    return g;
}

std::vector<TimelineView::Glyph> TimelineView::layout(const Geometry &g) const
{
    std::vector<Glyph> glyphs;
    const int firstLane = std::max(0, int(std::floor(g.scrollY / g.laneHeight)));
    const int lastLane = std::min(int(m_lanes.size()) - 1,
                                  int(std::ceil((g.scrollY + g.plot.height()) / g.laneHeight)));
    for (int laneNo = firstLane; laneNo <= lastLane; ++laneNo) {
        const Lane &lane = m_lanes[std::size_t(laneNo)];
        const double top = g.laneTop(laneNo);
        // Items sorted by mid: everything visible has mid within half its span of the window.
        const double from = g.viewStart - lane.maxHalfSpan;
        const double to = g.viewEnd + lane.maxHalfSpan;
        auto it = std::lower_bound(lane.items.begin(), lane.items.end(), from,
                                   [](const Item &item, double t) { return item.mid() < t; });
        const std::size_t laneBegin = glyphs.size();
        std::vector<const Item *> bucket;
        qint64 bucketKey = 0;
        const auto flush = [&] {
            if (bucket.empty())
                return;
            if (int(bucket.size()) <= g.rows) {
                for (int row = 0; row < int(bucket.size()); ++row) {
                    const Item &item = *bucket[std::size_t(row)];
                    const double y = top + 5 + row * rowHeight + rowHeight / 2;
                    Glyph glyph;
                    glyph.lane = laneNo;
                    glyph.eventIndices = {item.eventIndex};
                    glyph.start = item.start;
                    glyph.end = item.end;
                    glyph.exact = item.exact;
                    if (item.exact) {
                        const double x = g.xOf(item.mid());
                        glyph.rect = QRectF(x - 5.5, y - 5.5, 11, 11);
                    } else {
                        double x0 = g.xOf(item.start);
                        double x1 = g.xOf(item.end);
                        if (x1 - x0 < 12) {
                            const double mid = (x0 + x1) / 2;
                            x0 = mid - 6;
                            x1 = mid + 6;
                        }
                        glyph.rect = QRectF(x0, y - 4.5, x1 - x0, 9);
                    }
                    glyphs.push_back(std::move(glyph));
                }
            } else {
                Glyph glyph;
                glyph.lane = laneNo;
                glyph.start = bucket.front()->start;
                glyph.end = bucket.front()->end;
                for (const Item *item : bucket) {
                    glyph.eventIndices.push_back(item->eventIndex);
                    glyph.start = std::min(glyph.start, item->start);
                    glyph.end = std::max(glyph.end, item->end);
                }
                const double x = g.xOf((bucket.front()->mid() + bucket.back()->mid()) / 2);
                const double height = std::min(18.0, g.laneHeight - 6);
                glyph.rect = QRectF(x - 15, top + g.laneHeight / 2 - height / 2, 30, height);
                glyphs.push_back(std::move(glyph));
            }
            bucket.clear();
        };
        for (; it != lane.items.end() && it->mid() <= to; ++it) {
            if (it->end < g.viewStart || it->start > g.viewEnd)
                continue;
            const qint64 key = qint64(std::floor(g.xOf(it->mid()) / bucketWidth));
            if (!bucket.empty() && key != bucketKey)
                flush();
            bucketKey = key;
            bucket.push_back(&*it);
        }
        flush();
        mergeOverlappingBadges(glyphs, laneBegin, top, g.laneHeight);
    }
    return glyphs;
}

void TimelineView::mergeOverlappingBadges(std::vector<Glyph> &glyphs, std::size_t laneBegin,
                                          double top, double laneHeight)
{
    // A count badge is wider than a bucket: fold into it the badges and points it would cover,
    // so that at fit-all counts never print over each other. Long vague bars stay as they are.
    const auto narrow = [](const Glyph &glyph) {
        return glyph.rect.width() <= 32;
    };
    std::vector<Glyph> merged;
    for (std::size_t i = laneBegin; i < glyphs.size(); ++i) {
        Glyph glyph = std::move(glyphs[i]);
        while (!merged.empty() && narrow(merged.back()) && narrow(glyph)
               && (merged.back().isCluster() || glyph.isCluster())
               && merged.back().rect.right() + 2 > glyph.rect.left()) {
            Glyph &left = merged.back();
            const double n = double(left.eventIndices.size());
            const double m = double(glyph.eventIndices.size());
            const double x = (left.rect.center().x() * n + glyph.rect.center().x() * m) / (n + m);
            glyph.eventIndices.insert(glyph.eventIndices.begin(), left.eventIndices.begin(),
                                      left.eventIndices.end());
            glyph.start = std::min(glyph.start, left.start);
            glyph.end = std::max(glyph.end, left.end);
            const double height = std::min(18.0, laneHeight - 6);
            glyph.rect = QRectF(x - 15, top + laneHeight / 2 - height / 2, 30, height);
            merged.pop_back();
        }
        merged.push_back(std::move(glyph));
    }
    glyphs.erase(glyphs.begin() + std::ptrdiff_t(laneBegin), glyphs.end());
    std::move(merged.begin(), merged.end(), std::back_inserter(glyphs));
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    paintContent(painter, size());
    if (hasFocus()) {
        painter.setPen(QPen(palette().highlight(), 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void TimelineView::paintContent(QPainter &painter, QSizeF size) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    const Geometry g = geometry(size);
    std::vector<Glyph> glyphs = layout(g);
    const ProjectSnapshot &snapshot = m_session->snapshot();
    const QColor text = palette().color(QPalette::Text);
    const QColor faint = palette().color(QPalette::Mid);

    painter.save();
    painter.setClipRect(QRectF(0, g.plot.top(), size.width(), g.plot.height()));
    const int firstLane = std::max(0, int(std::floor(g.scrollY / g.laneHeight)));
    const int lastLane = std::min(int(m_lanes.size()) - 1,
                                  int(std::ceil((g.scrollY + g.plot.height()) / g.laneHeight)));
    for (int lane = firstLane; lane <= lastLane; ++lane) {
        const QRectF band(0, g.laneTop(lane), size.width(), g.laneHeight);
        if (lane % 2 == 1)
            painter.fillRect(band, palette().color(QPalette::AlternateBase));
        painter.setPen(text);
        const QFontMetrics metrics(painter.font());
        const QString label = metrics.elidedText(m_lanes[std::size_t(lane)].label, Qt::ElideRight,
                                                 int(labelWidth - 16));
        painter.drawText(QRectF(8, band.top(), labelWidth - 12, band.height()),
                         Qt::AlignVCenter | Qt::AlignLeft, label);
    }
    painter.setPen(faint);
    painter.drawLine(QPointF(labelWidth - 4, g.plot.top()),
                     QPointF(labelWidth - 4, g.plot.bottom()));
    if (m_lanes.empty()) {
        painter.setPen(text);
        painter.drawText(g.plot, Qt::AlignCenter,
                         snapshot.events().empty() ? tr("No events in this project yet")
                                                   : tr("No event matches the filters"));
    }
    painter.setClipRect(g.plot.adjusted(-8, 0, 8, 0));

    const qint64 current = m_selection->currentEventId();
    // At fit-all a frame holds thousands of badges: set their font once, lay each count out once
    // per frame (counts repeat), and skip the per-event selection test when nothing is selected.
    const bool anySelected = !m_selection->selectedEventIds().isEmpty();
    QFont badgeFont = painter.font();
    badgeFont.setBold(true);
    badgeFont.setPointSizeF(badgeFont.pointSizeF() * 0.85);
    QHash<int, QStaticText> badgeTexts;
    for (const Glyph &glyph : glyphs) {
        if (glyph.isCluster()) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(0x45, 0x4f, 0x5a));
            painter.drawRoundedRect(glyph.rect, glyph.rect.height() / 2, glyph.rect.height() / 2);
            bool selected = false;
            for (std::size_t i = 0; anySelected && !selected && i < glyph.eventIndices.size(); ++i)
                selected = m_selection->isSelected(
                    snapshot.events()[std::size_t(glyph.eventIndices[i])].id);
            if (selected) {
                painter.setPen(QPen(palette().color(QPalette::Highlight), 2.5));
                painter.setBrush(Qt::NoBrush);
                painter.drawRoundedRect(glyph.rect.adjusted(-2, -2, 2, 2),
                                        glyph.rect.height() / 2 + 2, glyph.rect.height() / 2 + 2);
            }
            const int count = int(glyph.eventIndices.size());
            auto label = badgeTexts.find(count);
            if (label == badgeTexts.end()) {
                label = badgeTexts.insert(count, QStaticText(QString::number(count)));
                label->setTextFormat(Qt::PlainText);
                label->prepare(painter.transform(), badgeFont);
            }
            const QSizeF labelSize = label->size();
            painter.setPen(Qt::white);
            painter.setFont(badgeFont);
            painter.drawStaticText(glyph.rect.center()
                                       - QPointF(labelSize.width() / 2, labelSize.height() / 2),
                                   *label);
            continue;
        }
        const Event &event = snapshot.events()[std::size_t(glyph.eventIndices.front())];
        const QColor color = quadClassColor(event.quadClass);
        const bool selected = m_selection->isSelected(event.id);
        if (glyph.exact) {
            painter.setPen(QPen(color.darker(140), 1));
            painter.setBrush(color);
            painter.drawEllipse(glyph.rect.center(), 5, 5);
        } else {
            // A vague date covers its interval; the faded ends say "somewhere in here".
            QLinearGradient gradient(glyph.rect.topLeft(), glyph.rect.topRight());
            QColor clear = color;
            clear.setAlpha(25);
            QColor solid = color;
            solid.setAlpha(210);
            const double fade = std::min(0.3, 14.0 / std::max(1.0, glyph.rect.width()) + 0.05);
            gradient.setColorAt(0, clear);
            gradient.setColorAt(fade, solid);
            gradient.setColorAt(1 - fade, solid);
            gradient.setColorAt(1, clear);
            painter.setPen(Qt::NoPen);
            painter.setBrush(gradient);
            painter.drawRoundedRect(glyph.rect, 3, 3);
            painter.setPen(QPen(color.darker(150), 1.5));
            const double cx = glyph.rect.center().x();
            painter.drawLine(QPointF(cx, glyph.rect.top() - 1),
                             QPointF(cx, glyph.rect.bottom() + 1));
        }
        if (selected) {
            const QColor highlight = palette().color(QPalette::Highlight);
            painter.setPen(QPen(event.id == current ? QColor(Qt::black) : highlight,
                                event.id == current ? 2.5 : 2));
            painter.setBrush(Qt::NoBrush);
            if (glyph.exact)
                painter.drawEllipse(glyph.rect.center(), 8, 8);
            else
                painter.drawRoundedRect(glyph.rect.adjusted(-3, -3, 3, 3), 4, 4);
        }
    }
    painter.restore();
    paintAxis(painter, g);
    paintLegend(painter, size);
    paintCurationMarks(painter, glyphs, g.plot);
    m_glyphs = std::move(glyphs);
    m_glyphsValid = size == QSizeF(this->size());
}

void TimelineView::paintAxis(QPainter &painter, const Geometry &g) const
{
    const double pxPerDay = g.plot.width() / (g.viewEnd - g.viewStart);
    const QFontMetrics metrics(painter.font());
    TickUnit major = TickUnit::Century;
    int majorIndex = int(std::size(allUnits)) - 1;
    for (int i = 0; i < int(std::size(allUnits)); ++i) {
        const double spacing = approximateDays(allUnits[i]) * pxPerDay;
        const int labelWidthNeeded
            = metrics.horizontalAdvance(tickLabel(QDate(2026, 12, 28), allUnits[i], spacing)) + 14;
        if (spacing >= labelWidthNeeded) {
            major = allUnits[i];
            majorIndex = i;
            break;
        }
    }
    const int minorIndex
        = majorIndex > 0 && approximateDays(allUnits[majorIndex - 1]) * pxPerDay >= 6
        ? majorIndex - 1
        : majorIndex;
    const TickUnit minor = allUnits[minorIndex];

    painter.save();
    painter.fillRect(QRectF(0, 0, g.plot.right() + 16, axisHeight - 2), palette().window());
    const QColor text = palette().color(QPalette::WindowText);
    const QColor grid = palette().color(QPalette::Midlight);
    const QDate first = QDate::fromJulianDay(qint64(std::floor(g.viewStart)));
    const QDate last = QDate::fromJulianDay(qint64(std::ceil(g.viewEnd)));
    painter.setClipRect(QRectF(g.plot.left() - 2, 0, g.plot.width() + 4, g.plot.bottom()));
    for (QDate d = floorTo(first, minor); d.isValid() && d <= last; d = nextTick(d, minor)) {
        const double x = g.xOf(julian(d));
        painter.setPen(grid);
        painter.drawLine(QPointF(x, axisHeight - 8), QPointF(x, axisHeight - 2));
    }
    const double spacing = approximateDays(major) * pxPerDay;
    for (QDate d = floorTo(first, major); d.isValid() && d <= last; d = nextTick(d, major)) {
        const double x = g.xOf(julian(d));
        painter.setPen(QPen(grid, 1));
        painter.drawLine(QPointF(x, axisHeight - 2), QPointF(x, g.plot.bottom()));
        painter.setPen(text);
        painter.drawLine(QPointF(x, axisHeight - 14), QPointF(x, axisHeight - 2));
        if (x >= g.plot.left() - 1)
            painter.drawText(QPointF(x + 4, axisHeight - 18), tickLabel(d, major, spacing));
    }
    painter.setClipping(false);
    painter.setPen(text);
    painter.drawLine(QPointF(g.plot.left(), axisHeight - 2),
                     QPointF(g.plot.right(), axisHeight - 2));
    QFont bold = painter.font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(QRectF(8, 0, labelWidth - 12, axisHeight - 4),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     m_laneMode == LaneMode::Actor ? tr("Source actor") : tr("Source → target"));
    painter.restore();
}

void TimelineView::paintLegend(QPainter &painter, QSizeF size) const
{
    painter.save();
    const QRectF band(0, size.height() - legendHeight, size.width(), legendHeight);
    painter.fillRect(band, palette().window());
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(band.topLeft(), band.topRight());
    const QFontMetrics metrics(painter.font());
    double x = 10;
    const double cy = band.center().y();
    const QColor text = palette().color(QPalette::WindowText);
    for (QuadClass quad : {QuadClass::VerbalCooperation, QuadClass::MaterialCooperation,
                           QuadClass::VerbalConflict, QuadClass::MaterialConflict}) {
        const QColor color = quadClassColor(quad);
        painter.setPen(QPen(color.darker(140), 1));
        painter.setBrush(color);
        painter.drawEllipse(QPointF(x + 5, cy), 5, 5);
        painter.setPen(text);
        const QString label = quadClassName(quad);
        painter.drawText(QPointF(x + 14, cy + metrics.ascent() / 2.0 - 1), label);
        x += 14 + metrics.horizontalAdvance(label) + 18;
    }
    QLinearGradient gradient(QPointF(x, 0), QPointF(x + 34, 0));
    gradient.setColorAt(0, QColor(120, 120, 120, 25));
    gradient.setColorAt(0.3, QColor(120, 120, 120, 210));
    gradient.setColorAt(0.7, QColor(120, 120, 120, 210));
    gradient.setColorAt(1, QColor(120, 120, 120, 25));
    painter.setPen(Qt::NoPen);
    painter.setBrush(gradient);
    painter.drawRoundedRect(QRectF(x, cy - 4.5, 34, 9), 3, 3);
    painter.setPen(text);
    QString label = tr("vague date");
    painter.drawText(QPointF(x + 40, cy + metrics.ascent() / 2.0 - 1), label);
    x += 40 + metrics.horizontalAdvance(label) + 18;
    const QRectF badge(x, cy - 8, 26, 16);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x45, 0x4f, 0x5a));
    painter.drawRoundedRect(badge, 8, 8);
    painter.setPen(Qt::white);
    painter.drawText(badge, Qt::AlignCenter, QStringLiteral("12"));
    painter.setPen(text);
    label = tr("grouped (click to open)");
    painter.drawText(QPointF(x + 32, cy + metrics.ascent() / 2.0 - 1), label);
    painter.restore();
}

void TimelineView::paintCurationMarks(QPainter &painter, const std::vector<Glyph> &glyphs,
                                      const QRectF &plot) const
{
    // Corrected and analyst-added events carry a diamond at their top right, and a count badge
    // carries one at its corner when any event it groups does, so that the machine's events and
    // the analyst's stay told apart at every zoom; a key says so when any is in view. Frames of a
    // project without marks (most, and the 100k-event ones) pay nothing.
    if (!m_session->hasCurationMarks())
        return;
    painter.save();
    painter.setClipRect(plot.adjusted(-8, 0, 8, 0));
    bool anyMarked = false;
    for (const Glyph &glyph : glyphs) {
        const CurationMark *mark = strongestMark(glyph);
        if (!mark)
            continue;
        anyMarked = true;
        QPointF centre = QPointF(glyph.rect.right() - 3, glyph.rect.top());
        if (glyph.isCluster())
            centre = glyph.rect.topRight() + QPointF(-4, 2);
        else if (glyph.exact)
            centre = glyph.rect.center() + QPointF(5, -5);
        CurationMark::paint(painter, centre, mark->kind);
    }
    painter.setClipping(false);
    if (anyMarked)
        CurationMark::paintKey(painter, plot, palette());
    painter.restore();
}

const CurationMark *TimelineView::strongestMark(const Glyph &glyph) const
{
    // A correction changes what the machine said, an addition only adds to it: a badge holding
    // both shows the correction, the one an analyst most needs to see.
    const ProjectSnapshot &snapshot = m_session->snapshot();
    const CurationMark *strongest = nullptr;
    for (int index : glyph.eventIndices) {
        const CurationMark *mark
            = m_session->curationMark(snapshot.events()[std::size_t(index)].id);
        if (!mark)
            continue;
        if (mark->kind == CurationMark::Corrected)
            return mark;
        if (!strongest || mark->kind == CurationMark::Added)
            strongest = mark;
    }
    return strongest;
}

void TimelineView::renderExport(QPainter &painter, const QRect &target) const
{
    ExportCanvas::paint(painter, target, palette().base(),
                        [this](QPainter &p, QSizeF size) { paintContent(p, size); });
    // The glyphs were laid out for the export's size, not the widget's: hit testing lays out anew.
    m_glyphsValid = false;
}

QString TimelineView::exportDescription() const
{
    int events = 0;
    for (const Lane &lane : m_lanes)
        events += int(lane.items.size());
    return tr("Timeline, %1 – %2, %3 events in %4 lanes by %5")
        .arg(visibleFirstDate().toString(Qt::ISODate), visibleLastDate().toString(Qt::ISODate))
        .arg(events)
        .arg(m_lanes.size())
        .arg(m_laneMode == LaneMode::Actor ? tr("actor") : tr("dyad"));
}

const std::vector<TimelineView::Glyph> &TimelineView::drawnGlyphs() const
{
    // Hit tests between paints (tooltips, clicks, tests) see the glyphs of the current geometry.
    if (!m_glyphsValid) {
        m_glyphs = layout(geometry(size()));
        m_glyphsValid = true;
    }
    return m_glyphs;
}

const TimelineView::Glyph *TimelineView::glyphAt(QPointF pos) const
{
    const Glyph *best = nullptr;
    double bestDistance = 1e9;
    for (const Glyph &glyph : drawnGlyphs()) {
        const QRectF hit = glyph.rect.adjusted(-3, -3, 3, 3);
        if (!hit.contains(pos))
            continue;
        // Exact points sit on top of bars; prefer the glyph whose centre is nearest.
        const double distance = std::abs(glyph.rect.center().x() - pos.x())
            + std::abs(glyph.rect.center().y() - pos.y()) + (glyph.exact ? 0 : 4);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = &glyph;
        }
    }
    return best;
}

QPointF TimelineView::eventPosition(qint64 eventId) const
{
    const int index = m_session->snapshot().eventIndex(eventId);
    for (const Glyph &glyph : drawnGlyphs()) {
        if (!glyph.isCluster() && glyph.eventIndices.front() == index)
            return glyph.rect.center();
    }
    return {};
}

QRectF TimelineView::badgeRect(qint64 eventId) const
{
    const int index = m_session->snapshot().eventIndex(eventId);
    for (const Glyph &glyph : drawnGlyphs()) {
        if (glyph.isCluster()
            && std::find(glyph.eventIndices.begin(), glyph.eventIndices.end(), index)
                != glyph.eventIndices.end())
            return glyph.rect;
    }
    return {};
}

int TimelineView::clusterCount() const
{
    const std::vector<Glyph> glyphs = layout(geometry(size()));
    return int(std::count_if(glyphs.begin(), glyphs.end(),
                             [](const Glyph &glyph) { return glyph.isCluster(); }));
}

int TimelineView::drawnEventCount() const
{
    int count = 0;
    for (const Glyph &glyph : layout(geometry(size())))
        count += int(glyph.eventIndices.size());
    return count;
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (event->modifiers() & Qt::ShiftModifier) {
        m_scrollY = std::clamp(m_scrollY - steps * 40, 0.0, maxScrollY());
        m_glyphsValid = false;
        update();
    } else {
        zoomBy(std::pow(1.25, steps), event->position().x());
    }
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton)
        return;
    m_dragging = true;
    m_dragMoved = false;
    m_dragOrigin = event->position();
    m_dragViewStart = m_viewStart;
    m_dragScrollY = m_scrollY;
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    const QPointF delta = event->position() - m_dragOrigin;
    if (!m_dragMoved && delta.manhattanLength() < 4)
        return;
    m_dragMoved = true;
    setCursor(Qt::ClosedHandCursor);
    const Geometry g = geometry(size());
    const double days = delta.x() / g.plot.width() * (m_viewEnd - m_viewStart);
    const double span = m_viewEnd - m_viewStart;
    m_scrollY = std::clamp(m_dragScrollY - delta.y(), 0.0, maxScrollY());
    setWindow(m_dragViewStart - days, m_dragViewStart - days + span);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_dragging)
        return;
    m_dragging = false;
    unsetCursor();
    if (m_dragMoved)
        return;
    const Glyph *glyph = glyphAt(event->position());
    if (!glyph) {
        if (!(event->modifiers() & Qt::ControlModifier))
            m_selection->clear();
        return;
    }
    if (glyph->isCluster()) {
        activateCluster(*glyph, event->globalPosition().toPoint());
        return;
    }
    const qint64 id = m_session->snapshot().events()[std::size_t(glyph->eventIndices.front())].id;
    if (event->modifiers() & Qt::ControlModifier) {
        QList<qint64> ids = m_selection->selectedEventIds();
        if (ids.contains(id))
            ids.removeAll(id);
        else
            ids.append(id);
        m_selection->selectEvents(ids, id);
    } else {
        m_selection->selectEvent(id);
    }
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const Glyph *glyph = glyphAt(event->position());
    if (glyph && !glyph->isCluster()) {
        const qint64 id
            = m_session->snapshot().events()[std::size_t(glyph->eventIndices.front())].id;
        m_selection->selectEvent(id);
        Q_EMIT openSourceRequested(id);
    }
}

void TimelineView::activateCluster(const Glyph &glyph, QPoint globalPos)
{
    const Geometry g = geometry(size());
    const double extent = glyph.end - glyph.start;
    const double pxPerDay = g.plot.width() / (m_viewEnd - m_viewStart);
    // Zooming separates the events when they are spread over time; when they share the same
    // days no zoom can, so list them instead.
    if (extent > 1.5 && pxPerDay * extent < g.plot.width() * 0.5) {
        const double margin = extent * 0.3 + 0.5;
        setWindow(glyph.start - margin, glyph.end + margin);
        return;
    }
    QMenu menu(this);
    const ProjectSnapshot &snapshot = m_session->snapshot();
    for (int index : glyph.eventIndices) {
        const Event &event = snapshot.events()[std::size_t(index)];
        QAction *action = menu.addAction(describeEvent(event));
        const qint64 id = event.id;
        connect(action, &QAction::triggered, this, [this, id] { m_selection->selectEvent(id); });
        if (menu.actions().size() >= 40)
            break;
    }
    menu.exec(globalPos);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        stepSelection(+1);
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
        stepSelection(-1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selection->currentEventId() > 0)
            Q_EMIT openSourceRequested(m_selection->currentEventId());
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.5, geometry(size()).plot.center().x());
        return;
    case Qt::Key_Minus:
        zoomBy(1 / 1.5, geometry(size()).plot.center().x());
        return;
    case Qt::Key_0:
    case Qt::Key_Home:
        fitAll();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void TimelineView::stepSelection(int direction)
{
    if (m_order.empty())
        return;
    const int current = m_session->snapshot().eventIndex(m_selection->currentEventId());
    const auto it = std::find(m_order.begin(), m_order.end(), current);
    int position = 0;
    if (it == m_order.end())
        position = direction > 0 ? 0 : int(m_order.size()) - 1;
    else
        position = std::clamp(int(it - m_order.begin()) + direction, 0, int(m_order.size()) - 1);
    m_selection->selectEvent(
        m_session->snapshot().events()[std::size_t(m_order[std::size_t(position)])].id);
}

void TimelineView::ensureVisible(int eventIndex)
{
    for (std::size_t laneNo = 0; laneNo < m_lanes.size(); ++laneNo) {
        for (const Item &item : m_lanes[laneNo].items) {
            if (item.eventIndex != eventIndex)
                continue;
            const double span = m_viewEnd - m_viewStart;
            if (item.end < m_viewStart || item.start > m_viewEnd) {
                const double mid = item.mid();
                setWindow(mid - span / 2, mid + span / 2);
            }
            const Geometry g = geometry(size());
            const double top = double(laneNo) * g.laneHeight;
            if (top < m_scrollY || top + g.laneHeight > m_scrollY + g.plot.height()) {
                m_scrollY = std::clamp(top - g.plot.height() / 2, 0.0, maxScrollY());
                m_glyphsValid = false;
            }
            return;
        }
    }
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_scrollY = std::clamp(m_scrollY, 0.0, maxScrollY());
    m_glyphsValid = false;
}

QString TimelineView::toolTipText(const Glyph &glyph) const
{
    // The analyst's mark is said in the words the table and the source panel use ("CAMEO
    // corrected from 111 to 112 (alice, 2026-11-28 14:41: wrong verb)"), in the mark's colour.
    const ProjectSnapshot &snapshot = m_session->snapshot();
    QStringList lines;
    if (glyph.isCluster())
        lines << tr("%n events (click to open)", nullptr, int(glyph.eventIndices.size()));
    for (int index : glyph.eventIndices) {
        const Event &ev = snapshot.events()[std::size_t(index)];
        QString line = describeEvent(ev).toHtmlEscaped();
        const CurationMark *mark = m_session->curationMark(ev.id);
        if (!glyph.isCluster()) {
            const Article *article = snapshot.articleOf(ev);
            if (article && !article->title.isEmpty())
                line += QStringLiteral("<br><i>%1</i>").arg(article->title.toHtmlEscaped());
            if (!ev.trigger.isEmpty())
                line += QStringLiteral("<br>“%1”").arg(ev.trigger.toHtmlEscaped());
        }
        if (mark)
            line += QStringLiteral("%1<span style=\"color:%2\">◆ %3</span>")
                        .arg(glyph.isCluster() ? QStringLiteral(" ") : QStringLiteral("<br>"),
                             mark->color().name(), mark->describe().toHtmlEscaped());
        lines << line;
        if (lines.size() > 12) {
            lines << QStringLiteral("…");
            break;
        }
    }
    return lines.join(QStringLiteral("<br>"));
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const Glyph *glyph = glyphAt(help->pos());
        if (!glyph) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        QToolTip::showText(help->globalPos(), toolTipText(*glyph), this,
                           glyph->rect.toAlignedRect());
        return true;
    }
    return QWidget::event(event);
}

} // namespace demarche
