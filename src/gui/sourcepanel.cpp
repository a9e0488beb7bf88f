#include "sourcepanel.h"

#include "ui_sourcepanel.h"

#include "core/eventclusterer.h"
#include "core/textindex.h"
#include "models/eventselection.h"
#include "models/eventtext.h"
#include "models/projectsession.h"

#include <QLocale>
#include <QMenu>
#include <QScrollBar>
#include <QTextBlock>

#include <algorithm>

namespace demarche {

namespace {

// The words of a code point span of an article, on one line; empty when the project file can no
// longer give the article's text (it is read on demand, see ProjectSnapshot::text).
QString textOf(const ProjectSnapshot &snapshot, const Article &article, TextSpan span)
{
    const Result<QString> text = snapshot.text(article);
    if (!text)
        return {};
    const TextSpan utf16 = TextIndex(text.value()).toUtf16(span);
    return text.value().mid(utf16.begin, utf16.length()).simplified();
}

// "1 mention", "3 articles": counts read as words, with or without a translation loaded.
QString counted(int n, const QString &one, const QString &many)
{
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many);
}

QString articleName(const Article *article, const QString &id)
{
    return article && !article->title.isEmpty() ? article->title : id;
}

} // namespace

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
    connect(session, &ProjectSession::snapshotChanged, this, [this] {
        m_ui->mentionList->clear(); // reports may read differently after a correction
        showCurrent();
    });
    connect(m_ui->sourceText, &QPlainTextEdit::selectionChanged, this,
            &SourcePanel::updateSelectionButton);
    connect(m_ui->sourceText, &QWidget::customContextMenuRequested, this,
            &SourcePanel::showContextMenu);
    connect(m_ui->addFromSelectionButton, &QPushButton::clicked, this,
            &SourcePanel::requestAddEvent);
    connect(m_ui->mentionList, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        // The clicked report becomes current and the others stay selected: the panel switches
        // to its article while every view still shows the whole event.
        m_selection->selectEvents(mentionIds(), item->data(Qt::UserRole).toLongLong());
    });
    showCurrent();
}

SourcePanel::~SourcePanel() = default;

QString SourcePanel::eventText() const
{
    return m_ui->eventLabel->text();
}

QString SourcePanel::curationText() const
{
    const CurationMark *mark = m_session->curationMark(m_selection->currentEventId());
    return mark ? mark->describe() : QString();
}

void SourcePanel::focusText()
{
    m_ui->sourceText->setFocus(Qt::OtherFocusReason);
}

TextSpan SourcePanel::selectedSpan() const
{
    const QTextCursor cursor = m_ui->sourceText->textCursor();
    if (m_articleId.isEmpty() || !cursor.hasSelection())
        return {};
    return TextIndex(m_text)
        .toCodePoints(TextSpan {cursor.selectionStart(), cursor.selectionEnd()});
}

void SourcePanel::selectSpan(TextSpan span)
{
    if (m_articleId.isEmpty())
        return;
    const TextSpan utf16 = TextIndex(m_text).toUtf16(span);
    const int length = m_ui->sourceText->document()->characterCount() - 1;
    QTextCursor cursor(m_ui->sourceText->document());
    cursor.setPosition(std::clamp(utf16.begin, 0, length));
    cursor.setPosition(std::clamp(utf16.end, 0, length), QTextCursor::KeepAnchor);
    m_ui->sourceText->setTextCursor(cursor);
}

QList<qint64> SourcePanel::mentionIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_ui->mentionList->count(); ++i)
        ids.append(m_ui->mentionList->item(i)->data(Qt::UserRole).toLongLong());
    return ids;
}

void SourcePanel::updateSelectionButton()
{
    m_ui->addFromSelectionButton->setEnabled(!selectedSpan().isEmpty());
}

void SourcePanel::requestAddEvent()
{
    const TextSpan span = selectedSpan();
    if (!span.isEmpty())
        Q_EMIT addEventRequested(m_articleId, span);
}

void SourcePanel::showContextMenu(const QPoint &pos)
{
    std::unique_ptr<QMenu> menu(m_ui->sourceText->createStandardContextMenu(pos));
    menu->addSeparator();
    QAction *add
        = menu->addAction(tr("Add event from selection…"), this, &SourcePanel::requestAddEvent);
    add->setObjectName(QStringLiteral("addFromSelectionAction"));
    add->setEnabled(!selectedSpan().isEmpty());
    menu->exec(m_ui->sourceText->viewport()->mapToGlobal(pos));
}

void SourcePanel::showNothing()
{
    m_articleId.clear();
    m_text.clear();
    m_highlighted = {};
    m_ui->titleLabel->setText(tr("No event selected"));
    m_ui->metaLabel->clear();
    m_ui->eventLabel->setText(
        tr("Select an event in the timeline, the network or the table to read its source."));
    m_ui->curationLabel->hide();
    m_ui->mentionsLabel->hide();
    m_ui->mentionList->clear();
    m_ui->mentionList->hide();
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
    if (!article) {
        showNothing();
        m_ui->eventLabel->setText(describeEvent(*event));
        m_ui->titleLabel->setText(tr("Article %1 is not in the project").arg(event->articleId));
        return;
    }
    if (m_articleId != article->id && !showArticle(*article)) {
        m_ui->eventLabel->setText(describeEvent(*event));
        return;
    }
    m_ui->eventLabel->setText(describeEvent(*event));
    showCuration(*event);
    showMentions(*event);
    highlight(*event);
}

bool SourcePanel::showArticle(const Article &article)
{
    // The text is read from the project file when first shown (ProjectSnapshot::text).
    const Result<QString> text = m_session->snapshot().text(article);
    if (!text) {
        showNothing();
        m_ui->titleLabel->setText(tr("Article %1 cannot be shown").arg(article.id));
        m_ui->metaLabel->setText(text.error().toHtmlEscaped());
        return false;
    }
    m_articleId = article.id;
    m_text = text.value();
    m_ui->titleLabel->setText(articleName(&article, article.id));
    QString date = article.published.isValid()
        ? QLocale::c().toString(article.published, QStringLiteral("ddd d MMMM yyyy"))
        : tr("no date");
    if (article.isDateAssumed)
        date += tr(" (assumed: the file's date, not stated)");
    QStringList meta;
    if (!article.source.isEmpty())
        meta << article.source.toHtmlEscaped();
    meta << tr("published %1").arg(date.toHtmlEscaped());
    if (!article.url.isEmpty())
        meta << QStringLiteral("<a href=\"%1\">%1</a>").arg(article.url.toHtmlEscaped());
    m_ui->metaLabel->setText(meta.join(QStringLiteral(" · ")));
    m_ui->metaLabel->setOpenExternalLinks(true);
    m_ui->sourceText->setPlainText(m_text);
    return true;
}

void SourcePanel::showCuration(const Event &event)
{
    const CurationMark *mark = m_session->curationMark(event.id);
    m_ui->curationLabel->setVisible(mark != nullptr);
    if (!mark)
        return;
    // An addition's note only repeats the heading: it shows who, when and why alone.
    const bool isAdded = mark->kind == CurationMark::Added;
    const QString heading = isAdded            ? tr("Added by the analyst")
        : mark->kind == CurationMark::Rejected ? tr("Rejected by the analyst")
                                               : tr("Corrected by the analyst");
    QString body = isAdded ? mark->provenance() : mark->describe();
    if (!body.isEmpty())
        body = isAdded ? QStringLiteral(" (%1)").arg(body) : QStringLiteral(": ") + body;
    m_ui->curationLabel->setText(
        QStringLiteral("<span style=\"color:%1\"><b>✎ %2</b>%3</span>")
            .arg(mark->color().name(), heading.toHtmlEscaped(), body.toHtmlEscaped()));
}

std::optional<EventCluster> SourcePanel::clusterOf(const Event &event) const
{
    // Reports are grouped per directed dyad and CAMEO root before dates are compared, so the
    // event's group alone decides its cluster: one scan of the events (7 ms CPU at 100,000, see
    // bench/curation_bench) where clustering the whole project took 1.3 s after each correction.
    const auto targetOf = [](const Event &e) {
        return e.target ? e.target->code : QString();
    };
    const QString target = targetOf(event);
    std::vector<Event> sameDyad;
    for (const Event &e : m_session->snapshot().events()) {
        if (e.cameoRoot == event.cameoRoot && e.source.code == event.source.code
            && targetOf(e) == target)
            sameDyad.push_back(e);
    }
    for (EventCluster &cluster : EventClusterer().cluster(sameDyad)) {
        for (const Event &mention : cluster.mentions) {
            if (mention.id == event.id)
                return std::move(cluster);
        }
    }
    return std::nullopt;
}

void SourcePanel::showMentions(const Event &event)
{
    const std::optional<EventCluster> cluster = clusterOf(event);
    const bool several = cluster && cluster->mentionCount() > 1;
    m_ui->mentionsLabel->setVisible(several);
    m_ui->mentionList->setVisible(several);
    if (!several) {
        m_ui->mentionList->clear();
        return;
    }
    QList<qint64> ids;
    for (const Event &mention : cluster->mentions)
        ids.append(mention.id);
    // A click on a report of the list shown keeps the list (and the item being clicked) alive.
    if (ids != mentionIds())
        fillMentions(*cluster);
    for (int i = 0; i < m_ui->mentionList->count(); ++i) {
        QListWidgetItem *item = m_ui->mentionList->item(i);
        const bool isCurrent = item->data(Qt::UserRole).toLongLong() == event.id;
        QFont font = item->font();
        font.setBold(isCurrent);
        item->setFont(font);
        if (isCurrent)
            m_ui->mentionList->setCurrentItem(item);
    }
}

void SourcePanel::fillMentions(const EventCluster &cluster)
{
    m_ui->mentionList->clear();
    m_ui->mentionsLabel->setText(
        tr("<b>One event, %1</b> in %2:")
            .arg(counted(cluster.mentionCount(), tr("mention"), tr("mentions")),
                 counted(cluster.articleCount(), tr("article"), tr("articles"))));
    const ProjectSnapshot &snapshot = m_session->snapshot();
    for (const Event &mention : cluster.mentions) {
        const Article *article = snapshot.article(mention.articleId);
        const QString sentence = article ? textOf(m_session->snapshot(), *article, mention.sentenceSpan) : QString();
        auto *item = new QListWidgetItem(QStringLiteral("%1 · %2\n“%3”")
                                             .arg(articleName(article, mention.articleId),
                                                  describeDateValue(mention.date), sentence),
                                         m_ui->mentionList);
        item->setData(Qt::UserRole, mention.id);
        item->setToolTip(sentence);
    }
}

void SourcePanel::highlight(const Event &event)
{
    // Spans are code points; the document counts UTF-16 units like QString.
    const TextIndex index(m_text);
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
    sentence.cursor = cursorFor(event.sentenceSpan);
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
    mark(event.source.span, QColor(0xbb, 0xde, 0xfb), false);
    if (event.target)
        mark(event.target->span, QColor(0xe1, 0xbe, 0xe7), false);
    mark(event.triggerSpan, QColor(0xff, 0xcc, 0x80), true);
    m_ui->sourceText->setExtraSelections(selections);
    const QTextCursor highlighted = selections.front().cursor;
    m_highlighted = event.sentenceSpan.isEmpty()
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
