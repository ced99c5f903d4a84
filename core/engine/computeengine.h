// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the park model off the UI thread. Each request carries an immutable snapshot of the park
// and the document revision it belongs to; the newest request wins: a running computation is
// cancelled when superseded, stale results are dropped, and resultReady() is emitted on the
// thread that owns the engine (the UI thread) only for the newest revision. One computation
// runs at a time and the per-object cache carries over, so an edit recomputes only what it touched.
// The last result of each scenario is kept with the park it answers: a request for a scenario
// whose park is the one kept (switching back to it) delivers that result at once, without a run.

#include "engine/simulation.h"

#include <QFutureWatcher>
#include <QObject>
#include <atomic>
#include <map>
#include <memory>
#include <optional>

namespace pz {

class ParkDocument;

class ComputeEngine : public QObject
{
    Q_OBJECT
public:
    explicit ComputeEngine(QObject *parent = nullptr);
    ~ComputeEngine() override;

    // Recomputes on every change of this document (and once now).
    void watch(ParkDocument *document);

    void setOptions(const SimulationOptions &options);
    // The document's state: cancels whatever runs. scenarioId (empty: none) names the scenario
    // whose result is kept; when its kept park equals snapshot, the kept result is delivered now.
    void request(const Park &snapshot, quint64 revision, const QString &scenarioId = {});
    // A tool's preview of an edit not yet made (revision: the document's). A running preview is
    // let finish and its result delivered (marked preview) while the next one waits, so that a
    // drag shows results as it goes instead of cancelling every run before it ends.
    void requestPreview(const Park &snapshot, quint64 revision);
    bool lastRequestWasPreview() const { return m_lastRequestPreview; }

    bool isBusy() const { return m_running; }
    quint64 requestedRevision() const { return m_requestedRevision; }
    const SimulationResult &lastResult() const { return m_lastResult; }
    const SimulationTimings &lastTimings() const { return m_lastTimings; }
    // How many requests were answered with a kept result instead of a run.
    int keptResultsDelivered() const { return m_keptDelivered; }
    // Processes events until the newest request has a result (tests, CLI agreement checks).
    bool waitForResult(int timeoutMs);

Q_SIGNALS:
    void resultReady(const pz::SimulationResult &result);
    void busyChanged(bool busy);
    // A computation was started for this revision (for "computing…" indicators).
    void started(quint64 revision);

private:
    struct Job {
        std::shared_ptr<const Park> park;
        QString scenarioId;
        quint64 revision = 0;
        SimulationOptions options;
        bool preview = false;
        quint64 serial = 0;
    };
    struct Outcome {
        SimulationResult result;
        SimulationTimings timings;
        bool cancelled = false;
        quint64 serial = 0;
        std::shared_ptr<const Park> park;
        QString scenarioId;
        bool keep = false;  // a finished run of the document's state: kept for its scenario
    };
    struct Kept {
        std::shared_ptr<const Park> park;
        SimulationOptions options;
        SimulationResult result;
    };
    void startJob(Job job);
    void onFinished();
    bool deliverKept(const Park &snapshot, quint64 revision, const QString &scenarioId);
    void keep(const Outcome &outcome);

    std::unique_ptr<SimulationCache> m_cache;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::optional<Job> m_pending;
    SimulationOptions m_options;
    bool m_running = false;
    quint64 m_requestedRevision = 0;
    quint64 m_serial = 0;  // of the newest request
    quint64 m_resultSerial = 0;  // of the request m_lastResult answers
    bool m_lastRequestPreview = false;
    SimulationResult m_lastResult;
    SimulationTimings m_lastTimings;
    ParkDocument *m_document = nullptr;
    std::map<QString, Kept> m_kept;  // by scenario id
    SimulationOptions m_runningOptions;
    int m_keptDelivered = 0;
};

} // namespace pz
