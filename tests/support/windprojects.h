// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Project files of the wind reference cases of spec wind.md §12.10 (A: one turbine; B: a row
// of three along a constant west wind; C: the row turned 5°) and §13.7 (D: an off-site wind
// plant on a clipped direct line with a constant load), for the engine and CLI tests. They read
// the shared weather files by absolute path; an empty path means the file is absent.

#include "testsupport.h"

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <utility>
#include <vector>

namespace pztest {

inline QString dongshengEpw()
{
    return sharedPath(QStringLiteral("data/weather/CHN_Nei.Mongol.Dongsheng.535430_CSWD.epw"));
}

inline QString dongshengWd270Epw()
{
    return sharedPath(QStringLiteral("data/weather/PZ_SYNTH_Dongsheng_wd270.epw"));
}

// The site of §12.10 on a weather file, with the wind settings left at their defaults.
inline QJsonObject windSite(const QString &weatherPath)
{
    return QJsonObject{{QStringLiteral("name"), QStringLiteral("Wind reference")},
                       {QStringLiteral("latitude"), 39.83},
                       {QStringLiteral("longitude"), 109.98},
                       {QStringLiteral("elevation"), 1461.9},
                       {QStringLiteral("utc_offset"), 8},
                       {QStringLiteral("weather"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("file")},
                                                               {QStringLiteral("file"), weatherPath}}}};
}

inline QJsonObject turbineJson(int id, double x, double y, const QString &type = QStringLiteral("IEA-3.4-130-RWT"),
                               double hubM = 110)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("wind_turbine")},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("name"), QStringLiteral("T%1").arg(id)},
                       {QStringLiteral("position"), QJsonObject{{QStringLiteral("x"), x}, {QStringLiteral("y"), y}}},
                       {QStringLiteral("turbine_type"), type},
                       {QStringLiteral("hub_height"), hubM}};
}

inline QByteArray projectJson(const QJsonObject &site, const QJsonArray &objects)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("parkzero")},
                                     {QStringLiteral("format_version"), 2},
                                     {QStringLiteral("site"), site},
                                     {QStringLiteral("objects"), objects}})
        .toJson();
}

// Turbines T1, T2, … at the given positions on the given weather.
inline QByteArray turbineRowProject(const QString &weatherPath, const std::vector<std::pair<double, double>> &xy)
{
    QJsonArray objects;
    int id = 1;
    for (const auto &[x, y] : xy)
        objects.append(turbineJson(id++, x, y));
    return projectJson(windSite(weatherPath), objects);
}

// Case D: 10 × NREL-5MW-RWT at 90 m on the site's weather, L_w 6 %, a 40 MW line with 3 % loss,
// and a constant 15 000 kW load (a building with that load profile, no rooftop PV).
inline QByteArray offsitePlantProject(const QString &weatherPath, const QString &loadProfilePath)
{
    QJsonObject site = windSite(weatherPath);
    const QJsonObject plant{{QStringLiteral("name"), QStringLiteral("Plant D")},
                            {QStringLiteral("kind"), QStringLiteral("wind")},
                            {QStringLiteral("turbine_type"), QStringLiteral("NREL-5MW-RWT")},
                            {QStringLiteral("turbine_count"), 10},
                            {QStringLiteral("hub_height"), 90},
                            {QStringLiteral("internal_wake_loss_pct"), 6},
                            {QStringLiteral("line"), QJsonObject{{QStringLiteral("capacity_MW"), 40},
                                                                 {QStringLiteral("loss_pct"), 3}}}};
    site.insert(QStringLiteral("wind"), QJsonObject{{QStringLiteral("plants"), QJsonArray{plant}}});
    const QJsonObject building{
        {QStringLiteral("type"), QStringLiteral("building")},
        {QStringLiteral("id"), 1},
        {QStringLiteral("name"), QStringLiteral("Load")},
        {QStringLiteral("footprint"), QJsonArray{QJsonArray{-2000, -2000}, QJsonArray{-1990, -2000},
                                                 QJsonArray{-1990, -1990}, QJsonArray{-2000, -1990}}},
        {QStringLiteral("load_profile"), loadProfilePath},
        {QStringLiteral("rooftop"), QJsonObject{{QStringLiteral("enabled"), false}}}};
    return projectJson(site, QJsonArray{building});
}

// 8760 values of kW in one column.
inline bool writeConstantProfile(const QString &path, double kW)
{
    QByteArray text;
    for (int h = 0; h < 8760; ++h)
        text += QByteArray::number(kW, 'f', 1) + '\n';
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

} // namespace pztest
