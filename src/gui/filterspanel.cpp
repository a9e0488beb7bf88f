#include "filterspanel.h"

#include "ui_filterspanel.h"

#include "core/cameotable.h"
#include "models/actorlistmodel.h"
#include "models/projectsession.h"

#include <QSortFilterProxyModel>

namespace demarche {

FiltersPanel::FiltersPanel(ProjectSession *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FiltersPanel>())
    , m_session(session)
    , m_actors(new ActorListModel(session, this))
    , m_actorSearch(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("filtersPanel"));
    m_actorSearch->setSourceModel(m_actors);
    m_actorSearch->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_actorSearch->setFilterRole(Qt::ToolTipRole); // code and name
    m_ui->actorList->setModel(m_actorSearch);

    m_ui->cameoRootCombo->addItem(tr("All event types"), QString());
    for (const CameoCode &code : CameoTable::builtin().codes()) {
        if (code.code.size() == 2) {
            QString name = code.name.toLower();
            name[0] = name[0].toUpper();
            m_ui->cameoRootCombo->addItem(QStringLiteral("%1 %2").arg(code.code, name), code.code);
        }
    }

    m_textTimer.setSingleShot(true);
    m_textTimer.setInterval(250);
    connect(&m_textTimer, &QTimer::timeout, this, &FiltersPanel::apply);
    connect(m_ui->textSearch, &QLineEdit::textChanged, this, [this] { m_textTimer.start(); });
    connect(m_ui->textSearch, &QLineEdit::returnPressed, this, &FiltersPanel::apply);
    connect(m_ui->actorSearch, &QLineEdit::textChanged, m_actorSearch,
            &QSortFilterProxyModel::setFilterFixedString);
    for (QCheckBox *box : {m_ui->verbalCooperationCheck, m_ui->materialCooperationCheck,
                           m_ui->verbalConflictCheck, m_ui->materialConflictCheck})
        connect(box, &QCheckBox::toggled, this, &FiltersPanel::apply);
    connect(m_ui->cameoRootCombo, &QComboBox::currentIndexChanged, this, &FiltersPanel::apply);
    connect(m_ui->dateGroup, &QGroupBox::toggled, this, &FiltersPanel::apply);
    connect(m_ui->dateFrom, &QDateEdit::dateChanged, this, &FiltersPanel::apply);
    connect(m_ui->dateTo, &QDateEdit::dateChanged, this, &FiltersPanel::apply);
    connect(m_ui->resetButton, &QPushButton::clicked, this, &FiltersPanel::reset);
    connect(session, &ProjectSession::snapshotChanged, this, &FiltersPanel::followSnapshot);
    followSnapshot();
}

FiltersPanel::~FiltersPanel() = default;

void FiltersPanel::followSnapshot()
{
    QDate first;
    QDate last;
    for (const Event &event : m_session->snapshot().events()) {
        if (!event.date.isValid())
            continue;
        if (!first.isValid() || event.date.earliest < first)
            first = event.date.earliest;
        if (!last.isValid() || event.date.latest > last)
            last = event.date.latest;
    }
    if (!first.isValid())
        first = last = QDate::currentDate();
    m_updating = true;
    m_ui->dateFrom->setDate(first);
    m_ui->dateTo->setDate(last);
    m_updating = false;
    if (m_ui->dateGroup->isChecked())
        apply();
}

void FiltersPanel::reset()
{
    m_updating = true;
    m_ui->textSearch->clear();
    m_ui->actorSearch->clear();
    for (QCheckBox *box : {m_ui->verbalCooperationCheck, m_ui->materialCooperationCheck,
                           m_ui->verbalConflictCheck, m_ui->materialConflictCheck})
        box->setChecked(true);
    m_ui->cameoRootCombo->setCurrentIndex(0);
    m_ui->dateGroup->setChecked(false);
    m_updating = false;
    m_textTimer.stop();
    m_session->setFilter(EventFilter());
}

void FiltersPanel::apply()
{
    if (m_updating)
        return;
    m_textTimer.stop();
    EventFilter filter = m_session->filter();
    filter.setText(m_ui->textSearch->text());
    QSet<QuadClass> classes;
    const std::pair<QCheckBox *, QuadClass> boxes[] = {
        {m_ui->verbalCooperationCheck, QuadClass::VerbalCooperation},
        {m_ui->materialCooperationCheck, QuadClass::MaterialCooperation},
        {m_ui->verbalConflictCheck, QuadClass::VerbalConflict},
        {m_ui->materialConflictCheck, QuadClass::MaterialConflict},
    };
    for (const auto &[box, quad] : boxes) {
        if (box->isChecked())
            classes.insert(quad);
    }
    // All four checked means no restriction (and keeps the filter "empty").
    filter.setQuadClasses(classes.size() == 4 ? QSet<QuadClass>() : classes);
    const QString root = m_ui->cameoRootCombo->currentData().toString();
    filter.setCameoRoots(root.isEmpty() ? QSet<QString>() : QSet<QString> {root});
    if (m_ui->dateGroup->isChecked())
        filter.setDateRange(m_ui->dateFrom->date(), m_ui->dateTo->date());
    else
        filter.setDateRange({}, {});
    m_session->setFilter(filter);
}

} // namespace demarche
