// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The wind rose of a weather year: how the hours of the year and the wind's energy are spread
// over 16 direction sectors and five speed bins, and the prevailing direction that a layout's
// downwind spacing is set along (docs/wind.md, "Wind rose"). Speeds are at the anemometer
// height, as the weather file gives them; calm hours (speed 0, as in §12.1) and hours without a
// valid direction are counted apart.

#include <array>

namespace pz::wind {

struct WindWeather;

struct WindRose {
    static constexpr int kSectors = 16;   // N, NNE, … centred every 22.5°
    static constexpr int kSpeedBins = 5;  // (0, 3), [3, 6), [6, 9), [9, 12), ≥ 12 m/s
    static constexpr std::array<double, kSpeedBins> kBinLowerMS{0, 3, 6, 9, 12};
    static constexpr double kSectorWidthDeg = 360.0 / kSectors;

    // Hours per sector (index 0 is centred on north, clockwise) and speed bin.
    std::array<std::array<int, kSpeedBins>, kSectors> hours{};
    // Share of Σv³ over the year (the wind's energy) per sector, summing to 1 when any wind blew.
    std::array<double, kSectors> energyShare{};
    int calmHours = 0;          // speed 0
    int noDirectionHours = 0;   // wind without a valid direction
    int totalHours = 0;
    // Centre of the sector holding the largest share of the wind's energy (degrees the wind
    // comes from, clockwise from north); negative when no hour had wind with a direction.
    double prevailingDirectionDeg = -1;

    bool hasDirections() const { return prevailingDirectionDeg >= 0; }
    // Hours with wind and a valid direction (what the sectors share).
    int directionalHours() const;
    int sectorHours(int sector) const;
    // The centre of a sector, degrees clockwise from north.
    static double sectorCentreDeg(int sector) { return sector * kSectorWidthDeg; }
    // The sector a direction falls in: [centre − 11.25°, centre + 11.25°).
    static int sectorOf(double directionDeg);
    static int speedBinOf(double speedMS);
};

// Counts a cleaned weather year (cleanWindColumns) into its rose.
WindRose computeWindRose(const WindWeather &weather);

} // namespace pz::wind
