#include "curationcontroller.h"

#include "core/correctionapplier.h"
#include "eventeditordialog.h"
#include "models/correctioncommand.h"
#include "models/curationdraft.h"
#include "models/curationservice.h"
#include "models/eventselection.h"
#include "models/mergeactorscommand.h"
#include "models/projectsession.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWidget>

namespace demarche {

namespace {

QComboBox *actorCombo(const ProjectSession *session, const QString &objectName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    for (const ActorSummary &actor : session->snapshot().actors())
        combo->addItem(QStringLiteral("%1  %2").arg(actor.code, actor.name), actor.code);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    combo->setCurrentIndex(-1);
    return combo;
}

QString codeOf(const QComboBox *combo)
{
    return combo->currentText().trimmed().section(QLatin1Char(' '), 0, 0).toUpper();
}

} // namespace

CurationController::CurationController(QWidget *window, ProjectSession *session,
                                       EventSelection *selection, CurationService *service)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_selection(selection)
    , m_service(service)
    , m_undoStack(new QUndoStack(this))
{
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    auto *separator = new QAction(this);
    separator->setSeparator(true);

    m_editAction = new QAction(tr("&Edit event..."), this);
    m_editAction->setObjectName(QStringLiteral("editEventAction"));
    m_rejectAction = new QAction(tr("Re&ject event"), this);
    m_rejectAction->setObjectName(QStringLiteral("rejectEventAction"));
    m_rejectAction->setShortcut(QKeySequence::Delete);
    m_mergeAction = new QAction(tr("&Merge actors..."), this);
    m_mergeAction->setObjectName(QStringLiteral("mergeActorsAction"));
    m_actions = {undo, redo, separator, m_editAction, m_rejectAction, m_mergeAction};

    connect(m_editAction, &QAction::triggered, this, &CurationController::editCurrentEvent);
    connect(m_rejectAction, &QAction::triggered, this, &CurationController::rejectSelectedEvents);
    connect(m_mergeAction, &QAction::triggered, this, &CurationController::mergeActors);
    connect(m_selection, &EventSelection::selectionChanged, this,
            &CurationController::updateActions);
    connect(m_service, &CurationService::curationChanged, this, &CurationController::updateActions);
    connect(m_service, &CurationService::failed, this,
            [this](const QString &message) { warn(tr("Curation"), message); });
    updateActions();
}

void CurationController::warn(const QString &title, const QString &message)
{
    // Window-modal and non-blocking, so that a failure inside a command never nests event loops.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void CurationController::updateActions()
{
    // Commands hold event ids of the project they were made on; another project drops them.
    if (m_service->store() != m_lastStore) {
        m_lastStore = m_service->store();
        m_undoStack->clear();
    }
    const bool hasStore = m_service->store() != nullptr;
    const bool hasCurrent = hasStore && m_service->curated(m_selection->currentEventId());
    m_editAction->setEnabled(hasCurrent);
    m_rejectAction->setEnabled(hasCurrent);
    m_mergeAction->setEnabled(hasStore);
}

void CurationController::editCurrentEvent()
{
    const qint64 eventId = m_selection->currentEventId();
    const CuratedEvent *curated = m_service->curated(eventId);
    if (!curated)
        return;
    auto *dialog = new EventEditorDialog(curated->event, m_session->snapshot(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, eventId] {
        const Correction::Fields fields = dialog->changedFields();
        if (fields == Correction::NoField)
            return;
        if (auto command = CorrectionCommand::edit(m_service, eventId, fields, dialog->values(),
                                                   dialog->reason()))
            m_undoStack->push(command.release());
    });
    dialog->open();
}

void CurationController::addEventFromText(const QString &articleId, TextSpan span)
{
    const Article *article = m_session->snapshot().article(articleId);
    if (!article || !m_service->store())
        return;
    // Article texts are read from the project on demand: the draft needs this one's.
    const Result<QString> text = m_session->snapshot().text(*article);
    if (!text) {
        warn(tr("Add event"), text.error());
        return;
    }
    Article withText = *article;
    withText.text = text.value();
    const CurationDraft draft = draftEventFromText(withText, span);
    auto *dialog = new EventEditorDialog(draft.event, m_session->snapshot(), m_window);
    dialog->setWindowTitle(tr("Add event"));
    dialog->setSuggestedActors(draft.suggestions);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (auto command
            = CorrectionCommand::addEvent(m_service, dialog->values(), dialog->reason())) {
            const CorrectionCommand *added = command.get();
            m_undoStack->push(command.release());
            // The analyst sees the new event at once, in every view and in the source panel.
            m_selection->selectEvent(CorrectionApplier::addedIdBase + added->correction().id);
        } else
            warn(tr("Add event"), tr("The event needs a source actor, a CAMEO code and a date."));
    });
    dialog->open();
}

void CurationController::rejectSelectedEvents()
{
    QList<qint64> ids = m_selection->selectedEventIds();
    if (ids.isEmpty() && m_selection->currentEventId() != 0)
        ids = {m_selection->currentEventId()};
    std::vector<std::unique_ptr<CorrectionCommand>> commands;
    for (qint64 id : ids) {
        if (auto command = CorrectionCommand::reject(m_service, id))
            commands.push_back(std::move(command));
    }
    if (commands.empty())
        return;
    // Several rejections undo together, as the analyst made them with one key press.
    if (commands.size() > 1)
        m_undoStack->beginMacro(tr("Reject %n events", nullptr, int(commands.size())));
    for (auto &command : commands)
        m_undoStack->push(command.release());
    if (commands.size() > 1)
        m_undoStack->endMacro();
}

void CurationController::mergeActors()
{
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("mergeActorsDialog"));
    dialog->setWindowTitle(tr("Merge actors"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QComboBox *alias = actorCombo(m_session, QStringLiteral("mergeAliasCombo"), dialog);
    QComboBox *canonical = actorCombo(m_session, QStringLiteral("mergeCanonicalCombo"), dialog);
    auto *reason = new QLineEdit(dialog);
    reason->setObjectName(QStringLiteral("mergeReasonEdit"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    auto *form = new QFormLayout;
    form->addRow(tr("&Merge"), alias);
    form->addRow(tr("&Into"), canonical);
    form->addRow(tr("&Reason"), reason);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, alias, canonical, reason] {
        const QString canonicalCode = codeOf(canonical);
        QString canonicalName;
        for (const ActorSummary &actor : m_session->snapshot().actors()) {
            if (actor.code == canonicalCode)
                canonicalName = actor.name;
        }
        if (auto command = MergeActorsCommand::create(m_service, codeOf(alias), canonicalCode,
                                                      canonicalName, reason->text().trimmed()))
            m_undoStack->push(command.release());
        else
            warn(tr("Merge actors"),
                 tr("Cannot merge %1 into %2.").arg(codeOf(alias), canonicalCode));
    });
    dialog->open();
}

} // namespace demarche
