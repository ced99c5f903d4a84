// SPDX-License-Identifier: GPL-3.0-or-later
#include "heat/heatsettings.h"

#include <QCoreApplication>

#include <array>
#include <cmath>
#include <utility>

namespace pz::heat {

namespace {

constexpr std::array<std::pair<HeatSupply, const char *>, kHeatSupplyCount> kSupplyKeys{{
    {HeatSupply::None, "none"},
    {HeatSupply::DistrictHeat, "district_heat"},
    {HeatSupply::GasBoiler, "gas_boiler"},
    {HeatSupply::CoalBoiler, "coal_boiler"},
    {HeatSupply::ElectricBoiler, "electric_boiler"},
    {HeatSupply::Ashp, "ashp"},
    {HeatSupply::Gshp, "gshp"},
}};
constexpr std::array<std::pair<Emitter, const char *>, 2> kEmitterKeys{{
    {Emitter::Radiator, "radiator"},
    {Emitter::Floor, "floor"},
}};

template<typename E, std::size_t N>
QString keyOf(const std::array<std::pair<E, const char *>, N> &table, E v)
{
    for (const auto &[value, key] : table)
        if (value == v)
            return QString::fromLatin1(key);
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char *>, N> &table, const QString &key)
{
    for (const auto &[value, k] : table)
        if (key == QLatin1String(k))
            return value;
    return std::nullopt;
}

template<typename E, std::size_t N>
QString keyList(const std::array<std::pair<E, const char *>, N> &table)
{
    QStringList keys;
    for (const auto &entry : table)
        keys << QString::fromLatin1(entry.second);
    return keys.join(QStringLiteral(", "));
}

// lupdate files the texts of free functions under the enclosing namespace: tr() looks them up there.
QString tr(const char *text)
{
    return QCoreApplication::translate("pz::heat", text);
}

QString notFinite()
{
    return tr("must be a finite number");
}

QString notBetween(double min, double max)
{
    return tr("must be between %1 and %2").arg(min).arg(max);
}

QString problemWithValue(const QString &path, const QString &reason, double v)
{
    return tr("%1: %2 (got %3)").arg(path, reason, QString::number(v, 'g', 10));
}

QString problem(const QString &path, const QString &reason)
{
    return tr("%1: %2").arg(path, reason);
}

// Collects "path: reason (got value)" lines.
class Checker
{
public:
    Checker(QStringList &out, const QString &prefix) : m_out(out), m_prefix(prefix) {}

    void range(const char *field, double v, double min, double max)
    {
        if (!std::isfinite(v))
            add(field, notFinite(), v);
        else if (v < min || v > max)
            add(field, notBetween(min, max), v);
    }
    void optionalRange(const char *field, const std::optional<double> &v, double min, double max)
    {
        if (v)
            range(field, *v, min, max);
    }
    void add(const char *field, const QString &reason, double v)
    {
        m_out << problemWithValue(path(field), reason, v);
    }
    void add(const char *field, const QString &reason)
    {
        m_out << problem(path(field), reason);
    }
    QString path(const char *field) const { return m_prefix + QLatin1Char('.') + QLatin1String(field); }

private:
    QStringList &m_out;
    QString m_prefix;
};

// Highest accepted efficiency (on lower heating value) of a supply with a fixed efficiency:
// condensing gas boilers exceed 1 on LHV; nothing else can.
double maxEfficiency(HeatSupply s)
{
    return s == HeatSupply::GasBoiler ? 1.10 : 1.0;
}

} // namespace

QString toKey(HeatSupply v) { return keyOf(kSupplyKeys, v); }
QString toKey(Emitter v) { return keyOf(kEmitterKeys, v); }
std::optional<HeatSupply> heatSupplyFromKey(const QString &key) { return valueOf(kSupplyKeys, key); }
std::optional<Emitter> emitterFromKey(const QString &key) { return valueOf(kEmitterKeys, key); }

QString displayName(HeatSupply v)
{
    switch (v) {
    case HeatSupply::None: return tr("None (outside the model)");
    case HeatSupply::DistrictHeat: return tr("District heat");
    case HeatSupply::GasBoiler: return tr("Gas boiler");
    case HeatSupply::CoalBoiler: return tr("Coal boiler");
    case HeatSupply::ElectricBoiler: return tr("Electric boiler");
    case HeatSupply::Ashp: return tr("Air-source heat pump");
    case HeatSupply::Gshp: return tr("Ground-source heat pump");
    }
    return {};
}

QString displayName(Emitter v)
{
    return v == Emitter::Floor ? tr("Underfloor heating") : tr("Radiators");
}

bool isHeatPump(HeatSupply v)
{
    return v == HeatSupply::Ashp || v == HeatSupply::Gshp;
}

BuildingHeat BuildingHeat::fromVersion1()
{
    BuildingHeat h;
    h.supply = HeatSupply::None;
    return h;
}

double kgcePerKWh(ElectricityConversion method)
{
    return method == ElectricityConversion::CoalConsumption ? kKgcePerKWhCoalConsumption
                                                            : kKgcePerKWhCalorificEquivalent;
}

SiteHeat siteHeatDefaults(double latitudeDeg, double longitudeDeg)
{
    SiteHeat s;
    s.season = defaultSeason(latitudeDeg, longitudeDeg);
    return s;
}

QStringList problems(const BuildingHeat &heat, const QString &prefix)
{
    QStringList out;
    Checker c(out, prefix);
    if (heat.efficiency) {
        if (isHeatPump(heat.supply) || heat.supply == HeatSupply::None)
            c.add("efficiency", tr("is not used by the supply \"%1\"; leave it null").arg(toKey(heat.supply)),
                  *heat.efficiency);
        else if (!std::isfinite(*heat.efficiency) || !(*heat.efficiency > 0.0)
                 || *heat.efficiency > maxEfficiency(heat.supply))
            c.add("efficiency", tr("must be > 0 and at most %1 for the supply \"%2\"")
                                    .arg(maxEfficiency(heat.supply)).arg(toKey(heat.supply)),
                  *heat.efficiency);
    }
    c.optionalRange("heat_loss_W_per_m2K", heat.heatLossWPerM2K, 0.0, 10.0);
    c.optionalRange("balance_temp_C", heat.balanceTempC, -30.0, 30.0);
    c.optionalRange("dhw_kWh_per_m2", heat.dhwKWhPerM2Yr, 0.0, 1000.0);
    c.range("process_heat_kWh", heat.processHeatKWhPerYr, 0.0, 1.0e12);
    return out;
}

QStringList problems(const SiteHeat &heat, const QString &prefix)
{
    QStringList out;
    Checker c(out, prefix);
    if (!isValidDay(heat.season.start))
        c.add("season_start", tr("must be a day of the year as MM-DD (got %1)").arg(formatSeasonDay(heat.season.start)));
    if (!isValidDay(heat.season.end))
        c.add("season_end", tr("must be a day of the year as MM-DD (got %1)").arg(formatSeasonDay(heat.season.end)));
    c.optionalRange("ground_temperature", heat.groundTempC, -30.0, 40.0);
    if (!std::isfinite(heat.electricityKgcePerKWh) || !(heat.electricityKgcePerKWh > 0.0)
        || heat.electricityKgcePerKWh > 1.0)
        c.add("electricity_kgce_per_kWh", tr("must be > 0 and at most 1"), heat.electricityKgcePerKWh);
    c.range("heat_factor_tCO2_per_GJ", heat.heatFactorTCO2PerGJ, 0.0, 1.0);
    c.range("district_heat_clean_share", heat.districtHeatCleanShare, 0.0, 1.0);
    return out;
}

std::optional<HeatSupply> parseSupply(const QString &key, const QString &path, QString *problem)
{
    const std::optional<HeatSupply> v = heatSupplyFromKey(key);
    if (!v && problem)
        *problem = tr("%1: unknown supply \"%2\" (expected one of %3)").arg(path, key, keyList(kSupplyKeys));
    return v;
}

std::optional<Emitter> parseEmitter(const QString &key, const QString &path, QString *problem)
{
    const std::optional<Emitter> v = emitterFromKey(key);
    if (!v && problem)
        *problem = tr("%1: unknown emitter \"%2\" (expected one of %3)").arg(path, key, keyList(kEmitterKeys));
    return v;
}

std::optional<SeasonDay> parseSeasonDay(const QString &text, const QString &path, QString *problem)
{
    const std::optional<SeasonDay> d = parseSeasonDay(text);
    if (!d && problem)
        *problem = tr("%1: must be a day of the year as MM-DD, e.g. 10-15 (got \"%2\")").arg(path, text);
    return d;
}

} // namespace pz::heat
