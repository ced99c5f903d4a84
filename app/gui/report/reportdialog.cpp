// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportdialog.h"

#include "report/reportbuilder.h"
#include "settings/appsettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace pz {

ReportDialog::ReportDialog(QWidget *parent) : QDialog(parent)
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
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // At least one section.
    connect(m_sections, &QListWidget::itemChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!options().sections.isEmpty());
    });
    layout->addWidget(buttons);
}

ReportOptions ReportDialog::options() const
{
    ReportOptions o;
    o.language = m_language->currentData().toString();
    for (int i = 0; i < m_sections->count(); ++i)
        if (m_sections->item(i)->checkState() == Qt::Checked)
            o.sections << m_sections->item(i)->data(Qt::UserRole).toString();
    o.pvOrder = PvOrder(m_pvOrder->currentData().toInt());
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
