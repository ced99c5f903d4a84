// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/units.h"
#include "engine/loadstage.h"

#include "energy/loadprofiles.h"
#include "energy/profilecsv.h"
#include "engine/cachekey.h"
#include "engine/heatstage.h"
#include "io/projectpaths.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>

namespace pz {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pz", text);
}

// In a free function, so that lupdate files it under "pz", the context tr() uses.
QString profileError(const QString &building, const QString &reason)
{
    return tr("Load profile of \"%1\": %2").arg(building, reason);
}

void addInto(std::vector<double> &total, const std::vector<double> &part)
{
    for (std::size_t h = 0; h < total.size() && h < part.size(); ++h)
        total[h] += part[h];
}

} // namespace

LoadStage::LoadStage() : Stage("loads", {&m_loads, &m_evLoads, &m_withElectrolysers}) {}

void LoadStage::clear()
{
    Stage::clear();
    m_sum.clear();
}

bool LoadStage::run(const RunContext &context, RunState &state)
{
    std::vector<const Building *> electrolysers;
    std::vector<BlockSum<double>::Member> parts;
    auto add = [&](const std::shared_ptr<const Series> &values) {
        if (values->size() >= std::size_t(kHoursPerYear))
            parts.push_back({values, values->data()});
    };
    auto addScaled = [&](const std::shared_ptr<const energy::ScaledSeries> &series) {
        if (series->size() >= std::size_t(kHoursPerYear))
            parts.push_back({series, series->values->data(), series->scale});
    };
    state.buildingLoads.clear();
    for (const ParkObject &object : context.park.objects()) {
        const auto *b = std::get_if<Building>(&object);
        if (!b)
            continue;
        if (context.isCancelled())
            return false;
        const std::shared_ptr<const energy::ScaledSeries> own = ownLoad(*b, context, state);
        if (!own)
            return false;
        addScaled(own);
        BuildingLoadSeries loads{b->id, own, {}};
        if (b->process.evDailyKWh > 0.0) {
            loads.ev = evLoad(*b, context);
            add(loads.ev);
        }
        state.buildingLoads.push_back(std::move(loads));
        if (b->process.electrolyserMW > 0.0)
            electrolysers.push_back(b);
    }
    // The heat electricity of heat pumps and electric boilers (HeatStage's sum over the buildings)
    // is part of the load: one member after the buildings' loads, so that a building's change of
    // supply re-adds only the last block.
    if (state.heat)
        add(state.heat->heatElectricityKWh);
    std::shared_ptr<const Series> sum = m_sum.sum(parts, kHoursPerYear, 1.0);
    state.consumptionKWh = electrolysers.empty() ? sum : withElectrolysers(std::move(sum), electrolysers, state);
    return true;
}

std::shared_ptr<const energy::ScaledSeries> LoadStage::ownLoad(const Building &b, const RunContext &context,
                                                               RunState &state)
{
    bool computed = false;
    std::shared_ptr<const energy::ScaledSeries> values;
    if (!b.loadProfilePath.isEmpty()) {
        const QString path = io::resolveProjectPath(context.options.projectFilePath, b.loadProfilePath);
        const QFileInfo info(path);
        CacheKey key;
        key << QStringLiteral("profile") << info.absoluteFilePath() << info.lastModified().toMSecsSinceEpoch()
            << info.size();
        values = m_loads.findOrCompute(key.bytes(), [&]() -> std::shared_ptr<const energy::ScaledSeries> {
            energy::ProfileReadResult read = energy::readProfileCsv(path);
            if (!read.error.isEmpty()) {
                state.error = profileError(b.name, read.error);
                return {};
            }
            return std::make_shared<const energy::ScaledSeries>(
                energy::ScaledSeries{std::make_shared<const Series>(std::move(read.valuesKWh)), 1.0});
        }, &computed);
    } else {
        CacheKey key;
        key << QStringLiteral("building") << b.useType << b.floorAreaM2() << b.annualLoadKWhOverride;
        values = m_loads.findOrCompute(key.bytes(), [&] {
            return std::make_shared<const energy::ScaledSeries>(
                energy::buildingLoadSeriesKWh(b.useType, b.floorAreaM2(), b.annualLoadKWhOverride));
        }, &computed);
    }
    count(context, computed);
    return values;
}

std::shared_ptr<const LoadStage::Series> LoadStage::evLoad(const Building &b, const RunContext &context)
{
    CacheKey key;
    key << QStringLiteral("ev") << b.process.evDailyKWh << b.process.evWindowStartHour << b.process.evWindowEndHour;
    bool computed = false;
    auto values = m_evLoads.findOrCompute(key.bytes(), [&] {
        return std::make_shared<const Series>(energy::evChargingLoadKWh(
            b.process.evDailyKWh, b.process.evWindowStartHour, b.process.evWindowEndHour));
    }, &computed);
    count(context, computed);
    return values;
}

std::shared_ptr<const LoadStage::Series>
LoadStage::withElectrolysers(std::shared_ptr<const Series> loads, const std::vector<const Building *> &electrolysers,
                             const RunState &state)
{
    const std::shared_ptr<const Series> generation = state.pvGenerationKWh;
    StageInputs inputs{{loads, generation}, {}};
    CacheKey key;
    for (const Building *b : electrolysers)
        key << b->process.electrolyserMW << b->process.electrolyserMode;
    inputs.values = key.bytes();
    return m_withElectrolysers.findOrCompute(std::move(inputs), [&] {
        auto consumption = std::make_shared<Series>(*loads);
        for (const Building *b : electrolysers) {
            std::vector<double> surplus(kHoursPerYear, 0.0);
            for (int h = 0; h < kHoursPerYear; ++h)
                surplus[h] = std::max(0.0, (*generation)[std::size_t(h)] - (*consumption)[std::size_t(h)]);
            addInto(*consumption, energy::electrolyserLoadKWh(b->process.electrolyserMW, b->process.electrolyserMode,
                                                              surplus));
        }
        return std::shared_ptr<const Series>(std::move(consumption));
    });
}

} // namespace pz
