// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A ground PV field on the plan: its area with the module rows at their real pitch.

#include "map/objectitem.h"

namespace pz {

class PvArrayItem : public ObjectItem
{
public:
    explicit PvArrayItem(ObjectId id) : ObjectItem(id) {}

protected:
    void rebuild(const ParkObject &object) override;
    void paintObject(QPainter *painter) override;
    QString labelText(const ParkObject &object) const override;
    QString compactLabelText(const ParkObject &object) const override;
    double kindZ() const override { return 1.0; }

private:
    QPainterPath m_rows;
    double m_rowPitchM = 0.0;      // 0: no rows
    double m_rowCoverage = 1.0;    // share of the ground the rows cover
};

} // namespace pz
