// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/placeturbinetool.h"

#include "document/parkdocument.h"
#include "map/mapcoords.h"
#include "map/shapepreviewitem.h"
#include "selectionmodel.h"
#include "tools/mapmouseevent.h"
#include "tools/objectfactory.h"
#include "tools/toolcontext.h"
#include "wind/builtinturbines.h"

#include <QAction>
#include <QKeyEvent>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace pz {

namespace {

Outline circle(const Point2 &centre, double radiusM)
{
    constexpr int kSides = 48;
    Outline out;
    for (int i = 0; i < kSides; ++i) {
        const double a = 2.0 * std::numbers::pi * i / kSides;
        out.emplace_back(centre.x() + radiusM * std::cos(a), centre.y() + radiusM * std::sin(a));
    }
    return out;
}

} // namespace

PlaceTurbineTool::PlaceTurbineTool(ToolContext *context)
    : AbstractTool(context), m_disc(new ShapePreviewItem), m_ring(new ShapePreviewItem)
{
    auto *action = new QAction(tr("&Wind turbine"), this);
    action->setShortcut(QKeySequence(tr("W")));
    action->setToolTip(tr("Place wind turbines (W): click for one, Shift+click for a row"));
    setAction(action);
    for (ShapePreviewItem *item : {m_disc, m_ring}) {
        item->setMarkersVisible(false);
        item->setVisible(false);
        context->addPreviewItem(item);
    }
    m_ring->setDashed(true);
}

PlaceTurbineTool::~PlaceTurbineTool()
{
    delete m_disc;
    delete m_ring;
}

double PlaceTurbineTool::rotorDiameterM()
{
    const auto type = wind::builtinTurbine(kDefaultTurbineType);
    return type ? type->rotorDiameterM : 130.0;
}

void PlaceTurbineTool::setRowCount(int count)
{
    m_rowCount = std::clamp(count, 1, 100);
}

void PlaceTurbineTool::setSpacingDiameters(double diameters)
{
    m_spacingDiameters = std::clamp(diameters, 1.0, 50.0);
    updateGhost();
}

void PlaceTurbineTool::setRowAngleDeg(double angleDeg)
{
    double a = std::fmod(angleDeg, 360.0);
    m_rowAngleDeg = a < 0.0 ? a + 360.0 : a;
    showStatus(hint());
}

QString PlaceTurbineTool::hint() const
{
    //: %1 turbines, %2 rotor diameters, %3 degrees
    return tr("Click to place a wind turbine; Shift+click places a row of %1 at %2 rotor diameters, %3° from east "
              "(R turns the row by 90°)")
        .arg(m_rowCount)
        .arg(QLocale().toString(m_spacingDiameters, 'g', 3))
        .arg(QLocale().toString(m_rowAngleDeg, 'f', 0));
}

void PlaceTurbineTool::activate()
{
    AbstractTool::activate();
    m_disc->setVisible(true);
    m_ring->setVisible(true);
}

void PlaceTurbineTool::deactivate()
{
    m_disc->setVisible(false);
    m_ring->setVisible(false);
    m_hasCursor = false;
    AbstractTool::deactivate();
}

ObjectId PlaceTurbineTool::placeAt(const Point2 &position)
{
    QStringList problems;
    const ObjectId id = document()->addObject(ObjectFactory::turbine(document()->park(), position),
                                              tr("Place Wind Turbine"), &problems);
    if (id == 0) {
        showStatus(tr("Cannot place the turbine: %1").arg(problems.join(QLatin1String("; "))));
        return 0;
    }
    selection()->select(id);
    return id;
}

ObjectIds PlaceTurbineTool::placeRow(const Point2 &start)
{
    const double step = m_spacingDiameters * rotorDiameterM();
    const double a = m_rowAngleDeg * std::numbers::pi / 180.0;
    Park names = document()->park();   // for distinct default names
    std::vector<ParkObject> turbines;
    for (int i = 0; i < m_rowCount; ++i) {
        WindTurbine t = ObjectFactory::turbine(names, Point2(start.x() + i * step * std::cos(a),
                                                             start.y() + i * step * std::sin(a)));
        t.id = names.takeNextId();
        names.append(t);
        t.id = 0;
        turbines.push_back(t);
    }
    QStringList problems;
    const ObjectIds ids = document()->addObjects(std::move(turbines), tr("Place Wind Turbine Row"), &problems);
    if (ids.empty()) {
        showStatus(tr("Cannot place the turbines: %1").arg(problems.join(QLatin1String("; "))));
        return {};
    }
    selection()->setSelection(ids);
    return ids;
}

bool PlaceTurbineTool::mousePress(const MapMouseEvent &e)
{
    if (e.button != Qt::LeftButton)
        return false;
    if (e.modifiers & Qt::ShiftModifier)
        placeRow(e.plan);
    else
        placeAt(e.plan);
    return true;
}

bool PlaceTurbineTool::mouseMove(const MapMouseEvent &e)
{
    m_cursor = e.plan;
    m_hasCursor = true;
    updateGhost();
    return true;
}

bool PlaceTurbineTool::wantsKey(QKeyEvent *event) const
{
    return event->key() == Qt::Key_R && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
}

bool PlaceTurbineTool::keyPress(QKeyEvent *event)
{
    if (!wantsKey(event))
        return false;
    setRowAngleDeg(m_rowAngleDeg + 90.0);
    return true;
}

void PlaceTurbineTool::updateGhost()
{
    if (!m_hasCursor)
        return;
    const double d = rotorDiameterM();
    m_disc->setPixelSizeM(context()->metresPerPixel());
    m_ring->setPixelSizeM(context()->metresPerPixel());
    m_disc->setShape(mapcoords::toScene(circle(m_cursor, d / 2.0)), true);
    m_ring->setShape(mapcoords::toScene(circle(m_cursor, m_spacingDiameters * d)), true);
    //: The spacing ring around the next turbine: rotor diameters
    m_ring->setLabels({{mapcoords::toScene(Point2(m_cursor.x(), m_cursor.y() + m_spacingDiameters * d)),
                        tr("%1 D").arg(QLocale().toString(m_spacingDiameters, 'g', 3))}});
}

} // namespace pz
