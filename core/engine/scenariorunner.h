// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Simulates a project's scenarios off the UI thread for the comparison: request() names the
// scenarios wanted; those whose park (and options) equal the one last simulated are answered
// from the kept result, the others run one after the other on a worker thread with their own
// cache. The newest request wins: a run under way is cancelled and its unfinished scenario
// dropped, what it finished is kept. resultsChanged() is emitted on the owner's thread when every
// scenario of the newest request has a result. Results are kept by scenario id (also of scenarios
// not asked for in the newest request) until the options change.

#include "engine/simulation.h"
#include "model/project.h"

#include <QFutureWatcher>
#include <QObject>
#include <atomic>
#include <map>
#include <memory>
#include <optional>

namespace pz {

class ScenarioRunner : public QObject
{
    Q_OBJECT
public:
    explicit ScenarioRunner(QObject *parent = nullptr);
    ~ScenarioRunner() override;

    void request(const std::vector<Scenario> &scenarios, const SimulationOptions &options);
    // The kept result of the scenario with this id (of the newest request), or null while it runs.
    const SimulationResult *result(const QString &scenarioId) const;
    bool isBusy() const { return m_running; }
    // How many scenarios were simulated (not answered from a kept result) since construction.
    int runs() const { return m_runs; }
    // Processes events until the newest request is answered (tests, screenshots).
    bool waitForResults(int timeoutMs);

Q_SIGNALS:
    void resultsChanged();
    void busyChanged(bool busy);

private:
    struct Kept {
        Park park;
        SimulationResult result;
    };
    struct Finished {
        QString scenarioId;
        Park park;
        SimulationResult result;
    };
    void start();
    void onFinished();
    std::vector<Scenario> missing() const;

    std::unique_ptr<SimulationCache> m_cache;
    QFutureWatcher<std::vector<Finished>> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::vector<Scenario> m_wanted;     // of the newest request
    SimulationOptions m_options;
    std::map<QString, Kept> m_kept;     // by scenario id
    bool m_running = false;
    bool m_answered = true;
    int m_runs = 0;
};

} // namespace pz
