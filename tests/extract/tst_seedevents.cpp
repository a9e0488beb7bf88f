#include "extract/extractor.h"

#include <QFile>
#include <QTest>

using namespace demarche;

// The bundled seed article (Lee asks Xi to mediate with North Korea, published 2026-01-07): the
// events issue 4 lists must come out with their dyads, roots and date intervals.
class TestSeedEvents final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(QStringLiteral(DEMARCHE_SEEDS "/000_e5702d1b6194a3ea.txt"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        Article article;
        article.id = QStringLiteral("000_e5702d1b6194a3ea");
        article.text = QString::fromUtf8(file.readAll());
        article.published = QDate(2026, 1, 7);
        m_result = Extractor().extract(article);
        m_text = article.text;
        for (const Event &e : m_result.events)
            qInfo().noquote() << QStringLiteral("%1>%2 %3 %4 [%5..%6] %7 \"%8\"")
                                     .arg(e.source.code,
                                          e.target ? e.target->code : QStringLiteral("-"),
                                          e.cameoCode, e.date.value,
                                          e.date.earliest.toString(Qt::ISODate),
                                          e.date.latest.toString(Qt::ISODate),
                                          modalityName(e.modality), e.trigger);
    }

    void events_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("code"); // a full code, or a root when two digits
        QTest::addColumn<QDate>("earliest"); // the event's interval must lie inside
        QTest::addColumn<QDate>("latest");
        const QDate weekStart(2026, 1, 5); // Monday of 2026-W02
        const QDate weekEnd(2026, 1, 11);
        const QDate anyStart(2025, 12, 31);
        QTest::newRow("Lee asks Xi to mediate, week of 5 January") << "KOR"
                                                                   << "CHN"
                                                                   << "028" << weekStart << weekEnd;
        QTest::newRow("state visit to China") << "KOR"
                                              << "CHN"
                                              << "042" << weekStart << weekEnd;
        QTest::newRow("summit in Beijing with Xi, week of 5 January")
            << "KOR"
            << "CHN"
            << "046" << weekStart << weekEnd;
        // CAMEO has no code for taking office; 017 (symbolic act: ceremonies) is the nearest.
        QTest::newRow("Lee took office in mid-2025")
            << "KOR" << QString() << "017" << QDate(2025, 1, 1) << QDate(2025, 12, 31);
        // Dated by the paragraph's "this week", on or before the publication day.
        QTest::newRow("Xi acknowledges Seoul's efforts") << "CHN"
                                                         << "KOR"
                                                         << "05" << weekStart << weekEnd;
        QTest::newRow("South Korea urges China to use its influence")
            << "KOR"
            << "CHN"
            << "02" << anyStart << weekEnd;
        QTest::newRow("the United States urges China to use its influence")
            << "USA"
            << "CHN"
            << "02" << anyStart << weekEnd;
        QTest::newRow("North Korea's recent missile tests")
            << "PRK" << QString() << "15" << QDate(2025, 1, 1) << QDate(2026, 1, 7);
    }
    void events()
    {
        QFETCH(QString, source);
        QFETCH(QString, target);
        QFETCH(QString, code);
        QFETCH(QDate, earliest);
        QFETCH(QDate, latest);
        const Event *found = nullptr;
        for (const Event &e : m_result.events) {
            const bool codeOk = code.size() == 2 ? e.cameoRoot == code : e.cameoCode == code;
            const bool targetOk = target.isEmpty() || (e.target && e.target->country == target);
            if (e.source.country == source && targetOk && codeOk) {
                found = &e;
                break;
            }
        }
        QVERIFY2(found, qPrintable(QStringLiteral("no %1>%2 %3 event").arg(source, target, code)));
        QVERIFY(found->date.isValid());
        QVERIFY2(found->date.earliest >= earliest && found->date.latest <= latest,
                 qPrintable(found->date.value));
        QCOMPARE(found->reportDate, QDate(2026, 1, 7));
        // Spans are code points into the article; the trigger text stands there.
        QVERIFY(found->sentenceSpan.contains(found->triggerSpan));
        QCOMPARE(found->cameoCode.left(2), found->cameoRoot);
    }

    // "since assuming office in mid-2025": the taking of office is dated by the middle of 2025,
    // an interval inside the year that holds its middle.
    void leeTookOfficeMid2025()
    {
        const TimeExpression *mid = nullptr;
        for (const TimeExpression &t : m_result.timeExpressions)
            if (t.text.contains(QStringLiteral("mid-2025")))
                mid = &t;
        QVERIFY2(mid, "no time expression for \"mid-2025\"");
        const Event *office = nullptr;
        for (const Event &e : m_result.events)
            if (e.cameoCode == QLatin1String("017") && e.source.country == QLatin1String("KOR"))
                office = &e;
        QVERIFY2(office, "no KOR 017 event for taking office");
        QVERIFY(!office->target);
        QCOMPARE(office->date.basis, DateBasis::Stated);
        QCOMPARE(office->date.earliest, mid->interval.earliest);
        QCOMPARE(office->date.latest, mid->interval.latest);
        QVERIFY(office->date.earliest <= QDate(2025, 6, 30)
                && office->date.latest >= QDate(2025, 7, 1));
        // The visit in the same sentence is not dated by the anchored "mid-2025".
        for (const Event &e : m_result.events)
            if (e.cameoCode == QLatin1String("042"))
                QVERIFY2(e.date.earliest > QDate(2025, 12, 31), qPrintable(e.date.value));
    }

    void noBareStatementsAndNoBadCodes()
    {
        QVERIFY(!m_result.events.empty());
        for (const Event &e : m_result.events) {
            QVERIFY2(CameoTable::builtin().contains(e.cameoCode), qPrintable(e.cameoCode));
            QVERIFY(e.cameoCode != QLatin1String("010"));
            QVERIFY(e.source.isValid());
        }
        QVERIFY(m_result.events.size() <= m_result.sentences.size());
    }

private:
    ExtractionResult m_result;
    QString m_text;
};

QTEST_GUILESS_MAIN(TestSeedEvents)
#include "tst_seedevents.moc"
