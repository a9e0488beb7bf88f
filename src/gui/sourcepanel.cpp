#include "sourcepanel.h"

#include "ui_sourcepanel.h"

#include "core/textindex.h"
#include "models/eventselection.h"
#include "models/eventtext.h"
#include "models/projectsession.h"

#include <QLocale>
#include <QScrollBar>
#include <QTextBlock>

namespace demarche {

SourcePanel::SourcePanel(ProjectSession *session, EventSelection *selection, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SourcePanel>())
    , m_session(session)
    , m_selection(selection)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("sourcePanel"));
    QFont title = m_ui->titleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.15);
    m_ui->titleLabel->setFont(title);
    m_ui->sourceText->document()->setDocumentMargin(8);
    connect(selection, &EventSelection::selectionChanged, this, &SourcePanel::showCurrent);
    connect(session, &ProjectSession::snapshotChanged, this, &SourcePanel::showCurrent);
    showCurrent();
}

SourcePanel::~SourcePanel() = default;

QString SourcePanel::eventText() const
{
    return m_ui->eventLabel->text();
}

void SourcePanel::focusText()
{
    m_ui->sourceText->setFocus(Qt::OtherFocusReason);
}

void SourcePanel::showNothing()
{
    m_articleId.clear();
    m_highlighted = {};
    m_ui->titleLabel->setText(tr("No event selected"));
    m_ui->metaLabel->clear();
    m_ui->eventLabel->setText(
        tr("Select an event in the timeline, the network or the table to read its source."));
    m_ui->sourceText->setExtraSelections({});
    m_ui->sourceText->clear();
}

void SourcePanel::showCurrent()
{
    const ProjectSnapshot &snapshot = m_session->snapshot();
    const Event *event = snapshot.event(m_selection->currentEventId());
    if (!event) {
        showNothing();
        return;
    }
    const Article *article = snapshot.articleOf(*event);
    m_ui->eventLabel->setText(describeEvent(*event));
    // The text is read from the project file when first shown (ProjectSnapshot::text).
    const Result<QString> text = article ? snapshot.text(*article) : Result<QString>(QString());
    if (!article || !text) {
        showNothing();
        m_ui->eventLabel->setText(describeEvent(*event));
        m_ui->titleLabel->setText(
            article ? tr("Article %1 cannot be shown").arg(article->id)
                    : tr("Article %1 is not in the project").arg(event->articleId));
        if (article)
            m_ui->metaLabel->setText(text.error().toHtmlEscaped());
        return;
    }
    if (m_articleId != article->id) {
        m_articleId = article->id;
        m_ui->titleLabel->setText(article->title.isEmpty() ? article->id : article->title);
        QString date = article->published.isValid()
            ? QLocale::c().toString(article->published, QStringLiteral("ddd d MMMM yyyy"))
            : tr("no date");
        if (article->isDateAssumed)
            date += tr(" (assumed: the file's date, not stated)");
        QStringList meta;
        if (!article->source.isEmpty())
            meta << article->source.toHtmlEscaped();
        meta << tr("published %1").arg(date.toHtmlEscaped());
        if (!article->url.isEmpty())
            meta << QStringLiteral("<a href=\"%1\">%1</a>").arg(article->url.toHtmlEscaped());
        m_ui->metaLabel->setText(meta.join(QStringLiteral(" · ")));
        m_ui->metaLabel->setOpenExternalLinks(true);
        m_ui->sourceText->setPlainText(text.value());
    }

    // Spans are code points; the document counts UTF-16 units like QString.
    const TextIndex index(text.value());
    QTextDocument *document = m_ui->sourceText->document();
    const int length = document->characterCount() - 1;
    const auto cursorFor = [&](TextSpan span) {
        const TextSpan utf16 = index.toUtf16(span);
        QTextCursor cursor(document);
        cursor.setPosition(std::clamp(utf16.begin, 0, length));
        cursor.setPosition(std::clamp(utf16.end, 0, length), QTextCursor::KeepAnchor);
        return cursor;
    };
    QList<QTextEdit::ExtraSelection> selections;
    QTextEdit::ExtraSelection sentence;
    sentence.cursor = cursorFor(event->sentenceSpan);
    sentence.format.setBackground(QColor(0xff, 0xf1, 0x9c));
    selections << sentence;
    const auto mark = [&](TextSpan span, const QColor &color, bool bold) {
        if (span.isEmpty())
            return;
        QTextEdit::ExtraSelection selection;
        selection.cursor = cursorFor(span);
        selection.format.setBackground(color);
        selection.format.setFontUnderline(true);
        if (bold)
            selection.format.setFontWeight(QFont::Bold);
        selections << selection;
    };
    mark(event->source.span, QColor(0xbb, 0xde, 0xfb), false);
    if (event->target)
        mark(event->target->span, QColor(0xe1, 0xbe, 0xe7), false);
    mark(event->triggerSpan, QColor(0xff, 0xcc, 0x80), true);
    m_ui->sourceText->setExtraSelections(selections);
    const QTextCursor highlighted = selections.front().cursor;
    m_highlighted = event->sentenceSpan.isEmpty()
        ? TextSpan {}
        : index.toCodePoints(TextSpan {highlighted.selectionStart(), highlighted.selectionEnd()});

    // Scroll so that the sentence stands in view, a little below the top.
    QTextCursor caret(document);
    caret.setPosition(highlighted.selectionEnd());
    m_ui->sourceText->setTextCursor(caret);
    m_ui->sourceText->ensureCursorVisible();
    caret.setPosition(highlighted.selectionStart());
    m_ui->sourceText->setTextCursor(caret);
    m_ui->sourceText->ensureCursorVisible();
}

} // namespace demarche
