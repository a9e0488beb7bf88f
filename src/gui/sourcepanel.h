#pragma once

#include "core/textspan.h"

#include <QWidget>
#include <memory>

namespace Ui {
class SourcePanel;
}

namespace demarche {

class EventSelection;
class ProjectSession;

// The current event's article: title, source, publication date (marked when assumed), the full
// text with the event's sentence highlighted, its trigger and actor mentions marked and scrolled
// into view, and the event in words.
class SourcePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcePanel)

public:
    SourcePanel(ProjectSession *session, EventSelection *selection, QWidget *parent = nullptr);
    ~SourcePanel() override;

    // The article shown (empty when none).
    QString articleId() const { return m_articleId; }
    // The highlighted sentence in code points of the article text (empty when none).
    TextSpan highlightedSpan() const { return m_highlighted; }
    // The event line ("A → B: ... (CAMEO 028, Goldstein +3.0), week of ...").
    QString eventText() const;
    // Gives the keyboard focus to the text (Enter in the timeline "opens" the source).
    void focusText();

private:
    void showCurrent();
    void showNothing();

    std::unique_ptr<Ui::SourcePanel> m_ui;
    ProjectSession *m_session;
    EventSelection *m_selection;
    QString m_articleId;
    TextSpan m_highlighted;
};

} // namespace demarche
