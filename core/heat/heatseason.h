// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The heating season of spec §14.2: a pair of calendar days (both included, whole days) during
// which space heating is on. Statutory seasons of the built-in climates and the season of a site
// by the same nearest-climate rule as the weather; "MM-DD" text as the project file stores it.

#include <QString>

#include <optional>
#include <vector>

namespace pz::heat {

// A calendar day of the (non-leap) simulation year.
struct SeasonDay {
    int month = 1;   // 1..12
    int day = 1;     // 1..days in the month
    friend bool operator==(const SeasonDay &, const SeasonDay &) = default;
};

struct HeatingSeason {
    SeasonDay start{1, 1};
    SeasonDay end{12, 31};   // the default is the whole year
    friend bool operator==(const HeatingSeason &, const HeatingSeason &) = default;
};

// True for a real day of 2023 (no 29 February).
bool isValidDay(const SeasonDay &d);

// Whether a date lies in the season: start <= date <= end, or, when start > end (the season
// wraps the new year), date >= start or date <= end.
bool inSeason(const HeatingSeason &season, const SeasonDay &date);

// s(t) of §14.2 for the 8760 hours of 2023: 1 in the season, else 0.
std::vector<unsigned char> seasonMask(const HeatingSeason &season);
int seasonHours(const HeatingSeason &season);

// Statutory season of a built-in climate (by its id, e.g. "ordos"); whole year for a climate
// without one or an unknown id.
HeatingSeason statutorySeason(const QString &climateId);
// The default season of a site: the statutory season of the nearest built-in climate.
HeatingSeason defaultSeason(double latitudeDeg, double longitudeDeg);

// "MM-DD" <-> SeasonDay. Parsing accepts exactly two digits, a dash and two digits naming a
// valid day; anything else gives nullopt.
QString formatSeasonDay(const SeasonDay &d);
std::optional<SeasonDay> parseSeasonDay(const QString &text);

} // namespace pz::heat
