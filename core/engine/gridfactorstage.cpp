// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/gridfactorstage.h"

#include "energy/gridfactors.h"
#include "energy/profilecsv.h"
#include "engine/cachekey.h"
#include "io/projectpaths.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <numeric>

namespace pz {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pz", text);
}

// The texts are in free functions, so that lupdate files them under "pz", the context tr() uses.
QString userValueSource()
{
    return tr("User value");
}

QString profileSource(const QString &fileName)
{
    return tr("Hourly profile %1").arg(fileName);
}

QString profileError(const QString &reason)
{
    return tr("Hourly grid factor profile: %1").arg(reason);
}

} // namespace

GridFactorStage::GridFactorStage() : Stage("grid", {&m_profile}) {}

bool GridFactorStage::run(const RunContext &context, RunState &state)
{
    const GridSettings &grid = context.park.site.grid;
    auto info = std::make_shared<GridFactorInfo>();
    info->annualKgPerKWh = grid.customFactorKgPerKWh;
    info->source = userValueSource();
    if (const energy::GridFactor *f = energy::findGridFactor(grid.factorKey)) {
        info->annualKgPerKWh = f->kgPerKWh;
        info->source = QStringLiteral("%1 — %2").arg(energy::displayName(*f), QString::fromUtf8(f->source));
    }
    info->meanKgPerKWh = info->annualKgPerKWh;
    if (!grid.hourlyProfilePath.isEmpty()) {
        info->hourlyKgPerKWh =
            profile(io::resolveProjectPath(context.options.projectFilePath, grid.hourlyProfilePath), context, state);
        if (!info->hourlyKgPerKWh)
            return false;
        const std::vector<double> &hourly = *info->hourlyKgPerKWh;
        info->meanKgPerKWh = std::accumulate(hourly.begin(), hourly.end(), 0.0) / double(hourly.size());
        info->source = profileSource(QFileInfo(grid.hourlyProfilePath).fileName());
    }
    state.grid = std::move(info);
    return true;
}

std::shared_ptr<const std::vector<double>> GridFactorStage::profile(const QString &path, const RunContext &context,
                                                                    RunState &state)
{
    const QFileInfo file(path);
    CacheKey key;
    key << file.absoluteFilePath() << file.lastModified().toMSecsSinceEpoch() << file.size();
    bool computed = false;
    auto values = m_profile.findOrCompute({{}, key.bytes()}, [&]() -> std::shared_ptr<const std::vector<double>> {
        energy::ProfileReadResult read = energy::readProfileCsv(path);
        if (!read.error.isEmpty()) {
            state.error = profileError(read.error);
            return {};
        }
        return std::make_shared<const std::vector<double>>(std::move(read.valuesKWh));
    }, &computed);
    count(context, computed);
    return values;
}

} // namespace pz
