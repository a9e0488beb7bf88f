#include "eventtablemodel.h"

#include "eventtext.h"
#include "projectsession.h"

namespace demarche {

EventTableModel::EventTableModel(ProjectSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(session, &ProjectSession::snapshotChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_session->snapshot().events().size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProjectSnapshot &snapshot = m_session->snapshot();
    const Event &event = snapshot.events()[std::size_t(index.row())];
    if (const QVariant curation = curationData(event, index.column(), role); curation.isValid())
        return curation;
    switch (role) {
    case EventIdRole:
        return event.id;
    case Qt::ToolTipRole:
        return describeEvent(event);
    case Qt::DecorationRole:
        return index.column() == CodeColumn ? QVariant(quadClassColor(event.quadClass))
                                            : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == GoldsteinColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                 : QVariant();
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sorting = role == SortRole;
    switch (Column(index.column())) {
    case DateColumn:
        if (sorting)
            return event.date.isValid() ? event.date.earliest.toJulianDay() : qint64(0);
        return describeDateValue(event.date);
    case SourceColumn:
        return actorLabel(event.source);
    case TargetColumn:
        return event.target ? actorLabel(*event.target) : QString();
    case CodeColumn:
        if (sorting)
            return event.cameoCode;
        return QStringLiteral("%1 %2").arg(event.cameoCode, cameoName(event.cameoCode));
    case GoldsteinColumn:
        if (sorting)
            return event.goldstein;
        return QString::number(event.goldstein, 'f', 1);
    case ArticleColumn: {
        const Article *article = snapshot.articleOf(event);
        return article && !article->title.isEmpty() ? article->title : event.articleId;
    }
    case CurationColumn:
    case ColumnCount:
        break;
    }
    return {};
}

QVariant EventTableModel::curationData(const Event &event, int column, int role) const
{
    const CurationMark *mark = m_session->curationMark(event.id);
    if (!mark)
        return {};
    switch (role) {
    case CurationRole:
        return mark->kindName();
    case CurationNoteRole:
        return mark->describe();
    case Qt::ToolTipRole:
        // The machine's original stays visible wherever the pointer rests on the row.
        return QStringLiteral("%1\n\n%2").arg(describeEvent(event), mark->describe());
    case Qt::DisplayRole:
        return column == CurationColumn ? QVariant(mark->symbol()) : QVariant();
    case SortRole:
        return column == CurationColumn ? QVariant(mark->kindName()) : QVariant();
    case Qt::TextAlignmentRole:
        return column == CurationColumn ? QVariant(Qt::AlignCenter) : QVariant();
    case Qt::ForegroundRole:
        return column == CurationColumn ? QVariant(mark->color()) : QVariant();
    default:
        return {};
    }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == CurationColumn && role == Qt::ToolTipRole)
        return tr("Changed by the analyst: ✎ corrected, + added, ✗ rejected");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DateColumn:
        return tr("Date");
    case SourceColumn:
        return tr("Source");
    case TargetColumn:
        return tr("Target");
    case CodeColumn:
        return tr("Event");
    case GoldsteinColumn:
        return tr("Goldstein");
    case ArticleColumn:
        return tr("Article");
    case CurationColumn:
        return QStringLiteral("✎");
    case ColumnCount:
        break;
    }
    return {};
}

int EventTableModel::rowOf(qint64 eventId) const
{
    return m_session->snapshot().eventIndex(eventId);
}

} // namespace demarche
