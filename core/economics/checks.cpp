// SPDX-License-Identifier: GPL-3.0-or-later
#include "economics/checks.h"

#include <QCoreApplication>
#include <cmath>

namespace pz::economics {

QString problemLine(const QString &path, const QString &reason, double got)
{
    return QCoreApplication::translate("pz", "%1: %2 (got %3)").arg(path, reason, QString::number(got, 'g', 10));
}

void checkRange(QStringList &out, const QString &path, double v, double min, double max)
{
    if (!std::isfinite(v))
        out << problemLine(path, QCoreApplication::translate("pz", "must be a finite number"), v);
    else if (v < min || v > max)
        out << problemLine(path, std::isfinite(max) ? QCoreApplication::translate("pz", "must be between %1 and %2").arg(min).arg(max)
                                                    : QCoreApplication::translate("pz", "must be at least %1").arg(min),
                           v);
}

} // namespace pz::economics
