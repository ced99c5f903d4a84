// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Project files with heat for the tests of the engine and the CLI: spec §14.8 case H1 (one
// 10 000 m² office in Ordos, season 10-15 – 04-15, grid 0.6849 kgCO2/kWh, 0.1229 kgce/kWh, no PV)
// with any supply, on the reference weather file or a built-in climate.

#include <QByteArray>
#include <QString>

namespace pztest {

// Reference values of spec §14.8 (H1) and of the kernels' constants.
inline constexpr double kH1GridFactor = 0.6849;
inline constexpr double kH1TotalHeatKWh = 830838.2;
inline constexpr double kH1GasM3 = 83509.440;
inline constexpr double kH1AshpKWh = 387193.221;
inline constexpr double kH1AshpScop = 2.145797;
inline constexpr double kH1DistrictHeatGJ = 2991.01752;
// The indicator of the office with its own electric load and the supply, all imported.
inline constexpr double kH1GasI = 4.282137, kH1AshpI = 5.572823, kH1DistrictHeatI = 4.847839;
inline constexpr double kH1GasICoalMethod = 2.141149, kH1AshpICoalMethod = 2.241899;

// weather: an absolute EPW path, or empty for the built-in Ordos climate. heatFields: the
// building's `heat` members without braces, e.g. "\"supply\": \"ashp\"".
inline QByteArray h1Project(const QString &weather, const QByteArray &heatFields,
                            const QByteArray &siteHeatExtra = QByteArray())
{
    const QByteArray weatherJson = weather.isEmpty()
        ? QByteArray(R"({"kind": "builtin", "builtin_id": "ordos"})")
        : R"({"kind": "file", "file": ")" + weather.toUtf8() + R"("})";
    return R"({"format": "parkzero", "format_version": 3, "site": {"name": "H1", "latitude": 39.83,)"
           R"( "longitude": 109.98, "weather": )" + weatherJson +
           R"(, "grid": {"factor_key": "", "custom_factor": 0.6849}, "carbon": {"kgce_per_kWh": 0.1229},)"
           R"( "heat": {"season_start": "10-15", "season_end": "04-15")" + siteHeatExtra + R"(}},)"
           R"( "objects": [{"type": "building", "id": 1, "name": "Office",)"
           R"( "footprint": [[0, 0], [100, 0], [100, 100], [0, 100]], "floors": 1, "use_type": "office",)"
           R"( "rooftop": {"enabled": false}, "heat": {)" + heatFields + "}}]}";
}

inline QString dongshengEpwRelative()
{
    return QStringLiteral("data/weather/CHN_Nei.Mongol.Dongsheng.535430_CSWD.epw");
}

} // namespace pztest
