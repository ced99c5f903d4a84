// SPDX-License-Identifier: GPL-3.0-or-later
// The site-plan tools driven by synthesized mouse and key events: drawing (polygon, rectangle,
// cancel, refusal), moving (one undo step, Esc restores), nudging, rotating, vertex editing (and
// the hand-over to it by a double-click), placing storage and measuring; and the tools on a bare
// ToolContext, without a view.

#include "document/parkdocument.h"
#include "map/mapview.h"
#include "map/shapepreviewitem.h"
#include "mapfixture.h"
#include "selectionmodel.h"
#include "tools/drawshapetool.h"
#include "tools/editverticestool.h"
#include "tools/measuretool.h"
#include "tools/objectfactory.h"
#include "tools/placestoragetool.h"
#include "tools/placeturbinetool.h"
#include "tools/selecttool.h"
#include "tools/toolcontext.h"
#include "tools/toolmanager.h"
#include "tools/turbinetoolbar.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QToolButton>
#include <QApplication>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QSignalSpy>
#include <QTest>
#include <cmath>
#include <numbers>
#include <optional>

using namespace pz;

namespace {

using pztest::box;

// A tool context without any view or scene behind it, at 4 px/m: what a tool may use is only
// what ToolContext offers. It records what the tools report.
struct BareContext : ToolContext {
    ParkDocument doc;
    SelectionModel sel{&doc};
    QGraphicsScene previews;
    ObjectId underCursor = 0;
    bool rotateHandleShown = false;
    QStringList statuses;

    ParkDocument *document() const override { return const_cast<ParkDocument *>(&doc); }
    SelectionModel *selection() const override { return const_cast<SelectionModel *>(&sel); }
    double metresPerPixel() const override { return 0.25; }
    Point2 snapped(const Point2 &planM) const override { return planM; }
    QPoint toView(const Point2 &planM) const override { return QPoint(qRound(planM.x() * 4), qRound(-planM.y() * 4)); }
    ObjectId objectAt(const QPoint &) const override { return underCursor; }
    ObjectIds objectsInRect(const Point2 &, const Point2 &) const override { return {}; }
    std::optional<QPointF> rotateHandleViewPos() const override { return std::nullopt; }
    void setRotateHandleShown(bool on) override { rotateHandleShown = on; }
    void addPreviewItem(QGraphicsItem *item) override { previews.addItem(item); }
    void previewObjects(const std::vector<ParkObject> &) override {}
    void previewOffset(const ObjectIds &, double, double) override {}
    void restoreFromDocument(const ObjectIds &) override {}
    void previewSiteBoundary(const Outline &) override {}
    void restoreSiteFromDocument() override {}
    void setInputText(const QString &) override {}
    void showStatus(const QString &text) override { statuses << text; }
    void setCursor(const QCursor &) override {}
};

MapMouseEvent leftButton(QEvent::Type type, const Point2 &planM, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    MapMouseEvent e;
    e.plan = e.rawPlan = planM;
    e.viewPos = QPoint(qRound(planM.x() * 4), qRound(-planM.y() * 4));
    e.button = Qt::LeftButton;
    e.buttons = type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::LeftButton;
    e.modifiers = mods;
    return e;
}

// A view at 4 px/m centred on the origin: the grid (and snapping) is then 5 m, so clicks on
// multiples of 5 m land exactly.
struct Fixture : pztest::MapFixture {
    Fixture()
    {
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setTransform(QTransform::fromScale(4.0, 4.0));
        view.centerOn(view.toScene({20.0, 10.0}));
        view.setFocus();
    }
    QWidget *vp() { return view.viewport(); }
    QPoint at(double x, double y) { return view.toView({x, y}); }
    ToolManager *tools() { return &toolManager; }
    int undoCount() { return document.undoStack()->count(); }
    const ParkObject &object(ObjectId id) { return *document.park().find(id); }

    void click(double x, double y, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QTest::mouseClick(vp(), Qt::LeftButton, mods, at(x, y));
    }
    void press(double x, double y, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QTest::mousePress(vp(), Qt::LeftButton, mods, at(x, y));
    }
    void release(double x, double y, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QTest::mouseRelease(vp(), Qt::LeftButton, mods, at(x, y));
    }
    // QTest::mouseMove carries no buttons in Qt 6: send the event with the button held.
    void dragTo(double x, double y, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        const QPointF p(at(x, y));
        QMouseEvent e(QEvent::MouseMove, p, vp()->mapToGlobal(p), Qt::NoButton, Qt::LeftButton, mods);
        QApplication::sendEvent(vp(), &e);
    }
    void hover(double x, double y)
    {
        const QPointF p(at(x, y));
        QMouseEvent e(QEvent::MouseMove, p, vp()->mapToGlobal(p), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(vp(), &e);
    }
    // A drag in a few steps, as a hand would do it.
    void drag(double x0, double y0, double x1, double y1, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        press(x0, y0, mods);
        for (int i = 1; i <= 4; ++i)
            dragTo(x0 + (x1 - x0) * i / 4, y0 + (y1 - y0) * i / 4, mods);
        release(x1, y1, mods);
    }
    void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier) { QTest::keyClick(&view, k, mods); }
};

Outline footprint(const ParkObject &o)
{
    return footprintOf(o);
}

} // namespace

class TestTools : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void toolActions()
    {
        Fixture f;
        const QList<QAction *> actions = f.tools()->actions();
        QCOMPARE(actions.size(), 9);
        for (QAction *a : actions) {
            QVERIFY(a->isCheckable());
            QVERIFY(!a->shortcut().isEmpty());
        }
        QCOMPARE(f.tools()->activeTool(), static_cast<AbstractTool *>(f.tools()->selectTool()));
        f.tools()->buildingTool()->action()->trigger();
        QCOMPARE(f.tools()->activeTool(), static_cast<AbstractTool *>(f.tools()->buildingTool()));
        QVERIFY(f.tools()->buildingTool()->action()->isChecked());
        QVERIFY(!f.tools()->selectTool()->action()->isChecked());
    }

    void drawBuildingPolygon_data()
    {
        QTest::addColumn<bool>("doubleClick");
        QTest::newRow("Enter finishes") << false;
        QTest::newRow("double-click finishes") << true;
    }

    void drawBuildingPolygon()
    {
        QFETCH(bool, doubleClick);
        Fixture f;
        f.tools()->activate(f.tools()->buildingTool());
        QSignalSpy status(&f.view, &MapView::statusMessage);
        // An L shape: 40×20 minus 20×10 = 600 m².
        f.click(0, 0);
        f.click(40, 0);
        f.click(40, 10);
        f.click(20, 10);
        f.hover(22, 18);
        QVERIFY(!status.isEmpty());  // live edge length and area
        f.click(20, 20);
        if (doubleClick) {
            QTest::mouseDClick(f.vp(), Qt::LeftButton, Qt::NoModifier, f.at(0, 20));
        } else {
            f.click(0, 20);
            f.key(Qt::Key_Return);
        }
        QCOMPARE(f.document.park().count(), 1);
        const ParkObject &o = f.document.park().objects().front();
        QCOMPARE(kindOf(o), ObjectKind::Building);
        QCOMPARE(footprint(o).size(), std::size_t(6));
        QCOMPARE(areaM2(footprint(o)), 600.0);
        QCOMPARE(nameOf(o), QStringLiteral("Building 1"));
        QCOMPARE(std::get<Building>(o).heat.supply, heat::HeatSupply::DistrictHeat);   // spec §14.7
        QCOMPARE(f.undoCount(), 1);
        QVERIFY(f.selection.isSelected(idOf(o)));
        f.document.undoStack()->undo();
        QCOMPARE(f.document.park().count(), 0);
    }

    void escapeCancelsDrawing()
    {
        Fixture f;
        f.document.addObject(box(100, 100, 10, 10));
        const int undo = f.undoCount();
        const Park before = f.document.park();
        f.tools()->activate(f.tools()->pvFieldTool());
        f.click(0, 0);
        f.click(40, 0);
        f.click(40, 20);
        QCOMPARE(f.tools()->pvFieldTool()->vertices().size(), std::size_t(3));
        f.key(Qt::Key_Escape);
        QVERIFY(!f.tools()->pvFieldTool()->isDrawing());
        QCOMPARE(f.undoCount(), undo);
        QVERIFY(f.document.park() == before);
        // Enter after Esc has nothing to finish.
        f.key(Qt::Key_Return);
        QCOMPARE(f.undoCount(), undo);
    }

    void backspaceRemovesTheLastPoint()
    {
        Fixture f;
        f.tools()->activate(f.tools()->greenSpaceTool());
        f.click(0, 0);
        f.click(30, 0);
        f.click(50, 50);  // a wrong point
        f.key(Qt::Key_Backspace);
        QCOMPARE(f.tools()->greenSpaceTool()->vertices().size(), std::size_t(2));
        f.click(30, 20);
        f.key(Qt::Key_Enter);
        QCOMPARE(f.document.park().count(), 1);
        QCOMPARE(kindOf(f.document.park().objects().front()), ObjectKind::GreenSpace);
        QCOMPARE(areaM2(footprint(f.document.park().objects().front())), 300.0);
    }

    void rectangleByDrag()
    {
        Fixture f;
        f.tools()->activate(f.tools()->buildingTool());
        f.drag(0, 0, 30, 15);
        QCOMPARE(f.document.park().count(), 1);
        const Outline fp = footprint(f.document.park().objects().front());
        QCOMPARE(fp.size(), std::size_t(4));
        QCOMPARE(areaM2(fp), 450.0);
        QCOMPARE(f.undoCount(), 1);
        // Holding Ctrl at the start also draws a rectangle (here towards the south-west).
        f.drag(-5, -5, -25, -15, Qt::ControlModifier);
        QCOMPARE(f.document.park().count(), 2);
        QCOMPARE(areaM2(footprint(f.document.park().objects().back())), 200.0);
    }

    void shiftConstrainsTo45Degrees()
    {
        Fixture f;
        f.view.setSnapEnabled(false);
        f.tools()->activate(f.tools()->buildingTool());
        f.click(0, 0);
        f.click(40, 3, Qt::ShiftModifier);  // nearly east: kept east
        const Outline &v = f.tools()->buildingTool()->vertices();
        QCOMPARE(v.size(), std::size_t(2));
        QVERIFY(qAbs(v[1].y() - v[0].y()) < 1e-9);
        f.key(Qt::Key_Escape);
    }

    void typedLength()
    {
        Fixture f;
        f.tools()->activate(f.tools()->buildingTool());
        f.click(0, 0);
        f.hover(20, 0);  // towards the east
        QTest::keyClicks(&f.view, QStringLiteral("12.5"));
        QCOMPARE(f.view.inputText().contains(QStringLiteral("12.5")), true);
        f.key(Qt::Key_Return);
        const Outline &v = f.tools()->buildingTool()->vertices();
        QCOMPARE(v.size(), std::size_t(2));
        QVERIFY(qAbs(v[1].x() - 12.5) < 1e-9);
        QVERIFY(qAbs(v[1].y()) < 1e-9);
        f.key(Qt::Key_Escape);
    }

    void selfIntersectingPolygonIsRefused()
    {
        Fixture f;
        f.tools()->activate(f.tools()->buildingTool());
        QSignalSpy status(&f.view, &MapView::statusMessage);
        f.click(0, 0);
        f.click(40, 20);
        f.click(40, 0);
        f.click(0, 20);
        f.key(Qt::Key_Return);
        QCOMPARE(f.document.park().count(), 0);
        QCOMPARE(f.undoCount(), 0);
        QVERIFY(status.last().at(0).toString().contains(QStringLiteral("polygon")));
        // The points are kept for correction.
        QCOMPARE(f.tools()->buildingTool()->vertices().size(), std::size_t(4));
    }

    void siteBoundary()
    {
        Fixture f;
        f.tools()->activate(f.tools()->siteBoundaryTool());
        f.drag(-50, -50, 100, 60);
        QCOMPARE(f.document.park().site.boundary.size(), std::size_t(4));
        QCOMPARE(areaM2(f.document.park().site.boundary), 150.0 * 110.0);
        QCOMPARE(f.document.park().count(), 0);
    }

    void dragMovesInOneUndoStep()
    {
        Fixture f;
        const ObjectId id = f.document.addObject(box(0, 0, 40, 20));
        const Outline original = footprint(f.object(id));
        const int undo = f.undoCount();
        f.drag(20, 10, 30, -5);
        QVERIFY(f.selection.isSelected(id));
        QCOMPARE(footprint(f.object(id)), translated(original, 10, -15));
        QCOMPARE(f.undoCount(), undo + 1);
        QCOMPARE(f.document.undoStack()->text(f.undoCount() - 1), QStringLiteral("Move 1 object(s)"));
        QCOMPARE(f.scene.itemFor(id)->pos(), QPointF(0, 0));  // the preview offset is gone
        f.document.undoStack()->undo();
        QCOMPARE(footprint(f.object(id)), original);
    }

    void dragMovesTheWholeSelection()
    {
        Fixture f;
        const ObjectId a = f.document.addObject(box(0, 0, 20, 20));
        const ObjectId b = f.document.addObject(box(40, 0, 20, 20));
        f.click(10, 10);
        f.click(50, 10, Qt::ShiftModifier);
        QCOMPARE(f.selection.selectedIds().size(), 2);
        const int undo = f.undoCount();
        f.drag(10, 10, 10, 30);
        QCOMPARE(footprint(f.object(a)).front(), Point2(0, 20));
        QCOMPARE(footprint(f.object(b)).front(), Point2(40, 20));
        QCOMPARE(f.undoCount(), undo + 1);
        f.document.undoStack()->undo();
        QCOMPARE(footprint(f.object(a)).front(), Point2(0, 0));
        QCOMPARE(footprint(f.object(b)).front(), Point2(40, 0));
    }

    void escapeDuringDragRestores()
    {
        Fixture f;
        const ObjectId id = f.document.addObject(box(0, 0, 40, 20));
        const Outline original = footprint(f.object(id));
        const int undo = f.undoCount();
        f.press(20, 10);
        f.dragTo(25, 10);
        f.dragTo(45, 30);
        QVERIFY(f.scene.itemFor(id)->pos() != QPointF(0, 0));  // previewed
        f.key(Qt::Key_Escape);
        f.release(45, 30);
        QCOMPARE(footprint(f.object(id)), original);
        QCOMPARE(f.undoCount(), undo);
        QCOMPARE(f.scene.itemFor(id)->pos(), QPointF(0, 0));
    }

    void lockedObjectsDoNotMove()
    {
        Fixture f;
        Building b = box(0, 0, 40, 20);
        b.locked = true;
        const ObjectId id = f.document.addObject(b);
        const int undo = f.undoCount();
        f.drag(20, 10, 40, 10);
        QVERIFY(f.selection.isSelected(id));
        QCOMPARE(footprint(f.object(id)), b.footprint);
        f.key(Qt::Key_Right);
        QCOMPARE(footprint(f.object(id)), b.footprint);
        QCOMPARE(f.undoCount(), undo);
    }

    void rubberBandSelects()
    {
        Fixture f;
        const ObjectId a = f.document.addObject(box(0, 0, 10, 10));
        const ObjectId b = f.document.addObject(box(20, 0, 10, 10));
        const ObjectId c = f.document.addObject(box(60, 0, 10, 10));
        f.drag(-5, 15, 35, -5);
        QCOMPARE(f.selection.selectedIds().size(), 2);
        QVERIFY(f.selection.isSelected(a));
        QVERIFY(f.selection.isSelected(b));
        QVERIFY(!f.selection.isSelected(c));
        // Ctrl-click toggles one out; a click on empty ground clears.
        f.click(25, 5, Qt::ControlModifier);
        QCOMPARE(f.selection.selectedIds(), ObjectIds{a});
        f.click(45, 40);
        QVERIFY(f.selection.isEmpty());
    }

    void nudge()
    {
        Fixture f;
        const ObjectId id = f.document.addObject(box(0, 0, 40, 20));
        f.selection.select(id);
        const int undo = f.undoCount();
        f.key(Qt::Key_Right);
        f.key(Qt::Key_Right);
        f.key(Qt::Key_Up, Qt::ShiftModifier);
        QCOMPARE(footprint(f.object(id)).front(), Point2(2, 10));
        // Consecutive nudges are one undo step.
        QCOMPARE(f.undoCount(), undo + 1);
        f.document.undoStack()->undo();
        QCOMPARE(footprint(f.object(id)).front(), Point2(0, 0));
        // After something else, a nudge is a new step.
        f.key(Qt::Key_Left);
        f.document.undoStack()->undo();
        f.document.undoStack()->redo();
        f.key(Qt::Key_Down);
        QCOMPARE(footprint(f.object(id)).front(), Point2(-1, -1));
    }

    void rotateByTypedAngle()
    {
        Fixture f;
        const ObjectId id = f.document.addObject(box(0, 0, 40, 20));
        f.selection.select(id);
        f.key(Qt::Key_R);
        QTest::keyClicks(&f.view, QStringLiteral("90"));
        f.key(Qt::Key_Return);
        const Outline fp = footprint(f.object(id));
        const Box b = envelope(fp);
        // Rotated around the centre (20, 10): now 20 wide, 40 tall.
        QVERIFY(qAbs(b.max_corner().x() - b.min_corner().x() - 20.0) < 1e-9);
        QVERIFY(qAbs(b.max_corner().y() - b.min_corner().y() - 40.0) < 1e-9);
        QVERIFY(qAbs(centroid(fp).x() - 20.0) < 1e-9);
        QCOMPARE(areaM2(fp), 800.0);
        f.document.undoStack()->undo();
        QCOMPARE(fp.size(), footprint(f.object(id)).size());
        QCOMPARE(footprint(f.object(id)), box(0, 0, 40, 20).footprint);
    }

    void vertexInsertAndDelete()
    {
        Fixture f;
        const ObjectId id = f.document.addObject(box(0, 0, 40, 20));
        f.selection.select(id);
        f.tools()->activate(f.tools()->editVerticesTool());
        QCOMPARE(f.tools()->editVerticesTool()->targetId(), id);
        // Double-click the south edge: a fifth vertex.
        QTest::mouseDClick(f.vp(), Qt::LeftButton, Qt::NoModifier, f.at(20, 0));
        QCOMPARE(footprint(f.object(id)).size(), std::size_t(5));
        QCOMPARE(areaM2(footprint(f.object(id))), 800.0);
        // Drag the new vertex south: one undo step.
        const int undo = f.undoCount();
        f.drag(20, 0, 20, -10);
        QCOMPARE(footprint(f.object(id)).size(), std::size_t(5));
        QCOMPARE(areaM2(footprint(f.object(id))), 1000.0);
        QCOMPARE(f.undoCount(), undo + 1);
        f.document.undoStack()->undo();
        QCOMPARE(areaM2(footprint(f.object(id))), 800.0);
        // Pick it and delete it.
        f.click(20, 0);
        QCOMPARE(f.tools()->editVerticesTool()->currentVertex(), 1);
        f.key(Qt::Key_Delete);
        QCOMPARE(footprint(f.object(id)).size(), std::size_t(4));
        // Never below three.
        f.click(40, 20);
        f.key(Qt::Key_Delete);
        QCOMPARE(footprint(f.object(id)).size(), std::size_t(3));
        f.click(0, 0);
        f.key(Qt::Key_Delete);
        QCOMPARE(footprint(f.object(id)).size(), std::size_t(3));
    }

    // The select tool hands a double-clicked shape over to the vertex tool (through the tool
    // manager: tools never reach each other).
    void doubleClickEditsTheVertices()
    {
        Fixture f;
        const ObjectId id = f.document.addObject(box(0, 0, 20, 20));
        QCOMPARE(f.tools()->activeTool(), static_cast<AbstractTool *>(f.tools()->selectTool()));
        QTest::mouseDClick(f.vp(), Qt::LeftButton, Qt::NoModifier, f.at(10, 10));
        QCOMPARE(f.tools()->activeTool(), static_cast<AbstractTool *>(f.tools()->editVerticesTool()));
        QCOMPARE(f.tools()->editVerticesTool()->targetId(), id);
        QVERIFY(f.tools()->editVerticesTool()->action()->isChecked());
    }

    // The tool manager and its tools run on a bare ToolContext: they draw, report and hand over
    // to each other through it and through signals, never through a view.
    void toolsNeedOnlyTheirContext()
    {
        BareContext context;
        ToolManager tools(&context);
        QVERIFY(context.rotateHandleShown);  // the select tool shows the rotate handle
        tools.activate(tools.buildingTool());
        QVERIFY(!context.rotateHandleShown);
        QCOMPARE(context.statuses.last(), tools.buildingTool()->hint());
        // Ctrl-drag: a 30 × 20 m rectangle.
        QVERIFY(tools.activeTool()->mousePress(leftButton(QEvent::MouseButtonPress, {0.0, 0.0}, Qt::ControlModifier)));
        QVERIFY(tools.activeTool()->mouseRelease(leftButton(QEvent::MouseButtonRelease, {30.0, 20.0})));
        QCOMPARE(context.doc.park().count(), 1);
        const ObjectId id = idOf(context.doc.park().objects().front());
        QCOMPARE(areaM2(footprintOf(*context.doc.park().find(id))), 600.0);
        // A double-click on it with the select tool hands over to the vertex tool.
        tools.activate(tools.selectTool());
        context.underCursor = id;
        QVERIFY(tools.activeTool()->mouseDoubleClick(leftButton(QEvent::MouseButtonDblClick, {15.0, 10.0})));
        QCOMPARE(tools.activeTool(), static_cast<AbstractTool *>(tools.editVerticesTool()));
        QCOMPARE(tools.editVerticesTool()->targetId(), id);
    }

    void escapeDuringVertexDragRestores()
    {
        Fixture f;
        const ObjectId id = f.document.addObject(box(0, 0, 40, 20));
        f.selection.select(id);
        f.tools()->activate(f.tools()->editVerticesTool());
        const int undo = f.undoCount();
        f.press(40, 20);
        f.dragTo(50, 30);
        f.key(Qt::Key_Escape);
        f.release(50, 30);
        QCOMPARE(footprint(f.object(id)), box(0, 0, 40, 20).footprint);
        QCOMPARE(f.undoCount(), undo);
    }

    void vertexDragThatSelfIntersectsIsRefused()
    {
        Fixture f;
        const ObjectId id = f.document.addObject(box(0, 0, 40, 20));
        f.selection.select(id);
        f.tools()->activate(f.tools()->editVerticesTool());
        const int undo = f.undoCount();
        QSignalSpy status(&f.view, &MapView::statusMessage);
        // (40, 20) dragged below the south edge twists the polygon into a bow tie.
        f.drag(40, 20, 40, -10);
        QCOMPARE(footprint(f.object(id)), box(0, 0, 40, 20).footprint);
        QCOMPARE(f.undoCount(), undo);
        QVERIFY(status.last().at(0).toString().contains(QStringLiteral("self-intersecting")));
    }

    // The site boundary in the edit-vertices tool: picked by a click on its edge or a drag of
    // its corner, each edit one undo step through changeSite, Esc restores, never below 3.
    void siteBoundaryVertices()
    {
        Fixture f;
        Site site = f.document.park().site;
        site.boundary = box(0, 0, 40, 20).footprint;
        QVERIFY(f.document.changeSite(site, QStringLiteral("Boundary")));
        const Outline original = f.document.park().site.boundary;
        const auto boundary = [&f] { return f.document.park().site.boundary; };
        // The position in the undo history (undone steps stay in count() until a new push).
        const auto steps = [&f] { return f.document.undoStack()->index(); };
        EditVerticesTool *tool = f.tools()->editVerticesTool();
        f.tools()->activate(tool);
        QVERIFY(!tool->isEditingSite());
        const int undo0 = steps();

        // Dragging a corner of the boundary picks it and moves the corner: one step.
        f.drag(40, 20, 50, 30);
        QVERIFY(tool->isEditingSite());
        QCOMPARE(tool->targetId(), ObjectId(0));
        QCOMPARE(boundary().size(), std::size_t(4));
        QVERIFY(std::find(boundary().begin(), boundary().end(), Point2(50, 30)) != boundary().end());
        QCOMPARE(steps(), undo0 + 1);
        f.document.undoStack()->undo();
        QCOMPARE(boundary(), original);
        f.document.undoStack()->redo();
        QVERIFY(std::find(boundary().begin(), boundary().end(), Point2(50, 30)) != boundary().end());
        f.document.undoStack()->undo();
        QCOMPARE(boundary(), original);

        // Esc during a drag restores the boundary (on screen too) and leaves no step.
        f.press(0, 20);
        f.dragTo(-10, 30);
        f.key(Qt::Key_Escape);
        f.release(-10, 30);
        QCOMPARE(boundary(), original);
        QCOMPARE(steps(), undo0);

        // Double-click the south edge: a fifth vertex, area unchanged.
        QTest::mouseDClick(f.vp(), Qt::LeftButton, Qt::NoModifier, f.at(20, 0));
        QCOMPARE(boundary().size(), std::size_t(5));
        QCOMPARE(areaM2(boundary()), 800.0);
        QCOMPARE(steps(), undo0 + 1);
        // Drag it south: area 1000, one more step.
        f.drag(20, 0, 20, -10);
        QCOMPARE(areaM2(boundary()), 1000.0);
        QCOMPARE(steps(), undo0 + 2);
        f.document.undoStack()->undo();
        QCOMPARE(areaM2(boundary()), 800.0);
        f.document.undoStack()->redo();
        QCOMPARE(areaM2(boundary()), 1000.0);

        // Pick the new corner and delete it; then down to three, never below.
        f.click(20, -10);
        QVERIFY(tool->currentVertex() >= 0);
        f.key(Qt::Key_Delete);
        QCOMPARE(boundary().size(), std::size_t(4));
        QCOMPARE(areaM2(boundary()), 800.0);
        f.click(40, 20);
        f.key(Qt::Key_Delete);
        QCOMPARE(boundary().size(), std::size_t(3));
        const int undo3 = steps();
        f.click(0, 0);
        f.key(Qt::Key_Delete);
        QCOMPARE(boundary().size(), std::size_t(3));
        QCOMPARE(steps(), undo3);
        // All of it undoes back to the rectangle.
        while (steps() > undo0)
            f.document.undoStack()->undo();
        QCOMPARE(boundary(), original);
    }

    void siteBoundaryEditingEndsWithAnObject()
    {
        Fixture f;
        Site site = f.document.park().site;
        site.boundary = box(-20, -20, 80, 60).footprint;
        QVERIFY(f.document.changeSite(site, QStringLiteral("Boundary")));
        const ObjectId id = f.document.addObject(box(0, 0, 40, 20));
        EditVerticesTool *tool = f.tools()->editVerticesTool();
        f.tools()->activate(tool);
        f.click(20, -20);  // the boundary's south edge
        QVERIFY(tool->isEditingSite());
        f.click(20, 10);  // inside the building
        QVERIFY(!tool->isEditingSite());
        QCOMPARE(tool->targetId(), id);
        // A self-intersecting boundary is refused.
        QVERIFY(tool->editSiteBoundary());
        const int undo = f.undoCount();
        QSignalSpy status(&f.view, &MapView::statusMessage);
        f.drag(60, 40, 60, -40);
        QCOMPARE(f.document.park().site.boundary, ObjectFactory::counterClockwise(box(-20, -20, 80, 60).footprint));
        QCOMPARE(f.undoCount(), undo);
        QVERIFY(status.last().at(0).toString().contains(QStringLiteral("self-intersecting")));
    }

    void placeStorage()
    {
        Fixture f;
        f.tools()->activate(f.tools()->storageTool());
        f.hover(10, 10);
        f.key(Qt::Key_R);
        QCOMPARE(f.tools()->storageTool()->rotationDeg(), 90.0);
        f.click(10, 10);
        QCOMPARE(f.document.park().count(), 1);
        const auto &s = std::get<Storage>(f.document.park().objects().front());
        QCOMPARE(s.position, Point2(10, 10));
        QCOMPARE(s.rotationDeg, 90.0);
        QCOMPARE(s.name, QStringLiteral("Storage 1"));
    }

    // A click places one wind turbine; Shift+click a row at the spacing in rotor diameters along
    // the row angle (R turns it by 90°), as one undo step.
    void placeTurbines()
    {
        Fixture f;
        PlaceTurbineTool *tool = f.tools()->turbineTool();
        f.tools()->activate(tool);
        f.hover(10, 10);
        f.click(10, 10);
        QCOMPARE(f.document.park().count(), 1);
        const auto &t = std::get<WindTurbine>(f.document.park().objects().front());
        QCOMPARE(t.position, Point2(10, 10));
        QCOMPARE(t.name, QStringLiteral("Turbine 1"));
        QCOMPARE(f.selection.selectedIds(), ObjectIds{t.id});

        tool->setTurbinesPerRow(3);
        tool->setSpacingDiameters(4);
        f.key(Qt::Key_R);
        QCOMPARE(tool->rowAngleDeg(), 90.0);
        const int undo = f.undoCount();
        f.click(1000, 0, Qt::ShiftModifier);
        QCOMPARE(f.undoCount(), undo + 1);
        QCOMPARE(f.document.park().count(), 4);
        const double step = 4 * PlaceTurbineTool::rotorDiameterM();
        QStringList names;
        for (int i = 1; i < 4; ++i) {
            const auto &r = std::get<WindTurbine>(f.document.park().objects()[std::size_t(i)]);
            QVERIFY(std::abs(r.position.x() - 1000) < 1e-6);
            QVERIFY(std::abs(r.position.y() - (i - 1) * step) < 1e-6);
            names << r.name;
        }
        QCOMPARE(names, QStringList({"Turbine 2", "Turbine 3", "Turbine 4"}));
        QCOMPARE(f.selection.selectedIds().size(), qsizetype(3));
        f.document.undoStack()->undo();
        QCOMPARE(f.document.park().count(), 1);
    }

    // "Across the wind" turns the rows perpendicular to the prevailing wind; Shift+click then
    // places rows × turbines, the rows one row spacing apart upwind, as one undo step.
    void placeTurbineGridAcrossTheWind_data()
    {
        QTest::addColumn<double>("windFromDeg");
        QTest::addColumn<double>("rowAngleDeg");
        QTest::newRow("from north: rows run east") << 0.0 << 0.0;
        QTest::newRow("from north-west: rows run north-east") << 315.0 << 45.0;
        QTest::newRow("from east: rows run south") << 90.0 << 270.0;
        QTest::newRow("from south-south-west") << 202.5 << 157.5;
    }

    void placeTurbineGridAcrossTheWind()
    {
        QFETCH(double, windFromDeg);
        QFETCH(double, rowAngleDeg);
        Fixture f;
        PlaceTurbineTool *tool = f.tools()->turbineTool();
        f.tools()->activate(tool);
        QVERIFY(!tool->alignRowToWind());   // no prevailing wind yet
        tool->setPrevailingWindDeg(windFromDeg);
        QVERIFY(tool->alignRowToWind());
        QCOMPARE(tool->rowAngleDeg(), rowAngleDeg);
        tool->setRowCount(2);
        tool->setTurbinesPerRow(3);
        tool->setSpacingDiameters(4);
        tool->setRowSpacingDiameters(7);
        f.hover(0, 0);
        const int undo = f.undoCount();
        f.click(0, 0, Qt::ShiftModifier);
        QCOMPARE(f.undoCount(), undo + 1);
        QCOMPARE(f.document.park().count(), 6);
        const double d = PlaceTurbineTool::rotorDiameterM(), theta = windFromDeg * std::numbers::pi / 180.0;
        std::vector<Point2> at;
        for (const ParkObject &o : f.document.park().objects())
            at.push_back(std::get<WindTurbine>(o).position);
        for (int i = 0; i < 3; ++i) {
            // A row lies across the wind: no turbine of it is upwind of another.
            const double sx = at[std::size_t(i)].x() - at[0].x(), sy = at[std::size_t(i)].y() - at[0].y();
            QVERIFY(std::abs(sx * std::sin(theta) + sy * std::cos(theta)) < 1e-6);
            QVERIFY(std::abs(std::hypot(sx, sy) - i * 4 * d) < 1e-6);
            // The second row is 7 D upwind of the first.
            const double bx = at[std::size_t(i + 3)].x() - at[std::size_t(i)].x();
            const double by = at[std::size_t(i + 3)].y() - at[std::size_t(i)].y();
            QVERIFY(std::abs(bx * std::sin(theta) + by * std::cos(theta) - 7 * d) < 1e-6);
        }
        f.document.undoStack()->undo();
        QCOMPARE(f.document.park().count(), 0);
    }

    // The ring around the ghost is an ellipse: the row spacing along the prevailing wind, the
    // spacing in the row across it; a circle without a prevailing wind.
    void turbineGhostRingFollowsTheWind()
    {
        Fixture f;
        PlaceTurbineTool *tool = f.tools()->turbineTool();
        f.tools()->activate(tool);
        tool->setSpacingDiameters(4);
        tool->setRowSpacingDiameters(7);
        f.hover(0, 0);
        const double d = PlaceTurbineTool::rotorDiameterM();
        auto ringExtentM = [&] {
            // The dashed ring is the preview item with the largest bounding rectangle.
            QRectF largest;
            for (QGraphicsItem *item : f.scene.items())
                if (auto *preview = dynamic_cast<ShapePreviewItem *>(item); preview && preview->isVisible())
                    if (const QRectF r = preview->points().boundingRect(); r.width() * r.height() > largest.width() * largest.height())
                        largest = r;
            return largest;
        };
        QRectF r = ringExtentM();
        QVERIFY2(std::abs(r.width() - 8 * d) < 0.02 * d && std::abs(r.height() - 8 * d) < 0.02 * d,
                 qPrintable(QStringLiteral("%1 × %2").arg(r.width()).arg(r.height())));
        tool->setPrevailingWindDeg(90);   // from the east: 7 D east-west, 4 D north-south (and the axis)
        f.hover(0, 0);
        r = ringExtentM();
        QVERIFY2(r.width() > 13.9 * d && std::abs(r.height() - 8 * d) < 0.02 * d,
                 qPrintable(QStringLiteral("%1 × %2").arg(r.width()).arg(r.height())));
    }

    // The options bar edits the tool, follows its keys, and places at typed coordinates.
    void turbineToolBar()
    {
        Fixture f;
        PlaceTurbineTool *tool = f.tools()->turbineTool();
        f.tools()->activate(tool);
        TurbineToolBar bar(tool);
        QVERIFY(!bar.alignButton()->isEnabled());
        bar.rowsBox()->setValue(2);
        bar.perRowBox()->setValue(4);
        bar.spacingBox()->setValue(5);
        bar.rowSpacingBox()->setValue(8);
        QCOMPARE(tool->rowCount(), 2);
        QCOMPARE(tool->turbinesPerRow(), 4);
        QCOMPARE(tool->spacingDiameters(), 5.0);
        QCOMPARE(tool->rowSpacingDiameters(), 8.0);
        f.key(Qt::Key_R);
        QCOMPARE(bar.angleBox()->value(), 90.0);
        tool->setPrevailingWindDeg(270);
        QVERIFY(bar.alignButton()->isEnabled());
        bar.alignButton()->click();
        QCOMPARE(bar.angleBox()->value(), 90.0);   // wind from the west: rows run north

        bar.xBox()->setValue(-120.5);
        bar.yBox()->setValue(340);
        bar.placeOneButton()->click();
        QCOMPARE(f.document.park().count(), 1);
        QCOMPARE(std::get<WindTurbine>(f.document.park().objects().front()).position, Point2(-120.5, 340));
        const int undo = f.undoCount();
        bar.placeGridButton()->click();
        QCOMPARE(f.undoCount(), undo + 1);
        QCOMPARE(f.document.park().count(), 9);
        QCOMPARE(std::get<WindTurbine>(f.document.park().objects()[1]).position, Point2(-120.5, 340));
    }

    // R as in the select tool: R alone turns by 90°, R + digits + Enter sets the exact angle,
    // Esc cancels the typing, a click while typing places at the typed angle.
    void placeStorageTypedAngle_data()
    {
        QTest::addColumn<QString>("keys");  // space-separated: R, Enter, Esc, Backspace or digits
        QTest::addColumn<double>("expected");
        QTest::newRow("R 37 Enter") << "R 37 Enter" << 37.0;
        QTest::newRow("R") << "R" << 90.0;
        QTest::newRow("R R") << "R R" << 180.0;
        QTest::newRow("R Enter") << "R Enter" << 90.0;
        QTest::newRow("R 37 Esc restores") << "R 37 Esc" << 0.0;
        QTest::newRow("R Esc restores") << "R Esc" << 0.0;
        QTest::newRow("click applies typed") << "R 12.5" << 12.5;
        QTest::newRow("negative") << "R -45 Enter" << 315.0;
        QTest::newRow("beyond a turn") << "R 400 Enter" << 40.0;
        QTest::newRow("backspace") << "R 379 Backspace Enter" << 37.0;
        QTest::newRow("typed then R turns from it") << "R 10 R" << 100.0;
        QTest::newRow("second angle") << "R 30 Enter R 45 Enter" << 45.0;
    }
    void placeStorageTypedAngle()
    {
        QFETCH(QString, keys);
        QFETCH(double, expected);
        Fixture f;
        PlaceStorageTool *tool = f.tools()->storageTool();
        f.tools()->activate(tool);
        f.hover(10, 10);
        QSignalSpy status(&f.view, &MapView::statusMessage);
        for (const QString &k : keys.split(QLatin1Char(' '))) {
            if (k == QLatin1String("R"))
                f.key(Qt::Key_R);
            else if (k == QLatin1String("Enter"))
                f.key(Qt::Key_Return);
            else if (k == QLatin1String("Esc"))
                f.key(Qt::Key_Escape);
            else if (k == QLatin1String("Backspace"))
                f.key(Qt::Key_Backspace);
            else
                QTest::keyClicks(&f.view, k);
        }
        f.click(10, 10);
        QCOMPARE(f.document.park().count(), 1);
        const auto &s = std::get<Storage>(f.document.park().objects().front());
        QVERIFY2(qAbs(s.rotationDeg - expected) < 1e-9, qPrintable(QString::number(s.rotationDeg)));
        QCOMPARE(tool->rotationDeg(), s.rotationDeg);
        QVERIFY(!tool->isTypingAngle());
        QVERIFY(f.view.inputText().isEmpty());
        // Nothing typed reached the select tool or the document: one step, the placement.
        QCOMPARE(f.undoCount(), 1);
        QVERIFY(!status.isEmpty());
    }

    void placeStorageShowsTheAngle()
    {
        Fixture f;
        PlaceStorageTool *tool = f.tools()->storageTool();
        f.tools()->activate(tool);
        f.hover(10, 10);
        QSignalSpy status(&f.view, &MapView::statusMessage);
        f.key(Qt::Key_R);
        QVERIFY(f.view.inputText().contains(QStringLiteral("90°")));
        QTest::keyClicks(&f.view, QStringLiteral("37"));
        QVERIFY(f.view.inputText().contains(QStringLiteral("37°")));
        QVERIFY(tool->hint().contains(QStringLiteral("37°")));
        f.key(Qt::Key_Return);
        QVERIFY(f.view.inputText().isEmpty());
        QVERIFY(tool->hint().contains(QStringLiteral("37°")));
        QVERIFY(status.last().at(0).toString().contains(QStringLiteral("37°")));
        // The ghost is turned: its long side runs at 37° (QLineF::angle() is counter-clockwise
        // on the screen, where the scene's y points south).
        QPolygonF ghost;
        for (QGraphicsItem *item : f.view.scene()->items())
            if (item->type() == ShapePreviewItem::Type && item->isVisible())
                ghost = static_cast<ShapePreviewItem *>(item)->points();
        QVERIFY(ghost.size() >= 4);
        QLineF longest;
        for (int i = 0; i < 4; ++i)
            if (QLineF(ghost[i], ghost[(i + 1) % 4]).length() > longest.length())
                longest = QLineF(ghost[i], ghost[(i + 1) % 4]);
        QVERIFY2(qAbs(std::fmod(longest.angle(), 180.0) - 37.0) < 1e-6, qPrintable(QString::number(longest.angle())));
    }

    void measure()
    {
        Fixture f;
        f.tools()->activate(f.tools()->measureTool());
        f.click(0, 0);
        f.click(30, 0);
        f.click(30, 40);
        MeasureTool *m = f.tools()->measureTool();
        QCOMPARE(m->totalLengthM(), 70.0);
        QCOMPARE(m->areaM2(), 600.0);
        f.key(Qt::Key_Return);
        QCOMPARE(f.undoCount(), 0);
        QCOMPARE(f.document.park().count(), 0);
        f.key(Qt::Key_Escape);
        QVERIFY(m->points().empty());
    }

    void defaultNamesCountUp()
    {
        Fixture f;
        f.tools()->activate(f.tools()->buildingTool());
        f.drag(0, 0, 10, 10);
        f.drag(20, 0, 30, 10);
        QCOMPARE(nameOf(f.document.park().objects()[0]), QStringLiteral("Building 1"));
        QCOMPARE(nameOf(f.document.park().objects()[1]), QStringLiteral("Building 2"));
    }
};

QTEST_MAIN(TestTools)
#include "tst_tools.moc"
