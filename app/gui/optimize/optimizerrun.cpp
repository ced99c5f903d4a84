// SPDX-License-Identifier: GPL-3.0-or-later
#include "optimize/optimizerrun.h"

#include "engine/optimizerinput.h"
#include "optimizer/resultjson.h"
#include "optimizer/scenariofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtConcurrent>

namespace pz {

namespace {

const QString kScenarioFile = QStringLiteral("scenario.json");
const QString kCsvFile = QStringLiteral("scenario.csv");
const QString kResultFile = QStringLiteral("result.json");

} // namespace

OptimizerRun::OptimizerRun(QObject *parent) : QObject(parent), m_cliPath(defaultCliPath())
{
    connect(&m_preparing, &QFutureWatcher<Prepared>::finished, this, &OptimizerRun::onPrepared);
}

OptimizerRun::~OptimizerRun()
{
    if (m_cancel)
        m_cancel->store(true);
    m_preparing.waitForFinished();
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

QString OptimizerRun::defaultCliPath()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("parkzero-cli"));
}

qint64 OptimizerRun::childProcessId() const
{
    return m_process ? m_process->processId() : 0;
}

void OptimizerRun::setPhase(Phase phase)
{
    m_phase = phase;
    Q_EMIT phaseChanged(phase);
}

bool OptimizerRun::start(const Park &park, const QString &scenarioId, quint64 revision,
                         const SimulationResult &simulated, const SimulationOptions &options)
{
    if (isRunning())
        return false;
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        Q_EMIT failed(tr("Cannot create a temporary folder for the optimizer: %1").arg(m_dir->errorString()));
        return false;
    }
    m_clock.start();
    m_outcome.reset();
    m_stderrTail.clear();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    setPhase(Phase::Preparing);
    const QString scenarioPath = m_dir->filePath(kScenarioFile);
    // Off the UI thread: the area-derived run (a PV simulation) and filling and writing the problem.
    m_preparing.setFuture(QtConcurrent::run([park, scenarioId, revision, simulated, options, scenarioPath,
                                             cancel = m_cancel]() {
        Prepared out;
        std::optional<SimulationResult> zeroKwp;
        if (needsZeroKwpProfiles(park)) {
            zeroKwp = simulatePark(withAreaDerivedKwp(park), options, nullptr, cancel.get());
            if (cancel->load())
                return out;
            if (!zeroKwp->ok) {
                out.error = tr("The park at area-derived peak power could not be simulated: %1").arg(zeroKwp->error);
                return out;
            }
        }
        OptimizerOutcome o;
        o.revision = revision;
        o.scenarioId = scenarioId;
        o.park = park;
        o.simulated = simulated;
        o.problem = problemFromPark(park, simulated, problemOptionsOf(park.site), zeroKwp ? &*zeroKwp : nullptr,
                                    &o.notes);
        if (const std::vector<std::string> problems = optimizer::validateProblem(o.problem); !problems.empty()) {
            QStringList reasons;
            for (const std::string &p : problems)
                reasons << QString::fromStdString(p);
            out.error = tr("The problem cannot be solved:\n%1").arg(reasons.join(QLatin1Char('\n')));
            return out;
        }
        if (!optimizer::writeScenario(o.problem, scenarioPath, kCsvFile, &out.error))
            return out;
        out.outcome = std::move(o);
        return out;
    }));
    return true;
}

void OptimizerRun::onPrepared()
{
    if (m_phase != Phase::Preparing || m_cancel->load())
        return;
    Prepared prepared = m_preparing.result();
    if (!prepared.outcome) {
        finishWith(prepared.error);
        return;
    }
    m_outcome = std::move(prepared.outcome);
    const OptimizerSettings &settings = m_outcome->park.site.optimizer;
    QStringList args{QStringLiteral("optimize"), QStringLiteral("--scenario"), m_dir->filePath(kScenarioFile),
                     QStringLiteral("--json"), m_dir->filePath(kResultFile), QStringLiteral("--progress")};
    if (settings.exact)
        args << QStringLiteral("--exact");
    if (settings.wholeTurbines)
        args << QStringLiteral("--whole-turbines");
    m_process = new QProcess(this);
    connect(m_process, &QProcess::readyReadStandardError, this, &OptimizerRun::onStderr);
    connect(m_process, &QProcess::finished, this, &OptimizerRun::onProcessFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finishWith(tr("Cannot start %1: %2").arg(m_cliPath, m_process->errorString()));
    });
    setPhase(Phase::Solving);
    m_process->start(m_cliPath, args);
}

void OptimizerRun::onStderr()
{
    m_stderrTail += m_process->readAllStandardError();
    qsizetype end = m_stderrTail.lastIndexOf('\n');
    if (end < 0)
        return;
    const QList<QByteArray> lines = m_stderrTail.left(end).split('\n');
    for (const QByteArray &line : lines)
        if (!line.trimmed().isEmpty())
            Q_EMIT progressLine(QString::fromUtf8(line.trimmed()));
    // Keep the unfinished line and the last lines for an error message.
    m_stderrTail = (lines.size() > 20 ? QByteArray() : m_stderrTail.left(end + 1)) + m_stderrTail.mid(end + 1);
    if (m_stderrTail.size() > 4000)
        m_stderrTail = m_stderrTail.right(4000);
}

void OptimizerRun::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_phase != Phase::Solving)
        return;
    setPhase(Phase::Reading);
    QFile file(m_dir->filePath(kResultFile));
    if (status != QProcess::NormalExit || !file.open(QIODevice::ReadOnly)) {
        finishWith(tr("The optimizer stopped (exit code %1) without a result:\n%2")
                       .arg(exitCode)
                       .arg(QString::fromUtf8(m_stderrTail).trimmed()));
        return;
    }
    std::string error;
    if (!optimizer::resultFromJson(QJsonDocument::fromJson(file.readAll()).object(), m_outcome->problem,
                                   &m_outcome->result, &error)) {
        finishWith(tr("The optimizer's result cannot be read: %1").arg(QString::fromStdString(error)));
        return;
    }
    OptimizerOutcome outcome = std::move(*m_outcome);
    finishWith(QString());
    Q_EMIT finished(outcome);
}

void OptimizerRun::finishWith(const QString &error)
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
        m_process = nullptr;
    }
    m_outcome.reset();
    m_dir.reset();
    setPhase(Phase::Idle);
    if (!error.isEmpty())
        Q_EMIT failed(error);
}

void OptimizerRun::cancel()
{
    if (!isRunning())
        return;
    if (m_cancel)
        m_cancel->store(true);
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    finishWith(QString());
    Q_EMIT cancelled();
}

} // namespace pz
