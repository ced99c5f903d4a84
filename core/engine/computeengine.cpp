// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/computeengine.h"

#include "document/parkdocument.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace pz {

ComputeEngine::ComputeEngine(QObject *parent) : QObject(parent), m_cache(std::make_unique<SimulationCache>())
{
    qRegisterMetaType<pz::SimulationResult>();
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ComputeEngine::onFinished);
}

ComputeEngine::~ComputeEngine()
{
    m_pending.reset();
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void ComputeEngine::watch(ParkDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    auto requestFromDocument = [this] {
        m_options.projectFilePath = m_document->filePath();
        // Results of deleted scenarios are of no further use.
        std::erase_if(m_kept, [this](const auto &entry) { return m_document->project().indexOf(entry.first) < 0; });
        request(m_document->park(), m_document->revision(), m_document->activeScenarioId());
    };
    connect(document, &ParkDocument::changed, this, requestFromDocument);
    connect(document, &ParkDocument::filePathChanged, this, requestFromDocument);
    requestFromDocument();
}

void ComputeEngine::setOptions(const SimulationOptions &options)
{
    m_options = options;
    // A different project folder or weather override changes every result.
    m_cache->clear();
    m_kept.clear();
}

void ComputeEngine::request(const Park &snapshot, quint64 revision, const QString &scenarioId)
{
    m_requestedRevision = revision;
    m_lastRequestPreview = false;
    if (deliverKept(snapshot, revision, scenarioId))
        return;
    Job job{std::make_shared<const Park>(snapshot), scenarioId, revision, m_options, false, ++m_serial};
    if (m_running) {
        m_pending = std::move(job);
        if (m_cancel)
            m_cancel->store(true);
        return;
    }
    startJob(std::move(job));
}

void ComputeEngine::requestPreview(const Park &snapshot, quint64 revision)
{
    m_requestedRevision = revision;
    m_lastRequestPreview = true;
    Job job{std::make_shared<const Park>(snapshot), QString(), revision, m_options, true, ++m_serial};
    if (m_running) {
        m_pending = std::move(job);  // the running one finishes first
        return;
    }
    startJob(std::move(job));
}

void ComputeEngine::startJob(Job job)
{
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_runningOptions = job.options;
    const bool wasRunning = m_running;
    m_running = true;
    Q_EMIT started(job.revision);
    if (!wasRunning)
        Q_EMIT busyChanged(true);
    auto cancel = m_cancel;
    SimulationCache *cache = m_cache.get();
    // The cache is only touched by the one running job.
    m_watcher.setFuture(QtConcurrent::run([job = std::move(job), cancel, cache]() {
        Outcome outcome;
        outcome.result = simulatePark(*job.park, job.options, cache, cancel.get(), &outcome.timings);
        outcome.result.revision = job.revision;
        outcome.result.preview = job.preview;
        outcome.serial = job.serial;
        outcome.cancelled = cancel->load();
        outcome.park = job.park;
        outcome.scenarioId = job.scenarioId;
        outcome.keep = !job.preview && !job.scenarioId.isEmpty();
        return outcome;
    }));
}

bool ComputeEngine::deliverKept(const Park &snapshot, quint64 revision, const QString &scenarioId)
{
    const auto it = m_kept.find(scenarioId);
    if (scenarioId.isEmpty() || it == m_kept.end() || *it->second.park != snapshot ||
        it->second.options.projectFilePath != m_options.projectFilePath ||
        it->second.options.weatherOverridePath != m_options.weatherOverridePath)
        return false;
    // Whatever runs or waits is for an older state.
    m_pending.reset();
    if (m_cancel)
        m_cancel->store(true);
    m_resultSerial = ++m_serial;
    m_lastResult = it->second.result;
    m_lastResult.revision = revision;
    m_lastTimings = SimulationTimings{};
    ++m_keptDelivered;
    Q_EMIT resultReady(m_lastResult);
    return true;
}

void ComputeEngine::keep(const Outcome &outcome)
{
    if (outcome.keep && !outcome.cancelled && outcome.result.ok)
        m_kept[outcome.scenarioId] = Kept{outcome.park, m_runningOptions, outcome.result};
}

void ComputeEngine::onFinished()
{
    Outcome outcome = m_watcher.result();
    keep(outcome);
    if (m_pending) {
        Job next = std::move(*m_pending);
        m_pending.reset();
        // A preview followed by a newer preview: a drag under way, whose latest finished state
        // is worth showing. Otherwise the finished result is stale.
        const bool show = !outcome.cancelled && outcome.result.preview && next.preview;
        startJob(std::move(next));
        if (show) {
            m_lastResult = std::move(outcome.result);
            m_lastTimings = outcome.timings;
            m_resultSerial = outcome.serial;
            Q_EMIT resultReady(m_lastResult);
        }
        return;
    }
    m_running = false;
    Q_EMIT busyChanged(false);
    if (outcome.cancelled || outcome.serial != m_serial)
        return;
    m_lastResult = std::move(outcome.result);
    m_lastTimings = outcome.timings;
    m_resultSerial = outcome.serial;
    Q_EMIT resultReady(m_lastResult);
}

bool ComputeEngine::waitForResult(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!m_running && !m_pending && m_resultSerial == m_serial)
            return true;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return false;
}

} // namespace pz
