// The extractor on text no one would write on purpose: it must give a sane result (or none) and
// diagnostics, never crash, and its work must grow about linearly with the length of a sentence.
#include "extract/extractor.h"
#include "extract/sentencesplitter.h"
#include "extract/temporaltagger.h"

#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <functional>
#include <limits>

using namespace demarche;

namespace {

// A long run-on sentence: actors, verbs and dates repeat, so every stage has work to do.
QString longSentence(int words)
{
    static const QStringList vocabulary
        = QStringLiteral(
              "France condemned Russia and China signed a deal on Monday while the United Nations "
              "urged Iran to negotiate with Israel last week and officials in Beijing said that")
              .split(u' ');
    QStringList out;
    out.reserve(words);
    for (int i = 0; i < words; ++i)
        out << vocabulary[i % vocabulary.size()];
    return out.join(u' ') + u'.';
}

// CPU time of this thread, not wall time: other jobs on a busy CI machine must not count.
qint64 threadCpuNanoseconds()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

// The best of a few runs, to keep cache and scheduler noise out of a ratio.
qint64 bestNanoseconds(const std::function<void()> &work)
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (int i = 0; i < 3; ++i) {
        const qint64 start = threadCpuNanoseconds();
        work();
        best = std::min(best, threadCpuNanoseconds() - start);
    }
    return std::max<qint64>(best, 1);
}

// True when every TIMEX3 calendar value (YYYY-MM-DD, YYYY-MM, YYYY) names a real date.
bool isCalendarValueValid(const QString &value, QString *why)
{
    static const QRegularExpression day(QStringLiteral("^(\\d{4,})-(\\d\\d)-(\\d\\d)"));
    static const QRegularExpression month(QStringLiteral("^(\\d{4,})-(\\d\\d)$"));
    if (const auto m = day.match(value); m.hasMatch()) {
        if (!QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()).isValid()) {
            *why = QStringLiteral("no such day: ") + value;
            return false;
        }
    } else if (const auto m = month.match(value); m.hasMatch()) {
        const int n = m.captured(2).toInt();
        if (n < 1 || n > 12) {
            *why = QStringLiteral("no such month: ") + value;
            return false;
        }
    }
    return true;
}

} // namespace

class TestBadText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void strangeTextGivesSaneResult_data();
    void strangeTextGivesSaneResult();
    void impossibleDates_data();
    void impossibleDates();
    void longSentenceGrowsLinearly_data();
    void longSentenceGrowsLinearly();

private:
    std::unique_ptr<Extractor> m_extractor;
};

void TestBadText::initTestCase()
{
    m_extractor = std::make_unique<Extractor>();
}

void TestBadText::strangeTextGivesSaneResult_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("published");

    QByteArray binary;
    for (int i = 0; i < 2000; ++i)
        binary += char((i * 7919) & 0xff);
    const QDate date(2026, 1, 7);
    QTest::newRow("empty") << QString() << date;
    QTest::newRow("blank") << QStringLiteral(" \n\t \u00a0\u2028") << date;
    QTest::newRow("decoded invalid UTF-8")
        << QString::fromUtf8("caf\xe9 \xff\xfe France \xc0\xaf met") << date;
    QTest::newRow("binary as Latin-1") << QString::fromLatin1(binary) << date;
    QTest::newRow("NULs and controls")
        << QString::fromLatin1("France\0met\x01Iran.\x1b[0m", 20) << date;
    QTest::newRow("lone surrogates")
        << QString(QChar(0xd800)) + QStringLiteral("France met Iran.") + QChar(0xdc00) << date;
    QTest::newRow("astral characters")
        << QStringLiteral("😀 France 😀 condemned 😀 Iran 😀 on Monday.") << date;
    QTest::newRow("only punctuation") << QStringLiteral(".").repeated(5000) << date;
    QTest::newRow("no publication date")
        << QStringLiteral("France condemned Iran on Monday.") << QDate();
    QTest::newRow("publication in year 99999")
        << QStringLiteral("France condemned Iran yesterday.") << QDate(99999, 1, 1);
    QTest::newRow("publication before the common era")
        << QStringLiteral("France condemned Iran last year.") << QDate(-44, 3, 15);
}

void TestBadText::strangeTextGivesSaneResult()
{
    QFETCH(QString, text);
    QFETCH(QDate, published);
    Article article;
    article.id = QStringLiteral("odd");
    article.text = text;
    article.published = published;
    const ExtractionResult result = m_extractor->extract(article);
    const qsizetype codePoints = text.toUcs4().size();
    for (const Sentence &s : result.sentences)
        QVERIFY(0 <= s.span.begin && s.span.begin <= s.span.end && s.span.end <= codePoints);
    for (const TimeExpression &t : result.timeExpressions)
        QVERIFY(0 <= t.span.begin && t.span.begin <= t.span.end && t.span.end <= codePoints);
    for (const Event &e : result.events) {
        QCOMPARE(e.articleId, article.id);
        QVERIFY(e.sentenceSpan.end <= codePoints);
        QVERIFY(!e.cameoCode.isEmpty());
    }
    if (text.trimmed().isEmpty() || !published.isValid())
        QVERIFY(!result.diagnostics.isEmpty());
}

// Dates that do not exist: no expression may claim a calendar day that is not there.
void TestBadText::impossibleDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("the 31st of February")
        << QStringLiteral("Talks were held on the 31st of February.");
    QTest::newRow("February 30") << QStringLiteral("The vote on February 30, 2025 was cancelled.");
    QTest::newRow("April 31") << QStringLiteral("It ended on 31 April 2024.");
    QTest::newRow("29 February of a common year")
        << QStringLiteral("It began on 29 February 2023.");
    QTest::newRow("month 13") << QStringLiteral("Signed on 2024-13-01 in Paris.");
    QTest::newRow("day 0") << QStringLiteral("Signed on 2024-05-00 in Paris.");
    QTest::newRow("year 99999") << QStringLiteral("The treaty runs until the year 99999.");
    QTest::newRow("day in year 99999") << QStringLiteral("It expires on 1 January 99999.");
    QTest::newRow("huge number of years")
        << QStringLiteral("In 99999999999999999999 years ago talks began.");
    QTest::newRow("huge number of days")
        << QStringLiteral("Talks resume in 4294967296 days and ended 2147483648 weeks ago.");
}

void TestBadText::impossibleDates()
{
    QFETCH(QString, text);
    const std::vector<TimeExpression> found = TemporalTagger().tag(text, QDate(2026, 1, 7));
    for (const TimeExpression &t : found) {
        QVERIFY(0 <= t.span.begin && t.span.begin <= t.span.end && t.span.end <= text.size());
        QString why;
        QVERIFY2(isCalendarValueValid(t.value, &why),
                 qPrintable(why + QStringLiteral(" for ") + t.text));
        if (t.interval.earliest.isValid() || t.interval.latest.isValid())
            QVERIFY2(t.interval.isValid(), qPrintable(t.value));
    }
    Article article;
    article.id = QStringLiteral("dates");
    article.text = text;
    article.published = QDate(2026, 1, 7);
    for (const Event &e : m_extractor->extract(article).events)
        QVERIFY2(!e.date.earliest.isValid() || e.date.isValid(), qPrintable(e.date.value));
}

// A 10,000-word sentence: the work must grow about linearly. The CPU time of the 10x longer run
// is compared with the short run's and must stay far under the 100x of a quadratic algorithm.
void TestBadText::longSentenceGrowsLinearly_data()
{
    QTest::addColumn<QString>("stage");
    QTest::newRow("sentence splitter") << "split";
    QTest::newRow("temporal tagger") << "tag";
    QTest::newRow("whole extractor") << "extract";
}

void TestBadText::longSentenceGrowsLinearly()
{
    QFETCH(QString, stage);
    const auto run = [&](const QString &text) {
        if (stage == QLatin1String("split"))
            QCOMPARE(int(SentenceSplitter::builtin().split(text).size()), 1);
        else if (stage == QLatin1String("tag"))
            QVERIFY(!TemporalTagger().tag(text, QDate(2026, 1, 7)).empty());
        else {
            Article article;
            article.id = QStringLiteral("long");
            article.text = text;
            article.published = QDate(2026, 1, 7);
            QCOMPARE(int(m_extractor->extract(article).sentences.size()), 1);
        }
    };
    const QString shortText = longSentence(1000);
    const QString longText = longSentence(10000);
    run(shortText); // warm up dictionaries and ICU
    const qint64 shortTime = bestNanoseconds([&] { run(shortText); });
    const qint64 longTime = bestNanoseconds([&] { run(longText); });
    const double ratio = double(longTime) / double(shortTime);
    qInfo("%s: 1,000 words %.1f ms, 10,000 words %.1f ms, ratio %.1f", qPrintable(stage),
          shortTime / 1e6, longTime / 1e6, ratio);
    QVERIFY2(ratio < 40.0,
             qPrintable(QStringLiteral("grows like n^%1").arg(std::log10(ratio), 0, 'f', 2)));
}

QTEST_GUILESS_MAIN(TestBadText)
#include "tst_badtext.moc"
