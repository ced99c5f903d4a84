// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Readers of hourly typical-year weather files: EnergyPlus EPW and NREL TMY3 CSV. They turn a
// file into the 8760-hour WeatherYear of spec §1 (year set to 2023, a leap day dropped with a
// warning) and validate it: a problem gives one error naming the file, line, column and reason.

#include "solar/weatheryear.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace pz::weather {

struct ReadResult {
    std::optional<pz::solar::WeatherYear> year;   // empty on error
    QString error;                                // translated; empty on success
    QStringList warnings;                         // translated
};

ReadResult readEpw(const QString &path);
ReadResult readTmy3(const QString &path);
// EPW or TMY3, chosen by content (then by extension).
ReadResult readWeatherFile(const QString &path);

// The same from bytes already in memory; fileName is used in messages and as the source.
ReadResult parseEpw(const QByteArray &data, const QString &fileName);
ReadResult parseTmy3(const QByteArray &data, const QString &fileName);

} // namespace pz::weather
