// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/scenariospanel.h"

#include "document/parkdocument.h"

#include <QComboBox>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace pz {

namespace {

constexpr int kIdRole = Qt::UserRole;

QToolButton *toolButton(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

ScenariosPanel::ScenariosPanel(ParkDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    createWidgets();
    connect(m_document, &ParkDocument::changed, this, &ScenariosPanel::onDocumentChanged);
    connect(m_combo, &QComboBox::activated, this, &ScenariosPanel::switchTo);
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { switchTo(m_list->row(item)); });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { switchTo(m_list->row(item)); });
    connect(m_list, &QListWidget::itemChanged, this, &ScenariosPanel::onItemChanged);
    connect(m_note, &QPlainTextEdit::textChanged, this, &ScenariosPanel::onNoteEdited);
    connect(m_new, &QToolButton::clicked, this, [this] { m_document->addScenario(); });
    connect(m_rename, &QToolButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->item(m_document->project().activeIndex()))
            m_list->editItem(item);
    });
    connect(m_delete, &QToolButton::clicked, this, [this] { m_document->removeScenario(activeId()); });
    connect(m_up, &QToolButton::clicked, this, [this] { moveActive(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveActive(+1); });
    refresh();
}

void ScenariosPanel::createWidgets()
{
    auto *layout = new QVBoxLayout(this);
    auto *activeRow = new QHBoxLayout;
    auto *activeLabel = new QLabel(tr("Active:"), this);
    m_combo = new QComboBox(this);
    // Its items are the user's scenario names (data, not text of the program: not translated).
    m_combo->setProperty("pzUserData", true);
    m_combo->setToolTip(tr("The scenario shown on the map and in the results"));
    activeLabel->setBuddy(m_combo);
    activeRow->addWidget(activeLabel);
    activeRow->addWidget(m_combo, 1);
    layout->addLayout(activeRow);

    m_list = new QListWidget(this);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_list->setToolTip(tr("Click a scenario to switch to it"));
    m_list->setMinimumHeight(40);  // shares its column with other panels on small screens
    layout->addWidget(m_list, 1);

    auto *buttons = new QHBoxLayout;
    m_new = toolButton(tr("New"), tr("New scenario: a copy of the active one"), this);
    m_rename = toolButton(tr("Rename"), tr("Rename the active scenario"), this);
    m_delete = toolButton(tr("Delete"), tr("Delete the active scenario (not the last one)"), this);
    m_up = toolButton(tr("Up"), tr("Move the active scenario up"), this);
    m_down = toolButton(tr("Down"), tr("Move the active scenario down"), this);
    for (QToolButton *b : {m_new, m_rename, m_delete, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    auto *noteLabel = new QLabel(tr("Note:"), this);
    m_note = new QPlainTextEdit(this);
    m_note->setPlaceholderText(tr("What this scenario changes, assumptions, open questions"));
    m_note->setMaximumHeight(120);
    m_note->setMinimumHeight(30);
    noteLabel->setBuddy(m_note);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);
}

QString ScenariosPanel::activeId() const
{
    return m_document->activeScenarioId();
}

void ScenariosPanel::refresh()
{
    m_syncing = true;
    const Project &project = m_document->project();
    const QSignalBlocker comboBlocker(m_combo);
    m_combo->clear();
    // Items are updated in place: a rename arrives while its item's editor is still closing.
    while (m_list->count() > project.count())
        delete m_list->takeItem(m_list->count() - 1);
    while (m_list->count() < project.count())
        m_list->addItem(new QListWidgetItem);
    const int active = project.activeIndex();
    for (int i = 0; i < project.count(); ++i) {
        const Scenario &s = project.at(i);
        m_combo->addItem(s.name, s.id);
        QListWidgetItem *item = m_list->item(i);
        item->setText(s.name);
        item->setData(kIdRole, s.id);
        item->setToolTip(s.note);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        QFont font = item->font();
        font.setBold(i == active);
        item->setFont(font);
    }
    m_combo->setCurrentIndex(active);
    m_list->setCurrentRow(active);
    if (m_note->toPlainText() != project.active().note)
        m_note->setPlainText(project.active().note);
    m_delete->setEnabled(project.count() > 1);
    m_up->setEnabled(active > 0);
    m_down->setEnabled(active + 1 < project.count());
    m_syncing = false;
}

void ScenariosPanel::onDocumentChanged(const ChangeEvent &event)
{
    if (event.type == ChangeEvent::Type::ScenariosChanged || event.type == ChangeEvent::Type::ScenarioSwitched ||
        event.type == ChangeEvent::Type::ParkReset) {
        if (event.type != ChangeEvent::Type::ScenariosChanged)
            m_noteMergeKey.clear();  // typing in another scenario's note is another step
        refresh();
    }
}

void ScenariosPanel::onItemChanged(QListWidgetItem *item)
{
    if (m_syncing)
        return;
    const QString id = item->data(kIdRole).toString();
    const int index = m_document->project().indexOf(id);
    if (index < 0)
        return;
    const Scenario &s = m_document->project().at(index);
    QStringList problems;
    if (!m_document->changeScenario(id, item->text(), s.note, {}, &problems)) {
        QMessageBox::warning(this, tr("Cannot Rename Scenario"), problems.join(QLatin1Char('\n')));
        refresh();  // back to the name the document has
    }
}

void ScenariosPanel::onNoteEdited()
{
    if (m_syncing)
        return;
    const Scenario &s = m_document->project().active();
    if (m_noteMergeKey.isEmpty())
        m_noteMergeKey = m_document->newMergeKey(QStringLiteral("scenario-note"));
    m_document->changeScenario(s.id, s.name, m_note->toPlainText(), m_noteMergeKey);
}

void ScenariosPanel::switchTo(int index)
{
    const Project &project = m_document->project();
    if (m_syncing || index < 0 || index >= project.count())
        return;
    m_document->switchScenario(project.at(index).id);
}

void ScenariosPanel::moveActive(int step)
{
    m_document->moveScenario(activeId(), m_document->project().activeIndex() + step);
}

} // namespace pz
