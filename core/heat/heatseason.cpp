// SPDX-License-Identifier: GPL-3.0-or-later
#include "heat/heatseason.h"

#include "energy/yearcalendar.h"
#include "solar/weatheryear.h"
#include "weather/climatenormals.h"

#include <QRegularExpression>

#include <array>

namespace pz::heat {

namespace {

struct StatutorySeason {
    const char *climateId;
    HeatingSeason season;
};

// Spec §14.2 table; sources are listed there and in docs/heat-and-fuels.md. Climates not listed
// (shanghai, guangzhou, shenzhen, chengdu, phoenix, piedmont) have no statutory season.
constexpr std::array<StatutorySeason, 8> kStatutory{{
    {"ordos", {{10, 15}, {4, 15}}},
    {"baotou", {{10, 15}, {4, 15}}},
    {"hohhot", {{10, 15}, {4, 15}}},
    {"urumqi", {{10, 10}, {4, 10}}},
    {"yinchuan", {{11, 1}, {3, 31}}},
    {"beijing", {{11, 15}, {3, 15}}},
    {"xian", {{11, 15}, {3, 15}}},
    {"lhasa", {{11, 15}, {3, 15}}},
}};

int ordinal(const SeasonDay &d)
{
    return d.month * 100 + d.day;
}

} // namespace

bool isValidDay(const SeasonDay &d)
{
    return d.month >= 1 && d.month <= 12 && d.day >= 1
        && d.day <= pz::solar::WeatherYear::daysInMonth(d.month - 1);
}

bool inSeason(const HeatingSeason &season, const SeasonDay &date)
{
    const int s = ordinal(season.start), e = ordinal(season.end), x = ordinal(date);
    return s <= e ? (s <= x && x <= e) : (x >= s || x <= e);
}

std::vector<unsigned char> seasonMask(const HeatingSeason &season)
{
    std::vector<unsigned char> mask(pz::kHoursPerYear, 0);
    int dayOfYear = 0;
    for (int month = 1; month <= 12; ++month) {
        const int days = pz::solar::WeatherYear::daysInMonth(month - 1);
        for (int day = 1; day <= days; ++day, ++dayOfYear) {
            if (!inSeason(season, {month, day}))
                continue;
            for (int h = 0; h < 24; ++h)
                mask[static_cast<std::size_t>(dayOfYear * 24 + h)] = 1;
        }
    }
    return mask;
}

int seasonHours(const HeatingSeason &season)
{
    int n = 0;
    for (unsigned char s : seasonMask(season))
        n += s;
    return n;
}

HeatingSeason statutorySeason(const QString &climateId)
{
    for (const StatutorySeason &s : kStatutory)
        if (climateId == QLatin1String(s.climateId))
            return s.season;
    return HeatingSeason{};
}

HeatingSeason defaultSeason(double latitudeDeg, double longitudeDeg)
{
    return statutorySeason(QString::fromLatin1(pz::weather::nearestClimate(latitudeDeg, longitudeDeg).id));
}

QString formatSeasonDay(const SeasonDay &d)
{
    return QStringLiteral("%1-%2").arg(d.month, 2, 10, QLatin1Char('0')).arg(d.day, 2, 10, QLatin1Char('0'));
}

std::optional<SeasonDay> parseSeasonDay(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d\\d)-(\\d\\d)$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const SeasonDay d{m.captured(1).toInt(), m.captured(2).toInt()};
    if (!isValidDay(d))
        return std::nullopt;
    return d;
}

} // namespace pz::heat
