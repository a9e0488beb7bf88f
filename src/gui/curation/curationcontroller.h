#pragma once

#include "core/textspan.h"

#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QUndoStack;
class QWidget;

namespace demarche {

class CurationService;
class EventSelection;
class ProjectSession;

// The Edit menu of curation: owns the undo stack and the actions that correct, reject and merge,
// each pushing one undoable command through the CurationService. The window only adds
// editActions() to its menu; enabling follows the selection and whether a project is open.
class CurationController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurationController)

public:
    // `window` parents the dialogs and the actions' shortcuts; none of the pointers is owned.
    CurationController(QWidget *window, ProjectSession *session, EventSelection *selection,
                       CurationService *service);

    // The undo stack is cleared whenever the service switches to another project.
    // Undo, Redo, a separator, Edit event..., Reject event, Merge actors..., in menu order.
    QList<QAction *> editActions() const { return m_actions; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Opens the editor on the current event (non-modal; OK pushes one command). No-op without one.
    void editCurrentEvent();
    // Rejects every selected event as one undo step.
    void rejectSelectedEvents();
    // Asks which actor to merge into which, then pushes the merge.
    void mergeActors();
    // Opens the editor on a new event drawn from `span` (code points) of article `articleId`:
    // its sentence, the article's date, the actors found there as suggestions; OK pushes one
    // undoable addition. No-op without a project or when the article is unknown.
    void addEventFromText(const QString &articleId, TextSpan span);

private:
    void updateActions();
    void warn(const QString &title, const QString &message);

    QWidget *m_window;
    ProjectSession *m_session;
    EventSelection *m_selection;
    CurationService *m_service;
    QUndoStack *m_undoStack;
    const void *m_lastStore = nullptr; // compared only, never used
    QAction *m_editAction;
    QAction *m_rejectAction;
    QAction *m_mergeAction;
    QList<QAction *> m_actions;
};

} // namespace demarche
