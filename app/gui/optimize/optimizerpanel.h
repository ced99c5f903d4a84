// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The optimizer in the editor (spec §16.13): its settings (threshold, clean-share floor, green
// cap, battery maxima, keep placed, whole turbines, exact; each edit one undo step and saved in
// the project), the candidates with their roles, the costs it uses (edited in the Costs panel),
// a run in the background with its progress and Cancel, the result, and Apply, which writes the
// optimum into a new scenario in one undo step and then shows the re-simulated indicator beside
// the optimizer's.

#include "optimize/optimizerreport.h"
#include "optimize/optimizerrun.h"
#include "model/site.h"

#include <QWidget>

#include <memory>
#include <optional>

class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace pz {

class LiveResults;
class OptimizerCandidates;
class ParkDocument;
class SelectionModel;

template<typename T> class FormBuilder;

class OptimizerPanel : public QWidget
{
    Q_OBJECT
public:
    OptimizerPanel(ParkDocument *document, SelectionModel *selection, LiveResults *live, QWidget *parent = nullptr);
    ~OptimizerPanel() override;

    OptimizerRun *run() const { return m_run; }
    OptimizerCandidates *candidates() const { return m_candidates; }
    const std::optional<OptimizerOutcome> &outcome() const { return m_outcome; }
    QString resultText() const;
    QString statusText() const;

public Q_SLOTS:
    // Solves the current park as soon as its simulation result is there.
    void startRun();
    void cancelRun();
    // Writes the last optimum into a new scenario (one undo step); false when there is none.
    bool applyResult();

Q_SIGNALS:
    // The user asked to edit the costs (the main window raises the Costs panel).
    void costsRequested();

private:
    QHBoxLayout *buildBar();
    QWidget *buildSettings();
    QWidget *buildCosts();
    void updateCosts();
    void updateButtons();
    void updateResult();
    void onLiveResult(const SimulationResult &result);
    double automaticBatteryMaxKWh() const;
    void onPhase(OptimizerRun::Phase phase);
    void tick();

    ParkDocument *m_document;
    LiveResults *m_live;
    OptimizerRun *m_run;
    OptimizerCandidates *m_candidates = nullptr;
    std::unique_ptr<FormBuilder<Site>> m_form;
    QLabel *m_problems = nullptr;
    QLabel *m_costs = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_applyButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_solverLine = nullptr;
    QTextBrowser *m_result = nullptr;
    QTimer *m_clock = nullptr;
    bool m_waitingForResult = false;
    std::optional<OptimizerOutcome> m_outcome;
    std::optional<AppliedComparison> m_applied;
    QString m_appliedScenarioId;
    QString m_error;
};

} // namespace pz
