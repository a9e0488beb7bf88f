#pragma once

#include "core/actor.h"
#include "core/result.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace demarche {

// What kind of thing a dictionary phrase or a text mention names.
enum class ActorKind {
    Country, // a state by name, short form, demonym or capital ("South Korea", "Chinese", "Seoul")
    Person, // a named person ("Xi Jinping", "Lee")
    Role, // a role word, alone or after a country ("officials", "Israeli police")
    Igo, // an intergovernmental organisation ("United Nations", "NATO")
    Group, // a non-state armed, political or civil group ("Hamas", "Red Cross")
};

// Stable lower-case name of a kind ("country", "person", "role", "igo", "group").
QString actorKindName(ActorKind kind);

// How a phrase of the dictionary denotes its country.
enum class CountryForm { Name, Demonym, DemonymPlural, Capital };

// One term of office: a person held `title` for `country` between `from` and `to` (inclusive; an
// invalid `to` means still in office).
struct OfficeTerm
{
    QString country; // ISO alpha-3 or IGO code
    QString title; // normalised title: "president", "prime minister", "foreign minister" ...
    QString sector; // sector while in office, usually "GOV"
    QDate from;
    QDate to;

    // True when the term covers `date`; an invalid date is covered by no term.
    bool covers(const QDate &date) const
    {
        return date.isValid() && from <= date && (!to.isValid() || date <= to);
    }
};

// A person the dictionary knows, with every office it holds a term for.
struct PersonEntry
{
    QString name; // canonical full name ("Lee Jae-myung")
    QStringList aliases; // other written forms ("Lee Jae Myung"), full names only
    QStringList surnames; // forms used alone after an introduction ("Lee")
    bool surnameAlone = false; // the surname is distinctive enough to code without introduction
    std::vector<OfficeTerm> terms;
};

// A role word and the CAMEO sector it gives ("foreign minister" -> GOV, "troops" -> MIL).
struct RoleEntry
{
    QString phrase; // normalised, lower case ("foreign minister")
    QString sector; // CAMEO sector code
    bool isPersonal = false; // names one person ("president") rather than a body ("government")
    bool isTitle = false; // may stand before a name ("President", "Foreign Minister")
    bool isPlural = false; // a body of people ("officials", "troops")
    QString title; // canonical office of personal roles ("premier" -> "prime minister")
};

// One phrase that denotes a state, an IGO or a group.
struct NamedEntry
{
    QString phrase; // as written in the data file ("South Korea", "U.S.")
    ActorKind kind = ActorKind::Country;
    CountryForm form = CountryForm::Name;
    QString country; // ISO alpha-3, or full IGO code ("IGOUNO"), or group country ("PSE")
    QString sector; // default sector ("" for countries, "REB" for some groups ...)
    bool isAmbiguous = false; // also a common word or first name ("Chad", "Jordan", "Turkey")
    QStringList coCountries; // further countries the phrase names ("the two Koreas": PRK)
};

// The actor dictionary: countries (names from Debian's iso-codes, our demonyms, short forms and
// capitals), roles and sectors, persons with terms of office, IGOs and groups. Loaded and validated
// once; immutable and thread-safe afterwards.
class ActorDictionary final
{
public:
    ActorDictionary();
    ~ActorDictionary();
    ActorDictionary(ActorDictionary &&) noexcept;
    ActorDictionary &operator=(ActorDictionary &&) noexcept;

    // The dictionary compiled into the library (resources under :/demarche/extract/actors/) plus
    // the system iso-codes file; loaded on first use. Without iso-codes it falls back to our own
    // country file and diagnostics() says so; empty only if our own data is broken.
    static const ActorDictionary &builtin();

    // Loads the data files of `resourceDir` and the ISO 3166 list at `isoCodesJson` (empty: skip
    // it, codes then come from our countries file alone); fails with a message naming the file
    // and line when a file is missing or a row is malformed.
    static Result<ActorDictionary> load(const QString &resourceDir
                                        = QStringLiteral(":/demarche/extract/actors"),
                                        const QString &isoCodesJson = defaultIsoCodesPath());

    // Where Debian's iso-codes package puts the ISO 3166-1 list.
    static QString defaultIsoCodesPath();

    // Problems met while loading builtin(); empty when it loaded cleanly.
    const QStringList &diagnostics() const;

    // Every ISO 3166-1 alpha-3 code known, sorted.
    QStringList countryCodes() const;
    // True for an ISO alpha-3 code or an IGO code of the dictionary.
    bool hasCountry(const QString &code) const;
    // Readable name of a country or IGO code ("KOR" -> "South Korea"); empty for unknown codes.
    QString countryName(const QString &code) const;

    // A complete Actor (code, country, sector, readable name) for a country/IGO code and a sector;
    // invalid Actor when the country code is unknown. Mention and span are left empty.
    Actor makeActor(const QString &country, const QString &sector = {}) const;

    // Every phrase naming a state, IGO or group.
    const std::vector<NamedEntry> &namedEntries() const;
    // Every role word.
    const std::vector<RoleEntry> &roles() const;
    // Every person.
    const std::vector<PersonEntry> &persons() const;

    // Entries whose phrase matches `phrase` (case-insensitive, punctuation-normalised); empty if
    // none.
    std::vector<const NamedEntry *> findNamed(const QString &phrase) const;
    // The role entry of a normalised role phrase ("foreign minister"); null if not a role word.
    const RoleEntry *findRole(const QString &phrase) const;
    // Persons known by this full name or alias (case-insensitive); empty if none.
    std::vector<const PersonEntry *> findPerson(const QString &name) const;
    // The term a person holds at `date`, preferring head of state, then government, then minister;
    // null when the person holds no office then (or the date is invalid).
    static const OfficeTerm *termAt(const PersonEntry &person, const QDate &date);
    // Who holds `title` for `country` at `date` (e.g. "KOR", "president", 2026-01-05 -> Lee
    // Jae-myung); null when the dictionary does not know.
    const PersonEntry *holderAt(const QString &country, const QString &title,
                                const QDate &date) const;

    // Normalises a phrase for matching: lower case, "U.S." -> "u.s", apostrophes and hyphens
    // unified.
    static QString normalise(const QString &phrase);

    struct Data;
    const Data &data() const { return *m_data; }

private:
    std::unique_ptr<Data> m_data;
};

} // namespace demarche
