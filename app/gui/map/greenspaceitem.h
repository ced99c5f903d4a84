// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A green space on the plan: a planted area.

#include "map/objectitem.h"

namespace pz {

class GreenSpaceItem : public ObjectItem
{
public:
    explicit GreenSpaceItem(ObjectId id) : ObjectItem(id) {}

protected:
    void rebuild(const ParkObject &object) override;
    void paintObject(QPainter *painter) override;
    double kindZ() const override { return 0.0; }
};

} // namespace pz
