// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A wind turbine type (spec wind.md §12.5): rated power, rotor, default hub height, the
// reference air density of its curves and the tabulated power and thrust-coefficient curves,
// with the lookups the yield model uses. Also the reader of the CSV turbine files, which
// validates a file and refuses a bad one with the file, line and reason.

#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <vector>

namespace pz::wind {

// Ct is clipped to [0, kMaxThrustCoefficient] when a curve is read or built (§12.5).
inline constexpr double kMaxThrustCoefficient = 0.9999;

struct TurbineType {
    std::string name;
    double ratedKW = 0;                 // the header's rated power (capacity factor, full-load hours)
    double rotorDiameterM = 0;
    double hubHeightM = 0;              // default hub height
    double referenceDensityKgM3 = 1.225;
    std::string source, licence;
    // The table, speeds strictly increasing; the first row is cut-in, the last cut-out.
    std::vector<double> speedMS, powerKW, thrustCoefficient;

    double cutInMS() const { return speedMS.empty() ? 0 : speedMS.front(); }
    double cutOutMS() const { return speedMS.empty() ? 0 : speedMS.back(); }
    double rotorRadiusM() const { return rotorDiameterM / 2; }

    // P(u) and Ct(u): 0 below the first row and at or above the last, otherwise linear
    // interpolation on the interval [v_k, v_k+1) holding u (no ramp from 0, no extrapolation).
    double powerAtKW(double speedMS) const;
    double thrustAt(double speedMS) const;
};

// SAM's regression Ct(Cp) (NREL ssc, shared/lib_windwatts.cpp), Cp from P in kW, rotor
// diameter in m, speed in m/s and the reference density (§12.5, files without thrust).
double samThrustCoefficient(double powerKW, double speedMS, double rotorDiameterM,
                            double referenceDensityKgM3);

// Ct clipped to [0, kMaxThrustCoefficient].
double clipThrustCoefficient(double ct);

struct TurbineReadResult {
    std::optional<TurbineType> type;   // empty on error
    QString error;                     // translated; names the file, line and reason
    QStringList notes;                 // translated; e.g. thrust filled by SAM's regression
};

// The CSV turbine format of §12.5: "# key: value" lines, the header
// "wind_speed_m_s,power_kW,thrust_coefficient" (the thrust column may be missing or empty),
// then one row per operating point.
TurbineReadResult parseTurbineCsv(const QByteArray &data, const QString &fileName);
TurbineReadResult readTurbineCsv(const QString &path);

} // namespace pz::wind
