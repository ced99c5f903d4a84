// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Range and geometry checks for model values. Every problem is one line "field: reason",
// e.g. "height: must be > 0 (got -5)", translated; the file reader prefixes its JSON path.
// The document refuses any value with problems, so the model never holds an invalid one.

#include "model/parkobject.h"
#include "model/site.h"

#include <QCoreApplication>
#include <QStringList>

namespace pz {

class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
public:
    static QStringList problems(const ParkObject &object);
    static QStringList problems(const Site &site);
    static QStringList problems(const PvSystem &pv, const QString &prefix);
    static QString outlineProblem(const Outline &outline, const QString &field);
};

} // namespace pz
