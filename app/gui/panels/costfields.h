// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How the Costs panel shows a field of economics::settingFields(): its group, translated label
// and unit (the unit is read from the key's suffix, e.g. `_CNY_per_kWp_yr` → "CNY/kWp·yr"), the
// scale of a fraction shown in %, and the spec section a placeholder default comes from. The
// fields themselves (keys, ranges, evidence, get/set) live only in that core table.

#include <QCoreApplication>
#include <QString>

namespace pz {

class CostFields
{
    Q_DECLARE_TR_FUNCTIONS(pz::CostFields)
public:
    enum class Group { General, Tariff, Fuels, Pv, Wind, Storage, Heat, DirectLine };

    static Group groupOf(const QString &key);
    static QString groupTitle(Group group);
    // The row label without a colon ("Ground-mounted PV"); the key itself when it is unknown.
    static QString label(const QString &key);
    // "CNY/kWp", "%/yr", "yr", "" for a plain factor.
    static QString unit(const QString &key);
    // 100 for fractions shown in %, otherwise 1.
    static double scale(const QString &key);
    static int decimals(const QString &key);
    // "§15.3" (costs), "§15.4" (tariff), "§15.5" (fuel prices), "§15.9" (the rest).
    static QString specSection(const QString &key);
    // The tooltip of a default: its evidence and section, "placeholder — enter your own" when so.
    static QString evidenceText(const QString &key);

private:
    // The key without its group ("costs.") and heat technology (".gas_boiler").
    static QString stem(const QString &key);
};

} // namespace pz
