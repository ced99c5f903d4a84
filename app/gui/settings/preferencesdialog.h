// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Preferences dialog: user-interface language (applies after a restart) and the interval of
// the recovery autosave.

#include <QDialog>

class QComboBox;
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

private:
    QComboBox *m_language;
    QSpinBox *m_autosave;
};

} // namespace pz
