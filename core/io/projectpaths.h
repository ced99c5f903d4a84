// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Paths that a project refers to (weather file, building load profiles, hourly grid-factor
// profile, background images). They are stored relative to the project file's folder where
// possible, with '/' separators, so that a project folder can be moved or shared as a whole.

#include "model/park.h"

#include <QString>
#include <functional>
#include <vector>

namespace pz::io {

// An absolute path for a stored path: relative ones are taken from the project file's folder
// (without a project file, from the working directory: they stay relative). An empty stored path
// stays empty; a Qt resource path (":/…") is returned unchanged.
QString resolveProjectPath(const QString &projectFilePath, const QString &storedPath);
// The form to store: relative to the project file's folder where possible (always on one
// file-system root), with '/' separators. Relative and resource paths are returned unchanged.
QString relativeProjectPath(const QString &projectFilePath, const QString &path);

// One path-valued field of a park, with its JSON path for messages.
struct ReferencedFile {
    QString jsonPath;    // e.g. "site.weather.file", "objects[4].load_profile"
    QString storedPath;  // as held by the park (non-empty)
};
// Every non-empty path of the park, in file order. The weather file is listed only when the
// weather source is a file.
std::vector<ReferencedFile> referencedFiles(const Park &park);

// The park with every path-valued field passed through `map` (empty paths are left alone).
Park withPathsMapped(const Park &park, const std::function<QString(const QString &)> &map);
// Absolute paths made relative to the project file's folder (what saveProject() stores).
Park withPathsRelativeTo(const Park &park, const QString &projectFilePath);
// For "Save As" into another folder: relative paths that pointed at files next to
// fromProjectFile are rewritten to point at the same files from toProjectFile.
Park withPathsRebased(const Park &park, const QString &fromProjectFile, const QString &toProjectFile);

} // namespace pz::io
