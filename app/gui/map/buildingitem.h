// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A building on the plan: its footprint coloured by use type, its rooftop PV rows inside the
// setback, and a "name · height" label.

#include "map/objectitem.h"

namespace pz {

class BuildingItem : public ObjectItem
{
public:
    explicit BuildingItem(ObjectId id) : ObjectItem(id) {}

protected:
    void rebuild(const ParkObject &object) override;
    void paintObject(QPainter *painter) override;
    QString labelText(const ParkObject &object) const override;
    QString compactLabelText(const ParkObject &object) const override;
    double kindZ() const override { return 4.0; }

private:
    QColor m_color;
    QPainterPath m_roofArea;  // inside the setback
    QPainterPath m_roofRows;
    double m_roofRowPitchM = 0.0;
    double m_roofRowCoverage = 1.0;
};

} // namespace pz
