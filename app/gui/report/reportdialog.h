// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// File › Export Report…: the report's language (independent of the interface language), the
// sections to include and the order of the PV table. Remembers the choices (AppSettings).

#include "report/reportsection.h"

#include <QDialog>

class QComboBox;
class QListWidget;

namespace pz {

class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReportDialog(QWidget *parent = nullptr);

    ReportOptions options() const;
    // Stores the choices through AppSettings.
    void accept() override;

    QComboBox *languageCombo() const { return m_language; }
    QListWidget *sectionList() const { return m_sections; }
    QComboBox *pvOrderCombo() const { return m_pvOrder; }

private:
    QComboBox *m_language;
    QListWidget *m_sections;
    QComboBox *m_pvOrder;
};

} // namespace pz
