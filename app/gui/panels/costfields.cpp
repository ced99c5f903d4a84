// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/costfields.h"

#include "economics/settings.h"
#include "heat/heatsettings.h"

#include <QHash>

namespace pz {

namespace {

const QLatin1String kCosts("costs.");
const QLatin1String kTariff("tariff.");
const QLatin1String kFuels("fuel_prices.");
const QLatin1String kHeat("costs.heat_");

// The heat technology's translated name of a per-technology key, empty otherwise.
QString heatTechnologyName(const QString &key)
{
    if (!key.startsWith(kHeat) || key.count(QLatin1Char('.')) < 2)
        return {};
    const auto supply = heat::heatSupplyFromKey(key.section(QLatin1Char('.'), -1));
    return supply ? heat::displayName(*supply) : key.section(QLatin1Char('.'), -1);
}

} // namespace

QString CostFields::stem(const QString &key)
{
    QString s = key;
    for (const QLatin1String prefix : {kCosts, kTariff, kFuels})
        if (s.startsWith(prefix))
            s = s.mid(prefix.size());
    return s.section(QLatin1Char('.'), 0, 0);
}

CostFields::Group CostFields::groupOf(const QString &key)
{
    const QString s = stem(key);
    if (key.startsWith(kTariff))
        return Group::Tariff;
    if (key.startsWith(kFuels))
        return Group::Fuels;
    if (s.startsWith(QLatin1String("pv_")) && key.startsWith(kCosts))
        return Group::Pv;
    if (s.startsWith(QLatin1String("inverter_")))
        return Group::Pv;
    if (s.startsWith(QLatin1String("wind_")))
        return Group::Wind;
    if (s.startsWith(QLatin1String("storage_")))
        return Group::Storage;
    if (s.startsWith(QLatin1String("heat_")))
        return Group::Heat;
    if (s.startsWith(QLatin1String("direct_line")))
        return Group::DirectLine;
    return Group::General;
}

QString CostFields::groupTitle(Group group)
{
    switch (group) {
    case Group::General: return tr("Analysis");
    case Group::Tariff: return tr("Electricity tariff");
    case Group::Fuels: return tr("Fuel prices");
    case Group::Pv: return tr("PV");
    case Group::Wind: return tr("Wind");
    case Group::Storage: return tr("Storage");
    case Group::Heat: return tr("Heat equipment");
    case Group::DirectLine: return tr("Direct line");
    }
    return {};
}

QString CostFields::label(const QString &key)
{
    const QString tech = heatTechnologyName(key);
    const QString s = stem(key);
    if (!tech.isEmpty()) {
        if (s.startsWith(QLatin1String("heat_capex")))
            return tr("%1, investment").arg(tech);
        if (s.startsWith(QLatin1String("heat_om")))
            return tr("%1, O&M").arg(tech);
        if (s.startsWith(QLatin1String("heat_life")))
            return tr("%1, life").arg(tech);
    }
    static const QHash<QString, const char *> labels{
        {QStringLiteral("analysis_years"), QT_TR_NOOP("Analysis period")},
        {QStringLiteral("discount_rate"), QT_TR_NOOP("Discount rate (real)")},
        {QStringLiteral("pv_degradation"), QT_TR_NOOP("PV degradation")},
        {QStringLiteral("demand_charge_CNY_per_kW_month"), QT_TR_NOOP("Demand charge")},
        {QStringLiteral("fixed_CNY_per_month"), QT_TR_NOOP("Fixed charge")},
        {QStringLiteral("export_price_CNY_per_kWh"), QT_TR_NOOP("Export price")},
        {QStringLiteral("green_premium_CNY_per_kWh"), QT_TR_NOOP("Green-power premium")},
        {QStringLiteral("gas_CNY_per_m3"), QT_TR_NOOP("Natural gas")},
        {QStringLiteral("coal_CNY_per_t"), QT_TR_NOOP("Coal")},
        {QStringLiteral("heat_CNY_per_GJ"), QT_TR_NOOP("Purchased heat")},
        {QStringLiteral("pv_ground_capex_CNY_per_kWp"), QT_TR_NOOP("Ground-mounted PV")},
        {QStringLiteral("pv_rooftop_capex_CNY_per_kWp"), QT_TR_NOOP("Rooftop PV")},
        {QStringLiteral("pv_om_CNY_per_kWp_yr"), QT_TR_NOOP("PV O&M")},
        {QStringLiteral("pv_life_years"), QT_TR_NOOP("PV life")},
        {QStringLiteral("inverter_replacement_CNY_per_kWac"), QT_TR_NOOP("Inverter replacement")},
        {QStringLiteral("inverter_life_years"), QT_TR_NOOP("Inverter life")},
        {QStringLiteral("wind_capex_CNY_per_kW"), QT_TR_NOOP("Wind turbines")},
        {QStringLiteral("wind_om_CNY_per_kW_yr"), QT_TR_NOOP("Wind O&M")},
        {QStringLiteral("wind_life_years"), QT_TR_NOOP("Wind life")},
        {QStringLiteral("storage_capex_CNY_per_kWh"), QT_TR_NOOP("Storage energy")},
        {QStringLiteral("storage_capex_CNY_per_kW"), QT_TR_NOOP("Storage power")},
        {QStringLiteral("storage_om_CNY_per_kWh_yr"), QT_TR_NOOP("Storage O&M")},
        {QStringLiteral("storage_life_years"), QT_TR_NOOP("Storage life")},
        {QStringLiteral("storage_replacement_factor"), QT_TR_NOOP("Replacement cost factor")},
        {QStringLiteral("heat_sizing_factor"), QT_TR_NOOP("Sizing factor")},
        {QStringLiteral("direct_line_CNY_per_km"), QT_TR_NOOP("Direct line")},
        {QStringLiteral("direct_line_om_fraction_yr"), QT_TR_NOOP("Direct line O&M")},
        {QStringLiteral("direct_line_life_years"), QT_TR_NOOP("Direct line life")},
        {QStringLiteral("direct_line_km"), QT_TR_NOOP("Direct line length")},
    };
    const auto it = labels.constFind(s);
    return it == labels.constEnd() ? key : tr(it.value());
}

QString CostFields::unit(const QString &key)
{
    const QString s = stem(key);
    if (s == QLatin1String("discount_rate"))
        return QStringLiteral("%");
    if (s == QLatin1String("pv_degradation") || s.endsWith(QLatin1String("_fraction_yr")))
        return tr("%/yr");
    if (s.endsWith(QLatin1String("_years")))
        return tr("yr");
    if (s.endsWith(QLatin1String("_km")))
        return tr("km");
    const int per = s.indexOf(QLatin1String("_CNY_per_"));
    if (per < 0)
        return {};
    // "kWp_yr" → "kWp·yr"; "m3" → "m³".
    QStringList parts = s.mid(per + 9).split(QLatin1Char('_'));
    for (QString &p : parts) {
        if (p == QLatin1String("yr"))
            p = tr("yr");
        else if (p == QLatin1String("month"))
            p = tr("month");
        else if (p == QLatin1String("m3"))
            p = QStringLiteral("m³");
    }
    return tr("CNY") + QLatin1Char('/') + parts.join(QChar(0x00B7));
}

double CostFields::scale(const QString &key)
{
    const QString u = stem(key);
    return u == QLatin1String("discount_rate") || u == QLatin1String("pv_degradation") ||
                   u.endsWith(QLatin1String("_fraction_yr"))
               ? 100.0
               : 1.0;
}

int CostFields::decimals(const QString &key)
{
    const QString s = stem(key);
    if (s.endsWith(QLatin1String("_per_kWh")) && key.startsWith(kTariff))
        return 4;   // prices per kWh
    if (s.endsWith(QLatin1String("_factor")))
        return 3;
    return 2;
}

QString CostFields::specSection(const QString &key)
{
    if (key.startsWith(kCosts) || key == QLatin1String("direct_line_km"))
        return QStringLiteral("§15.3");
    if (key.startsWith(kTariff))
        return QStringLiteral("§15.4");
    if (key.startsWith(kFuels))
        return QStringLiteral("§15.5");
    return QStringLiteral("§15.9");
}

QString CostFields::evidenceText(const QString &key)
{
    using economics::Evidence;
    const economics::SettingField *f = economics::settingField(key);
    const Evidence e = f ? f->evidence : Evidence::Assumption;
    const QString section = specSection(key);
    switch (e) {
    case Evidence::Placeholder:
        return tr("Default: placeholder (spec %1) — enter your own").arg(section);
    case Evidence::Verified: return tr("Default: verified (spec %1)").arg(section);
    case Evidence::Derived: return tr("Default: derived (spec %1)").arg(section);
    case Evidence::Unverified: return tr("Default: unverified (spec %1)").arg(section);
    case Evidence::Assumption: return tr("Default: assumption (spec %1)").arg(section);
    }
    return {};
}

} // namespace pz
