// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/preferencesdialog.h"

#include "settings/appsettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pz {

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);

    auto *ui = new QGroupBox(tr("User interface"));
    auto *uiForm = new QFormLayout(ui);
    m_language = new QComboBox;
    m_language->addItem(tr("System language"), QString());
    // Language names are written in their own language so that everybody finds theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    const int index = m_language->findData(AppSettings::language());
    m_language->setCurrentIndex(index >= 0 ? index : 0);
    uiForm->addRow(tr("Language:"), m_language);
    auto *note = new QLabel(tr("A change of language takes effect when ParkZero is started again."));
    note->setWordWrap(true);
    note->setEnabled(false);
    uiForm->addRow(QString(), note);
    layout->addWidget(ui);

    auto *files = new QGroupBox(tr("Files"));
    auto *filesForm = new QFormLayout(files);
    m_autosave = new QSpinBox;
    m_autosave->setRange(5, 3600);
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setValue(AppSettings::autosaveIntervalSec());
    m_autosave->setToolTip(tr("While a project has unsaved changes, a recovery copy is written this often. "
                              "After a crash ParkZero offers to restore it."));
    filesForm->addRow(tr("Recovery copy every:"), m_autosave);
    layout->addWidget(files);

    auto *report = new QGroupBox(tr("Client report"));
    auto *reportForm = new QFormLayout(report);
    m_company = new QLineEdit(AppSettings::reportCompany());
    m_company->setPlaceholderText(tr("Shown on the cover of reports"));
    reportForm->addRow(tr("Company:"), m_company);
    m_logo = new QLineEdit(AppSettings::reportLogoPath());
    m_logo->setPlaceholderText(tr("PNG, JPEG or SVG (SVG stays sharp)"));
    auto *browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Company Logo"), m_logo->text(),
                                                          tr("Images (*.svg *.png *.jpg *.jpeg)"));
        if (!path.isEmpty())
            m_logo->setText(path);
    });
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(browse);
    reportForm->addRow(tr("Logo:"), logoRow);
    layout->addWidget(report);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    AppSettings::setLanguage(m_language->currentData().toString());
    AppSettings::setAutosaveIntervalSec(m_autosave->value());
    AppSettings::setReportCompany(m_company->text().trimmed());
    AppSettings::setReportLogoPath(m_logo->text().trimmed());
    QDialog::accept();
}

} // namespace pz
