#include "curationservice.h"

#include "core/correctionapplier.h"
#include "projectsession.h"
#include "projectsnapshot.h"
#include "store/articletextsource.h"
#include "store/correctionstore.h"
#include "store/projectstore.h"

#include <QProcessEnvironment>

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
    std::vector<Article> articles;
    std::shared_ptr<const ArticleTextSource> texts;
    if (m_corrections) {
        auto curated = m_corrections->curatedEvents();
        if (!curated)
            return Status::failure(curated.error());
        auto corrections = m_corrections->corrections();
        auto aliases = m_corrections->aliases();
        // Texts stay in the file until the source panel or a search asks (ProjectSnapshot::text).
        auto stored = m_store->articles(ProjectStore::ArticleContent::WithoutText);
        auto source = ArticleTextSource::create(*m_store);
        if (!corrections || !aliases || !stored || !source)
            return Status::failure(!corrections   ? corrections.error()
                                       : !aliases ? aliases.error()
                                       : !stored  ? stored.error()
                                                  : source.error());
        texts = std::move(source).value();
        m_curated = std::move(curated->events);
        m_unattached = std::move(curated->unattached);
        m_all = std::move(corrections).value();
        m_aliases = ActorAliases(aliases.value());
        articles = std::move(stored).value();
    }
    std::vector<Event> shown;
    shown.reserve(m_curated.size());
    for (int i = 0; i < int(m_curated.size()); ++i) {
        const CuratedEvent &c = m_curated[std::size_t(i)];
        m_index.insert(c.event.id, i);
        if (!c.isRejected || m_showsRejected)
            shown.push_back(c.event);
    }
    if (m_session) {
        m_session->setCurationMarks(marks());
        m_session->setSnapshot(
            ProjectSnapshot(std::move(articles), std::move(shown), std::move(texts)));
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

const CuratedEvent *CurationService::curated(qint64 eventId) const
{
    const int index = m_index.value(eventId, -1);
    return index < 0 ? nullptr : &m_curated[std::size_t(index)];
}

bool CurationService::isCorrected(qint64 eventId) const
{
    const CuratedEvent *c = curated(eventId);
    return c && c->isCorrected;
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
