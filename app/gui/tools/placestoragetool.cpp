// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/placestoragetool.h"

#include "document/parkdocument.h"
#include "map/mapcoords.h"
#include "map/shapepreviewitem.h"
#include "selectionmodel.h"
#include "tools/objectfactory.h"
#include "tools/toolcontext.h"

#include <QAction>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QLocale>
#include <cmath>

namespace pz {

namespace {

double normalizedDeg(double angle)
{
    double a = std::fmod(angle, 360.0);
    if (a < 0.0)
        a += 360.0;
    // fmod(-1e-15, 360) + 360 rounds to 360.
    return a >= 360.0 ? 0.0 : a;
}

QString angleText(double angleDeg)
{
    const int decimals = qFuzzyCompare(angleDeg + 1.0, std::round(angleDeg) + 1.0) ? 0 : 1;
    return QLocale().toString(angleDeg, 'f', decimals);
}

} // namespace

PlaceStorageTool::PlaceStorageTool(ToolContext *context) : AbstractTool(context), m_ghost(new ShapePreviewItem)
{
    auto *action = new QAction(tr("S&torage"), this);
    action->setShortcut(QKeySequence(tr("T")));
    action->setToolTip(tr("Place a battery container (T)"));
    setAction(action);
    m_ghost->setMarkersVisible(false);
    m_ghost->setDashed(true);
    m_ghost->setVisible(false);
    context->addPreviewItem(m_ghost);
}

PlaceStorageTool::~PlaceStorageTool()
{
    delete m_ghost;
}

QString PlaceStorageTool::hint() const
{
    //: %1: the container's angle in degrees
    return tr("Click to place a battery container at %1°; R turns it by 90°, R and a typed angle + Enter sets "
              "the angle")
        .arg(angleText(shownAngleDeg()));
}

void PlaceStorageTool::activate()
{
    AbstractTool::activate();
    m_ghost->setVisible(true);
}

void PlaceStorageTool::deactivate()
{
    stopTyping();
    m_ghost->setVisible(false);
    m_hasCursor = false;
    AbstractTool::deactivate();
}

void PlaceStorageTool::setRotationDeg(double angleDeg)
{
    m_rotationDeg = normalizedDeg(angleDeg);
    updateGhost();
    showStatus(hint());
}

double PlaceStorageTool::shownAngleDeg() const
{
    if (m_typingAngle && !m_typed.isEmpty()) {
        bool ok = false;
        const double typed = m_typed.value(&ok);
        if (ok)
            return normalizedDeg(typed);
    }
    return m_rotationDeg;
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
    // A click while an angle is typed places the container at that angle.
    if (m_typingAngle)
        applyTyped();
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
    if (m_typingAngle)
        return event->key() == Qt::Key_Escape || event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
               event->key() == Qt::Key_R || m_typed.accepts(event);
    return event->key() == Qt::Key_R && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
}

bool PlaceStorageTool::keyPress(QKeyEvent *event)
{
    if (event->key() == Qt::Key_R && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        // R turns by 90° (from the typed angle, if any) and (re)starts typing.
        const double from = shownAngleDeg();
        if (!m_typingAngle)
            m_angleBeforeTyping = m_rotationDeg;
        m_rotationDeg = normalizedDeg(from + 90.0);
        startTyping();
        return true;
    }
    if (!m_typingAngle)
        return false;
    switch (event->key()) {
    case Qt::Key_Escape:
        m_rotationDeg = m_angleBeforeTyping;
        stopTyping();
        updateGhost();
        showStatus(hint());
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        applyTyped();
        return true;
    default:
        if (!m_typed.handleKey(event))
            return false;
        updateInputText();
        updateGhost();
        showStatus(hint());
        return true;
    }
}

void PlaceStorageTool::startTyping()
{
    m_typingAngle = true;
    m_typed.clear();
    updateInputText();
    updateGhost();
    showStatus(tr("Container at %1°: type an exact angle (counter-clockwise from east), Enter applies, Esc cancels, "
                  "R turns by 90°")
                   .arg(angleText(m_rotationDeg)));
}

void PlaceStorageTool::applyTyped()
{
    const double angle = shownAngleDeg();
    stopTyping();
    m_rotationDeg = angle;
    updateGhost();
    showStatus(hint());
}

void PlaceStorageTool::stopTyping()
{
    m_typingAngle = false;
    m_typed.clear();
    context()->setInputText({});
}

void PlaceStorageTool::updateInputText()
{
    //: Typed angle of the next battery container
    context()->setInputText(m_typed.isEmpty() ? tr("Angle: %1° (type to set)").arg(angleText(m_rotationDeg))
                                           : tr("Angle: %1°").arg(m_typed.text()));
}

void PlaceStorageTool::updateGhost()
{
    if (!m_hasCursor)
        return;
    const Storage defaults;
    const double angle = shownAngleDeg();
    m_ghost->setPixelSizeM(context()->metresPerPixel());
    m_ghost->setShape(mapcoords::toScene(rectangle(m_cursor, defaults.lengthM, defaults.widthM, angle)), true);
    //: The ghost's angle on the plan
    m_ghost->setLabels({{mapcoords::toScene(m_cursor), tr("%1°").arg(angleText(angle))}});
}

} // namespace pz
