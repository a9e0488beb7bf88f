#include "timexscorer.h"

#include <QRegularExpression>
#include <algorithm>

namespace demarche {

void TimexScorer::addDocument(const QString &docId, const QString &text,
                              const std::vector<ScoredTimex> &gold,
                              const std::vector<ScoredTimex> &system)
{
    Q_UNUSED(docId);
    ++m_documents;
    m_strict.actual += int(gold.size());
    m_strict.predicted += int(system.size());
    m_relaxed.actual += int(gold.size());
    m_relaxed.predicted += int(system.size());
    std::vector<bool> used(system.size(), false);
    const auto words = [&](const TextSpan &s) {
        return text.mid(s.begin, s.length()).simplified().toLower();
    };
    for (const ScoredTimex &g : gold) {
        ShapeCount &shape = m_shapes[valueShape(g.type, g.value)];
        ++shape.gold;
        int found = -1;
        for (std::size_t i = 0; i < system.size(); ++i) {
            if (used[i])
                continue;
            const ScoredTimex &s = system[i];
            if (s.span.begin < g.span.end && g.span.begin < s.span.end) {
                found = int(i);
                if (s.span == g.span)
                    break;
            }
        }
        if (found < 0) {
            ++m_errors[QStringLiteral("missed\t%1\t%2 %3\t").arg(words(g.span), g.type, g.value)];
            continue;
        }
        used[std::size_t(found)] = true;
        const ScoredTimex &s = system[std::size_t(found)];
        ++m_relaxed.truePositives;
        ++shape.matched;
        if (s.span == g.span)
            ++m_strict.truePositives;
        else
            ++m_errors[QStringLiteral("extent\t%1\t%2\t%3")
                           .arg(words(g.span), words(g.span), words(s.span))];
        if (s.type == g.type)
            ++m_typeCorrect;
        if (s.value == g.value) {
            ++m_valueCorrect;
            ++shape.valueCorrect;
        } else {
            ++m_errors[QStringLiteral("value\t%1\t%2\t%3").arg(words(g.span), g.value, s.value)];
        }
    }
    for (std::size_t i = 0; i < system.size(); ++i) {
        if (!used[i])
            ++m_errors[QStringLiteral("spurious\t%1\t\t%2 %3")
                           .arg(words(system[i].span), system[i].type, system[i].value)];
    }
}

double TimexScorer::typeAccuracy() const
{
    return m_relaxed.truePositives ? double(m_typeCorrect) / m_relaxed.truePositives : 0.0;
}

double TimexScorer::valueAccuracy() const
{
    return m_relaxed.truePositives ? double(m_valueCorrect) / m_relaxed.truePositives : 0.0;
}

QString TimexScorer::valueShape(const QString &type, const QString &value)
{
    static const QRegularExpression year(QStringLiteral("^\\d{4}$"));
    static const QRegularExpression month(QStringLiteral("^\\d{4}-\\d{2}$"));
    static const QRegularExpression day(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (type == QLatin1String("SET"))
        return QStringLiteral("set");
    if (value.endsWith(QLatin1String("_REF")))
        return QStringLiteral("REF");
    if (value.startsWith(QLatin1Char('P')))
        return QStringLiteral("duration");
    if (value.contains(QLatin1Char('T')))
        return QStringLiteral("time");
    if (year.match(value).hasMatch())
        return QStringLiteral("year");
    if (month.match(value).hasMatch())
        return QStringLiteral("month");
    if (day.match(value).hasMatch())
        return QStringLiteral("day");
    if (value.contains(QLatin1Char('W')))
        return QStringLiteral("week");
    if (value.contains(QLatin1Char('Q')))
        return QStringLiteral("quarter");
    if (value.contains(QLatin1String("SP")) || value.contains(QLatin1String("SU"))
        || value.contains(QLatin1String("FA")) || value.contains(QLatin1String("WI")))
        return QStringLiteral("season");
    if (value.size() <= 3 && !value.isEmpty())
        return QStringLiteral("decade");
    return QStringLiteral("other");
}

QString TimexScorer::report(int worstErrors) const
{
    const auto pct = [](double x) {
        return QString::number(100.0 * x, 'f', 2);
    };
    QString out;
    out += QStringLiteral("TIMEX3 scores over %1 documents, %2 gold, %3 system\n")
               .arg(m_documents)
               .arg(m_strict.actual)
               .arg(m_strict.predicted);
    out += QStringLiteral("strict extent   P %1  R %2  F1 %3\n")
               .arg(pct(m_strict.precision()), pct(m_strict.recall()), pct(m_strict.f1()));
    out += QStringLiteral("relaxed extent  P %1  R %2  F1 %3\n")
               .arg(pct(m_relaxed.precision()), pct(m_relaxed.recall()), pct(m_relaxed.f1()));
    out += QStringLiteral("type accuracy   %1 (on %2 relaxed matches)\n")
               .arg(pct(typeAccuracy()))
               .arg(m_relaxed.truePositives);
    out += QStringLiteral("value accuracy  %1\n").arg(pct(valueAccuracy()));
    out += QStringLiteral("value F1        %1\n").arg(pct(valueF1()));
    out += QStringLiteral("by gold value shape: gold / matched / value correct (value accuracy)\n");
    for (auto it = m_shapes.cbegin(); it != m_shapes.cend(); ++it) {
        const ShapeCount &s = it.value();
        out += QStringLiteral("  %1 %2 %3 %4 (%5)\n")
                   .arg(it.key(), -9)
                   .arg(s.gold, 5)
                   .arg(s.matched, 5)
                   .arg(s.valueCorrect, 5)
                   .arg(s.matched ? pct(double(s.valueCorrect) / s.matched) : QStringLiteral("-"));
    }
    std::vector<std::pair<int, QString>> errors;
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
        errors.emplace_back(it.value(), it.key());
    std::stable_sort(errors.begin(), errors.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    out += QStringLiteral("most frequent errors: count kind \"words\" gold | system\n");
    for (int i = 0; i < std::min<int>(worstErrors, int(errors.size())); ++i) {
        const QStringList f = errors[std::size_t(i)].second.split(QLatin1Char('\t'));
        out += QStringLiteral("  %1 %2 \"%3\" %4 | %5\n")
                   .arg(errors[std::size_t(i)].first, 4)
                   .arg(f.value(0), -8)
                   .arg(f.value(1), f.value(2), f.value(3));
    }
    return out;
}

} // namespace demarche
