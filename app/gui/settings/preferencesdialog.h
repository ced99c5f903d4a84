// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Preferences dialog: user-interface language (applies after a restart), the interval of
// the recovery autosave, and the preparer's company name and logo for the client report.

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace pz {

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // Stores the choices through AppSettings.
    void accept() override;

    QComboBox *languageCombo() const { return m_language; }
    QLineEdit *companyEdit() const { return m_company; }
    QLineEdit *logoEdit() const { return m_logo; }

private:
    QComboBox *m_language;
    QSpinBox *m_autosave;
    QLineEdit *m_company;
    QLineEdit *m_logo;
};

} // namespace pz
