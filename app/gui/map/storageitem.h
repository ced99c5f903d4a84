// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A battery store on the plan: its container drawn as a battery (cell modules, terminal).

#include "map/objectitem.h"

namespace pz {

class StorageItem : public ObjectItem
{
public:
    explicit StorageItem(ObjectId id) : ObjectItem(id) {}

protected:
    void rebuild(const ParkObject &object) override;
    void paintObject(QPainter *painter) override;
    QString labelText(const ParkObject &object) const override;
    QString compactLabelText(const ParkObject &object) const override;
    double kindZ() const override { return 3.0; }

private:
    QPointF m_centre;
    double m_lengthM = 0;
    double m_widthM = 0;
    double m_rotationDeg = 0;
};

} // namespace pz
