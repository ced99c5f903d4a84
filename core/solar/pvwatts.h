#pragma once
// PVWatts v5 DC power and inverter model (Dobos 2014; spec §6).

#include <algorithm>

namespace pz::solar {

// DC power (W) from effective irradiance, cell temperature and nameplate p0W, clipped at >= 0.
inline double pvwattsDc(double eeffWm2, double cellTempC, double p0W, double gammaPerC)
{
    return std::max(0.0, eeffWm2 / 1000.0 * p0W * (1.0 + gammaPerC * (cellTempC - 25.0)));
}

struct PvwattsInverter {
    double pac0W = 0;      // AC limit = P0 / dc_ac_ratio
    double pdc0W = 0;      // DC input at the AC limit = pac0 / ηnom
    double etaNom = 0.96, etaRef = 0.9637;

    static PvwattsInverter forArray(double p0W, double dcAcRatio, double etaNom = 0.96,
                                    double etaRef = 0.9637)
    {
        PvwattsInverter inv;
        inv.pac0W = p0W / dcAcRatio;
        inv.pdc0W = inv.pac0W / etaNom;
        inv.etaNom = etaNom;
        inv.etaRef = etaRef;
        return inv;
    }
};

// AC power (W) from net DC power pdcW. 0 for pdc <= 0; clipped at pac0.
inline double pvwattsInverter(double pdcW, const PvwattsInverter &inv)
{
    if (!(pdcW > 0))
        return 0.0;
    const double zeta = pdcW / inv.pdc0W;
    const double eta = inv.etaNom / inv.etaRef * (-0.0162 * zeta - 0.0059 / zeta + 0.9858);
    return std::clamp(eta * pdcW, 0.0, inv.pac0W);
}

} // namespace pz::solar
