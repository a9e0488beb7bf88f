#include "extract/actordictionary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace demarche;

class TestActorDictionary final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadsCleanly();
    void everyIsoCountry_data();
    void everyIsoCountry();
    void phrases_data();
    void phrases();
    void roles_data();
    void roles();
    void holders_data();
    void holders();
    void termsByDate_data();
    void termsByDate();
    void makeActor_data();
    void makeActor();
    void loadsWithoutIsoCodes();
    void rejectsBadData_data();
    void rejectsBadData();

private:
    const ActorDictionary &dict() const { return ActorDictionary::builtin(); }
};

void TestActorDictionary::initTestCase()
{
    if (!QFile::exists(ActorDictionary::defaultIsoCodesPath()))
        QSKIP("Debian's iso-codes package is not installed: no ISO 3166 list to load");
}

void TestActorDictionary::loadsCleanly()
{
    QVERIFY2(dict().diagnostics().isEmpty(), qPrintable(dict().diagnostics().join(u'\n')));
    QVERIFY(!dict().namedEntries().empty());
    QVERIFY(!dict().roles().empty());
    QVERIFY(!dict().persons().empty());
}

void TestActorDictionary::everyIsoCountry_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QFile file(ActorDictionary::defaultIsoCodesPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray list
        = QJsonDocument::fromJson(file.readAll()).object().value(u"3166-1").toArray();
    QCOMPARE(list.size(), 249);
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const QString code = o.value(u"alpha_3").toString();
        QTest::newRow(qPrintable(code)) << code << o.value(u"name").toString();
    }
}

void TestActorDictionary::everyIsoCountry()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QVERIFY(dict().hasCountry(code));
    QVERIFY(dict().countryCodes().contains(code));
    QVERIFY(!dict().countryName(code).isEmpty());
    // Every country is reachable from text by at least one phrase.
    bool named = false;
    for (const NamedEntry &e : dict().namedEntries())
        named = named || (e.country == code && e.kind == ActorKind::Country);
    QVERIFY2(named, qPrintable(name));
}

void TestActorDictionary::phrases_data()
{
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<QString>("country");
    QTest::addColumn<int>("form");
    const int name = int(CountryForm::Name);
    const int demonym = int(CountryForm::Demonym);
    const int plural = int(CountryForm::DemonymPlural);
    const int capital = int(CountryForm::Capital);
    QTest::newRow("iso name") << "Germany"
                              << "DEU" << name;
    QTest::newRow("iso common name") << "South Korea"
                                     << "KOR" << name;
    QTest::newRow("iso official name") << "Democratic People's Republic of Korea"
                                       << "PRK" << name;
    QTest::newRow("short form Russia") << "Russia"
                                       << "RUS" << name;
    QTest::newRow("short form Britain") << "Britain"
                                        << "GBR" << name;
    QTest::newRow("dotted U.S.") << "U.S."
                                 << "USA" << name;
    QTest::newRow("undotted US") << "US"
                                 << "USA" << name;
    QTest::newRow("North Korea") << "North Korea"
                                 << "PRK" << name;
    QTest::newRow("Turkey") << "Turkey"
                            << "TUR" << name;
    QTest::newRow("demonym South Korean") << "South Korean"
                                          << "KOR" << demonym;
    QTest::newRow("demonym Chinese") << "Chinese"
                                     << "CHN" << demonym;
    QTest::newRow("demonym Iranian") << "Iranian"
                                     << "IRN" << demonym;
    QTest::newRow("plural Palestinians") << "Palestinians"
                                         << "PSE" << plural;
    QTest::newRow("capital Seoul") << "Seoul"
                                   << "KOR" << capital;
    QTest::newRow("capital Beijing") << "Beijing"
                                     << "CHN" << capital;
    QTest::newRow("capital Pyongyang") << "Pyongyang"
                                       << "PRK" << capital;
    QTest::newRow("capital Washington") << "Washington"
                                        << "USA" << capital;
    QTest::newRow("capital Moscow") << "Moscow"
                                    << "RUS" << capital;
    QTest::newRow("capital Kyiv") << "Kyiv"
                                  << "UKR" << capital;
    QTest::newRow("capital Tehran") << "Tehran"
                                    << "IRN" << capital;
    QTest::newRow("IGO UN") << "United Nations"
                            << "IGOUNO" << name;
    QTest::newRow("IGO U.N.") << "U.N."
                              << "IGOUNO" << name;
    QTest::newRow("IGO EU") << "European Union"
                            << "IGOEUR" << name;
    QTest::newRow("IGO NATO") << "NATO"
                              << "IGONAT" << name;
    QTest::newRow("IGO ASEAN") << "ASEAN"
                               << "IGOASN" << name;
    QTest::newRow("IGO IAEA") << "IAEA"
                              << "IGOIAE" << name;
    QTest::newRow("IGO WTO") << "World Trade Organization"
                             << "IGOWTO" << name;
    QTest::newRow("IGO OPEC") << "OPEC"
                              << "IGOOPC" << name;
    QTest::newRow("IGO IMF") << "IMF"
                             << "IGOIMF" << name;
    QTest::newRow("IGO World Bank") << "World Bank"
                                    << "IGOWBK" << name;
    QTest::newRow("IGO Arab League") << "Arab League"
                                     << "IGOARL" << name;
    QTest::newRow("IGO OSCE") << "OSCE"
                              << "IGOOSC" << name;
    QTest::newRow("IGO G7") << "G7"
                            << "IGOGSV" << name;
    QTest::newRow("IGO African Union") << "African Union"
                                       << "IGOAFR" << name;
}

void TestActorDictionary::phrases()
{
    QFETCH(QString, phrase);
    QFETCH(QString, country);
    QFETCH(int, form);
    const auto entries = dict().findNamed(phrase);
    QVERIFY2(!entries.empty(), qPrintable(phrase));
    bool found = false;
    for (const NamedEntry *e : entries)
        found = found || (e->country == country && int(e->form) == form);
    QVERIFY2(found, qPrintable(entries.front()->country));
}

void TestActorDictionary::roles_data()
{
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<QString>("sector");
    QTest::addColumn<bool>("personal");
    QTest::newRow("officials") << "officials"
                               << "GOV" << false;
    QTest::newRow("government") << "government"
                                << "GOV" << false;
    QTest::newRow("troops") << "troops"
                            << "MIL" << false;
    QTest::newRow("military") << "military"
                              << "MIL" << false;
    QTest::newRow("army") << "army"
                          << "MIL" << false;
    QTest::newRow("rebels") << "rebels"
                            << "REB" << false;
    QTest::newRow("opposition") << "opposition"
                                << "OPP" << false;
    QTest::newRow("police") << "police"
                            << "COP" << false;
    QTest::newRow("foreign minister") << "foreign minister"
                                      << "GOV" << true;
    QTest::newRow("Foreign Minister capitalised") << "Foreign Minister"
                                                  << "GOV" << true;
    QTest::newRow("president") << "president"
                               << "GOV" << true;
    QTest::newRow("prime minister") << "prime minister"
                                    << "GOV" << true;
    QTest::newRow("company") << "company"
                             << "BUS" << false;
    QTest::newRow("media") << "media"
                           << "MED" << false;
    QTest::newRow("activists") << "activists"
                               << "OPP" << false;
    QTest::newRow("defence minister") << "defence minister"
                                      << "MIL" << true;
}

void TestActorDictionary::roles()
{
    QFETCH(QString, phrase);
    QFETCH(QString, sector);
    QFETCH(bool, personal);
    const RoleEntry *role = dict().findRole(phrase);
    QVERIFY(role);
    QCOMPARE(role->sector, sector);
    QCOMPARE(role->isPersonal, personal);
}

void TestActorDictionary::holders_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("holder");
    QTest::newRow("KOR Lee from inauguration")
        << "KOR"
        << "president" << QDate(2025, 6, 4) << "Lee Jae-myung";
    QTest::newRow("KOR Yoon before") << "KOR"
                                     << "president" << QDate(2023, 1, 1) << "Yoon Suk Yeol";
    QTest::newRow("KOR vacancy after removal") << "KOR"
                                               << "president" << QDate(2025, 5, 1) << "";
    QTest::newRow("CHN Xi from 2013-03-14") << "CHN"
                                            << "president" << QDate(2013, 3, 14) << "Xi Jinping";
    QTest::newRow("CHN Hu the day before") << "CHN"
                                           << "president" << QDate(2013, 3, 13) << "Hu Jintao";
    QTest::newRow("USA Trump first term") << "USA"
                                          << "president" << QDate(2019, 6, 1) << "Donald Trump";
    QTest::newRow("USA Biden") << "USA"
                               << "president" << QDate(2022, 6, 1) << "Joe Biden";
    QTest::newRow("USA secretary of state as foreign minister")
        << "USA"
        << "foreign minister" << QDate(2010, 6, 1) << "Hillary Clinton";
    QTest::newRow("RUS Lavrov") << "RUS"
                                << "foreign minister" << QDate(2020, 1, 1) << "Sergei Lavrov";
    QTest::newRow("DEU chancellor as premier")
        << "DEU"
        << "chancellor" << QDate(2015, 1, 1) << "Angela Merkel";
    QTest::newRow("GBR premier") << "GBR"
                                 << "premier" << QDate(2005, 1, 1) << "Tony Blair";
    QTest::newRow("JPN PM") << "JPN"
                            << "prime minister" << QDate(2015, 1, 1) << "Shinzo Abe";
    QTest::newRow("IRN FM") << "IRN"
                            << "foreign minister" << QDate(2025, 1, 1) << "Abbas Araghchi";
    QTest::newRow("ISR PM") << "ISR"
                            << "prime minister" << QDate(2021, 12, 1) << "Naftali Bennett";
    QTest::newRow("UKR president") << "UKR"
                                   << "president" << QDate(2022, 3, 1) << "Volodymyr Zelensky";
    QTest::newRow("PRK leader") << "PRK"
                                << "leader" << QDate(2020, 1, 1) << "Kim Jong Un";
    QTest::newRow("invalid date") << "USA"
                                  << "president" << QDate() << "";
    QTest::newRow("unknown country") << "XXX"
                                     << "president" << QDate(2020, 1, 1) << "";
}

void TestActorDictionary::holders()
{
    QFETCH(QString, country);
    QFETCH(QString, title);
    QFETCH(QDate, date);
    QFETCH(QString, holder);
    const PersonEntry *person = dict().holderAt(country, title, date);
    QCOMPARE(person ? person->name : QString(), holder);
}

void TestActorDictionary::termsByDate_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("title");
    QTest::newRow("Putin as PM") << "Vladimir Putin" << QDate(2010, 1, 1) << "RUS"
                                 << "prime minister";
    QTest::newRow("Putin as president") << "Vladimir Putin" << QDate(2015, 1, 1) << "RUS"
                                        << "president";
    QTest::newRow("Lee Jae Myung spelt apart") << "Lee Jae Myung" << QDate(2026, 1, 5) << "KOR"
                                               << "president";
    QTest::newRow("Lee Jae-myung before office") << "Lee Jae-myung" << QDate(2024, 1, 1) << ""
                                                 << "";
    QTest::newRow("Ban Ki-moon as FM") << "Ban Ki-moon" << QDate(2005, 1, 1) << "KOR"
                                       << "foreign minister";
    QTest::newRow("Ban Ki-moon at the UN") << "Ban Ki-moon" << QDate(2010, 1, 1) << "IGOUNO"
                                           << "secretary general";
    QTest::newRow("Erdogan without diacritics")
        << "Recep Tayyip Erdogan" << QDate(2010, 1, 1) << "TUR"
        << "prime minister";
    QTest::newRow("Erdoğan with diacritics") << "Recep Tayyip Erdoğan" << QDate(2020, 1, 1) << "TUR"
                                             << "president";
}

void TestActorDictionary::termsByDate()
{
    QFETCH(QString, name);
    QFETCH(QDate, date);
    QFETCH(QString, country);
    QFETCH(QString, title);
    const auto persons = dict().findPerson(name);
    QVERIFY2(!persons.empty(), qPrintable(name));
    const OfficeTerm *term = ActorDictionary::termAt(*persons.front(), date);
    QCOMPARE(term ? term->country : QString(), country);
    QCOMPARE(term ? term->title : QString(), title);
}

void TestActorDictionary::makeActor_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("sector");
    QTest::addColumn<QString>("code");
    QTest::newRow("country") << "KOR"
                             << ""
                             << "KOR";
    QTest::newRow("government") << "KOR"
                                << "GOV"
                                << "KORGOV";
    QTest::newRow("military") << "PRK"
                              << "MIL"
                              << "PRKMIL";
    QTest::newRow("IGO") << "IGOUNO"
                         << ""
                         << "IGOUNO";
    QTest::newRow("IGO officials are the IGO") << "IGOUNO"
                                               << "GOV"
                                               << "IGOUNO";
    QTest::newRow("unknown country") << "ZZZ"
                                     << "GOV"
                                     << "";
    QTest::newRow("empty") << ""
                           << ""
                           << "";
}

void TestActorDictionary::makeActor()
{
    QFETCH(QString, country);
    QFETCH(QString, sector);
    QFETCH(QString, code);
    const Actor actor = dict().makeActor(country, sector);
    QCOMPARE(actor.code, code);
    QCOMPARE(actor.isValid(), !code.isEmpty());
    if (actor.isValid())
        QVERIFY(!actor.name.isEmpty());
}

void TestActorDictionary::loadsWithoutIsoCodes()
{
    const Result<ActorDictionary> reduced
        = ActorDictionary::load(QStringLiteral(":/demarche/extract/actors"), QString());
    QVERIFY2(reduced.isOk(), qPrintable(reduced.error()));
    QVERIFY(reduced->countryCodes().size() > 200);
    QCOMPARE(reduced->makeActor(QStringLiteral("KOR"), QStringLiteral("GOV")).code,
             QStringLiteral("KORGOV"));
    const Result<ActorDictionary> missing = ActorDictionary::load(
        QStringLiteral(":/demarche/extract/actors"), QStringLiteral("/nonexistent/iso.json"));
    QVERIFY(!missing.isOk());
    QVERIFY2(missing.error().contains(u"iso-codes"), qPrintable(missing.error()));
}

void TestActorDictionary::rejectsBadData_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("badLine");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown country code") << "countries.tsv"
                                          << "QQQ\t-\tQuuxian\t-\t-"
                                          << "unknown country code";
    QTest::newRow("too few fields") << "roles.tsv"
                                    << "envoys"
                                    << "expected at least";
    QTest::newRow("unknown sector") << "roles.tsv"
                                    << "wizards\tWIZ\tm"
                                    << "unknown sector";
    QTest::newRow("bad IGO code") << "igos.tsv"
                                  << "UNO\tUnited Nations\tUN"
                                  << "IGO code";
    QTest::newRow("bad term dates") << "leaders.tsv"
                                    << "KOR\tpresident\t2025-13-01\t-\tNobody\t-\tNobody"
                                    << "bad term dates";
    QTest::newRow("term ends before it starts")
        << "leaders.tsv"
        << "KOR\tpresident\t2025-01-01\t2024-01-01\tNobody\t-\tNobody"
        << "bad term dates";
    QTest::newRow("title not a personal role") << "leaders.tsv"
                                               << "KOR\ttroops\t2025-01-01\t-\tNobody\t-\tNobody"
                                               << "personal role";
    QTest::newRow("missing file") << ""
                                  << ""
                                  << "cannot open";
}

void TestActorDictionary::rejectsBadData()
{
    QFETCH(QString, file);
    QFETCH(QString, badLine);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList files
        = QDir(QStringLiteral(":/demarche/extract/actors")).entryList(QDir::Files);
    QVERIFY(files.contains(QStringLiteral("leaders.tsv")));
    for (const QString &name : files) {
        if (file.isEmpty() && name == u"igos.tsv")
            continue; // the "missing file" row
        QFile in(QStringLiteral(":/demarche/extract/actors/") + name);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray data = in.readAll();
        if (name == file)
            data += "\n" + badLine.toUtf8() + "\n";
        QFile out(dir.filePath(name));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(data);
    }
    const Result<ActorDictionary> loaded = ActorDictionary::load(dir.path());
    QVERIFY(!loaded.isOk());
    QVERIFY2(loaded.error().contains(expected), qPrintable(loaded.error()));
}

QTEST_GUILESS_MAIN(TestActorDictionary)
#include "tst_actordictionary.moc"
