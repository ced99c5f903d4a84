// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// File › Export Report…: the report's language (independent of the interface language), the
// sections to include, the order of the PV table and, for a project with several scenarios,
// the scenario the report describes and the ones its comparison sets beside it. Remembers the
// language, sections and order (AppSettings); the scenarios are the project's own.

#include "model/project.h"
#include "report/reportsection.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QListWidget;
class QPushButton;

namespace pz {

class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    // project lists the scenarios to choose from (none are offered for a single one).
    explicit ReportDialog(const Project &project = Project(), QWidget *parent = nullptr);

    ReportOptions options() const;
    // Stores the choices through AppSettings.
    void accept() override;

    QComboBox *languageCombo() const { return m_language; }
    QListWidget *sectionList() const { return m_sections; }
    QComboBox *pvOrderCombo() const { return m_pvOrder; }
    // nullptr for a project with one scenario.
    QComboBox *scenarioCombo() const { return m_scenario; }
    QListWidget *comparedList() const { return m_compared; }

private:
    void addScenarioChoice(QFormLayout *form, const Project &project);
    // The compared list: every scenario but the described one, keeping the user's ticks.
    void fillCompared();
    void updateButtons();

    QComboBox *m_language;
    QListWidget *m_sections;
    QComboBox *m_pvOrder;
    QComboBox *m_scenario = nullptr;
    QListWidget *m_compared = nullptr;
    QStringList m_scenarioNames;
    QStringList m_uncompared;          // names the user unticked
    QPushButton *m_ok = nullptr;
};

} // namespace pz
