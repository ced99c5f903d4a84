// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A wind turbine on the plan: the disc its rotor sweeps, to scale, around the tower base, with
// three blades. The item's shape is the rotor disc, so the turbine is picked anywhere on it.

#include "map/objectitem.h"

namespace pz {

class TurbineItem : public ObjectItem
{
public:
    explicit TurbineItem(ObjectId id) : ObjectItem(id) {}

protected:
    void rebuild(const ParkObject &object) override;
    void paintObject(QPainter *painter) override;
    QString labelText(const ParkObject &object) const override;
    QString compactLabelText(const ParkObject &object) const override;
    double kindZ() const override { return 4.0; }

private:
    QPointF m_centre;
    double m_rotorRadiusM = 0;
    double m_towerRadiusM = 0;
};

} // namespace pz
