// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Enumerations of the park model and their stable file-format keys.

#include <QString>
#include <optional>

namespace pz {

enum class ObjectKind { Building, PvArray, Storage, GreenSpace, WindTurbine };

// What a building is used for: picks its default load intensity, load shape and embodied carbon.
enum class UseType {
    BatteryCellPlant,
    PvModulePlant,
    HydrogenHall,
    Warehouse,
    Office,
    DataCentre,
    Canteen,
    LightManufacturing,
};
inline constexpr int kUseTypeCount = 8;

enum class BuildingStructure { SteelFrame, Concrete };

// How modules are mounted; picks the default SAPM temperature coefficients (spec §6).
enum class Mounting { OpenRack, CloseRoof };

enum class TemperatureModel { Sapm, Faiman };

enum class Chemistry { Lfp, Nmc };

enum class ElectrolyserMode { Constant, FollowPvSurplus };

enum class DispatchStrategy { SelfConsumption, CarbonAware };

enum class WeatherKind { BuiltIn, File };
// Which irradiance columns of a weather file feed the model: as given (spec §1: GHI, DNI and DHI
// without closure), or the beam rebuilt from the file's GHI and DHI, for files whose DNI does not
// agree with them (see docs/weather.md).
enum class IrradianceInput { AsGiven, BeamFromGhiDhi };

// How electricity is converted to tonnes of standard coal equivalent for the tCO2/tce indicator.
enum class HeadlineEmissions { Operational, WithEmbodied };

// The wind profile from the anemometer to the hub (spec wind.md §12.2).
enum class WindShear { PowerLaw, Logarithmic };
// What an off-site plant on a direct line is (spec wind.md §13).
enum class PlantKind { Pv, Wind };
// What the least-cost optimizer may do with a placed PV object, turbine or store (spec §16.8):
// size it from 0 to its maximum (candidate), keep at least what is placed (keep), keep exactly
// what is placed (fixed), or build none of it (excluded).
enum class OptimizerRole { Candidate, Keep, Fixed, Excluded };

QString toKey(ObjectKind v);
QString toKey(UseType v);
QString toKey(BuildingStructure v);
QString toKey(Mounting v);
QString toKey(TemperatureModel v);
QString toKey(Chemistry v);
QString toKey(ElectrolyserMode v);
QString toKey(DispatchStrategy v);
QString toKey(WeatherKind v);
QString toKey(IrradianceInput v);
QString toKey(HeadlineEmissions v);
QString toKey(WindShear v);
QString toKey(PlantKind v);
QString toKey(OptimizerRole v);

// Parsing returns nullopt for an unknown key (callers report it with the file path).
template<typename E> std::optional<E> fromKey(const QString &key);

// Translated, user-visible names.
QString displayName(ObjectKind v);
QString displayName(UseType v);
QString displayName(BuildingStructure v);
QString displayName(Mounting v);
QString displayName(TemperatureModel v);
QString displayName(Chemistry v);
QString displayName(ElectrolyserMode v);
QString displayName(DispatchStrategy v);
QString displayName(WindShear v);
QString displayName(PlantKind v);
QString displayName(OptimizerRole v);

} // namespace pz
