// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/pipeline.h"

#include "engine/carbonstage.h"
#include "engine/carriersstage.h"
#include "engine/dispatchstage.h"
#include "engine/economicsstage.h"
#include "engine/gridfactorstage.h"
#include "engine/heatstage.h"
#include "engine/loadstage.h"
#include "engine/pvstage.h"
#include "engine/resultassembler.h"
#include "engine/sunstage.h"
#include "engine/weatherstage.h"
#include "engine/windstage.h"

#include <QElapsedTimer>

namespace pz {

Pipeline::Pipeline() = default;
Pipeline::~Pipeline() = default;

std::unique_ptr<Pipeline> Pipeline::parkModel()
{
    auto pipeline = std::make_unique<Pipeline>();
    pipeline->add<WeatherStage>();
    pipeline->add<SunStage>();
    pipeline->add<PvStage>();
    pipeline->add<WindStage>();
    pipeline->add<HeatStage>();
    pipeline->add<LoadStage>();
    pipeline->add<GridFactorStage>();
    pipeline->add<DispatchStage>();
    pipeline->add<CarbonStage>();
    pipeline->add<CarriersStage>();
    pipeline->add<EconomicsStage>();
    pipeline->add<ResultAssembler>();
    return pipeline;
}

bool Pipeline::run(const RunContext &context, RunState &state)
{
    RunScope scope(m_stages);
    for (const std::unique_ptr<Stage> &stage : m_stages) {
        QElapsedTimer timer;
        timer.start();
        const bool ok = stage->run(context, state);
        context.timings.stage(stage->name()).ms += timer.nsecsElapsed() / 1.0e6;
        if (!ok || context.isCancelled())
            return false;
    }
    scope.complete();
    return true;
}

void Pipeline::clear()
{
    for (const std::unique_ptr<Stage> &stage : m_stages)
        stage->clear();
}

RunScope::RunScope(const std::vector<std::unique_ptr<Stage>> &stages) : m_stages(stages)
{
    for (const std::unique_ptr<Stage> &stage : m_stages)
        stage->beginRun();
}

RunScope::~RunScope()
{
    for (const std::unique_ptr<Stage> &stage : m_stages)
        stage->endRun(m_completed);
}

Stage::Stage(const char *name, std::vector<RunCache *> caches) : m_name(name), m_caches(std::move(caches)) {}

Stage::~Stage() = default;

void Stage::beginRun()
{
    for (RunCache *cache : m_caches)
        cache->beginRun();
}

void Stage::endRun(bool completed)
{
    for (RunCache *cache : m_caches)
        cache->endRun(completed);
}

void Stage::clear()
{
    for (RunCache *cache : m_caches)
        cache->clear();
}

} // namespace pz
