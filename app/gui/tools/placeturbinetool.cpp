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

constexpr double kDegToRadian = std::numbers::pi / 180.0;

// An ellipse around centre with semi-axis alongM along the unit vector (ux, uy), acrossM across.
Outline ellipse(const Point2 &centre, double alongM, double acrossM, double ux, double uy)
{
    constexpr int kSides = 48;
    Outline out;
    for (int i = 0; i < kSides; ++i) {
        const double a = 2.0 * std::numbers::pi * i / kSides;
        const double s = alongM * std::cos(a), t = acrossM * std::sin(a);
        out.emplace_back(centre.x() + s * ux - t * uy, centre.y() + s * uy + t * ux);
    }
    return out;
}

double normalizedDeg(double angleDeg)
{
    const double a = std::fmod(angleDeg, 360.0);
    return a < 0.0 ? a + 360.0 : a;
}

QString number(double value)
{
    return QLocale().toString(value, 'g', 3);
}

} // namespace

PlaceTurbineTool::PlaceTurbineTool(ToolContext *context)
    : AbstractTool(context), m_disc(new ShapePreviewItem), m_ring(new ShapePreviewItem),
      m_windAxis(new ShapePreviewItem)
{
    auto *action = new QAction(tr("&Wind turbine"), this);
    action->setShortcut(QKeySequence(tr("W")));
    action->setToolTip(tr("Place wind turbines (W): click for one, Shift+click for a grid"));
    setAction(action);
    for (ShapePreviewItem *item : {m_disc, m_ring, m_windAxis}) {
        item->setMarkersVisible(false);
        item->setVisible(false);
        context->addPreviewItem(item);
    }
    m_ring->setDashed(true);
    m_windAxis->setDashed(true);
}

PlaceTurbineTool::~PlaceTurbineTool()
{
    delete m_disc;
    delete m_ring;
    delete m_windAxis;
}

double PlaceTurbineTool::rotorDiameterM()
{
    const auto type = wind::builtinTurbine(kDefaultTurbineType);
    return type ? type->rotorDiameterM : 130.0;
}

void PlaceTurbineTool::changed()
{
    updateGhost();
    if (m_active)
        showStatus(hint());
    emit settingsChanged();
}

void PlaceTurbineTool::setTurbinesPerRow(int count)
{
    m_perRow = std::clamp(count, 1, 100);
    changed();
}

void PlaceTurbineTool::setRowCount(int count)
{
    m_rows = std::clamp(count, 1, 100);
    changed();
}

void PlaceTurbineTool::setSpacingDiameters(double diameters)
{
    m_spacingDiameters = std::clamp(diameters, 1.0, 50.0);
    changed();
}

void PlaceTurbineTool::setRowSpacingDiameters(double diameters)
{
    m_rowSpacingDiameters = std::clamp(diameters, 1.0, 50.0);
    changed();
}

void PlaceTurbineTool::setRowAngleDeg(double angleDeg)
{
    m_rowAngleDeg = normalizedDeg(angleDeg);
    changed();
}

void PlaceTurbineTool::setPrevailingWindDeg(double directionDeg)
{
    m_prevailingWindDeg = directionDeg >= 0 ? normalizedDeg(directionDeg) : -1.0;
    changed();
}

bool PlaceTurbineTool::alignRowToWind()
{
    if (!hasPrevailingWind())
        return false;
    // Upwind is (sin θ, cos θ), 90° − θ from east; the row runs across it at −θ, so that the
    // next rows (to the row's left) stand upwind.
    setRowAngleDeg(-m_prevailingWindDeg);
    return true;
}

QString PlaceTurbineTool::hint() const
{
    //: %1 rows, %2 turbines per row, %3 and %4 rotor diameters, %5 degrees
    return tr("Click to place a wind turbine; Shift+click places %1 × %2 turbines, %3 D apart in a row at %5° "
              "from east and %4 D between rows (R turns the rows by 90°)")
        .arg(m_rows)
        .arg(m_perRow)
        .arg(number(m_spacingDiameters), number(m_rowSpacingDiameters))
        .arg(QLocale().toString(m_rowAngleDeg, 'f', 0));
}

void PlaceTurbineTool::activate()
{
    AbstractTool::activate();
    m_active = true;
    m_disc->setVisible(true);
    m_ring->setVisible(true);
    m_windAxis->setVisible(hasPrevailingWind());
}

void PlaceTurbineTool::deactivate()
{
    m_disc->setVisible(false);
    m_ring->setVisible(false);
    m_windAxis->setVisible(false);
    m_hasCursor = false;
    m_active = false;
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

std::vector<Point2> PlaceTurbineTool::gridPositions(const Point2 &start) const
{
    const double d = rotorDiameterM();
    const double a = m_rowAngleDeg * kDegToRadian;
    const double ux = std::cos(a), uy = std::sin(a);   // along the row; rows follow to its left
    std::vector<Point2> out;
    for (int row = 0; row < m_rows; ++row)
        for (int i = 0; i < m_perRow; ++i) {
            const double s = i * m_spacingDiameters * d, t = row * m_rowSpacingDiameters * d;
            out.emplace_back(start.x() + s * ux - t * uy, start.y() + s * uy + t * ux);
        }
    return out;
}

ObjectIds PlaceTurbineTool::placeGrid(const Point2 &start)
{
    Park names = document()->park();   // for distinct default names
    std::vector<ParkObject> turbines;
    for (const Point2 &position : gridPositions(start)) {
        WindTurbine t = ObjectFactory::turbine(names, position);
        t.id = names.takeNextId();
        names.append(t);
        t.id = 0;
        turbines.push_back(t);
    }
    QStringList problems;
    const ObjectIds ids = document()->addObjects(std::move(turbines), tr("Place Wind Turbines"), &problems);
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
        placeGrid(e.plan);
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

// The ring: an ellipse with the row spacing along the prevailing wind and the spacing in the row
// across it; without a prevailing wind a circle at the spacing in the row. The dashed axis
// through it shows where the wind comes from.
void PlaceTurbineTool::updateGhost()
{
    if (!m_hasCursor)
        return;
    const double d = rotorDiameterM(), px = context()->metresPerPixel();
    for (ShapePreviewItem *item : {m_disc, m_ring, m_windAxis})
        item->setPixelSizeM(px);
    m_disc->setShape(mapcoords::toScene(ellipse(m_cursor, d / 2.0, d / 2.0, 1.0, 0.0)), true);
    const double across = m_spacingDiameters * d;
    if (!hasPrevailingWind()) {
        m_ring->setShape(mapcoords::toScene(ellipse(m_cursor, across, across, 1.0, 0.0)), true);
        //: The spacing ring around the next turbine: rotor diameters
        m_ring->setLabels({{mapcoords::toScene(Point2(m_cursor.x(), m_cursor.y() + across)),
                            tr("%1 D").arg(number(m_spacingDiameters))}});
        m_windAxis->setVisible(false);
        return;
    }
    const double along = m_rowSpacingDiameters * d, theta = m_prevailingWindDeg * kDegToRadian;
    const double ux = std::sin(theta), uy = std::cos(theta);   // towards where the wind comes from
    m_ring->setShape(mapcoords::toScene(ellipse(m_cursor, along, across, ux, uy)), true);
    const Point2 upwind(m_cursor.x() + along * ux, m_cursor.y() + along * uy);
    const Point2 side(m_cursor.x() - across * uy, m_cursor.y() + across * ux);
    //: The spacing ring: %1 rotor diameters along the prevailing wind, %2 degrees it comes from
    m_ring->setLabels({{mapcoords::toScene(upwind), tr("%1 D, wind from %2°").arg(number(m_rowSpacingDiameters))
                                                        .arg(QLocale().toString(m_prevailingWindDeg, 'f', 0))},
                       {mapcoords::toScene(side), tr("%1 D").arg(number(m_spacingDiameters))}});
    const Point2 far(m_cursor.x() + 1.3 * along * ux, m_cursor.y() + 1.3 * along * uy);
    const Point2 behind(m_cursor.x() - 1.3 * along * ux, m_cursor.y() - 1.3 * along * uy);
    m_windAxis->setShape(mapcoords::toScene(Outline{far, behind}), false);
    m_windAxis->setVisible(m_active);
}

} // namespace pz
