#pragma once

#include "core/textspan.h"

#include <QMap>
#include <QString>
#include <vector>

namespace demarche {

// One TIMEX3 for scoring, gold or system: UTF-16 extent in the document text, type and value.
struct ScoredTimex
{
    TextSpan span;
    QString type;
    QString value;
};

// Precision, recall and F1 from counts.
struct Prf
{
    int truePositives = 0;
    int predicted = 0;
    int actual = 0;
    double precision() const { return predicted ? double(truePositives) / predicted : 0.0; }
    double recall() const { return actual ? double(truePositives) / actual : 0.0; }
    double f1() const
    {
        const double p = precision();
        const double r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
};

// Scores system TIMEX3 against gold, TempEval-3 style: extents strict (same span) and relaxed
// (overlap), type accuracy and value accuracy over relaxed matches, value F1 = value accuracy x
// relaxed F1, a breakdown by the shape of the gold value, and the most frequent errors.
class TimexScorer final
{
public:
    // Adds one document; gold and system are matched one to one, each gold to the first
    // overlapping system expression. Empty lists are fine (a document without expressions).
    void addDocument(const QString &docId, const QString &text,
                     const std::vector<ScoredTimex> &gold, const std::vector<ScoredTimex> &system);

    Prf strict() const { return m_strict; }
    Prf relaxed() const { return m_relaxed; }
    // Over relaxed matches; 0 when nothing matched.
    double typeAccuracy() const;
    double valueAccuracy() const;
    double valueF1() const { return valueAccuracy() * m_relaxed.f1(); }
    int documents() const { return m_documents; }

    // The shape of a TIMEX3 value: "year", "month", "day", "week", "quarter", "season", "REF",
    // "duration", "time", "set", "decade", "other".
    static QString valueShape(const QString &type, const QString &value);

    // The full report: totals, breakdown and the `worstErrors` most frequent error patterns.
    QString report(int worstErrors = 40) const;

private:
    struct ShapeCount
    {
        int gold = 0;
        int matched = 0;
        int valueCorrect = 0;
    };
    Prf m_strict;
    Prf m_relaxed;
    int m_typeCorrect = 0;
    int m_valueCorrect = 0;
    int m_documents = 0;
    QMap<QString, ShapeCount> m_shapes;
    QMap<QString, int> m_errors; // "kind\ttext\tgold\tsystem" -> occurrences
};

} // namespace demarche
