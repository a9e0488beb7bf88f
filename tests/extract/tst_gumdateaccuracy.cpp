#include "extract/temporaltagger.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

#include <cstdio>

using namespace demarche;

// Scores the temporal tagger on a corpus it was never tuned on: the 24 Wikinews articles of the
// GUM corpus, whose annotators marked every date expression with the calendar interval it means
// (<date when="2015-08-21">, <date from=".." to="..">). The tagger's interval for each expression
// is compared with theirs: this is what the timeline draws, whatever the TIMEX3 value string.
class TestGumDateAccuracy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wikinews();
};

namespace {

// One annotated date: its token range and the interval the annotators gave.
struct GoldDate
{
    int firstToken = 0;
    int endToken = 0; // one past the last token
    QDate earliest; // invalid: open
    QDate latest;
    QString words;
};

struct GumArticle
{
    QString id;
    QDate created;
    QString text;
    std::vector<int> tokenBegin; // UTF-16 offset of each token in text
    std::vector<int> tokenEnd;
    std::vector<GoldDate> dates;
};

// The interval a GUM date attribute value ("2015", "2015-08", "2015-08-21") stands for.
std::pair<QDate, QDate> periodOf(const QString &value)
{
    const QStringList parts = value.split(QLatin1Char('-'));
    bool ok = false;
    const int year = parts.value(0).toInt(&ok);
    if (!ok)
        return {};
    if (parts.size() == 1)
        return {QDate(year, 1, 1), QDate(year, 12, 31)};
    const int month = parts.value(1).toInt();
    if (parts.size() == 2) {
        const QDate first(year, month, 1);
        return {first, first.addDays(first.daysInMonth() - 1)};
    }
    const QDate day(year, month, parts.value(2).toInt());
    return {day, day};
}

GoldDate goldDate(const QString &attributes)
{
    GoldDate date;
    QMap<QString, QString> values;
    static const QRegularExpression attribute(QStringLiteral("(\\w+)=\"([^\"]*)\""));
    for (auto it = attribute.globalMatch(attributes); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        values.insert(m.captured(1), m.captured(2));
    }
    if (values.contains(QStringLiteral("when"))) {
        std::tie(date.earliest, date.latest) = periodOf(values.value(QStringLiteral("when")));
        return date;
    }
    const QString from
        = values.value(QStringLiteral("from"), values.value(QStringLiteral("notBefore")));
    const QString to = values.value(QStringLiteral("to"), values.value(QStringLiteral("notAfter")));
    if (!from.isEmpty())
        date.earliest = periodOf(from).first;
    if (!to.isEmpty())
        date.latest = periodOf(to).second;
    return date;
}

// The text with its exact spacing from the CoNLL-U file (SpaceAfter=No), paragraphs apart.
bool readConllu(const QString &path, GumArticle &article)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    bool spaceAfter = false;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("# meta::dateCreated = ")))
            article.created = QDate::fromString(line.mid(22).trimmed(), Qt::ISODate);
        if (line.startsWith(QLatin1String("# newpar")) && !article.text.isEmpty()
            && !line.startsWith(QLatin1String("# newpar_")))
            article.text += QLatin1String("\n\n");
        else if (line.startsWith(QLatin1String("# sent_id")) && !article.text.isEmpty()
                 && !article.text.endsWith(QLatin1Char('\n')))
            article.text += QLatin1Char(' ');
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() < 10 || fields[0].contains(QLatin1Char('-'))
            || fields[0].contains(QLatin1Char('.')))
            continue;
        if (spaceAfter && !article.text.isEmpty() && !article.text.back().isSpace())
            article.text += QLatin1Char(' ');
        article.tokenBegin.push_back(int(article.text.size()));
        article.text += fields[1];
        article.tokenEnd.push_back(int(article.text.size()));
        spaceAfter = !fields[9].split(QLatin1Char('|')).contains(QStringLiteral("SpaceAfter=No"));
    }
    return article.created.isValid();
}

// The <date> elements of the token-per-line XML, by token index.
bool readDates(const QString &path, GumArticle &article)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    int token = 0;
    std::vector<GoldDate> open;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("<date "))) {
            GoldDate date = goldDate(line);
            date.firstToken = token;
            open.push_back(date);
        } else if (line.startsWith(QLatin1String("</date>")) && !open.empty()) {
            open.back().endToken = token;
            article.dates.push_back(open.back());
            open.pop_back();
        } else if (!line.isEmpty() && !line.startsWith(QLatin1Char('<'))) {
            for (GoldDate &date : open)
                date.words += line.section(QLatin1Char('\t'), 0, 0) + QLatin1Char(' ');
            ++token;
        }
    }
    return token == int(article.tokenBegin.size());
}

// Counts, over all articles, how many gold dates we found and with which interval.
struct GumScore
{
    int gold = 0;
    int found = 0;
    int exactExtent = 0;
    int sameInterval = 0;
    int systemDates = 0;
    int systemUnmatched = 0;
    QStringList misses;

    void add(const GumArticle &article, const std::vector<TimeExpression> &ours);
    double recall() const { return gold ? double(found) / gold : 0; }
    double intervalAccuracy() const { return found ? double(sameInterval) / found : 0; }
    void print(int articles) const;
};

// The first of our expressions not yet used that overlaps [begin, end), or -1.
int overlapping(const std::vector<TimeExpression> &ours, std::vector<bool> &used, int begin,
                int end)
{
    for (std::size_t k = 0; k < ours.size(); ++k) {
        if (ours[k].span.begin < end && begin < ours[k].span.end && !used[k]) {
            used[k] = true;
            return int(k);
        }
    }
    return -1;
}

void GumScore::add(const GumArticle &article, const std::vector<TimeExpression> &ours)
{
    std::vector<bool> used(ours.size(), false);
    for (const GoldDate &date : article.dates) {
        ++gold;
        const int begin = article.tokenBegin[std::size_t(date.firstToken)];
        const int end = article.tokenEnd[std::size_t(date.endToken - 1)];
        const int k = overlapping(ours, used, begin, end);
        if (k < 0) {
            misses << QStringLiteral("missed   \"%1\"").arg(date.words.trimmed());
            continue;
        }
        const TimeExpression &match = ours[std::size_t(k)];
        ++found;
        exactExtent += match.span.begin == begin && match.span.end == end;
        const bool same = (!date.earliest.isValid() || match.interval.earliest == date.earliest)
            && (!date.latest.isValid() || match.interval.latest == date.latest);
        sameInterval += same;
        if (!same)
            misses << QStringLiteral("interval \"%1\" gold %2..%3, ours %4..%5 (%6)")
                          .arg(date.words.trimmed(), date.earliest.toString(Qt::ISODate),
                               date.latest.toString(Qt::ISODate),
                               match.interval.earliest.toString(Qt::ISODate),
                               match.interval.latest.toString(Qt::ISODate), match.value);
    }
    for (std::size_t k = 0; k < ours.size(); ++k) {
        if (ours[k].type != TimexType::Date && ours[k].type != TimexType::Time)
            continue;
        ++systemDates;
        systemUnmatched += !used[k];
    }
}

void GumScore::print(int articles) const
{
    std::printf("GUM Wikinews dates: %d articles, %d gold date expressions\n", articles, gold);
    std::printf("found (overlapping)   %d / %d  recall %.2f\n", found, gold, 100 * recall());
    std::printf("same extent           %d / %d\n", exactExtent, found);
    std::printf("same interval         %d / %d  interval accuracy %.2f, x recall %.2f\n",
                sameInterval, found, 100 * intervalAccuracy(), 100 * intervalAccuracy() * recall());
    std::printf("our DATE/TIME expressions %d, %d over no GUM date (GUM marks dates only, not "
                "\"now\" or \"recently\")\n",
                systemDates, systemUnmatched);
    for (const QString &miss : misses)
        std::printf("  %s\n", qPrintable(miss));
}

} // namespace

void TestGumDateAccuracy::wikinews()
{
    const QString root = QStringLiteral(DEMARCHE_SHARED_DATA "/corpora/wikinews-gum");
    if (!QDir(root + QStringLiteral("/xml")).exists())
        QSKIP(qPrintable(
            QStringLiteral("GUM Wikinews folder absent (%1): nothing to score").arg(root)));
    const QStringList names
        = QDir(root + QStringLiteral("/xml")).entryList({QStringLiteral("*.xml")}, QDir::Files);
    QVERIFY(!names.isEmpty());

    const TemporalTagger tagger;
    GumScore score;
    for (const QString &name : names) {
        GumArticle article;
        const QString base = name.chopped(4);
        QVERIFY2(
            readConllu(root + QStringLiteral("/dep/") + base + QStringLiteral(".conllu"), article),
            qPrintable(base));
        QVERIFY2(readDates(root + QStringLiteral("/xml/") + name, article),
                 qPrintable(base + QStringLiteral(": XML and CoNLL-U tokens differ")));
        score.add(article, tagger.tag(article.text, article.created));
    }
    score.print(int(names.size()));
    // Measured: recall 94.33, interval accuracy 93.44.
    QVERIFY2(score.recall() >= 0.940, "recall below its floor");
    QVERIFY2(score.intervalAccuracy() >= 0.930, "interval accuracy below its floor");
}

QTEST_GUILESS_MAIN(TestGumDateAccuracy)
#include "tst_gumdateaccuracy.moc"
