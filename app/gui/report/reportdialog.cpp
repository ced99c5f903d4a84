// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportdialog.h"

#include "report/reportbuilder.h"
#include "settings/appsettings.h"

#include <algorithm>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace pz {

ReportDialog::ReportDialog(const Project &project, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Export Report"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_language = new QComboBox;
    // Language names in their own language, as in Preferences.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    QString language = AppSettings::reportLanguage();
    if (language.isEmpty())
        language = QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    form->addRow(tr("Report language:"), m_language);

    m_sections = new QListWidget;
    const QStringList off = AppSettings::reportSectionsOff();
    for (const auto &section : ReportBuilder::allSections()) {
        auto *item = new QListWidgetItem(section->title(), m_sections);
        item->setData(Qt::UserRole, section->key());
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(off.contains(section->key()) ? Qt::Unchecked : Qt::Checked);
    }
    form->addRow(tr("Sections:"), m_sections);

    m_pvOrder = new QComboBox;
    m_pvOrder->addItem(tr("As in the park"), int(PvOrder::Park));
    m_pvOrder->addItem(tr("By name"), int(PvOrder::Name));
    m_pvOrder->addItem(tr("By kWp, largest first"), int(PvOrder::Kwp));
    m_pvOrder->addItem(tr("By annual energy, largest first"), int(PvOrder::Energy));
    m_pvOrder->addItem(tr("By specific yield, highest first"), int(PvOrder::SpecificYield));
    m_pvOrder->addItem(tr("By shading loss, highest first"), int(PvOrder::ShadingLoss));
    m_pvOrder->setCurrentIndex(std::max(0, m_pvOrder->findData(AppSettings::reportPvOrder())));
    form->addRow(tr("PV table order:"), m_pvOrder);
    addScenarioChoice(form, project);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sections, &QListWidget::itemChanged, this, &ReportDialog::updateButtons);
    layout->addWidget(buttons);
    updateButtons();
}

void ReportDialog::addScenarioChoice(QFormLayout *form, const Project &project)
{
    if (project.count() < 2)
        return;
    m_scenario = new QComboBox;
    for (const Scenario &s : project.scenarios())
        m_scenarioNames << s.name;
    m_scenario->addItems(m_scenarioNames);
    m_scenario->setCurrentIndex(project.activeIndex());
    m_scenario->setToolTip(tr("The scenario the report describes; the active one unless you choose another."));
    form->addRow(tr("Scenario:"), m_scenario);
    m_compared = new QListWidget;
    m_compared->setToolTip(tr("The scenarios the comparison section sets beside the report's scenario."));
    form->addRow(tr("Compare with:"), m_compared);
    fillCompared();
    connect(m_scenario, &QComboBox::currentIndexChanged, this, [this] {
        fillCompared();
        updateButtons();
    });
    connect(m_compared, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        m_uncompared.removeAll(item->text());
        if (item->checkState() != Qt::Checked)
            m_uncompared << item->text();
    });
}

void ReportDialog::fillCompared()
{
    const QSignalBlocker block(m_compared);
    m_compared->clear();
    for (const QString &name : m_scenarioNames) {
        if (name == m_scenario->currentText())
            continue;
        auto *item = new QListWidgetItem(name, m_compared);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_uncompared.contains(name) ? Qt::Unchecked : Qt::Checked);
    }
    // As tall as its rows, up to six (then it scrolls).
    const int rows = std::clamp(m_compared->count(), 1, 6);
    m_compared->setFixedHeight(rows * m_compared->sizeHintForRow(0) + 2 * m_compared->frameWidth() + 4);
}

// At least one section; the compared list only matters with the comparison.
void ReportDialog::updateButtons()
{
    const ReportOptions o = options();
    m_ok->setEnabled(!o.sections.isEmpty());
    if (m_compared)
        m_compared->setEnabled(o.sections.contains(QStringLiteral("comparison")));
}

ReportOptions ReportDialog::options() const
{
    ReportOptions o;
    o.language = m_language->currentData().toString();
    for (int i = 0; i < m_sections->count(); ++i)
        if (m_sections->item(i)->checkState() == Qt::Checked)
            o.sections << m_sections->item(i)->data(Qt::UserRole).toString();
    o.pvOrder = PvOrder(m_pvOrder->currentData().toInt());
    if (m_scenario) {
        o.scenario = m_scenario->currentText();
        QStringList compared;
        for (int i = 0; i < m_compared->count(); ++i)
            if (m_compared->item(i)->checkState() == Qt::Checked)
                compared << m_compared->item(i)->text();
        o.compared = compared;
    }
    return o;
}

void ReportDialog::accept()
{
    const ReportOptions o = options();
    AppSettings::setReportLanguage(o.language);
    QStringList off;
    for (const QString &key : ReportBuilder::sectionKeys())
        if (!o.sections.contains(key))
            off << key;
    AppSettings::setReportSectionsOff(off);
    AppSettings::setReportPvOrder(int(o.pvOrder));
    QDialog::accept();
}

} // namespace pz
