#pragma once

#include "core/correction.h"
#include "core/event.h"
#include "models/projectsnapshot.h"

#include <QDialog>
#include <vector>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;

namespace demarche {

// Edits one event's source, target, CAMEO code, date interval and modality, with a reason. It only
// collects values: changedFields()/values() say what the analyst changed, and the caller turns
// them into one undoable command. Widgets carry objectNames so that tests can drive them.
class EventEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventEditorDialog)

public:
    EventEditorDialog(const Event &event, const ProjectSnapshot &snapshot,
                      QWidget *parent = nullptr);

    // The fields whose value differs from the event's (NoField when nothing changed or a value is
    // invalid; isInputValid() tells which).
    Correction::Fields changedFields() const;
    // The event with the dialog's values in place of the original ones.
    Event values() const;
    QString reason() const;
    // Whether every field holds an acceptable value (known CAMEO code, CAMEO-style actor codes,
    // earliest <= latest).
    bool isInputValid() const;

    // Lists `actors` first in the source and target pickers, marked as found in the sentence
    // (adding an event: the extractor's suggestions); picking one keeps its mention and span.
    void setSuggestedActors(const std::vector<Actor> &actors);

    // Selects `code` in the CAMEO list (clearing the search); false when it is not listed.
    bool selectCameoCode(const QString &code);

    // "KORGOV", "IGOUNO", "USA": one or more 3-letter upper-case groups.
    static bool isCameoActorCode(const QString &code);

private:
    QString actorCode(const QComboBox *combo) const;
    Actor actorFor(const QString &code, const Actor &previous) const;
    QString selectedCameoCode() const;
    void filterCameoList(const QString &text);
    void updateOkButton();

    Event m_event;
    const ProjectSnapshot &m_snapshot;
    std::vector<Actor> m_suggestions;
    QComboBox *m_source;
    QComboBox *m_target;
    QLineEdit *m_cameoSearch;
    QListWidget *m_cameoList;
    QDateEdit *m_earliest;
    QDateEdit *m_latest;
    QComboBox *m_modality;
    QLineEdit *m_reason;
};

} // namespace demarche
