#pragma once
// Places a battery container of default size with a click; a ghost follows the cursor and R
// turns it by 90° before placing.

#include "model/objectid.h"
#include "tools/abstracttool.h"

namespace pz {

class ShapePreviewItem;

class PlaceStorageTool : public AbstractTool
{
    Q_OBJECT
public:
    explicit PlaceStorageTool(MapView *view);
    ~PlaceStorageTool() override;

    double rotationDeg() const { return m_rotationDeg; }
    // Adds a container centred at position; returns its id (0 when refused).
    ObjectId placeAt(const Point2 &position);

    void activate() override;
    void deactivate() override;
    QString hint() const override;

    bool mousePress(const MapMouseEvent &e) override;
    bool mouseMove(const MapMouseEvent &e) override;
    bool keyPress(QKeyEvent *event) override;
    bool wantsKey(QKeyEvent *event) const override;

private:
    void updateGhost();

    ShapePreviewItem *m_ghost;
    Point2 m_cursor;
    bool m_hasCursor = false;
    double m_rotationDeg = 0.0;
};

} // namespace pz
