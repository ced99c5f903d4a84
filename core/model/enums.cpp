// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/enums.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace pz {

namespace {

template<typename E, std::size_t N>
using KeyTable = std::array<std::pair<E, const char *>, N>;

constexpr KeyTable<ObjectKind, 5> kObjectKinds{{{ObjectKind::Building, "building"},
                                                {ObjectKind::PvArray, "pv_array"},
                                                {ObjectKind::Storage, "storage"},
                                                {ObjectKind::GreenSpace, "green_space"},
                                                {ObjectKind::WindTurbine, "wind_turbine"}}};
constexpr KeyTable<UseType, kUseTypeCount> kUseTypes{{{UseType::BatteryCellPlant, "battery_cell_plant"},
                                                     {UseType::PvModulePlant, "pv_module_plant"},
                                                     {UseType::HydrogenHall, "hydrogen_electrolysis_hall"},
                                                     {UseType::Warehouse, "warehouse"},
                                                     {UseType::Office, "office"},
                                                     {UseType::DataCentre, "data_centre"},
                                                     {UseType::Canteen, "canteen"},
                                                     {UseType::LightManufacturing, "light_manufacturing"}}};
constexpr KeyTable<BuildingStructure, 2> kStructures{{{BuildingStructure::SteelFrame, "steel_frame"},
                                                      {BuildingStructure::Concrete, "concrete"}}};
constexpr KeyTable<Mounting, 2> kMountings{{{Mounting::OpenRack, "open_rack"}, {Mounting::CloseRoof, "close_roof"}}};
constexpr KeyTable<TemperatureModel, 2> kTempModels{{{TemperatureModel::Sapm, "sapm"},
                                                     {TemperatureModel::Faiman, "faiman"}}};
constexpr KeyTable<Chemistry, 2> kChemistries{{{Chemistry::Lfp, "lfp"}, {Chemistry::Nmc, "nmc"}}};
constexpr KeyTable<ElectrolyserMode, 2> kElectrolyserModes{{{ElectrolyserMode::Constant, "constant"},
                                                            {ElectrolyserMode::FollowPvSurplus, "follow_pv_surplus"}}};
constexpr KeyTable<DispatchStrategy, 2> kStrategies{{{DispatchStrategy::SelfConsumption, "self_consumption"},
                                                     {DispatchStrategy::CarbonAware, "carbon_aware"}}};
constexpr KeyTable<WeatherKind, 2> kWeatherKinds{{{WeatherKind::BuiltIn, "builtin"}, {WeatherKind::File, "file"}}};
constexpr KeyTable<IrradianceInput, 2> kIrradianceInputs{
    {{IrradianceInput::AsGiven, "as_given"}, {IrradianceInput::BeamFromGhiDhi, "beam_from_ghi_dhi"}}};
constexpr KeyTable<HeadlineEmissions, 2> kHeadlines{{{HeadlineEmissions::Operational, "operational"},
                                                     {HeadlineEmissions::WithEmbodied, "with_embodied"}}};
constexpr KeyTable<WindShear, 2> kWindShears{{{WindShear::PowerLaw, "power_law"},
                                              {WindShear::Logarithmic, "logarithmic"}}};
constexpr KeyTable<PlantKind, 2> kPlantKinds{{{PlantKind::Pv, "pv"}, {PlantKind::Wind, "wind"}}};
constexpr KeyTable<OptimizerRole, 4> kOptimizerRoles{{{OptimizerRole::Candidate, "candidate"},
                                                     {OptimizerRole::Keep, "keep"},
                                                     {OptimizerRole::Fixed, "fixed"},
                                                     {OptimizerRole::Excluded, "excluded"}}};

template<typename E, std::size_t N>
QString keyOf(const KeyTable<E, N> &table, E v)
{
    for (const auto &[e, key] : table)
        if (e == v)
            return QString::fromLatin1(key);
    return {};
}

template<typename E, std::size_t N>
std::optional<E> parse(const KeyTable<E, N> &table, const QString &key)
{
    for (const auto &[e, k] : table)
        if (key == QLatin1String(k))
            return e;
    return std::nullopt;
}

// lupdate files the tr("...") calls of this file under the enclosing namespace ("pz"),
// so the run-time lookup uses the same context.
QString tr(const char *text)
{
    return QCoreApplication::translate("pz", text);
}

} // namespace

QString toKey(ObjectKind v) { return keyOf(kObjectKinds, v); }
QString toKey(UseType v) { return keyOf(kUseTypes, v); }
QString toKey(BuildingStructure v) { return keyOf(kStructures, v); }
QString toKey(Mounting v) { return keyOf(kMountings, v); }
QString toKey(TemperatureModel v) { return keyOf(kTempModels, v); }
QString toKey(Chemistry v) { return keyOf(kChemistries, v); }
QString toKey(ElectrolyserMode v) { return keyOf(kElectrolyserModes, v); }
QString toKey(DispatchStrategy v) { return keyOf(kStrategies, v); }
QString toKey(WeatherKind v) { return keyOf(kWeatherKinds, v); }
QString toKey(HeadlineEmissions v) { return keyOf(kHeadlines, v); }
QString toKey(IrradianceInput v) { return keyOf(kIrradianceInputs, v); }
QString toKey(WindShear v) { return keyOf(kWindShears, v); }
QString toKey(PlantKind v) { return keyOf(kPlantKinds, v); }
QString toKey(OptimizerRole v) { return keyOf(kOptimizerRoles, v); }

template<> std::optional<ObjectKind> fromKey(const QString &k) { return parse(kObjectKinds, k); }
template<> std::optional<UseType> fromKey(const QString &k) { return parse(kUseTypes, k); }
template<> std::optional<BuildingStructure> fromKey(const QString &k) { return parse(kStructures, k); }
template<> std::optional<Mounting> fromKey(const QString &k) { return parse(kMountings, k); }
template<> std::optional<TemperatureModel> fromKey(const QString &k) { return parse(kTempModels, k); }
template<> std::optional<Chemistry> fromKey(const QString &k) { return parse(kChemistries, k); }
template<> std::optional<ElectrolyserMode> fromKey(const QString &k) { return parse(kElectrolyserModes, k); }
template<> std::optional<DispatchStrategy> fromKey(const QString &k) { return parse(kStrategies, k); }
template<> std::optional<WeatherKind> fromKey(const QString &k) { return parse(kWeatherKinds, k); }
template<> std::optional<HeadlineEmissions> fromKey(const QString &k) { return parse(kHeadlines, k); }
template<> std::optional<IrradianceInput> fromKey(const QString &k) { return parse(kIrradianceInputs, k); }
template<> std::optional<WindShear> fromKey(const QString &k) { return parse(kWindShears, k); }
template<> std::optional<PlantKind> fromKey(const QString &k) { return parse(kPlantKinds, k); }
template<> std::optional<OptimizerRole> fromKey(const QString &k) { return parse(kOptimizerRoles, k); }

QString displayName(ObjectKind v)
{
    switch (v) {
    case ObjectKind::Building: return tr("Building");
    case ObjectKind::PvArray: return tr("PV field");
    case ObjectKind::Storage: return tr("Battery storage");
    case ObjectKind::GreenSpace: return tr("Green space");
    case ObjectKind::WindTurbine: return tr("Wind turbine");
    }
    return {};
}

QString displayName(UseType v)
{
    switch (v) {
    case UseType::BatteryCellPlant: return tr("Battery-cell plant");
    case UseType::PvModulePlant: return tr("PV-module plant");
    case UseType::HydrogenHall: return tr("Hydrogen electrolysis hall");
    case UseType::Warehouse: return tr("Warehouse");
    case UseType::Office: return tr("Office");
    case UseType::DataCentre: return tr("Data centre");
    case UseType::Canteen: return tr("Canteen");
    case UseType::LightManufacturing: return tr("Light manufacturing");
    }
    return {};
}

QString displayName(BuildingStructure v)
{
    return v == BuildingStructure::SteelFrame ? tr("Steel frame") : tr("Concrete frame");
}

QString displayName(Mounting v)
{
    return v == Mounting::OpenRack ? tr("Open rack") : tr("Close roof mount");
}

QString displayName(TemperatureModel v)
{
    return v == TemperatureModel::Sapm ? tr("SAPM") : tr("Faiman");
}

QString displayName(Chemistry v)
{
    return v == Chemistry::Lfp ? tr("LFP") : tr("NMC");
}

QString displayName(ElectrolyserMode v)
{
    return v == ElectrolyserMode::Constant ? tr("Constant") : tr("Follow PV surplus");
}

QString displayName(DispatchStrategy v)
{
    return v == DispatchStrategy::SelfConsumption ? tr("Self-consumption") : tr("Carbon-aware");
}

QString displayName(WindShear v)
{
    return v == WindShear::PowerLaw ? tr("Power law") : tr("Logarithmic");
}

QString displayName(PlantKind v)
{
    return v == PlantKind::Pv ? tr("PV plant") : tr("Wind plant");
}

QString displayName(OptimizerRole v)
{
    switch (v) {
    case OptimizerRole::Candidate:
        return tr("Candidate (0 to maximum)");
    case OptimizerRole::Keep:
        return tr("Keep placed (at least)");
    case OptimizerRole::Fixed:
        return tr("Fixed as placed");
    case OptimizerRole::Excluded:
        return tr("Not built");
    }
    return {};
}

} // namespace pz
