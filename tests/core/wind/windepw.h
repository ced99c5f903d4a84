// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Test helper: the wind columns of an EPW file (fields 7, 10, 21 and 22, elevation from the
// LOCATION line), read here because the weather reader does not keep direction and pressure.

#include "wind/windweather.h"

#include <QFile>
#include <QList>

#include <optional>

inline std::optional<pz::wind::WindColumns> readEpwWindColumns(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    pz::wind::WindColumns c;
    int line = 0;
    while (!file.atEnd()) {
        const QList<QByteArray> f = file.readLine().trimmed().split(',');
        ++line;
        if (line == 1 && f.size() >= 10)
            c.elevationM = f[9].toDouble();
        if (line <= 8 || f.size() < 22)
            continue;
        if (f[1].toInt() == 2 && f[2].toInt() == 29)
            continue;   // a leap day is dropped (spec §1)
        c.tempC.push_back(f[6].toDouble());
        c.pressurePa.push_back(f[9].toDouble());
        c.directionDeg.push_back(f[20].toDouble());
        c.speedMS.push_back(f[21].toDouble());
    }
    if (c.speedMS.size() != 8760)
        return std::nullopt;
    return c;
}

inline QString sharedFile(const char *relative)
{
    return QStringLiteral(PARKZERO_SHARED_DIR "/") + QLatin1String(relative);
}
