// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PVWatts v5 DC power and inverter model (Dobos 2014; spec §6).

#include <algorithm>

namespace pz::solar {

// DC power (W) from effective irradiance, cell temperature and nameplate p0W, clipped at >= 0.
inline double pvwattsDc(double eeffWm2, double cellTempC, double p0W, double gammaPerC)
{
    return std::max(0.0, eeffWm2 * (p0W * 0.001) * (1.0 + gammaPerC * (cellTempC - 25.0)));
}

// Build with forArray(): it fills the derived members.
struct PvwattsInverter {
    double pac0W = 0;      // AC limit = P0 / dc_ac_ratio
    double pdc0W = 0;      // DC input at the AC limit = pac0 / ηnom
    double etaNom = 0.96, etaRef = 0.9637;
    double etaScale = 0.96 / 0.9637;   // ηnom/ηref
    double invPdc0 = 0;                // 1/pdc0

    static PvwattsInverter forArray(double p0W, double dcAcRatio, double etaNom = 0.96,
                                    double etaRef = 0.9637)
    {
        PvwattsInverter inv;
        inv.pac0W = p0W / dcAcRatio;
        inv.pdc0W = inv.pac0W / etaNom;
        inv.etaNom = etaNom;
        inv.etaRef = etaRef;
        inv.etaScale = etaNom / etaRef;
        inv.invPdc0 = 1.0 / inv.pdc0W;
        return inv;
    }
};

// AC power (W) from net DC power pdcW. 0 for pdc <= 0; clipped at pac0.
inline double pvwattsInverter(double pdcW, const PvwattsInverter &inv)
{
    if (!(pdcW > 0))
        return 0.0;
    // η·Pdc with ζ = Pdc/Pdc0 multiplied out (Pdc/ζ = Pdc0), which needs no division.
    const double pac = inv.etaScale
        * (-0.0162 * pdcW * pdcW * inv.invPdc0 - 0.0059 * inv.pdc0W + 0.9858 * pdcW);
    return std::clamp(pac, 0.0, inv.pac0W);
}

} // namespace pz::solar
