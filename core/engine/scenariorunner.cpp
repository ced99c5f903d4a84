// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/scenariorunner.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace pz {

ScenarioRunner::ScenarioRunner(QObject *parent) : QObject(parent), m_cache(std::make_unique<SimulationCache>())
{
    connect(&m_watcher, &QFutureWatcher<std::vector<Finished>>::finished, this, &ScenarioRunner::onFinished);
}

ScenarioRunner::~ScenarioRunner()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void ScenarioRunner::request(const std::vector<Scenario> &scenarios, const SimulationOptions &options)
{
    if (options.projectFilePath != m_options.projectFilePath ||
        options.weatherOverridePath != m_options.weatherOverridePath) {
        m_kept.clear();
        m_options = options;
    }
    // Results of scenarios not asked for now stay kept: switching back and forth between
    // scenarios makes each one "other" in turn.
    m_wanted = scenarios;
    m_answered = false;
    if (m_running) {
        // onFinished() starts the newest request.
        m_cancel->store(true);
        return;
    }
    start();
}

std::vector<Scenario> ScenarioRunner::missing() const
{
    std::vector<Scenario> out;
    for (const Scenario &s : m_wanted) {
        const auto it = m_kept.find(s.id);
        if (it == m_kept.end() || !(it->second.park == s.park))
            out.push_back(s);
    }
    return out;
}

void ScenarioRunner::start()
{
    std::vector<Scenario> todo = missing();
    if (todo.empty()) {
        m_answered = true;
        Q_EMIT resultsChanged();
        return;
    }
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_running = true;
    Q_EMIT busyChanged(true);
    m_runs += int(todo.size());
    // The cache is only touched by the one running job.
    m_watcher.setFuture(QtConcurrent::run([todo = std::move(todo), options = m_options, cancel = m_cancel,
                                           cache = m_cache.get()]() {
        std::vector<Finished> finished;
        for (const Scenario &s : todo) {
            SimulationResult result = simulatePark(s.park, options, cache, cancel.get());
            if (cancel->load())
                break;
            finished.push_back({s.id, s.park, std::move(result)});
        }
        return finished;
    }));
}

void ScenarioRunner::onFinished()
{
    for (Finished &f : m_watcher.result())
        m_kept[f.scenarioId] = Kept{std::move(f.park), std::move(f.result)};
    m_running = false;
    start();
    if (!m_running)
        Q_EMIT busyChanged(false);
}

const SimulationResult *ScenarioRunner::result(const QString &scenarioId) const
{
    for (const Scenario &s : m_wanted) {
        if (s.id != scenarioId)
            continue;
        const auto it = m_kept.find(s.id);
        return it != m_kept.end() && it->second.park == s.park ? &it->second.result : nullptr;
    }
    return nullptr;
}

bool ScenarioRunner::waitForResults(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_answered && !m_running)
            return true;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return false;
}

} // namespace pz
