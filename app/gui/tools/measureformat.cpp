// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/measureformat.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace pz::measureformat {

QString length(double metres)
{
    const QLocale locale;
    if (std::abs(metres) >= 10000.0)
        return QCoreApplication::translate("pz::measureformat", "%1 km").arg(locale.toString(metres / 1000.0, 'f', 2));
    return QCoreApplication::translate("pz::measureformat", "%1 m").arg(locale.toString(metres, 'f', 1));
}

QString area(double squareMetres)
{
    const QLocale locale;
    if (squareMetres >= 100000.0)
        return QCoreApplication::translate("pz::measureformat", "%1 ha")
            .arg(locale.toString(squareMetres / 10000.0, 'f', 2));
    return QCoreApplication::translate("pz::measureformat", "%1 m²").arg(locale.toString(squareMetres, 'f', 0));
}

QString angle(double degrees)
{
    return QCoreApplication::translate("pz::measureformat", "%1°").arg(QLocale().toString(degrees, 'f', 1));
}

} // namespace pz::measureformat
