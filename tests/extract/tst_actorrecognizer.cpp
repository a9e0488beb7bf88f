#include "extract/actorrecognizer.h"

#include <QFile>
#include <QTest>

using namespace demarche;

class TestActorRecognizer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mentions_data();
    void mentions();
    void traps_data();
    void traps();
    void introducedPersons_data();
    void introducedPersons();
    void pronouns_data();
    void pronouns();
    void possessive();
    void compoundPhrase();
    void spanQueries();
    void emptyText();
    void seedArticle_data();
    void seedArticle();

private:
    static const ActorMention *find(const ArticleActors &actors, const QString &text,
                                    const QString &mention);
    static QString describe(const ArticleActors &actors, const QString &text);
};

void TestActorRecognizer::initTestCase()
{
    if (!QFile::exists(ActorDictionary::defaultIsoCodesPath()))
        QSKIP("Debian's iso-codes package is not installed: no ISO 3166 list to load");
    QVERIFY2(ActorDictionary::builtin().diagnostics().isEmpty(),
             qPrintable(ActorDictionary::builtin().diagnostics().join(u'\n')));
}

const ActorMention *TestActorRecognizer::find(const ArticleActors &actors, const QString &text,
                                              const QString &mention)
{
    for (const ActorMention &m : actors.mentions())
        if (text.mid(m.span.begin, m.span.length()) == mention)
            return &m;
    return nullptr;
}

QString TestActorRecognizer::describe(const ArticleActors &actors, const QString &text)
{
    QStringList parts;
    for (const ActorMention &m : actors.mentions())
        parts << QStringLiteral("[%1]=%2").arg(text.mid(m.span.begin, m.span.length()),
                                               m.actor.code);
    return parts.join(u' ');
}

void TestActorRecognizer::mentions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("mention");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("kind");
    const QDate seed(2026, 1, 5);
    const int country = int(ActorKind::Country);
    const int person = int(ActorKind::Person);
    const int role = int(ActorKind::Role);
    const int igo = int(ActorKind::Igo);
    const int group = int(ActorKind::Group);

    QTest::newRow("country name") << "Japan protested." << seed << "Japan"
                                  << "JPN" << country;
    QTest::newRow("short form") << "Russia denied it." << seed << "Russia"
                                << "RUS" << country;
    QTest::newRow("dotted U.S.") << "He flew to the U.S. on Monday." << seed << "U.S."
                                 << "USA" << country;
    QTest::newRow("U.S. before a capital") << "The U.S. Navy sailed." << seed << "U.S. Navy"
                                           << "USAMIL" << role;
    QTest::newRow("United States")
        << "South Korea and the United States urged China." << seed << "United States"
        << "USA" << country;
    QTest::newRow("compound first")
        << "South Korea and the United States urged China." << seed << "South Korea"
        << "KOR" << country;
    QTest::newRow("capital metonym") << "Seoul said it would respond." << seed << "Seoul"
                                     << "KORGOV" << country;
    QTest::newRow("capital Pyongyang") << "Pyongyang fired a missile." << seed << "Pyongyang"
                                       << "PRKGOV" << country;
    QTest::newRow("demonym alone") << "Iraqi youths threw stones." << seed << "Iraqi"
                                   << "IRQ" << country;
    QTest::newRow("demonym plural") << "Palestinians marched." << seed << "Palestinians"
                                    << "PSE" << country;
    QTest::newRow("demonym + role") << "Israeli police arrested him." << seed << "Israeli police"
                                    << "ISRCOP" << role;
    QTest::newRow("demonym + army")
        << "The South Korean army drilled." << seed << "South Korean army"
        << "KORMIL" << role;
    QTest::newRow("possessive + role")
        << "China's foreign ministry said no." << seed << "China's foreign ministry"
        << "CHNGOV" << role;
    QTest::newRow("skip an adjective")
        << "Lebanon's new cabinet met." << seed << "Lebanon's new cabinet"
        << "LBNGOV" << role;
    QTest::newRow("role of country")
        << "The foreign minister of Iran arrived." << seed << "foreign minister of Iran"
        << "IRNGOV" << role;
    QTest::newRow("role in country")
        << "Security forces in Guinea fired." << seed << "Security forces in Guinea"
        << "GINCOP" << role;
    QTest::newRow("multiword person mention")
        << "South Korean President Lee Jae Myung asked Chinese President Xi Jinping to mediate."
        << seed << "South Korean President Lee Jae Myung"
        << "KORGOV" << person;
    QTest::newRow("second person mention")
        << "South Korean President Lee Jae Myung asked Chinese President Xi Jinping to mediate."
        << seed << "Chinese President Xi Jinping"
        << "CHNGOV" << person;
    QTest::newRow("hyphenated Korean name") << "Lee Jae-myung met Xi." << seed << "Lee Jae-myung"
                                            << "KORGOV" << person;
    QTest::newRow("distinctive surname") << "Xi urged patience." << seed << "Xi"
                                         << "CHNGOV" << person;
    QTest::newRow("leader in office")
        << "Yoon Suk Yeol visited Tokyo." << QDate(2023, 3, 16) << "Yoon Suk Yeol"
        << "KORGOV" << person;
    QTest::newRow("same leader out of office")
        << "Yoon Suk Yeol visited Tokyo." << QDate(2025, 8, 1) << "Yoon Suk Yeol"
        << "KORELI" << person;
    QTest::newRow("Trump in office") << "Trump spoke." << QDate(2018, 1, 1) << "Trump"
                                     << "USAGOV" << person;
    QTest::newRow("Trump between terms") << "Trump spoke." << QDate(2022, 1, 1) << "Trump"
                                         << "USAELI" << person;
    QTest::newRow("title + surname by date 2010")
        << "President Lee met Obama." << QDate(2010, 6, 1) << "President Lee"
        << "KORGOV" << person;
    QTest::newRow("title + surname not in office")
        << "President Lee met Obama." << QDate(2016, 6, 1) << "Obama"
        << "USAGOV" << person;
    QTest::newRow("Putin as PM") << "Vladimir Putin flew in." << QDate(2010, 1, 1)
                                 << "Vladimir Putin"
                                 << "RUSGOV" << person;
    QTest::newRow("name before country")
        << "Israel Katz spoke." << QDate(2024, 6, 1) << "Israel Katz"
        << "ISRGOV" << person;
    QTest::newRow("IGO") << "The United Nations will provide aid." << seed << "United Nations"
                         << "IGOUNO" << igo;
    QTest::newRow("IGO dotted") << "The U.N. said so." << seed << "U.N."
                                << "IGOUNO" << igo;
    QTest::newRow("IGO troops") << "NATO troops arrived." << seed << "NATO troops"
                                << "IGONATMIL" << role;
    QTest::newRow("IGO official by name")
        << "U.N. Secretary-General Kofi Annan said." << QDate(2000, 5, 1)
        << "U.N. Secretary-General Kofi Annan"
        << "IGOUNO" << person;
    QTest::newRow("European Community")
        << "European Community ministers agreed." << seed << "European Community ministers"
        << "IGOEUR" << role;
    QTest::newRow("group") << "Hamas fired rockets." << seed << "Hamas"
                           << "PSEREB" << group;
    QTest::newRow("NGO") << "Amnesty International criticised the trial." << seed
                         << "Amnesty International"
                         << "NGO" << group;
    QTest::newRow("Red Cross as the gold codes it")
        << "The Red Cross sent aid." << seed << "Red Cross"
        << "IGOIRC" << igo;
    QTest::newRow("NGO role without country")
        << "A human rights group said so." << seed << "human rights group"
        << "NGOHRI" << role;
    QTest::newRow("title + surname between terms")
        << "President Bush met Arafat." << QDate(2000, 1, 1) << "President Bush"
        << "USAGOV" << person;
    QTest::newRow("unambiguous Jordan")
        << "Jordan and Britain have agreed to hold exercises." << QDate(2000, 1, 1) << "Jordan"
        << "JOR" << country;
    QTest::newRow("Turkey the country") << "Turkey and Greece signed a deal." << seed << "Turkey"
                                        << "TUR" << country;
    QTest::newRow("Chad's army") << "Chad's army attacked." << seed << "Chad's army"
                                 << "TCDMIL" << role;
    QTest::newRow("Georgian President")
        << "Georgian President Eduard Shevardnadze said." << QDate(2000, 1, 1)
        << "Georgian President Eduard Shevardnadze"
        << "GEOGOV" << person;
    QTest::newRow("all-caps headline") << "SOUTH KOREA URGES CHINA" << seed << "SOUTH KOREA"
                                       << "KOR" << country;
    QTest::newRow("diacritics") << "Côte d'Ivoire voted." << seed << "Côte d'Ivoire"
                                << "CIV" << country;
    QTest::newRow("curly apostrophe") << "China’s army moved." << seed << "China’s army"
                                      << "CHNMIL" << role;
    QTest::newRow("a determiner ends a country's role chain")
        << "Serbia lodged an official protest." << seed << "Serbia"
        << "SRB" << country;
}

void TestActorRecognizer::mentions()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QFETCH(QString, mention);
    QFETCH(QString, code);
    QFETCH(int, kind);
    const ArticleActors actors = ActorRecognizer::builtin().recognize(text, date);
    const ActorMention *m = find(actors, text, mention);
    QVERIFY2(m, qPrintable(describe(actors, text)));
    QCOMPARE(m->actor.code, code);
    QCOMPARE(int(m->kind), kind);
    QCOMPARE(m->actor.span, m->span);
    QCOMPARE(m->actor.mention, mention);
}

void TestActorRecognizer::traps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("word");
    QTest::newRow("turkey the bird") << "We ate turkey for dinner."
                                     << "turkey";
    QTest::newRow("fine china") << "She set out the fine china."
                                << "china";
    QTest::newRow("pronoun us") << "He told us to leave."
                                << "us";
    QTest::newRow("Jordan as first name") << "Jordan Henderson scored twice."
                                          << "Jordan";
    QTest::newRow("Jordan as surname") << "Fans cheered Michael Jordan."
                                       << "Jordan";
    QTest::newRow("Lake Chad") << "Lake Chad is shrinking."
                               << "Chad";
    QTest::newRow("Chad as first name") << "Chad Smith played drums."
                                        << "Chad";
    QTest::newRow("Georgia the state") << "He lives in Atlanta, Georgia now."
                                       << "Georgia";
    QTest::newRow("May the month") << "Talks resume in May."
                                   << "May";
    QTest::newRow("pro- prefix") << "Pro-Russian separatists rallied."
                                 << "Russian";
    QTest::newRow("capital in a proper name") << "Paris Saint-Germain won."
                                              << "Paris";
    QTest::newRow("sea name") << "Ships sailed the South China Sea."
                              << "China";
    QTest::newRow("lone unknown surname") << "Lee said nothing."
                                          << "Lee";
}

void TestActorRecognizer::traps()
{
    QFETCH(QString, text);
    QFETCH(QString, word);
    const ArticleActors actors = ActorRecognizer::builtin().recognize(text, QDate(2026, 1, 5));
    const int at = int(text.indexOf(word));
    QVERIFY(at >= 0);
    QVERIFY2(!actors.mentionAt(at), qPrintable(describe(actors, text)));
}

void TestActorRecognizer::introducedPersons_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("later");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown minister, surname later")
        << "Malawi's foreign minister Nancy Tembo arrived on Monday. Tembo said talks went well."
        << "Tembo"
        << "MWIGOV";
    QTest::newRow("unknown minister, the minister later")
        << "Malawi's foreign minister Nancy Tembo arrived. Later the minister left."
        << "minister"
        << "MWIGOV";
    QTest::newRow("defence minister, surname later")
        << "Brazilian Defence Minister Jose Mucio visited. Mucio inspected troops."
        << "Mucio"
        << "BRAMIL";
    QTest::newRow("korean name, first word later")
        << "South Korean President Lee Jae Myung met Xi. Lee took office in mid-2025."
        << "Lee"
        << "KORGOV";
    QTest::newRow("the president later") << "South Korean President Lee Jae Myung met Japanese "
                                            "envoys. The talks ended. Then the president "
                                            "flew home."
                                         << "president"
                                         << "KORGOV";
    QTest::newRow("title + surname later")
        << "Peruvian Foreign Minister Elmer Schialer spoke. Minister Schialer then left."
        << "Minister Schialer"
        << "PERGOV";
    QTest::newRow("title, name, of country")
        << "President Pedro Vargas of Ecuador spoke. Vargas left."
        << "Vargas"
        << "ECUGOV";
    QTest::newRow("appositive introduction")
        << "Nancy Tembo, Malawi's foreign minister, arrived. Tembo said talks went well."
        << "Tembo"
        << "MWIGOV";
    QTest::newRow("first name is a country")
        << "Nigerian junior foreign minister Dubem Oniya said so. Oniya left."
        << "Oniya"
        << "NGAGOV";
}

void TestActorRecognizer::introducedPersons()
{
    QFETCH(QString, text);
    QFETCH(QString, later);
    QFETCH(QString, code);
    const ArticleActors actors = ActorRecognizer::builtin().recognize(text, QDate(2026, 1, 5));
    const ActorMention *m = nullptr;
    for (const ActorMention &candidate : actors.mentions())
        if (text.mid(candidate.span.begin, candidate.span.length()).endsWith(later)
            && candidate.isAnaphoric)
            m = &candidate;
    QVERIFY2(m, qPrintable(describe(actors, text)));
    QCOMPARE(m->actor.code, code);
    QVERIFY(m->antecedent >= 0 && m->antecedent < int(actors.mentions().size()));
    QVERIFY(actors.mentions()[size_t(m->antecedent)].span.end <= m->span.begin);
}

void TestActorRecognizer::pronouns_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("pronoun");
    QTest::addColumn<QString>("code");
    QTest::newRow("he -> person")
        << "Chinese President Xi Jinping met Japan's envoys. He urged patience."
        << "He"
        << "CHNGOV";
    QTest::newRow("it -> country") << "Xi Jinping spoke. North Korea said it would test again."
                                   << "it"
                                   << "PRK";
    QTest::newRow("they -> plural") << "Israeli troops entered. They fired."
                                    << "They"
                                    << "ISRMIL";
    QTest::newRow("nothing before") << "He said China agreed."
                                    << "He"
                                    << "";
}

void TestActorRecognizer::pronouns()
{
    QFETCH(QString, text);
    QFETCH(QString, pronoun);
    QFETCH(QString, code);
    const ArticleActors actors = ActorRecognizer::builtin().recognize(text, QDate(2026, 1, 5));
    const int at = int(text.indexOf(pronoun));
    const int index = actors.resolvePronoun(at, pronounKind(pronoun));
    QCOMPARE(index >= 0 ? actors.mentions()[size_t(index)].actor.code : QString(), code);
}

void TestActorRecognizer::possessive()
{
    const QString text = QStringLiteral("China's influence on Pyongyang and the Koreas' talks");
    const ArticleActors actors = ActorRecognizer::builtin().recognize(text, QDate(2026, 1, 5));
    const ActorMention *china = find(actors, text, QStringLiteral("China"));
    QVERIFY2(china, qPrintable(describe(actors, text)));
    QVERIFY(china->isPossessive);
    const ActorMention *pyongyang = find(actors, text, QStringLiteral("Pyongyang"));
    QVERIFY(pyongyang);
    QVERIFY(!pyongyang->isPossessive);
}

void TestActorRecognizer::compoundPhrase()
{
    const QString text = QStringLiteral("Tension between the two Koreas rose.");
    const ArticleActors actors = ActorRecognizer::builtin().recognize(text, QDate(2026, 1, 5));
    const ActorMention *m = find(actors, text, QStringLiteral("two Koreas"));
    QVERIFY2(m, qPrintable(describe(actors, text)));
    QCOMPARE(m->actor.country, QStringLiteral("KOR"));
    QCOMPARE(m->coActors.size(), size_t(1));
    QCOMPARE(m->coActors.front().country, QStringLiteral("PRK"));
    QVERIFY(m->isPlural);
}

void TestActorRecognizer::spanQueries()
{
    const QString text = QStringLiteral("Seoul asked Beijing to press Pyongyang.");
    const ArticleActors actors = ActorRecognizer::builtin().recognize(text, QDate(2026, 1, 5));
    QCOMPARE(actors.mentions().size(), size_t(3));
    const int beijing = int(text.indexOf(u"Beijing"));
    const int asked = int(text.indexOf(u"asked"));
    QCOMPARE(actors.indexAt(beijing + 2), 1);
    QCOMPARE(actors.indexAt(asked), -1);
    QCOMPARE(actors.resolve(TextSpan {beijing, beijing + 7}).code, QStringLiteral("CHNGOV"));
    QCOMPARE(actors.indicesIn(TextSpan {0, beijing + 7}), (std::vector<int> {0, 1}));
    QCOMPARE(actors.firstFrom(beijing + 7, int(text.size())), 2);
    QCOMPARE(actors.firstFrom(beijing + 7, beijing + 10), -1);
    QCOMPARE(actors.lastBefore(int(text.indexOf(u"to press"))), 1);
    QVERIFY(!actors.resolve(TextSpan {asked, asked + 5}).isValid());
}

void TestActorRecognizer::emptyText()
{
    const ArticleActors actors = ActorRecognizer::builtin().recognize(QString(), QDate());
    QVERIFY(actors.isEmpty());
    QCOMPARE(actors.resolvePronoun(0), -1);
    QCOMPARE(actors.mentionAt(0), nullptr);
}

void TestActorRecognizer::seedArticle_data()
{
    QTest::addColumn<QString>("mention");
    QTest::addColumn<int>("occurrence"); // which occurrence of the words in the text
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("anaphoric");
    QTest::newRow("Lee introduced")
        << "South Korean President Lee Jae Myung" << 0 << "KORGOV" << false;
    QTest::newRow("Xi introduced") << "Chinese President Xi Jinping" << 0 << "CHNGOV" << false;
    QTest::newRow("Lee later") << "Lee" << 1 << "KORGOV" << true;
    QTest::newRow("President Lee later") << "President Lee" << 0 << "KORGOV" << true;
    QTest::newRow("Xi later") << "Xi" << 1 << "CHNGOV" << true;
    QTest::newRow("North Korea") << "North Korea" << 0 << "PRK" << false;
    QTest::newRow("Seoul") << "Seoul" << 0 << "KORGOV" << false;
    QTest::newRow("Beijing") << "Beijing" << 0 << "CHNGOV" << false;
    QTest::newRow("Pyongyang") << "Pyongyang" << 0 << "PRKGOV" << false;
    QTest::newRow("South Korean media") << "South Korean media" << 0 << "KORMED" << false;
    QTest::newRow("United States") << "United States" << 0 << "USA" << false;
    QTest::newRow("the two Koreas") << "two Koreas" << 0 << "KOR" << false;
    QTest::newRow("U.S.") << "U.S." << 0 << "USA" << false;
}

void TestActorRecognizer::seedArticle()
{
    QFETCH(QString, mention);
    QFETCH(int, occurrence);
    QFETCH(QString, code);
    QFETCH(bool, anaphoric);
    QFile file(QStringLiteral(DEMARCHE_SEEDS "/000_e5702d1b6194a3ea.txt"));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("the seed article is not in the source tree");
    const QString text = QString::fromUtf8(file.readAll());
    const ArticleActors actors = ActorRecognizer::builtin().recognize(text, QDate(2026, 1, 7));
    int found = -1;
    for (const ActorMention &m : actors.mentions()) {
        if (text.mid(m.span.begin, m.span.length()) == mention && ++found == occurrence) {
            QCOMPARE(m.actor.code, code);
            QCOMPARE(m.isAnaphoric, anaphoric);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no occurrence %1 of \"%2\"").arg(occurrence).arg(mention)));
}

QTEST_GUILESS_MAIN(TestActorRecognizer)
#include "tst_actorrecognizer.moc"
