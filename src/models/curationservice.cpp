#include "curationservice.h"

#include "core/correctionapplier.h"
#include "projectsession.h"
#include "projectsnapshot.h"
#include "store/articletextsource.h"
#include "store/correctionstore.h"
#include "store/projectstore.h"

#include <QProcessEnvironment>
#include <QSet>

namespace demarche {

CurationService::CurationService(ProjectSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    m_author = env.value(QStringLiteral("USER"), env.value(QStringLiteral("USERNAME")));
}

CurationService::~CurationService() = default;

Status CurationService::setStore(ProjectStore *store)
{
    m_store = store;
    m_corrections = store ? std::make_unique<CorrectionStore>(*store) : nullptr;
    return report(refresh());
}

void CurationService::setShowsRejected(bool shows)
{
    if (m_showsRejected == shows)
        return;
    m_showsRejected = shows;
    report(refresh());
}

Status CurationService::refresh()
{
    m_curated.clear();
    m_all.clear();
    m_unattached.clear();
    m_aliases = {};
    m_index.clear();
    m_untouched.clear();
    std::vector<Article> articles;
    std::vector<Event> events;
    std::shared_ptr<const ArticleTextSource> texts;
    if (m_corrections) {
        auto machine = m_store->events();
        auto corrections = m_corrections->corrections();
        auto aliases = m_corrections->aliases();
        // Texts stay in the file until the source panel or a search asks (ProjectSnapshot::text).
        auto stored = m_store->articles(ProjectStore::ArticleContent::WithoutText);
        auto source = ArticleTextSource::create(*m_store);
        if (!machine || !corrections || !aliases || !stored || !source)
            return Status::failure(!machine           ? machine.error()
                                       : !corrections ? corrections.error()
                                       : !aliases     ? aliases.error()
                                       : !stored      ? stored.error()
                                                      : source.error());
        texts = std::move(source).value();
        events = std::move(machine).value();
        m_all = std::move(corrections).value();
        m_aliases = ActorAliases(aliases.value());
        articles = std::move(stored).value();
        // The machine events become the snapshot's events in place: only touched events get a
        // record, so that an event costs its one copy in the snapshot (issue 7: <= 1 KB/event).
        CurationChanges changes = CorrectionApplier::applyInPlace(events, m_all, m_aliases);
        m_curated = std::move(changes.touched);
        m_unattached = std::move(changes.unattached);
        if (!m_showsRejected)
            hideRejected(events);
    }
    for (int i = 0; i < int(m_curated.size()); ++i)
        m_index.insert(m_curated[std::size_t(i)].event.id, i);
    if (m_session) {
        m_session->setCurationMarks(marks());
        m_session->setSnapshot(
            ProjectSnapshot(std::move(articles), std::move(events), std::move(texts)));
    }
    Q_EMIT curationChanged();
    return ok();
}

QHash<qint64, CurationMark> CurationService::marks() const
{
    QHash<qint64, const Correction *> byId;
    for (const Correction &c : m_all)
        byId.insert(c.id, &c);
    QHash<qint64, CurationMark> marks;
    for (const CuratedEvent &c : m_curated) {
        if (!c.isCorrected && !c.isRejected && !c.isAdded)
            continue;
        CurationMark mark;
        mark.kind = c.isRejected ? CurationMark::Rejected
            : c.isAdded          ? CurationMark::Added
                                 : CurationMark::Corrected;
        mark.note = c.note;
        if (const Correction *correction = byId.value(c.correctionId, nullptr)) {
            mark.author = correction->author;
            mark.createdAt = correction->createdAt;
            mark.reason = correction->reason;
        }
        marks.insert(c.event.id, mark);
    }
    return marks;
}

void CurationService::hideRejected(std::vector<Event> &events) const
{
    QSet<qint64> rejected;
    for (const CuratedEvent &c : m_curated) {
        if (c.isRejected)
            rejected.insert(c.event.id);
    }
    if (!rejected.isEmpty())
        std::erase_if(events, [&](const Event &e) { return rejected.contains(e.id); });
}

const CuratedEvent *CurationService::curated(qint64 eventId) const
{
    const int index = m_index.value(eventId, -1);
    if (index >= 0)
        return &m_curated[std::size_t(index)];
    // Untouched: the snapshot's event is both the machine's and the effective one. The record is
    // built once and kept until the next refresh, as callers hold the pointer that long.
    auto it = m_untouched.find(eventId);
    if (it != m_untouched.end())
        return &it->second;
    const Event *event = m_session ? m_session->snapshot().event(eventId) : nullptr;
    if (!event)
        return nullptr;
    CuratedEvent untouched;
    untouched.event = *event;
    untouched.machine = *event;
    return &m_untouched.emplace(eventId, std::move(untouched)).first->second;
}

bool CurationService::isCorrected(qint64 eventId) const
{
    // Untouched events have no record and are never corrected: no need to build one.
    const int index = m_index.value(eventId, -1);
    return index >= 0 && m_curated[std::size_t(index)].isCorrected;
}

std::optional<Correction> CurationService::correction(qint64 correctionId) const
{
    for (const Correction &c : m_all) {
        if (c.id == correctionId)
            return c;
    }
    return std::nullopt;
}

std::optional<ActorAlias> CurationService::alias(const QString &code) const
{
    for (const ActorAlias &a : m_aliases.all()) {
        if (a.alias == code)
            return a;
    }
    return std::nullopt;
}

Status CurationService::report(Status status)
{
    if (!status)
        Q_EMIT failed(status.error());
    return status;
}

Result<qint64> CurationService::saveCorrection(const Correction &correction)
{
    if (!m_corrections)
        return Result<qint64>::failure(QStringLiteral("no project is open"));
    Result<qint64> id = m_corrections->save(correction);
    if (!id) {
        Q_EMIT failed(id.error());
        return id;
    }
    report(refresh());
    return id;
}

Status CurationService::removeCorrection(qint64 correctionId)
{
    if (!m_corrections)
        return report(Status::failure(QStringLiteral("no project is open")));
    if (Status removed = m_corrections->remove(correctionId); !removed)
        return report(removed);
    return report(refresh());
}

Status CurationService::saveAlias(const ActorAlias &alias)
{
    if (!m_corrections)
        return report(Status::failure(QStringLiteral("no project is open")));
    if (Status saved = m_corrections->saveAlias(alias); !saved)
        return report(saved);
    return report(refresh());
}

Status CurationService::removeAlias(const QString &code)
{
    if (!m_corrections)
        return report(Status::failure(QStringLiteral("no project is open")));
    if (Status removed = m_corrections->removeAlias(code); !removed)
        return report(removed);
    return report(refresh());
}

} // namespace demarche
