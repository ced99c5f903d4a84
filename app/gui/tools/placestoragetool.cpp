#include "tools/placestoragetool.h"

#include "document/parkdocument.h"
#include "map/mapcoords.h"
#include "map/mapview.h"
#include "map/shapepreviewitem.h"
#include "selectionmodel.h"
#include "tools/objectfactory.h"

#include <QAction>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <cmath>

namespace pz {

PlaceStorageTool::PlaceStorageTool(MapView *view) : AbstractTool(view), m_ghost(new ShapePreviewItem)
{
    auto *action = new QAction(tr("S&torage"), this);
    action->setShortcut(QKeySequence(tr("T")));
    action->setToolTip(tr("Place a battery container (T)"));
    setAction(action);
    m_ghost->setMarkersVisible(false);
    m_ghost->setDashed(true);
    m_ghost->setVisible(false);
    view->scene()->addItem(m_ghost);
}

PlaceStorageTool::~PlaceStorageTool()
{
    delete m_ghost;
}

QString PlaceStorageTool::hint() const
{
    return tr("Click to place a battery container; R turns it by 90°");
}

void PlaceStorageTool::activate()
{
    AbstractTool::activate();
    m_ghost->setVisible(true);
}

void PlaceStorageTool::deactivate()
{
    m_ghost->setVisible(false);
    m_hasCursor = false;
    AbstractTool::deactivate();
}

ObjectId PlaceStorageTool::placeAt(const Point2 &position)
{
    QStringList problems;
    const ObjectId id = document()->addObject(ObjectFactory::storage(document()->park(), position, m_rotationDeg),
                                              tr("Place Storage"), &problems);
    if (id == 0) {
        showStatus(tr("Cannot place the container: %1").arg(problems.join(QLatin1String("; "))));
        return 0;
    }
    selection()->select(id);
    return id;
}

bool PlaceStorageTool::mousePress(const MapMouseEvent &e)
{
    if (e.button != Qt::LeftButton)
        return false;
    placeAt(e.plan);
    return true;
}

bool PlaceStorageTool::mouseMove(const MapMouseEvent &e)
{
    m_cursor = e.plan;
    m_hasCursor = true;
    updateGhost();
    return true;
}

bool PlaceStorageTool::wantsKey(QKeyEvent *event) const
{
    return event->key() == Qt::Key_R && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
}

bool PlaceStorageTool::keyPress(QKeyEvent *event)
{
    if (!wantsKey(event))
        return false;
    m_rotationDeg = std::fmod(m_rotationDeg + 90.0, 360.0);
    updateGhost();
    return true;
}

void PlaceStorageTool::updateGhost()
{
    if (!m_hasCursor)
        return;
    const Storage defaults;
    m_ghost->setPixelSizeM(view()->metresPerPixel());
    m_ghost->setShape(mapcoords::toScene(rectangle(m_cursor, defaults.lengthM, defaults.widthM, m_rotationDeg)), true);
}

} // namespace pz
