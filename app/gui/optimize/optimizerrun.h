// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One run of the optimizer for the editor (spec §16.13), in the background: the problem is filled
// from a snapshot of the park and the compute engine's result for the same revision (the second
// run at area-derived kWp, when needed, off the UI thread), written as a scenario into a
// temporary directory and solved by `parkzero-cli optimize` in a child process, so that
// cancelling kills the solver at once. The outcome carries what Apply needs: the park, its
// simulation, the problem and the result read back from the child's JSON.

#include "engine/simulation.h"
#include "engine/simulationresult.h"
#include "model/park.h"
#include "optimizer/problem.h"
#include "optimizer/result.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QProcess>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

class QTemporaryDir;

namespace pz {

struct OptimizerOutcome {
    quint64 revision = 0;        // the document revision the problem was filled from
    QString scenarioId;          // the scenario optimised
    Park park;
    SimulationResult simulated;
    optimizer::OptimizerProblem problem;
    optimizer::OptimizerResult result;
    QStringList notes;           // translated remarks of filling the problem
};

class OptimizerRun : public QObject
{
    Q_OBJECT
public:
    enum class Phase { Idle, Preparing, Solving, Reading };

    explicit OptimizerRun(QObject *parent = nullptr);
    ~OptimizerRun() override;

    // parkzero-cli beside the running executable (both are installed into the same bin folder
    // and built into build/app).
    static QString defaultCliPath();
    void setCliPath(const QString &path) { m_cliPath = path; }
    QString cliPath() const { return m_cliPath; }

    // Starts a run of `park` (the scenario scenarioId at `revision`), simulated as `simulated`;
    // refused (false) while one runs. options: the simulation's, for the area-derived run.
    bool start(const Park &park, const QString &scenarioId, quint64 revision, const SimulationResult &simulated,
               const SimulationOptions &options);
    // Stops the run: the preparation is abandoned, the child process killed. Emits cancelled().
    void cancel();

    bool isRunning() const { return m_phase != Phase::Idle; }
    Phase phase() const { return m_phase; }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    // The child's process id while it solves (tests), else 0.
    qint64 childProcessId() const;

Q_SIGNALS:
    void phaseChanged(pz::OptimizerRun::Phase phase);
    // The latest progress line of the solver (GLPK's iteration lines).
    void progressLine(const QString &line);
    void finished(const pz::OptimizerOutcome &outcome);
    void failed(const QString &message);
    void cancelled();

private:
    struct Prepared {
        std::optional<OptimizerOutcome> outcome;
        QString error;
    };
    void setPhase(Phase phase);
    void onPrepared();
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);
    void onStderr();
    void finishWith(const QString &error);

    QString m_cliPath;
    Phase m_phase = Phase::Idle;
    QElapsedTimer m_clock;
    QFutureWatcher<Prepared> m_preparing;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess *m_process = nullptr;
    std::optional<OptimizerOutcome> m_outcome;
    QByteArray m_stderrTail;
};

} // namespace pz
