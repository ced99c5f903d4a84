// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The problem lines of the economics checks, in the project's "path: reason (got value)" form,
// translated. Shared by the tariff and the settings checks.

#include <QString>
#include <QStringList>

namespace pz::economics {

QString problemLine(const QString &path, const QString &reason, double got);

// Appends a line unless v is finite and within [min, max].
void checkRange(QStringList &out, const QString &path, double v, double min, double max);

} // namespace pz::economics
