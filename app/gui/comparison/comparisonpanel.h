// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Comparison dock: every scenario of the project side by side. A table of the headline KPIs
// (best value of each row in bold on a green tint, a units column), charts of the scenarios
// (monthly generation, net emissions, the core indicator), the objects that differ between two
// chosen scenarios on a map, and "Export CSV…". The active scenario's result is the live
// engine's; the others are simulated in the background (ScenarioRunner) when scenarios are
// switched, added, deleted or renamed, and only while the dock is shown.

#include "engine/scenariocomparison.h"

#include <QPointer>
#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace pz {

class ComparisonCarbonChart;
class ComparisonCashFlowChart;
class ComparisonIndicatorChart;
class ComparisonMonthlyChart;
class ComputeEngine;
class ParkDocument;
class ScenarioDiffView;
class ScenarioRunner;
struct ChangeEvent;
struct SimulationResult;

class ComparisonPanel : public QWidget
{
    Q_OBJECT
public:
    ComparisonPanel(ParkDocument *document, ComputeEngine *engine, QWidget *parent = nullptr);
    ~ComparisonPanel() override;

    // The comparison shown (scenarios with a result, in project order).
    const ScenarioComparison &comparison() const { return m_comparison; }
    QTableWidget *table() const { return m_table; }
    QTabWidget *tabs() const { return m_tabs; }
    ScenarioDiffView *diffView() const { return m_diff; }
    ComparisonCashFlowChart *cashFlowChart() const { return m_cashFlow; }
    ScenarioRunner *runner() const { return m_runner; }
    // Processes events until every scenario has a result (tests, screenshots).
    bool waitForResults(int timeoutMs);
    bool exportCsv(const QString &path, QString *error);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onDocumentChanged(const ChangeEvent &event);
    void requestOthers();
    void rebuild();
    void fillTable();
    void exportWithDialog();

    ParkDocument *m_document;
    QPointer<ComputeEngine> m_engine;   // owned by the live results, which go first
    ScenarioRunner *m_runner;
    bool m_stale = true;   // scenarios changed while the dock was hidden
    bool m_rebuildPending = true;   // results arrived while the dock was hidden
    ScenarioComparison m_comparison;
    QLabel *m_status;
    QPushButton *m_export;
    QTabWidget *m_tabs;
    QTableWidget *m_table;
    ComparisonMonthlyChart *m_monthly;
    ComparisonCarbonChart *m_carbon;
    ComparisonIndicatorChart *m_indicator;
    ComparisonCashFlowChart *m_cashFlow;
    ScenarioDiffView *m_diff;
};

} // namespace pz
