#include "extract/eventcoder.h"
#include "extract/extractor.h"
#include "extract/sentencesplitter.h"

#include <QTest>

using namespace demarche;

namespace {

// A tiny stand-in for the actor recogniser, so that these tests check the coder alone: a fixed
// phrase list, longest match first, whole words only.
struct StandIn
{
    QString phrase;
    QString country;
    QString sector;
    ActorKind kind;
    bool isPlural = false;
};

const std::vector<StandIn> &standIns()
{
    static const std::vector<StandIn> list {
        {QStringLiteral("South Korean President Lee Jae Myung"), QStringLiteral("KOR"),
         QStringLiteral("GOV"), ActorKind::Person},
        {QStringLiteral("Chinese President Xi Jinping"), QStringLiteral("CHN"),
         QStringLiteral("GOV"), ActorKind::Person},
        {QStringLiteral("South Korea"), QStringLiteral("KOR"), {}, ActorKind::Country},
        {QStringLiteral("North Korea"), QStringLiteral("PRK"), {}, ActorKind::Country},
        {QStringLiteral("the United States"), QStringLiteral("USA"), {}, ActorKind::Country},
        {QStringLiteral("China"), QStringLiteral("CHN"), {}, ActorKind::Country},
        {QStringLiteral("Japan"), QStringLiteral("JPN"), {}, ActorKind::Country},
        {QStringLiteral("Russia"), QStringLiteral("RUS"), {}, ActorKind::Country},
        {QStringLiteral("Ukraine"), QStringLiteral("UKR"), {}, ActorKind::Country},
        {QStringLiteral("Iran"), QStringLiteral("IRN"), {}, ActorKind::Country},
        {QStringLiteral("Israel"), QStringLiteral("ISR"), {}, ActorKind::Country},
        {QStringLiteral("Israeli troops"), QStringLiteral("ISR"), QStringLiteral("MIL"),
         ActorKind::Role, true},
        {QStringLiteral("Palestinians"), QStringLiteral("PSE"), {}, ActorKind::Group, true},
        {QStringLiteral("the United Nations"), QStringLiteral("IGOUNO"), {}, ActorKind::Igo},
        {QStringLiteral("Seoul"), QStringLiteral("KOR"), {}, ActorKind::Country},
        {QStringLiteral("Pyongyang"), QStringLiteral("PRK"), {}, ActorKind::Country},
        {QStringLiteral("Beijing"), QStringLiteral("CHN"), {}, ActorKind::Country},
        {QStringLiteral("Ramallah"), QStringLiteral("PSE"), {}, ActorKind::Country},
        {QStringLiteral("UN peacekeepers"), QStringLiteral("IGOUNO"), {}, ActorKind::Role, true},
        {QStringLiteral("Unidentified gunmen"), {}, QStringLiteral("UAF"), ActorKind::Group, true},
    };
    return list;
}

std::vector<ActorMention> findActors(const QString &text)
{
    std::vector<ActorMention> out;
    int pos = 0;
    while (pos < text.size()) {
        const bool atWordStart = pos == 0 || !text[pos - 1].isLetterOrNumber();
        const StandIn *best = nullptr;
        if (atWordStart) {
            for (const StandIn &s : standIns()) {
                const int end = pos + int(s.phrase.size());
                if (text.mid(pos, s.phrase.size()) == s.phrase
                    && (end >= text.size() || !text[end].isLetterOrNumber())
                    && (!best || s.phrase.size() > best->phrase.size()))
                    best = &s;
            }
        }
        if (!best) {
            ++pos;
            continue;
        }
        ActorMention m;
        m.span = {pos, pos + int(best->phrase.size())};
        m.kind = best->kind;
        m.isPlural = best->isPlural;
        m.actor.country = best->country;
        m.actor.sector = best->sector;
        m.actor.code = best->country + best->sector;
        m.actor.mention = best->phrase;
        m.actor.span = m.span;
        out.push_back(m);
        pos = m.span.end;
    }
    return out;
}

// The coder's events for every sentence of the text, in order.
std::vector<Event> codeEvents(const QString &text)
{
    const std::vector<ActorMention> mentions = findActors(text);
    const EventCoder coder;
    std::vector<Event> out;
    const std::vector<TextSpan> sentences = SentenceSplitter::builtin().split(text);
    for (size_t i = 0; i < sentences.size(); ++i)
        for (const Event &e :
             coder.code(text, sentences[i], int(i), mentions, {}, QDate(2026, 1, 7)))
            out.push_back(e);
    return out;
}

// "SRC>TGT:code:modality" for every event of the text, in order, joined by spaces.
QString codeText(const QString &text)
{
    QStringList out;
    for (const Event &e : codeEvents(text))
        out << QStringLiteral("%1>%2:%3:%4")
                   .arg(e.source.country.isEmpty() ? e.source.code : e.source.country,
                        e.target ? e.target->country : QStringLiteral("-"), e.cameoCode,
                        modalityName(e.modality));
    return out.join(QLatin1Char(' '));
}

} // namespace

class TestEventCoder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dictionaryCoversEveryRoot()
    {
        const QSet<QString> roots = VerbDictionary::builtin().roots();
        for (int r = 1; r <= 20; ++r)
            QVERIFY2(roots.contains(QStringLiteral("%1").arg(r, 2, 10, QLatin1Char('0'))),
                     qPrintable(QStringLiteral("no pattern for root %1").arg(r)));
    }

    void badCodeIsALoadError()
    {
        const Result<VerbDictionary> bad = VerbDictionary::parse(
            QStringLiteral("999 v frobnicate\n"), QString(), CameoTable::builtin());
        QVERIFY(!bad);
        QVERIFY(bad.error().contains(QStringLiteral("999")));
        const Result<VerbDictionary> good
            = VerbDictionary::parse(QStringLiteral("057 v sign * treaty\n"),
                                    QStringLiteral("sign\n"), CameoTable::builtin());
        QVERIFY2(good, qPrintable(good.error()));
    }

    void lemmas_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<QString>("lemma");
        QTest::newRow("irregular past") << "met"
                                        << "meet";
        QTest::newRow("irregular participle") << "withdrawn"
                                              << "withdraw";
        QTest::newRow("ied") << "criticized"
                             << "criticize";
        QTest::newRow("british spelling") << "criticised"
                                          << "criticize";
        QTest::newRow("doubled consonant") << "banned"
                                           << "ban";
        QTest::newRow("third person") << "urges"
                                      << "urge";
        QTest::newRow("gerund") << "threatening"
                                << "threaten";
        QTest::newRow("unknown word stays") << "table"
                                            << "table";
    }
    void lemmas()
    {
        QFETCH(QString, form);
        QFETCH(QString, lemma);
        QCOMPARE(VerbDictionary::builtin().lemma(form), lemma);
    }

    void code_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        // One row per root, then voice, negation, modality and compounds.
        QTest::newRow("01 condolences") << "Japan expressed condolences to Ukraine."
                                        << "JPN>UKR:018:asserted";
        QTest::newRow("02 mediation appeal")
            << "South Korean President Lee Jae Myung has formally asked Chinese President Xi "
               "Jinping to act as a mediator with North Korea."
            << "KOR>CHN:028:asserted";
        QTest::newRow("03 agree") << "Russia agreed to resume talks with Ukraine."
                                  << "RUS>UKR:036:asserted";
        QTest::newRow("04 visit") << "Japan's foreign minister visited China on Monday."
                                  << "JPN>CHN:042:asserted";
        QTest::newRow("05 praise") << "China praised Russia for its restraint."
                                   << "CHN>RUS:051:asserted";
        QTest::newRow("06 share intelligence")
            << "Israel shared intelligence with the United States."
            << "ISR>USA:064:asserted";
        QTest::newRow("07 aid") << "Japan provided humanitarian aid to Ukraine."
                                << "JPN>UKR:073:asserted";
        QTest::newRow("aid stated for the future is an intent (03)")
            << "Japan will provide humanitarian aid to Ukraine."
            << "JPN>UKR:0333:asserted";
        QTest::newRow("attack stated for the future is a threat (13)")
            << "Russia will attack Ukraine."
            << "RUS>UKR:138:asserted";
        QTest::newRow("a possible harm under a condition is a threat")
            << "Russia could attack Ukraine unless Japan withdraws."
            << "RUS>UKR:138:asserted";
        QTest::newRow("a possible attack stays an attack, possible")
            << "Russia could attack Ukraine."
            << "RUS>UKR:190:possible";
        QTest::newRow("08 release") << "Iran released three prisoners from Israel."
                                    << "IRN>ISR:0841:asserted";
        QTest::newRow("09 investigate") << "the United Nations will investigate Russia."
                                        << "IGOUNO>RUS:090:future";
        QTest::newRow("10 demand") << "China demanded that Japan withdraw its ships."
                                   << "CHN>JPN:1056:asserted";
        QTest::newRow("11 accuse") << "Iran accused Israel of sabotage."
                                   << "IRN>ISR:112:asserted";
        QTest::newRow("12 reject") << "Ukraine rejected a proposal from Russia."
                                   << "UKR>RUS:1246:asserted";
        QTest::newRow("13 threaten") << "North Korea threatened to attack South Korea."
                                     << "PRK>KOR:138:asserted";
        QTest::newRow("14 protest") << "Palestinians demonstrated against Israel."
                                    << "PSE>ISR:141:asserted";
        QTest::newRow("protest without a named target is domestic")
            << "Palestinians demonstrated on Friday."
            << "PSE>PSE:141:asserted";
        QTest::newRow("protest placed in the own country is domestic")
            << "Thousands of Palestinians rallied in Ramallah."
            << "PSE>PSE:141:asserted";
        QTest::newRow("arrest without a named target is domestic")
            << "Israeli troops arrested dozens overnight."
            << "ISR>ISR:173:asserted";
        QTest::newRow("attack without a named target is domestic")
            << "Israeli troops opened fire overnight."
            << "ISR>ISR:193:asserted";
        QTest::newRow("an IGO has no own state to target")
            << "UN peacekeepers arrested dozens overnight."
            << "IGOUNO>-:173:asserted";
        QTest::newRow("an actor without a country has no own state to target")
            << "Unidentified gunmen opened fire overnight."
            << "UAF>-:193:asserted";
        QTest::newRow("compound sources without a target act on each other")
            << "Israeli troops and Palestinians fought overnight."
            << "ISR>PSE:190:asserted PSE>ISR:190:asserted";
        QTest::newRow("15 missile test") << "North Korea tested two ballistic missiles."
                                         << "PRK>-:150:asserted";
        QTest::newRow("16 sanctions") << "the United States imposed new sanctions on Iran."
                                      << "USA>IRN:163:asserted";
        QTest::newRow("17 arrest") << "Israeli troops arrested 20 Palestinians."
                                   << "ISR>PSE:173:asserted";
        QTest::newRow("18 abduct") << "Russia abducted children from Ukraine."
                                   << "RUS>UKR:181:asserted";
        QTest::newRow("19 attack") << "Russia attacked Ukraine overnight."
                                   << "RUS>UKR:190:asserted";
        QTest::newRow("20 ethnic cleansing")
            << "Russia was accused of ethnic cleansing against Ukraine."
            << "";
        QTest::newRow("passive with agent") << "Ukraine was attacked by Russia."
                                            << "RUS>UKR:190:asserted";
        QTest::newRow("passive without agent") << "Ukraine was attacked on Sunday."
                                               << "";
        QTest::newRow("reduced passive with agent") << "Israeli troops attacked by Palestinians."
                                                    << "PSE>ISR:190:asserted";
        QTest::newRow("a past tense before a gerund is active")
            << "Palestinians protested by marching on Israel."
            << "PSE>ISR:140:asserted";
        QTest::newRow("negation") << "China did not criticize Russia."
                                  << "CHN>RUS:111:negated";
        QTest::newRow("refusal") << "Iran refused to meet Israel."
                                 << "IRN>ISR:040:refused";
        QTest::newRow("possible") << "Iran may attack Israel."
                                  << "IRN>ISR:190:possible";
        QTest::newRow("compound source")
            << "South Korea and the United States have urged China to use its influence over "
               "Pyongyang."
            << "KOR>CHN:028:asserted USA>CHN:028:asserted";
        QTest::newRow("compound target") << "Japan praised China and Russia."
                                         << "JPN>CHN:051:asserted JPN>RUS:051:asserted";
        QTest::newRow("reciprocal") << "China and Russia signed an agreement."
                                    << "CHN>RUS:057:asserted RUS>CHN:057:asserted";
        QTest::newRow("pronoun subject")
            << "Iran said it would allow inspectors from the United Nations."
            << "IRN>IGOUNO:0355:asserted";
        QTest::newRow("noun trigger") << "Japan's state visit to China ended."
                                      << "JPN>CHN:042:asserted";
        QTest::newRow("summit after a temporal preposition")
            << "Japan's prime minister spoke to reporters following a summit with China."
            << "JPN>CHN:046:asserted";
        QTest::newRow("taking office has no target") << "Ukraine's president took office in May."
                                                     << "UKR>-:017:asserted";
        QTest::newRow("gerund after a subordinator takes the main subject")
            << "Japan's premier visited China after meeting Russia's president."
            << "JPN>CHN:042:asserted JPN>RUS:040:asserted";
        QTest::newRow("a verb after 'and' shares the subject of the verb before")
            << "A car bomb killed Japan's ambassador and wounded two Russian diplomats."
            << "";
        QTest::newRow("a verb word after a determiner is a noun")
            << "Iran said the attacks on Israel were wrong."
            << "";
        QTest::newRow("an event noun without its own actor is the subject's")
            << "Thousands of Palestinians gathered for a demonstration against Israel."
            << "PSE>ISR:141:asserted";
        QTest::newRow("but not a passive subject's")
            << "Three Palestinians were wounded in an air strike."
            << "";
        QTest::newRow("'wants to' states an intent") << "Russia wants to attack Ukraine."
                                                     << "RUS>UKR:138:asserted";
        QTest::newRow("agreeing to an action is the intent to do it")
            << "the United States agreed to lift sanctions on Iran."
            << "USA>IRN:0354:asserted";
        QTest::newRow("the speaker of a report is not a conjunct")
            << "Israeli troops arrested 20 Palestinians, the United Nations said."
            << "ISR>PSE:173:asserted";
        QTest::newRow("meeting in a third country") << "Japan met Russia in Beijing."
                                                    << "JPN>RUS:044:asserted";
        QTest::newRow("meeting in one side's own country is no third location")
            << "Japan met China in Beijing."
            << "JPN>CHN:040:asserted";
        QTest::newRow("no actor no event") << "Officials met on Monday."
                                           << "";
        QTest::newRow("bare statement is not coded") << "China said Japan was wrong."
                                                     << "";
        QTest::newRow("capitalised month is not a verb") << "Russia in March said nothing."
                                                         << "";
    }
    void code()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(codeText(text), expected);
    }

    // A domestic target the text does not name is marked: no mention or span, a readable name
    // from the actor dictionary, and the confidence of a targetless event, below that of the same
    // event with a named target.
    void inferredDomesticTarget_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("isInferred");
        QTest::newRow("no target named") << "Palestinians demonstrated on Friday." << true;
        QTest::newRow("the own country named as the place")
            << "Palestinians demonstrated in Ramallah on Friday." << false;
        QTest::newRow("a foreign target named")
            << "Palestinians demonstrated against Israel on Friday." << false;
    }
    void inferredDomesticTarget()
    {
        QFETCH(QString, text);
        QFETCH(bool, isInferred);
        const QString named = QStringLiteral("Palestinians demonstrated against Israel on Friday.");
        const std::vector<Event> events = codeEvents(text);
        const std::vector<Event> reference = codeEvents(named);
        QCOMPARE(events.size(), size_t(1));
        QCOMPARE(reference.size(), size_t(1));
        const Event &e = events.front();
        QVERIFY(e.target.has_value());
        QVERIFY(!isInferred || !e.target->name.isEmpty());
        QCOMPARE(e.target->mention.isEmpty(), isInferred);
        QCOMPARE(e.target->span.isEmpty(), isInferred);
        QCOMPARE(e.confidence < reference.front().confidence, isInferred);
    }

    void dateOfClause_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<bool>("isStated");
        QTest::newRow("time expression of the sentence") << "Japan praised China on Monday."
                                                         << "Monday" << true;
        QTest::newRow("since anchors another event")
            << "Japan praised China, its partner since Monday."
            << "Monday" << false;
        QTest::newRow("no time expression") << "Japan praised China." << QString() << false;
    }
    void dateOfClause()
    {
        QFETCH(QString, text);
        QFETCH(QString, phrase);
        QFETCH(bool, isStated);
        std::vector<TimeExpression> times;
        if (!phrase.isEmpty()) {
            TimeExpression t;
            const int at = int(text.indexOf(phrase));
            t.span = {at, at + int(phrase.size())};
            t.text = phrase;
            t.value = QStringLiteral("2026-01-05");
            t.interval = DateSpan::day(QDate(2026, 1, 5));
            times.push_back(t);
        }
        const std::vector<Event> events = EventCoder().code(
            text, {0, int(text.size())}, 0, findActors(text), times, QDate(2026, 1, 7));
        QCOMPARE(events.size(), size_t(1));
        QCOMPARE(events.front().date.basis, isStated ? DateBasis::Stated : DateBasis::Publication);
        QCOMPARE(events.front().date.latest, isStated ? QDate(2026, 1, 5) : QDate(2026, 1, 7));
    }

    // The extractor dates an undated past event by the last date stated before it in its
    // paragraph, narrowed to the days before publication; a new paragraph starts afresh.
    void paragraphDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("earliest");
        QTest::addColumn<QDate>("latest");
        QTest::addColumn<bool>("isStated");
        QTest::newRow("this week, earlier in the paragraph")
            << "Talks opened this week in Geneva. Japan praised China." << QDate(2026, 1, 5)
            << QDate(2026, 1, 7) << true;
        QTest::newRow("a new paragraph does not inherit")
            << "Talks opened this week in Geneva.\nJapan praised China." << QDate(2025, 12, 31)
            << QDate(2026, 1, 7) << false;
        QTest::newRow("a date that cannot hold the event is not taken")
            << "Talks opened in March 2019. Japan praised China." << QDate(2025, 12, 31)
            << QDate(2026, 1, 7) << false;
    }
    void paragraphDate()
    {
        QFETCH(QString, text);
        QFETCH(QDate, earliest);
        QFETCH(QDate, latest);
        QFETCH(bool, isStated);
        Article article;
        article.text = text;
        article.published = QDate(2026, 1, 7);
        const ExtractionResult result = Extractor().extract(article);
        QCOMPARE(result.events.size(), size_t(1));
        const DateSpan &date = result.events.front().date;
        QCOMPARE(date.basis, isStated ? DateBasis::Stated : DateBasis::Publication);
        QCOMPARE(date.earliest, earliest);
        QCOMPARE(date.latest, latest);
    }

    void eventCarriesTableFields()
    {
        const QString text = QStringLiteral("Iran accused Israel of sabotage.");
        const std::vector<Event> events = EventCoder().code(
            text, {0, int(text.size())}, 3, findActors(text), {}, QDate(2026, 1, 7));
        QCOMPARE(events.size(), size_t(1));
        const Event &e = events.front();
        const CameoCode *code = CameoTable::builtin().find(e.cameoCode);
        QVERIFY(code);
        QCOMPARE(e.cameoRoot, QStringLiteral("11"));
        QCOMPARE(e.goldstein, code->goldstein);
        QCOMPARE(e.quadClass, code->quadClass);
        QCOMPARE(e.ploverType, code->ploverType);
        QCOMPARE(e.sentenceIndex, 3);
        QCOMPARE(e.trigger, QStringLiteral("accused"));
        QCOMPARE(text.mid(e.triggerSpan.begin, e.triggerSpan.length()), e.trigger);
        QCOMPARE(e.date.basis, DateBasis::Publication);
        QCOMPARE(e.date.latest, QDate(2026, 1, 7));
        QVERIFY(e.date.earliest < e.date.latest);
        QVERIFY(e.confidence > 0.0 && e.confidence < 1.0);
    }
};

QTEST_GUILESS_MAIN(TestEventCoder)
#include "tst_eventcoder.moc"
