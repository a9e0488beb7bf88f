#include "eventeditordialog.h"

#include "core/cameotable.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace demarche {

namespace {

constexpr Modality allModalities[] = {Modality::Asserted, Modality::Negated, Modality::Possible,
                                      Modality::Future, Modality::Refused};

// An editable combo listing the snapshot's actors, whose completer matches anywhere in
// "CODE  name" so that typing "korea" finds KORGOV; free codes can be typed too.
QComboBox *actorCombo(const ProjectSnapshot &snapshot, const QString &objectName, bool allowsEmpty,
                      QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    if (allowsEmpty)
        combo->addItem(QString(), QString());
    for (const ActorSummary &actor : snapshot.actors())
        combo->addItem(QStringLiteral("%1  %2").arg(actor.code, actor.name), actor.code);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    return combo;
}

void setActorText(QComboBox *combo, const QString &code)
{
    const int index = combo->findData(code);
    if (index >= 0)
        combo->setCurrentIndex(index);
    combo->setEditText(index >= 0 ? combo->itemText(index) : code);
}

} // namespace

EventEditorDialog::EventEditorDialog(const Event &event, const ProjectSnapshot &snapshot,
                                     QWidget *parent)
    : QDialog(parent)
    , m_event(event)
    , m_snapshot(snapshot)
{
    setObjectName(QStringLiteral("eventEditorDialog"));
    setWindowTitle(tr("Edit event"));

    m_source = actorCombo(snapshot, QStringLiteral("sourceActorCombo"), false, this);
    setActorText(m_source, event.source.code);
    m_target = actorCombo(snapshot, QStringLiteral("targetActorCombo"), true, this);
    setActorText(m_target, event.target ? event.target->code : QString());
    m_target->setToolTip(tr("Leave empty for an event without a target"));

    m_cameoSearch = new QLineEdit(this);
    m_cameoSearch->setObjectName(QStringLiteral("cameoSearchEdit"));
    m_cameoSearch->setPlaceholderText(tr("Search code or name"));
    m_cameoSearch->setClearButtonEnabled(true);
    m_cameoList = new QListWidget(this);
    m_cameoList->setObjectName(QStringLiteral("cameoList"));
    for (const CameoCode &code : CameoTable::builtin().codes()) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(code.code, code.name));
        item->setData(Qt::UserRole, code.code);
        m_cameoList->addItem(item);
    }
    selectCameoCode(event.cameoCode);

    m_earliest = new QDateEdit(this);
    m_earliest->setObjectName(QStringLiteral("earliestDateEdit"));
    m_latest = new QDateEdit(this);
    m_latest->setObjectName(QStringLiteral("latestDateEdit"));
    for (QDateEdit *edit : {m_earliest, m_latest}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMinimumDate(QDate(1, 1, 1));
    }
    m_earliest->setDate(event.date.earliest);
    m_latest->setDate(event.date.latest);

    m_modality = new QComboBox(this);
    m_modality->setObjectName(QStringLiteral("modalityCombo"));
    for (Modality modality : allModalities)
        m_modality->addItem(modalityName(modality), static_cast<int>(modality));
    m_modality->setCurrentIndex(m_modality->findData(static_cast<int>(event.modality)));

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("Why (kept with the correction)"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Source"), m_source);
    form->addRow(tr("&Target"), m_target);
    form->addRow(tr("CAMEO &code"), m_cameoSearch);
    form->addRow(QString(), m_cameoList);
    form->addRow(tr("&From"), m_earliest);
    form->addRow(tr("T&o"), m_latest);
    form->addRow(tr("&Modality"), m_modality);
    form->addRow(tr("&Reason"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_cameoSearch, &QLineEdit::textChanged, this, &EventEditorDialog::filterCameoList);
    connect(m_cameoList, &QListWidget::currentRowChanged, this, &EventEditorDialog::updateOkButton);
    connect(m_source, &QComboBox::editTextChanged, this, &EventEditorDialog::updateOkButton);
    connect(m_target, &QComboBox::editTextChanged, this, &EventEditorDialog::updateOkButton);
    connect(m_earliest, &QDateEdit::dateChanged, this, &EventEditorDialog::updateOkButton);
    connect(m_latest, &QDateEdit::dateChanged, this, &EventEditorDialog::updateOkButton);
    updateOkButton();
}

bool EventEditorDialog::isCameoActorCode(const QString &code)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:[A-Z]{3})+$"));
    return pattern.match(code).hasMatch();
}

QString EventEditorDialog::actorCode(const QComboBox *combo) const
{
    // The list shows "CODE  name"; the code is the first word whether picked or typed.
    return combo->currentText().trimmed().section(QLatin1Char(' '), 0, 0).toUpper();
}

void EventEditorDialog::setSuggestedActors(const std::vector<Actor> &actors)
{
    m_suggestions = actors;
    for (QComboBox *combo : {m_source, m_target}) {
        const QString current = actorCode(combo);
        // The target's list starts with the empty "no target" entry.
        int row = combo == m_target ? 1 : 0;
        for (const Actor &actor : actors) {
            combo->insertItem(row++, tr("%1  %2 — in the sentence").arg(actor.code, actor.name),
                              actor.code);
        }
        setActorText(combo, current);
    }
}

Actor EventEditorDialog::actorFor(const QString &code, const Actor &previous) const
{
    if (code == previous.code)
        return previous;
    for (const Actor &suggested : m_suggestions) {
        if (suggested.code == code)
            return suggested;
    }
    Actor actor = previous;
    actor.code = code;
    actor.country = code.left(3);
    actor.sector = code.mid(3);
    actor.name = code;
    for (const ActorSummary &summary : m_snapshot.actors()) {
        if (summary.code == code)
            actor.name = summary.name;
    }
    return actor;
}

QString EventEditorDialog::selectedCameoCode() const
{
    const QListWidgetItem *item = m_cameoList->currentItem();
    return item && !item->isHidden() ? item->data(Qt::UserRole).toString() : QString();
}

bool EventEditorDialog::selectCameoCode(const QString &code)
{
    m_cameoSearch->clear();
    for (int row = 0; row < m_cameoList->count(); ++row) {
        if (m_cameoList->item(row)->data(Qt::UserRole).toString() == code) {
            m_cameoList->setCurrentRow(row);
            m_cameoList->scrollToItem(m_cameoList->item(row));
            return true;
        }
    }
    return false;
}

void EventEditorDialog::filterCameoList(const QString &text)
{
    const QString needle = text.trimmed();
    for (int row = 0; row < m_cameoList->count(); ++row) {
        QListWidgetItem *item = m_cameoList->item(row);
        item->setHidden(!needle.isEmpty() && !item->text().contains(needle, Qt::CaseInsensitive));
    }
    updateOkButton();
}

bool EventEditorDialog::isInputValid() const
{
    const QString target = actorCode(m_target);
    return isCameoActorCode(actorCode(m_source)) && (target.isEmpty() || isCameoActorCode(target))
        && CameoTable::builtin().contains(selectedCameoCode())
        && m_earliest->date() <= m_latest->date();
}

void EventEditorDialog::updateOkButton()
{
    if (auto *buttons = findChild<QDialogButtonBox *>(QStringLiteral("buttonBox")))
        buttons->button(QDialogButtonBox::Ok)->setEnabled(isInputValid());
}

Event EventEditorDialog::values() const
{
    Event event = m_event;
    event.source = actorFor(actorCode(m_source), m_event.source);
    const QString target = actorCode(m_target);
    if (target.isEmpty())
        event.target.reset();
    else
        event.target = actorFor(target, m_event.target.value_or(Actor()));
    if (const CameoCode *code = CameoTable::builtin().find(selectedCameoCode())) {
        event.cameoCode = code->code;
        event.cameoRoot = code->root();
        event.ploverType = code->ploverType;
        event.goldstein = code->goldstein;
        event.quadClass = code->quadClass;
    }
    const QDate earliest = m_earliest->date();
    const QDate latest = m_latest->date();
    if (earliest != m_event.date.earliest || latest != m_event.date.latest) {
        event.date = earliest == latest ? DateSpan::day(earliest) : DateSpan();
        if (earliest != latest) {
            // An analyst's interval has no TIMEX3 name; the ISO 8601 interval notation says it.
            event.date.value = QStringLiteral("%1/%2").arg(earliest.toString(Qt::ISODate),
                                                           latest.toString(Qt::ISODate));
            event.date.earliest = earliest;
            event.date.latest = latest;
            event.date.granularity = Granularity::Vague;
        }
    }
    event.modality = static_cast<Modality>(m_modality->currentData().toInt());
    return event;
}

Correction::Fields EventEditorDialog::changedFields() const
{
    if (!isInputValid())
        return Correction::NoField;
    const Event edited = values();
    Correction::Fields fields;
    if (edited.source.code != m_event.source.code)
        fields |= Correction::SourceField;
    const QString before = m_event.target ? m_event.target->code : QString();
    const QString after = edited.target ? edited.target->code : QString();
    if (before != after)
        fields |= Correction::TargetField;
    if (edited.cameoCode != m_event.cameoCode)
        fields |= Correction::CodeField;
    if (edited.date.earliest != m_event.date.earliest || edited.date.latest != m_event.date.latest)
        fields |= Correction::DateField;
    if (edited.modality != m_event.modality)
        fields |= Correction::ModalityField;
    return fields;
}

QString EventEditorDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace demarche
