#pragma once

#include <QColor>
#include <QDateTime>
#include <QString>

class QPainter;
class QPalette;
class QPointF;
class QRectF;

namespace demarche {

// How an analyst changed one event, as the views mark it: every view tells corrected and added
// events apart from untouched machine events with the same colours and words.
struct CurationMark
{
    enum Kind { Corrected, Added, Rejected };

    Kind kind = Corrected;
    QString note; // "CAMEO corrected from 111 to 112", "added by the analyst"
    QString author;
    QDateTime createdAt; // UTC; invalid for a change made by an actor merge only
    QString reason;

    // "corrected", "added", "rejected": the stable word tests and exports use.
    QString kindName() const;
    // One character for narrow places (the table): "✎" corrected, "+" added, "✗" rejected.
    QString symbol() const;
    // Who, when and why: "alice, 2026-11-28 14:41: wrong verb"; empty when nothing is known.
    QString provenance() const;
    // The note plus who, when and why: "CAMEO corrected from 111 to 112 (alice, 2026-11-28:
    // wrong verb)".
    QString describe() const;
    // The colour every view draws the mark in (purple: corrected, teal: added, grey: rejected).
    QColor color() const { return colorOf(kind); }
    static QColor colorOf(Kind kind);

    // Draws the mark every view puts on a corrected or added event: a diamond of `radius` in the
    // kind's colour, outlined in white so that it reads on any glyph.
    static void paint(QPainter &painter, QPointF centre, Kind kind, double radius = 4.5);
    // Draws the key of the marks ("◆ corrected  ◆ added by the analyst") in a box at the
    // bottom right of `area`, over whatever is drawn there, in the palette's colours.
    static void paintKey(QPainter &painter, const QRectF &area, const QPalette &palette);
};

} // namespace demarche
