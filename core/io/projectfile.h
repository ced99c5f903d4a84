// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading and writing ParkZero project files (*.parkzero): one JSON document per project,
// described field by field in docs/file-format.md.
//
// A file holds a Project: one or more scenarios of the park (format 5 on; an older file opens as
// one scenario). Loading never half-loads: it returns a complete, validated Project or none at all, with every
// problem found worded as "<file name>: <JSON path>: <reason>", e.g.
//   demo.parkzero: objects[3].height: must be > 0 (got -5)
// The reader accepts every value the model accepts (model/validation.h), so whatever the
// document holds can be saved and read back.

#include "model/project.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace pz::io {

// The format version this build writes and the newest it reads.
inline constexpr int kFormatVersion = 8;
// The version that added wind turbines, the site's wind settings and off-site plants (site.wind).
inline constexpr int kWindFormatVersion = 2;
// The version that added heat (building.heat, site.heat).
inline constexpr int kHeatFormatVersion = 3;
// The version that added the economic settings (site.economics).
inline constexpr int kEconomicsFormatVersion = 4;
// The version that added scenarios (top-level `scenarios` and `active_scenario`).
inline constexpr int kScenariosFormatVersion = 5;
// The version that added the optimizer's settings (site.optimizer, each object's `optimizer`).
inline constexpr int kOptimizerFormatVersion = 6;
// The version that added background images (site.backgrounds).
inline constexpr int kBackgroundFormatVersion = 7;
// The version that added the hourly green-power profile (site.carbon.green_power_hourly_kWh).
inline constexpr int kGreenProfileFormatVersion = 8;
// Files larger than this are refused before they are read (a project of thousands of objects
// stays far below a megabyte).
inline constexpr qint64 kMaxProjectFileBytes = 64 * 1024 * 1024;
// At most this many problems are listed; the rest are counted in one last line.
inline constexpr int kMaxReportedProblems = 50;

struct LoadResult {
    std::optional<Project> project;  // set exactly when the file loaded without problems
    std::optional<Park> park;        // then the active scenario's park (what most callers need)
    int formatVersion = 0;           // the file's format_version (when it was read)
    QString error;             // the full message: all problems, one per line; empty on success
    QStringList problems;      // the same problems, one entry each, each naming the file
    bool ok() const { return park.has_value(); }
};

// Reads a project file. Paths inside the park (weather file, load profiles) stay as stored,
// i.e. relative to the project file's folder; resolve them with resolveProjectPath().
LoadResult loadProject(const QString &path);
// Parses the bytes of a project file; fileNameForMessages starts every problem line.
LoadResult parseProject(const QByteArray &json, const QString &fileNameForMessages);

// The file's bytes: deterministic (sorted keys, shortest round-trip numbers), so that
// save → load → save gives identical bytes.
QByteArray serializeProject(const Project &project);
// A file holding park as its only scenario.
QByteArray serializeProject(const Park &park);
// Writes atomically (QSaveFile): the old file stays intact when writing fails. Absolute paths
// inside every scenario's park are stored relative to the folder of `path` where possible.
bool saveProject(const Project &project, const QString &path, QString *error);
bool saveProject(const Park &park, const QString &path, QString *error);

} // namespace pz::io
