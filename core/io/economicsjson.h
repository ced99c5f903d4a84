// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The JSON form of the economic settings (spec §15.9): the `site.economics` object of a project
// file (format version 4) and the cost set file (*.pzcosts: costs, fuel prices and tariff, for
// reuse across projects). Numeric fields go through economics::settingFields(), so the file,
// the checks and the UI share one table; problems are "<path>: <reason>" with the JSON path
// (site.economics.tariff.weekday[3][17]: …).

#include "economics/settings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <functional>

namespace pz::io {

// Reports a problem at a JSON path.
using ProblemSink = std::function<void(const QString &path, const QString &reason)>;

class EconomicsJson
{
    Q_DECLARE_TR_FUNCTIONS(EconomicsJson)
public:
    // Every field, defaults included.
    static QJsonObject toJson(const economics::EconomicsSettings &settings);
    static QJsonObject tariffToJson(const economics::Tariff &tariff);
    // Reads the fields present into settings (absent fields keep their value); type and shape
    // problems go to fail with paths below `path`. Ranges are the model's (settingsProblems()).
    static void read(const QJsonObject &object, const QString &path, economics::EconomicsSettings &settings,
                     const ProblemSink &fail);
};

// Puts every flat array of three or more whole numbers (the tariff's period rows) of indented
// JSON on one line.
QByteArray compactIndexRows(const QByteArray &indentedJson);

// The cost set file: {"format": "parkzero-costs", "format_version": 1, "costs": …,
// "fuel_prices": …, "tariff": …}; deterministic bytes.
inline constexpr int kCostSetFormatVersion = 1;
QByteArray serializeCostSet(const economics::EconomicsSettings &settings);
bool saveCostSet(const economics::EconomicsSettings &settings, const QString &path, QString *error);
// Replaces the costs, fuel prices and tariff of settings with those of the file (the other
// settings stay); on any problem settings is unchanged and problems lists "<file>: <path>: …".
bool parseCostSet(const QByteArray &json, const QString &fileNameForMessages, economics::EconomicsSettings &settings,
                  QStringList *problems);
bool loadCostSet(const QString &path, economics::EconomicsSettings &settings, QStringList *problems);

} // namespace pz::io
