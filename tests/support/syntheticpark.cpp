// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticpark.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <random>

namespace pz {

namespace {

// Uniform doubles from the raw engine output (std::uniform_real_distribution is not specified
// bit for bit across standard libraries; this is).
class Random
{
public:
    explicit Random(std::uint32_t seed) : m_engine(seed) {}
    double uniform(double lo, double hi) { return lo + (hi - lo) * ((m_engine() >> 8) * (1.0 / 16777216.0)); }
    std::uint32_t below(std::uint32_t n) { return m_engine() % n; }

private:
    std::mt19937 m_engine;
};

enum class Slot { Building, GroundPv, RooftopPvBuilding, StorageOrGreen };

// Kinds of one block of ten consecutive objects.
constexpr std::array<Slot, 10> blockPattern{Slot::Building,          Slot::Building, Slot::Building,
                                            Slot::Building,          Slot::Building, Slot::GroundPv,
                                            Slot::GroundPv,          Slot::RooftopPvBuilding,
                                            Slot::RooftopPvBuilding, Slot::StorageOrGreen};

double buildingHeightM(Random &random)
{
    const double pick = random.uniform(0.0, 1.0);
    if (pick < 0.6)
        return random.uniform(6.0, 12.0);    // halls and warehouses
    if (pick < 0.9)
        return random.uniform(12.0, 24.0);   // multi-storey plants, offices
    return random.uniform(24.0, 45.0);       // towers, silos
}

} // namespace

double syntheticSiteSideM(int n)
{
    return 3000.0 * std::sqrt(std::max(1, n) / 1000.0);
}

Park makeSyntheticPark(int n, std::uint32_t seed)
{
    Random random(seed);
    Park park;
    const double side = syntheticSiteSideM(n);
    park.site.name = QStringLiteral("Synthetic park %1").arg(n);
    park.site.boundary = rectangle(Point2(side / 2.0, side / 2.0), side, side, 0.0);

    const int columns = std::max(1, int(std::ceil(std::sqrt(double(n)))));
    const double cell = side / columns;
    const double margin = 5.0;  // keeps neighbours apart
    std::array<Slot, 10> block = blockPattern;
    for (int i = 0; i < n; ++i) {
        if (i % 10 == 0)  // Fisher–Yates with our own draws (std::shuffle is not portable bit for bit)
            for (int k = 9; k > 0; --k)
                std::swap(block[k], block[random.below(std::uint32_t(k + 1))]);
        const Slot slot = block[i % 10];
        const double cellX = (i % columns) * cell, cellY = (i / columns) * cell;
        // A rectangle of the given size at a random place inside the cell.
        auto placed = [&](double lengthM, double widthM) {
            lengthM = std::min(lengthM, cell - 2 * margin);
            widthM = std::min(widthM, cell - 2 * margin);
            const double x = random.uniform(cellX + margin + lengthM / 2, cellX + cell - margin - lengthM / 2);
            const double y = random.uniform(cellY + margin + widthM / 2, cellY + cell - margin - widthM / 2);
            return rectangle(Point2(x, y), lengthM, widthM, 0.0);
        };
        // A rectangle of random size (fractions of the cell), placed. The width is drawn before
        // the length, in two statements: as two arguments of one call their order would be the
        // compiler's (gcc, which the recorded results were made with, draws the last first).
        auto placedSized = [&](double lengthLo, double lengthHi, double widthLo, double widthHi) {
            const double widthM = cell * random.uniform(widthLo, widthHi);
            const double lengthM = cell * random.uniform(lengthLo, lengthHi);
            return placed(lengthM, widthM);
        };
        const ObjectId id = park.takeNextId();
        switch (slot) {
        case Slot::Building:
        case Slot::RooftopPvBuilding: {
            Building b;
            b.id = id;
            b.name = QStringLiteral("Building %1").arg(id);
            b.footprint = placedSized(0.3, 0.8, 0.25, 0.7);
            b.heightM = buildingHeightM(random);
            b.floors = std::max(1, int(b.heightM / 6.0));
            b.useType = UseType(random.below(kUseTypeCount));
            b.rooftop.enabled = slot == Slot::RooftopPvBuilding;
            park.append(b);
            break;
        }
        case Slot::GroundPv: {
            PvArray a;
            a.id = id;
            a.name = QStringLiteral("PV field %1").arg(id);
            a.outline = placedSized(0.5, 0.85, 0.4, 0.8);
            a.pv.tiltDeg = random.uniform(20.0, 35.0);
            a.pv.azimuthDeg = random.uniform(170.0, 190.0);
            park.append(a);
            break;
        }
        case Slot::StorageOrGreen:
            if ((i / 10) % 2 == 0) {
                Storage s;
                s.id = id;
                s.name = QStringLiteral("Storage %1").arg(id);
                const Outline spot = placed(s.lengthM, s.widthM);
                s.position = centroid(spot);
                park.append(s);
            } else {
                GreenSpace g;
                g.id = id;
                g.name = QStringLiteral("Green %1").arg(id);
                g.outline = placedSized(0.3, 0.8, 0.3, 0.8);
                park.append(g);
            }
            break;
        }
    }
    return park;
}

} // namespace pz
