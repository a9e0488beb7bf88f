#pragma once

#include "exportableview.h"

#include <QDate>
#include <QPointF>
#include <QRectF>
#include <QWidget>
#include <vector>

namespace demarche {

struct CurationMark;
class EventSelection;
class ProjectSession;

// The events on a calendar time axis, one lane per actor or per directed dyad, drawn by hand.
// Only what falls in the visible window is laid out: each lane keeps its items sorted by time and
// a binary search finds the window, then items are grouped per pixel bucket (stacked when few,
// a count badge when many), so the cost of a frame follows the pixels, not the event count.
class TimelineView final : public QWidget, public ExportableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    enum class LaneMode { Actor, Dyad };

    TimelineView(ProjectSession *session, EventSelection *selection, QWidget *parent = nullptr);

    void setLaneMode(LaneMode mode);
    LaneMode laneMode() const { return m_laneMode; }

    // Shows every event that passes the filter.
    void fitAll();
    // Shows the days from `first` to `last` with a small margin (where most events lie, when a
    // few far-off dates would squeeze the rest); invalid dates fit all.
    void showDates(QDate first, QDate last);
    // Zooms by `factor` (> 1 zooms in) keeping the time under widget x coordinate `anchorX`.
    void zoomBy(double factor, double anchorX);
    // The visible window, whole days that are at least partly visible.
    QDate visibleFirstDate() const;
    QDate visibleLastDate() const;
    // Where the event's glyph is drawn now (widget coordinates); null when it is not drawn on its
    // own (outside the window, filtered out, or inside a count badge).
    QPointF eventPosition(qint64 eventId) const;
    // Where the count badge that holds the event is drawn now (widget coordinates); null when the
    // event is not inside a badge (drawn on its own, outside the window or filtered out).
    QRectF badgeRect(qint64 eventId) const;
    // Number of count badges drawn now.
    int clusterCount() const;
    // Number of events drawn now (individually or in badges).
    int drawnEventCount() const;

    QString exportName() const override { return QStringLiteral("timeline"); }
    QSize exportSizeHint() const override { return size(); }
    void renderExport(QPainter &painter, const QRect &target) const override;
    QString exportDescription() const override;

    QSize sizeHint() const override { return {900, 420}; }

Q_SIGNALS:
    void visibleRangeChanged(QDate first, QDate last);
    // Enter or double click on an event: show its source.
    void openSourceRequested(qint64 eventId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Item
    {
        double start = 0; // Julian day, inclusive
        double end = 0; // Julian day, exclusive
        int eventIndex = -1;
        bool exact = true;
        double mid() const { return (start + end) / 2; }
    };
    struct Lane
    {
        QString label;
        std::vector<Item> items; // sorted by mid()
        double maxHalfSpan = 0;
    };
    struct Glyph
    {
        QRectF rect;
        int lane = 0;
        std::vector<int> eventIndices; // one = an event glyph, more = a count badge
        double start = 0;
        double end = 0;
        bool exact = true;
        bool isCluster() const { return eventIndices.size() > 1; }
    };
    struct Geometry
    {
        QRectF plot; // where the lanes are drawn
        double laneHeight = 0;
        int rows = 1;
        double viewStart = 0;
        double viewEnd = 1;
        double scrollY = 0;
        double xOf(double day) const
        {
            return plot.left() + (day - viewStart) / (viewEnd - viewStart) * plot.width();
        }
        double dayAt(double x) const
        {
            return viewStart + (x - plot.left()) / plot.width() * (viewEnd - viewStart);
        }
        double laneTop(int lane) const { return plot.top() + lane * laneHeight - scrollY; }
    };

    void rebuild();
    void setWindow(double start, double end);
    Geometry geometry(QSizeF size) const;
    std::vector<Glyph> layout(const Geometry &geometry) const;
    static void mergeOverlappingBadges(std::vector<Glyph> &glyphs, std::size_t laneBegin,
                                       double top, double laneHeight);
    void paintContent(QPainter &painter, QSizeF size) const;
    void paintAxis(QPainter &painter, const Geometry &geometry) const;
    void paintLegend(QPainter &painter, QSizeF size) const;
    void paintCurationMarks(QPainter &painter, const std::vector<Glyph> &glyphs,
                            const QRectF &plot) const;
    const CurationMark *strongestMark(const Glyph &glyph) const;
    QString toolTipText(const Glyph &glyph) const;
    const std::vector<Glyph> &drawnGlyphs() const;
    const Glyph *glyphAt(QPointF pos) const;
    void stepSelection(int direction);
    void ensureVisible(int eventIndex);
    void activateCluster(const Glyph &glyph, QPoint globalPos);
    double maxScrollY() const;

    ProjectSession *m_session;
    EventSelection *m_selection;
    LaneMode m_laneMode = LaneMode::Actor;
    std::vector<Lane> m_lanes;
    std::vector<int> m_order; // accepted events by time, for arrow-key stepping
    double m_dataStart = 0;
    double m_dataEnd = 1;
    double m_viewStart = 0;
    double m_viewEnd = 1;
    double m_scrollY = 0;
    bool m_dragging = false;
    bool m_dragMoved = false;
    QPointF m_dragOrigin;
    double m_dragViewStart = 0;
    double m_dragScrollY = 0;
    mutable std::vector<Glyph> m_glyphs; // the last frame's glyphs, for hit testing
    mutable bool m_glyphsValid = false;
};

} // namespace demarche
