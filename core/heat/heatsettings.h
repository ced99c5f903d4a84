// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The heat fields of a project (spec §14.7, file format version 2) as plain structs with their
// defaults: per building (`building.heat`) the supply technology, emitter and overrides of the
// use-type defaults; per site (`site.heat`) the season, ground temperature and the conversion
// factors of the indicator. Enum keys as the file stores them, and validation that names each
// bad field by its path ("heat.supply: ...") so the file reader and the editor can report it.

#include "heat/heatseason.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace pz::heat {

// What serves a building's heat (§14.4); one supply for space heat, hot water and process heat.
enum class HeatSupply { None, DistrictHeat, GasBoiler, CoalBoiler, ElectricBoiler, Ashp, Gshp };
inline constexpr int kHeatSupplyCount = 7;

// Space-heating emitter; sets the heat pump's sink temperature (§14.5).
enum class Emitter { Radiator, Floor };

// Stable file keys ("district_heat", "gas_boiler", ..., "radiator", "floor").
QString toKey(HeatSupply v);
QString toKey(Emitter v);
std::optional<HeatSupply> heatSupplyFromKey(const QString &key);
std::optional<Emitter> emitterFromKey(const QString &key);
// Translated names.
QString displayName(HeatSupply v);
QString displayName(Emitter v);

bool isHeatPump(HeatSupply v);

// `building.heat`. An unset optional means "the default of §14.3/§14.4 for the use type".
struct BuildingHeat {
    HeatSupply supply = HeatSupply::DistrictHeat;    // new buildings [assumption]
    Emitter emitter = Emitter::Radiator;
    std::optional<double> efficiency;                // boilers and district heat only
    std::optional<double> heatLossWPerM2K;           // H
    std::optional<double> balanceTempC;              // T_b
    std::optional<double> dhwKWhPerM2Yr;             // D
    double processHeatKWhPerYr = 0;                  // P
    bool spaceHeating = true;

    // What a building of a version-1 file gets: no heat supply, so old projects keep their numbers.
    static BuildingHeat fromVersion1();
    bool operator==(const BuildingHeat &) const = default;
};

// How electricity is converted to standard coal (§14.6).
enum class ElectricityConversion { CalorificEquivalent, CoalConsumption };
inline constexpr double kKgcePerKWhCalorificEquivalent = 0.1229;   // GB/T 2589 当量值
inline constexpr double kKgcePerKWhCoalConsumption = 0.3055;       // 发电煤耗法, China 2020 average
double kgcePerKWh(ElectricityConversion method);

// `site.heat`.
struct SiteHeat {
    HeatingSeason season;                       // whole year; siteHeatDefaults() sets the statutory one
    std::optional<double> groundTempC;          // null: the weather year's mean temperature
    double electricityKgcePerKWh = kKgcePerKWhCalorificEquivalent;
    double heatFactorTCO2PerGJ = 0.11;          // purchased heat
    double districtHeatCleanShare = 0;          // 0..1
    bool gasCountsAsClean = false;
    bool operator==(const SiteHeat &) const = default;
};

// The defaults of a new site at a place (season of the nearest built-in climate).
SiteHeat siteHeatDefaults(double latitudeDeg, double longitudeDeg);

// Problems of the values, one "path: reason (got value)" line each, translated. `prefix` is the
// path of the object ("heat" for a building's heat fields, "site.heat" for the site's).
QStringList problems(const BuildingHeat &heat, const QString &prefix = QStringLiteral("heat"));
QStringList problems(const SiteHeat &heat, const QString &prefix = QStringLiteral("site.heat"));

// Reading keys and dates: the value, or a problem naming the field's path and the accepted values.
std::optional<HeatSupply> parseSupply(const QString &key, const QString &path, QString *problem);
std::optional<Emitter> parseEmitter(const QString &key, const QString &path, QString *problem);
std::optional<SeasonDay> parseSeasonDay(const QString &text, const QString &path, QString *problem);

} // namespace pz::heat
