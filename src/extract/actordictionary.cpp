#include "actordictionary.h"

#include "actortokenizer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace demarche {

struct ActorDictionary::Data
{
    QStringList diagnostics;
    QHash<QString, QString> countryNames; // ISO/IGO/other code -> readable name
    QSet<QString> isoCodes;
    QHash<QString, QString> sectorNames;
    std::vector<NamedEntry> named;
    std::vector<RoleEntry> roles;
    std::vector<PersonEntry> persons;
    QHash<QString, std::vector<int>> namedByKey;
    QHash<QString, int> roleByKey;
    QHash<QString, std::vector<int>> personByKey;
    // (country + '|' + canonical title) -> (person, term) pairs
    QHash<QString, std::vector<std::pair<int, int>>> holders;
};

QString actorKindName(ActorKind kind)
{
    switch (kind) {
    case ActorKind::Country:
        return QStringLiteral("country");
    case ActorKind::Person:
        return QStringLiteral("person");
    case ActorKind::Role:
        return QStringLiteral("role");
    case ActorKind::Igo:
        return QStringLiteral("igo");
    case ActorKind::Group:
        return QStringLiteral("group");
    }
    return {};
}

namespace {

struct Row
{
    int line = 0;
    QStringList fields;
};

// Reads a tab-separated data file, skipping comments and blank lines.
Result<std::vector<Row>> readRows(const QString &path, int minFields)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<std::vector<Row>>::failure(
            QStringLiteral("cannot open actor data file %1: %2").arg(path, file.errorString()));
    std::vector<Row> rows;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        Row row {i + 1, line.split(u'\t')};
        if (row.fields.size() < minFields)
            return Result<std::vector<Row>>::failure(
                QStringLiteral("%1:%2: expected at least %3 tab-separated fields, found %4")
                    .arg(path)
                    .arg(i + 1)
                    .arg(minFields)
                    .arg(row.fields.size()));
        for (QString &f : row.fields)
            f = f.trimmed();
        rows.push_back(std::move(row));
    }
    return rows;
}

QStringList splitList(const QString &field)
{
    if (field.isEmpty() || field == u"-")
        return {};
    QStringList out;
    for (const QString &part : field.split(u';')) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

int titleRank(const QString &title)
{
    if (title == u"president" || title == u"monarch" || title == u"supreme leader"
        || title == u"leader")
        return 0;
    if (title == u"prime minister")
        return 1;
    if (title == u"secretary-general" || title == u"secretary general")
        return 2;
    return 3;
}

} // namespace

ActorDictionary::ActorDictionary()
    : m_data(std::make_unique<Data>())
{ }
ActorDictionary::~ActorDictionary() = default;
ActorDictionary::ActorDictionary(ActorDictionary &&) noexcept = default;
ActorDictionary &ActorDictionary::operator=(ActorDictionary &&) noexcept = default;

QString ActorDictionary::defaultIsoCodesPath()
{
    return QStringLiteral("/usr/share/iso-codes/json/iso_3166-1.json");
}

QString ActorDictionary::normalise(const QString &phrase)
{
    const std::vector<ActorToken> tokens = ActorTokenizer::tokenize(phrase);
    QStringList words;
    words.reserve(int(tokens.size()));
    for (const ActorToken &t : tokens) {
        if (t.isPossessive)
            words << QStringLiteral("'s");
        else
            words << ActorTokenizer::normalisedWord(
                QStringView(phrase).sliced(t.begin, t.end - t.begin));
    }
    return words.join(u' ');
}

const ActorDictionary &ActorDictionary::builtin()
{
    static const ActorDictionary dictionary = [] {
        Result<ActorDictionary> loaded = load();
        if (loaded)
            return std::move(loaded).value();
        // Without iso-codes, our own country file still names almost every state: degrade to it
        // rather than recognise no actor at all, and say so.
        Result<ActorDictionary> reduced = load(QStringLiteral(":/demarche/extract/actors"), {});
        ActorDictionary fallback = reduced ? std::move(reduced).value() : ActorDictionary();
        fallback.m_data->diagnostics << loaded.error();
        if (!reduced)
            fallback.m_data->diagnostics << reduced.error();
        return fallback;
    }();
    return dictionary;
}

Result<ActorDictionary> ActorDictionary::load(const QString &resourceDir,
                                              const QString &isoCodesJson)
{
    using R = Result<ActorDictionary>;
    ActorDictionary dict;
    Data &d = *dict.m_data;

    auto addNamed = [&d](NamedEntry entry) {
        const QString key = normalise(entry.phrase);
        if (key.isEmpty())
            return;
        std::vector<int> &slot = d.namedByKey[key];
        for (int idx : slot) {
            NamedEntry &other = d.named[size_t(idx)];
            if (other.country == entry.country && other.sector == entry.sector
                && other.kind == entry.kind && other.phrase == entry.phrase) {
                // The same phrase twice (iso-codes and our file agree); our file knows whether
                // it is also a common word.
                other.isAmbiguous = other.isAmbiguous || entry.isAmbiguous;
                return;
            }
        }
        slot.push_back(int(d.named.size()));
        d.named.push_back(std::move(entry));
    };

    // Sectors.
    {
        auto rows = readRows(resourceDir + QStringLiteral("/sectors.tsv"), 2);
        if (!rows)
            return R::failure(rows.error());
        for (const Row &row : rows.value())
            d.sectorNames.insert(row.fields[0], row.fields[1]);
    }

    // ISO 3166-1 from iso-codes; an empty path skips it (our own file then supplies the codes).
    if (!isoCodesJson.isEmpty()) {
        QFile file(isoCodesJson);
        if (!file.open(QIODevice::ReadOnly))
            return R::failure(QStringLiteral("cannot open the ISO 3166 list %1 (Debian package "
                                             "iso-codes): %2")
                                  .arg(isoCodesJson, file.errorString()));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        const QJsonArray list = doc.object().value(QStringLiteral("3166-1")).toArray();
        if (doc.isNull() || list.isEmpty())
            return R::failure(QStringLiteral("%1: not an iso-codes ISO 3166-1 list (%2)")
                                  .arg(isoCodesJson, error.errorString()));
        for (const QJsonValue &value : list) {
            const QJsonObject o = value.toObject();
            const QString code = o.value(QStringLiteral("alpha_3")).toString();
            if (code.size() != 3)
                continue;
            d.isoCodes.insert(code);
            const QString name = o.value(QStringLiteral("name")).toString();
            const QString common = o.value(QStringLiteral("common_name")).toString();
            const QString official = o.value(QStringLiteral("official_name")).toString();
            d.countryNames.insert(code, common.isEmpty() ? name : common);
            // "Korea, Republic of" is a sorting form, never written in prose.
            for (const QString &phrase : {name, common, official}) {
                if (phrase.isEmpty() || phrase.contains(u',') || phrase.contains(u'('))
                    continue;
                NamedEntry e;
                e.phrase = phrase;
                e.kind = ActorKind::Country;
                e.form = CountryForm::Name;
                e.country = code;
                addNamed(std::move(e));
            }
        }
    }

    // Our country forms.
    {
        const QString path = resourceDir + QStringLiteral("/countries.tsv");
        auto rows = readRows(path, 5);
        if (!rows)
            return R::failure(rows.error());
        for (const Row &row : rows.value()) {
            const QString code = row.fields[0];
            const QStringList names = splitList(row.fields[1]);
            if (code.size() != 3 || (!d.isoCodes.contains(code) && names.isEmpty()))
                return R::failure(QStringLiteral("%1:%2: unknown country code \"%3\"")
                                      .arg(path)
                                      .arg(row.line)
                                      .arg(code));
            const std::pair<int, CountryForm> columns[] = {{1, CountryForm::Name},
                                                           {2, CountryForm::Demonym},
                                                           {3, CountryForm::DemonymPlural},
                                                           {4, CountryForm::Capital}};
            for (const auto &[column, form] : columns) {
                for (QString phrase : splitList(row.fields[column])) {
                    NamedEntry e;
                    e.isAmbiguous = phrase.endsWith(u'?');
                    if (e.isAmbiguous)
                        phrase.chop(1);
                    e.phrase = phrase;
                    e.kind = ActorKind::Country;
                    e.form = form;
                    e.country = code;
                    // A capital speaks for its government ("Seoul said").
                    e.sector = form == CountryForm::Capital ? QStringLiteral("GOV") : QString();
                    addNamed(std::move(e));
                }
            }
            if (isoCodesJson.isEmpty())
                d.isoCodes.insert(code);
            if (!names.isEmpty()) {
                QString readable = names.first();
                if (readable.endsWith(u'?'))
                    readable.chop(1);
                d.countryNames.insert(code, readable);
            }
        }
    }

    // IGOs.
    {
        const QString path = resourceDir + QStringLiteral("/igos.tsv");
        auto rows = readRows(path, 3);
        if (!rows)
            return R::failure(rows.error());
        for (const Row &row : rows.value()) {
            const QString code = row.fields[0];
            if (code.size() != 6 || !code.startsWith(QStringLiteral("IGO")))
                return R::failure(QStringLiteral("%1:%2: IGO code \"%3\" is not IGO + 3 letters")
                                      .arg(path)
                                      .arg(row.line)
                                      .arg(code));
            d.countryNames.insert(code, row.fields[1]);
            for (const QString &phrase : splitList(row.fields[2])) {
                NamedEntry e;
                e.phrase = phrase;
                e.kind = ActorKind::Igo;
                e.country = code;
                addNamed(std::move(e));
            }
        }
    }

    // Groups and blockers.
    {
        const QString path = resourceDir + QStringLiteral("/groups.tsv");
        auto rows = readRows(path, 3);
        if (!rows)
            return R::failure(rows.error());
        for (const Row &row : rows.value()) {
            const QString code = row.fields[0];
            const QString sector = row.fields[1] == u"-" ? QString() : row.fields[1];
            const bool blocker = code == u"-";
            if (!sector.isEmpty() && !d.sectorNames.contains(sector))
                return R::failure(QStringLiteral("%1:%2: unknown sector \"%3\"")
                                      .arg(path)
                                      .arg(row.line)
                                      .arg(sector));
            // "KOR+PRK": one phrase naming several countries ("the two Koreas").
            QStringList codes = code.split(u'+');
            const QString first = codes.takeFirst();
            if (!blocker && code != u"NGO" && code != u"IMG" && !d.countryNames.contains(first))
                return R::failure(QStringLiteral("%1:%2: unknown code \"%3\"")
                                      .arg(path)
                                      .arg(row.line)
                                      .arg(first));
            for (const QString &further : codes)
                if (!d.countryNames.contains(further))
                    return R::failure(QStringLiteral("%1:%2: unknown code \"%3\"")
                                          .arg(path)
                                          .arg(row.line)
                                          .arg(further));
            for (const QString &phrase : splitList(row.fields[2])) {
                NamedEntry e;
                e.phrase = phrase;
                e.kind = codes.isEmpty() ? ActorKind::Group : ActorKind::Country;
                e.country = blocker ? QString() : first;
                e.coCountries = codes;
                e.sector = sector;
                addNamed(std::move(e));
            }
        }
        d.countryNames.insert(QStringLiteral("NGO"),
                              QStringLiteral("non-governmental organisation"));
        d.countryNames.insert(QStringLiteral("IMG"),
                              QStringLiteral("international militarised group"));
    }

    // Roles.
    {
        const QString path = resourceDir + QStringLiteral("/roles.tsv");
        auto rows = readRows(path, 3);
        if (!rows)
            return R::failure(rows.error());
        for (const Row &row : rows.value()) {
            RoleEntry role;
            role.phrase = normalise(row.fields[0]);
            role.sector = row.fields[1];
            if (!d.sectorNames.contains(role.sector))
                return R::failure(QStringLiteral("%1:%2: unknown sector \"%3\"")
                                      .arg(path)
                                      .arg(row.line)
                                      .arg(role.sector));
            const QString flags = row.fields[2];
            role.isPersonal = flags.contains(u'p');
            role.isTitle = flags.contains(u't');
            role.isPlural = flags.contains(u'm');
            if (role.isPersonal)
                role.title
                    = normalise(row.fields.size() > 3 && !row.fields[3].isEmpty() ? row.fields[3]
                                                                                  : row.fields[0]);
            if (d.roleByKey.contains(role.phrase))
                continue; // "secretary-general" and "secretary general" tokenise alike
            d.roleByKey.insert(role.phrase, int(d.roles.size()));
            d.roles.push_back(std::move(role));
        }
    }

    // Persons and their terms.
    {
        const QString path = resourceDir + QStringLiteral("/leaders.tsv");
        auto rows = readRows(path, 5);
        if (!rows)
            return R::failure(rows.error());
        QHash<QString, int> byName;
        for (const Row &row : rows.value()) {
            OfficeTerm term;
            term.country = row.fields[0];
            const QString title = normalise(row.fields[1]);
            const RoleEntry *role = dict.findRole(title);
            if (!d.countryNames.contains(term.country))
                return R::failure(QStringLiteral("%1:%2: unknown country code \"%3\"")
                                      .arg(path)
                                      .arg(row.line)
                                      .arg(term.country));
            if (!role || !role->isPersonal)
                return R::failure(
                    QStringLiteral("%1:%2: \"%3\" is not a personal role of roles.tsv")
                        .arg(path)
                        .arg(row.line)
                        .arg(row.fields[1]));
            term.title = role->title;
            term.sector = role->sector;
            term.from = QDate::fromString(row.fields[2], Qt::ISODate);
            term.to
                = row.fields[3] == u"-" ? QDate() : QDate::fromString(row.fields[3], Qt::ISODate);
            if (!term.from.isValid() || (row.fields[3] != u"-" && !term.to.isValid())
                || (term.to.isValid() && term.to < term.from))
                return R::failure(QStringLiteral("%1:%2: bad term dates \"%3\" - \"%4\"")
                                      .arg(path)
                                      .arg(row.line)
                                      .arg(row.fields[2], row.fields[3]));
            const QString name = row.fields[4];
            int index = byName.value(name, -1);
            if (index < 0) {
                index = int(d.persons.size());
                byName.insert(name, index);
                PersonEntry person;
                person.name = name;
                d.persons.push_back(std::move(person));
            }
            PersonEntry &person = d.persons[size_t(index)];
            if (row.fields.size() > 5)
                for (const QString &alias : splitList(row.fields[5]))
                    if (!person.aliases.contains(alias))
                        person.aliases << alias;
            if (row.fields.size() > 6) {
                for (QString surname : splitList(row.fields[6])) {
                    if (surname.endsWith(u'!')) {
                        surname.chop(1);
                        person.surnameAlone = true;
                    }
                    if (!person.surnames.contains(surname))
                        person.surnames << surname;
                }
            }
            person.terms.push_back(term);
        }
        for (int i = 0; i < int(d.persons.size()); ++i) {
            PersonEntry &person = d.persons[size_t(i)];
            if (person.surnames.isEmpty()) {
                const QStringList words = person.name.split(u' ', Qt::SkipEmptyParts);
                person.surnames << words.last();
            }
            std::sort(person.terms.begin(), person.terms.end(),
                      [](const OfficeTerm &a, const OfficeTerm &b) { return a.from < b.from; });
            QStringList keys {normalise(person.name)};
            for (const QString &alias : person.aliases)
                keys << normalise(alias);
            keys.removeDuplicates();
            for (const QString &key : keys)
                d.personByKey[key].push_back(i);
            for (int t = 0; t < int(person.terms.size()); ++t) {
                const OfficeTerm &term = person.terms[size_t(t)];
                d.holders[term.country + u'|' + term.title].emplace_back(i, t);
            }
        }
    }
    return R(std::move(dict));
}

const QStringList &ActorDictionary::diagnostics() const
{
    return m_data->diagnostics;
}

QStringList ActorDictionary::countryCodes() const
{
    QStringList codes(m_data->isoCodes.begin(), m_data->isoCodes.end());
    std::sort(codes.begin(), codes.end());
    return codes;
}

bool ActorDictionary::hasCountry(const QString &code) const
{
    return m_data->countryNames.contains(code);
}

QString ActorDictionary::countryName(const QString &code) const
{
    return m_data->countryNames.value(code);
}

Actor ActorDictionary::makeActor(const QString &country, const QString &sector) const
{
    Actor actor;
    const auto it = m_data->countryNames.constFind(country);
    if (it == m_data->countryNames.constEnd())
        return actor;
    // An IGO's officials are the IGO itself in CAMEO ("IGOUNO", not "IGOUNOGOV").
    const QString effective
        = country.startsWith(QStringLiteral("IGO")) && sector == u"GOV" ? QString() : sector;
    actor.country = country;
    actor.sector = effective;
    actor.code = country + effective;
    const QString sectorName = m_data->sectorNames.value(effective, effective);
    actor.name = effective.isEmpty() ? *it : QStringLiteral("%1 (%2)").arg(*it, sectorName);
    return actor;
}

const std::vector<NamedEntry> &ActorDictionary::namedEntries() const
{
    return m_data->named;
}

const std::vector<RoleEntry> &ActorDictionary::roles() const
{
    return m_data->roles;
}

const std::vector<PersonEntry> &ActorDictionary::persons() const
{
    return m_data->persons;
}

std::vector<const NamedEntry *> ActorDictionary::findNamed(const QString &phrase) const
{
    std::vector<const NamedEntry *> out;
    const auto it = m_data->namedByKey.constFind(normalise(phrase));
    if (it != m_data->namedByKey.constEnd())
        for (int idx : *it)
            out.push_back(&m_data->named[size_t(idx)]);
    return out;
}

const RoleEntry *ActorDictionary::findRole(const QString &phrase) const
{
    const auto it = m_data->roleByKey.constFind(normalise(phrase));
    return it == m_data->roleByKey.constEnd() ? nullptr : &m_data->roles[size_t(*it)];
}

std::vector<const PersonEntry *> ActorDictionary::findPerson(const QString &name) const
{
    std::vector<const PersonEntry *> out;
    const auto it = m_data->personByKey.constFind(normalise(name));
    if (it != m_data->personByKey.constEnd())
        for (int idx : *it)
            out.push_back(&m_data->persons[size_t(idx)]);
    return out;
}

const OfficeTerm *ActorDictionary::termAt(const PersonEntry &person, const QDate &date)
{
    const OfficeTerm *best = nullptr;
    for (const OfficeTerm &term : person.terms)
        if (term.covers(date) && (!best || titleRank(term.title) < titleRank(best->title)))
            best = &term;
    return best;
}

const PersonEntry *ActorDictionary::holderAt(const QString &country, const QString &title,
                                             const QDate &date) const
{
    const RoleEntry *role = findRole(title);
    const QString canonical = role && !role->title.isEmpty() ? role->title : normalise(title);
    const auto it = m_data->holders.constFind(country + u'|' + canonical);
    if (it == m_data->holders.constEnd())
        return nullptr;
    for (const auto &[person, term] : *it)
        if (m_data->persons[size_t(person)].terms[size_t(term)].covers(date))
            return &m_data->persons[size_t(person)];
    return nullptr;
}

} // namespace demarche
