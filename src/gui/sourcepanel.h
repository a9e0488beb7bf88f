#pragma once

#include "core/eventcluster.h"
#include "core/textspan.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class SourcePanel;
}

namespace demarche {

struct Article;
struct Event;
class EventSelection;
class ProjectSession;

// The current event's article: title, source, publication date (marked when assumed), the full
// text with the event's sentence highlighted, its trigger and actor mentions marked and scrolled
// into view, and the event in words; what the analyst changed in it ("CAMEO corrected from 111 to
// 112"); and, when several sentences report the same real-world event, every one of them. Text
// the user selects can become a new event ("Add event from selection…").
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
    // What the analyst changed in the current event ("CAMEO corrected from 111 to 112 (...)");
    // empty for an untouched machine event.
    QString curationText() const;
    // Gives the keyboard focus to the text (Enter in the timeline "opens" the source).
    void focusText();

    // The text the user selected in the article, in code points; empty when none.
    TextSpan selectedSpan() const;
    // Selects `span` (code points, clamped to the article) as the user would with the mouse.
    void selectSpan(TextSpan span);

    // Ids of the events reporting the same real-world event as the current one, the current one
    // included, in date then article order; empty when only one sentence reports it.
    QList<qint64> mentionIds() const;

Q_SIGNALS:
    // The user asked to add an event from `span` (code points) of article `articleId`.
    void addEventRequested(const QString &articleId, TextSpan span);

private:
    void showCurrent();
    void showNothing();
    // Shows the article's text; false (and the reason shown) when the project cannot give it.
    bool showArticle(const Article &article);
    void showCuration(const Event &event);
    void showMentions(const Event &event);
    void fillMentions(const EventCluster &cluster);
    void highlight(const Event &event);
    void updateSelectionButton();
    void requestAddEvent();
    void showContextMenu(const QPoint &pos);
    // The reports of the same real-world event as `event`, itself included; nullopt when the
    // event is unknown.
    std::optional<EventCluster> clusterOf(const Event &event) const;

    std::unique_ptr<Ui::SourcePanel> m_ui;
    ProjectSession *m_session;
    EventSelection *m_selection;
    QString m_articleId;
    QString m_text; // the shown article's text, read once from the project
    TextSpan m_highlighted;
};

} // namespace demarche
