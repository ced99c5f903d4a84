// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/units.h"
#include "io/hourlycsv.h"
#include "io/atomicfile.h"

#include <QCoreApplication>
#include <QDate>

#include <cmath>

namespace pz::io {

namespace {

// One CSV field, quoted (RFC 4180) when it holds a separator, quote or line break.
QByteArray csvField(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r'))
        return utf8;
    utf8.replace("\"", "\"\"");
    return '"' + utf8 + '"';
}

// QByteArray::number uses the C locale: always '.' and no group separators.
template<typename Series>
void appendValue(QByteArray &line, const Series &series, int hour, int decimals)
{
    line += ',';
    if (int(series.size()) != kHoursPerYear)
        return;
    const double v = double(series[hour]);
    if (!std::isfinite(v))
        return;
    QByteArray text = QByteArray::number(v, 'f', decimals);
    if (text.startsWith('-') && text.count('0') == text.size() - 2)  // "-0.000" → "0.000"
        text.remove(0, 1);
    line += text;
}

// The name of the hour's tariff period; empty without economics.
void appendPeriod(QByteArray &line, const SimulationResult &result, int hour)
{
    line += ',';
    const std::vector<int> &periods = result.hourly.tariffPeriod;
    if (int(periods.size()) != kHoursPerYear)
        return;
    const int p = periods[std::size_t(hour)];
    if (p >= 0 && p < result.tariffPeriodNames.size())
        line += csvField(result.tariffPeriodNames[p]);
}

QString objectPrefix(const PvObjectResult &object)
{
    return QStringLiteral("%1 %2").arg(object.id).arg(object.name.simplified());
}

} // namespace

QStringList hourlyCsvColumns(const SimulationResult &result)
{
    QStringList columns{QStringLiteral("time_local_standard"), QStringLiteral("sun_zenith_deg"),
                        QStringLiteral("sun_azimuth_deg")};
    for (const PvObjectResult &object : result.objects) {
        const QString prefix = objectPrefix(object);
        columns << prefix + QStringLiteral(" poa_w_m2") << prefix + QStringLiteral(" cell_temp_c")
                << prefix + QStringLiteral(" ac_w");
    }
    columns << QStringLiteral("consumption_kwh") << QStringLiteral("generation_kwh")
            << QStringLiteral("battery_charge_kwh") << QStringLiteral("battery_discharge_kwh")
            << QStringLiteral("battery_soc_kwh") << QStringLiteral("grid_import_kwh")
            << QStringLiteral("grid_export_kwh") << QStringLiteral("curtailed_kwh")
            << QStringLiteral("emissions_kg") << QStringLiteral("tariff_period")
            << QStringLiteral("tariff_price_cny_per_kwh");
    // Wind (spec wind.md §12.8, §13.4): net power of each turbine, delivered power of each plant.
    for (const WindTurbineResult &t : result.turbines)
        columns << QStringLiteral("%1 %2 wind_kwh").arg(t.id).arg(t.name.simplified());
    for (std::size_t i = 0; i < result.offsite.size(); ++i)
        columns << QStringLiteral("offsite %1 %2 delivered_kwh").arg(i + 1).arg(result.offsite[i].name.simplified());
    if (result.heat.present)
        columns << QStringLiteral("heat_kwh") << QStringLiteral("heat_electricity_kwh");
    return columns;
}

QByteArray hourlyCsv(const SimulationResult &result)
{
    const QStringList columns = hourlyCsvColumns(result);
    QByteArray out;
    out.reserve(kHoursPerYear * (40 + 40 * int(result.objects.size()) + 90));
    for (int i = 0; i < columns.size(); ++i) {
        if (i > 0)
            out += ',';
        out += csvField(columns[i]);
    }
    out += '\n';

    const HourlyBalance &h = result.hourly;
    const QDate firstDay(2023, 1, 1);
    QByteArray line;
    for (int hour = 0; hour < kHoursPerYear; ++hour) {
        line.clear();
        const QDate day = firstDay.addDays(hour / 24);
        line += day.toString(QStringLiteral("yyyy-MM-dd")).toLatin1();
        line += ' ';
        line += QByteArray::number(hour % 24).rightJustified(2, '0');
        line += ":00";
        appendValue(line, h.sunZenithDeg, hour, 6);
        appendValue(line, h.sunAzimuthDeg, hour, 6);
        for (const PvObjectResult &object : result.objects) {
            appendValue(line, object.hourlyPoaWm2, hour, 5);
            appendValue(line, object.hourlyCellTempC, hour, 6);
            appendValue(line, object.hourlyAcW, hour, 3);
        }
        appendValue(line, h.consumptionKWh, hour, 4);
        appendValue(line, h.generationKWh, hour, 4);
        appendValue(line, h.batteryChargeKWh, hour, 4);
        appendValue(line, h.batteryDischargeKWh, hour, 4);
        appendValue(line, h.batterySocKWh, hour, 4);
        appendValue(line, h.gridImportKWh, hour, 4);
        appendValue(line, h.gridExportKWh, hour, 4);
        appendValue(line, h.curtailedKWh, hour, 4);
        appendValue(line, h.emissionsKg, hour, 4);
        appendPeriod(line, result, hour);
        appendValue(line, h.tariffPriceCNYPerKWh, hour, 6);
        for (const WindTurbineResult &t : result.turbines)
            appendValue(line, t.hourlyNetKW, hour, 4);
        for (const OffSitePlantResult &o : result.offsite)
            appendValue(line, o.hourlyDeliveredKW, hour, 4);
        if (result.heat.present) {
            appendValue(line, result.heat.hourlyHeatKWh, hour, 4);
            appendValue(line, result.heat.hourlyHeatElectricityKWh, hour, 4);
        }
        line += '\n';
        out += line;
    }
    return out;
}

bool writeHourlyCsv(const SimulationResult &result, const QString &path, QString *error)
{
    QString reason;
    if (writeFileAtomically(path, hourlyCsv(result), &reason))
        return true;
    if (error)
        *error = QCoreApplication::translate("pz::io::HourlyCsv", "Cannot write %1: %2").arg(path, reason);
    return false;
}

} // namespace pz::io
