// SPDX-License-Identifier: GPL-3.0-or-later
// The site plan's scene and view: items follow the document, coordinates, zoom to cursor, grid
// and snapping, PV row layout, overlay, input a tool does not use, colours by palette.

#include "document/parkdocument.h"
#include "io/projectfile.h"
#include "map/mapcoords.h"
#include "map/maplabelitem.h"
#include "map/mappalette.h"
#include "map/mapview.h"
#include "map/objectitem.h"
#include "map/pvrows.h"
#include "mapfixture.h"
#include "selectionmodel.h"
#include "testsupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QGraphicsItem>
#include <QGraphicsSceneMouseEvent>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>
#include <ctime>

using namespace pz;

namespace {

using pztest::box;

struct Fixture : pztest::MapFixture {
    Fixture()
    {
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setTransform(QTransform::fromScale(4.0, 4.0));
        view.centerOn(view.toScene({0.0, 0.0}));
    }
};

void sendWheel(QWidget *viewport, const QPoint &pos, int delta)
{
    QWheelEvent event(QPointF(pos), viewport->mapToGlobal(QPointF(pos)), QPoint(), QPoint(0, delta), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &event);
}

} // namespace

class TestMapView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void coordinatesFlipNorth()
    {
        const QPointF s = mapcoords::toScene(Point2(10.0, 20.0));
        QCOMPARE(s, QPointF(10.0, -20.0));
        QCOMPARE(mapcoords::toPlan(s), Point2(10.0, 20.0));
        Fixture f;
        // North is up: a point further north is higher on the screen.
        QVERIFY(f.view.toView({0.0, 50.0}).y() < f.view.toView({0.0, 0.0}).y());
        QVERIFY(f.view.toView({50.0, 0.0}).x() > f.view.toView({0.0, 0.0}).x());
    }

    void itemsFollowTheDocument()
    {
        Fixture f;
        const ObjectId id = f.document.addObject(box(0, 0, 40, 20));
        QVERIFY(id != 0);
        QGraphicsItem *item = f.scene.itemFor(id);
        QVERIFY(item);
        QVERIFY(item->isVisible());
        QCOMPARE(f.view.objectAt(f.view.toView({20.0, 10.0})), id);

        ParkObject moved = translatedObject(*f.document.park().find(id), 100.0, 0.0);
        QVERIFY(f.document.changeObject(moved, QStringLiteral("move")));
        QCOMPARE(f.scene.itemFor(id), item);  // the same item, re-synced
        QCOMPARE(f.view.objectAt(f.view.toView({20.0, 10.0})), ObjectId(0));
        QCOMPARE(f.view.objectAt(f.view.toView({120.0, 10.0})), id);

        ParkObject hidden = *f.document.park().find(id);
        setVisible(hidden, false);
        QVERIFY(f.document.changeObject(hidden, QStringLiteral("hide")));
        QVERIFY(!f.scene.itemFor(id)->isVisible());
        QCOMPARE(f.view.objectAt(f.view.toView({120.0, 10.0})), ObjectId(0));

        QVERIFY(f.document.removeObjects({id}));
        QVERIFY(!f.scene.itemFor(id));
        f.document.undoStack()->undo();
        QVERIFY(f.scene.itemFor(id));

        Park park;
        for (ParkObject o : {ParkObject(box(0, 0, 10, 10)), ParkObject(box(20, 0, 10, 10))}) {
            setId(o, park.takeNextId() + 50);
            park.append(o);
        }
        park.setNextId(60);
        f.document.resetPark(park);
        QCOMPARE(f.document.park().count(), 2);
        for (const auto &o : f.document.park().objects())
            QVERIFY(f.scene.itemFor(idOf(o)));
    }

    void everyKindGetsAnItem()
    {
        Fixture f;
        PvArray field;
        field.name = QStringLiteral("Field");
        field.outline = {{0, 0}, {50, 0}, {50, 50}, {0, 50}};
        Storage storage;
        storage.name = QStringLiteral("Store");
        storage.position = {80, 10};
        GreenSpace green;
        green.name = QStringLiteral("Park");
        green.outline = {{0, 60}, {30, 60}, {30, 80}};
        const ObjectIds ids = f.document.addObjects({field, storage, green, box(100, 0, 20, 20)}, QStringLiteral("add"));
        QCOMPARE(ids.size(), 4);
        for (ObjectId id : ids)
            QCOMPARE(f.scene.itemFor(id)->type(), int(ObjectItem::Type));
        // Buildings are drawn above PV fields, PV fields above green space.
        QVERIFY(f.scene.itemFor(ids[3])->zValue() > f.scene.itemFor(ids[0])->zValue());
        QVERIFY(f.scene.itemFor(ids[0])->zValue() > f.scene.itemFor(ids[2])->zValue());
        QCOMPARE(f.view.objectAt(f.view.toView({80.0, 10.0})), ids[1]);
        f.view.viewport()->repaint();  // paints every kind without crashing
    }

    void zoomKeepsThePointUnderTheCursor_data()
    {
        QTest::addColumn<QPoint>("pos");
        QTest::addColumn<int>("delta");
        QTest::newRow("in, centre") << QPoint(400, 300) << 120;
        QTest::newRow("in, corner") << QPoint(50, 70) << 120;
        QTest::newRow("out, right") << QPoint(700, 500) << -240;
        QTest::newRow("in a lot") << QPoint(620, 110) << 600;
    }

    void zoomKeepsThePointUnderTheCursor()
    {
        QFETCH(QPoint, pos);
        QFETCH(int, delta);
        Fixture f;
        const Point2 before = f.view.viewToPlan(pos);
        const double scaleBefore = f.view.pixelsPerMetre();
        sendWheel(f.view.viewport(), pos, delta);
        const double expected = scaleBefore * std::pow(1.2, delta / 120.0);
        QVERIFY(qAbs(f.view.pixelsPerMetre() - expected) < 1e-9 * expected);
        const Point2 after = f.view.viewToPlan(pos);
        // Scroll positions are whole pixels: within one pixel at the new zoom.
        const double tolerance = 1.0 / f.view.pixelsPerMetre();
        QVERIFY2(qAbs(after.x() - before.x()) <= tolerance && qAbs(after.y() - before.y()) <= tolerance,
                 qPrintable(QStringLiteral("%1,%2 -> %3,%4").arg(before.x()).arg(before.y()).arg(after.x()).arg(after.y())));
    }

    void zoomToFitShowsEverything()
    {
        Fixture f;
        f.document.addObject(box(-300, -200, 50, 50));
        f.document.addObject(box(400, 500, 50, 50));
        f.view.zoomToFitSite();
        const QRect vp = f.view.viewport()->rect();
        QVERIFY(vp.contains(f.view.toView({-300, -200})));
        QVERIFY(vp.contains(f.view.toView({450, 550})));
        // And fills the view reasonably (not a kTiny dot).
        QVERIFY(f.view.toView({450, 550}).x() - f.view.toView({-300, -200}).x() > 300);

        f.selection.select(idOf(f.document.park().objects().front()));
        f.view.zoomToSelection();
        QVERIFY(f.view.toView({-250, -150}).x() - f.view.toView({-300, -200}).x() > 300);
    }

    void gridSpacingFollowsZoom_data()
    {
        QTest::addColumn<double>("pixelsPerMetre");
        QTest::addColumn<double>("spacing");
        QTest::newRow("close") << 100.0 << 1.0;
        QTest::newRow("14 px per m") << 14.0 << 1.0;
        QTest::newRow("4 px per m") << 4.0 << 5.0;
        QTest::newRow("1 px per m") << 1.0 << 50.0;
        QTest::newRow("1.5 px per m") << 1.5 << 10.0;
        QTest::newRow("far") << 0.1 << 500.0;
    }

    void gridSpacingFollowsZoom()
    {
        QFETCH(double, pixelsPerMetre);
        QFETCH(double, spacing);
        Fixture f;
        f.view.setTransform(QTransform::fromScale(pixelsPerMetre, pixelsPerMetre));
        QCOMPARE(f.view.gridSpacingM(), spacing);
        const Point2 s = f.view.snapped({spacing * 3.4, -spacing * 1.6});
        QCOMPARE(s, Point2(spacing * 3, -spacing * 2));
        f.view.setSnapEnabled(false);
        QCOMPARE(f.view.snapped({spacing * 3.4, 1.0}), Point2(spacing * 3.4, 1.0));
    }

    void pvRowsAtThePitch_data()
    {
        QTest::addColumn<double>("depthNS");
        QTest::addColumn<double>("rowDepth");
        QTest::addColumn<double>("gcr");
        QTest::addColumn<double>("azimuth");
        QTest::addColumn<int>("rows");
        // pitch = rowDepth / gcr; rows run east-west for a south azimuth.
        QTest::newRow("pitch 10 m, 100 m") << 100.0 << 4.0 << 0.4 << 180.0 << 10;
        QTest::newRow("pitch 5 m, 100 m") << 100.0 << 2.0 << 0.4 << 180.0 << 20;
        QTest::newRow("pitch 10 m, 95 m") << 95.0 << 4.0 << 0.4 << 180.0 << 10;
        // East-facing rows run north-south: the 200 m east-west extent counts.
        QTest::newRow("east, pitch 10 m") << 100.0 << 4.0 << 0.4 << 90.0 << 20;
        QTest::newRow("no rows") << 100.0 << 4.0 << 0.0 << 180.0 << 0;
    }

    void pvRowsAtThePitch()
    {
        QFETCH(double, depthNS);
        QFETCH(double, rowDepth);
        QFETCH(double, gcr);
        QFETCH(double, azimuth);
        QFETCH(int, rows);
        PvSystem pv;
        pv.rowDepthM = rowDepth;
        pv.gcr = gcr;
        pv.azimuthDeg = azimuth;
        const Outline area{{0, 0}, {200, 0}, {200, depthNS}, {0, depthNS}};
        QCOMPARE(pvrows::rowCount(area, pv), rows);
        const QPainterPath path = pvrows::rowsPath(area, pv);
        QVERIFY(!path.isEmpty());
        // Rows stay inside the field.
        QVERIFY(QRectF(-0.01, -depthNS - 0.01, 200.02, depthNS + 0.02).contains(path.boundingRect()));
    }

    // Level of detail: rows closer than 2 px on screen are painted as one tint of the field,
    // whose colour is the rows' colour weighted by the ground they cover.
    void rowsMergeIntoATintWhenTooDenseToSee_data()
    {
        QTest::addColumn<double>("pxPerM");
        QTest::addColumn<bool>("resolved");
        QTest::newRow("a 10 km site fitted on 1,600 px") << 0.16 << false;
        QTest::newRow("just below") << 0.19 << false;
        QTest::newRow("at 2 px") << 0.2 << true;
        QTest::newRow("zoomed in") << 4.0 << true;
    }

    void rowsMergeIntoATintWhenTooDenseToSee()
    {
        QFETCH(double, pxPerM);
        QFETCH(bool, resolved);
        QImage image(10, 10, QImage::Format_ARGB32);
        QPainter painter(&image);
        painter.setWorldTransform(QTransform::fromScale(pxPerM, pxPerM));
        QCOMPARE(pvrows::rowsResolved(10.0, &painter), resolved);
        QVERIFY(pvrows::rowsResolved(0.0, &painter));  // no rows: nothing to merge
        const QColor tint = pvrows::rowsTint(QColor(200, 200, 200), QColor(0, 0, 100), 0.5);
        QCOMPARE(tint, QColor(100, 100, 150));
    }

    void overlayColoursAndShadows()
    {
        Fixture f;
        PvArray field;
        field.name = QStringLiteral("Field");
        field.outline = {{0, 0}, {50, 0}, {50, 50}, {0, 50}};
        const ObjectId id = f.document.addObject(field);
        MapOverlay overlay;
        overlay.fill.insert(id, Qt::red);
        overlay.legendTitle = QStringLiteral("Yield");
        overlay.legend = {{Qt::red, QStringLiteral("high")}, {Qt::blue, QStringLiteral("low")}};
        overlay.shadows = {QPolygonF{QPointF(0, 0), QPointF(10, 0), QPointF(10, 10)}};
        f.scene.setOverlay(overlay);
        QCOMPARE(f.scene.overlay().legend.size(), 2);
        f.view.viewport()->repaint();
        f.scene.setOverlay({});
        QVERIFY(f.scene.overlay().fill.isEmpty());
    }

    void cursorMovedReportsPlanMetres()
    {
        Fixture f;
        f.view.setSnapEnabled(false);
        QSignalSpy spy(&f.view, &MapView::cursorMoved);
        const QPoint at = f.view.toView({30.0, -12.0});
        QMouseEvent move(QEvent::MouseMove, QPointF(at), f.view.viewport()->mapToGlobal(QPointF(at)), Qt::NoButton,
                         Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(f.view.viewport(), &move);
        QCOMPARE(spy.count(), 1);
        const QPointF p = spy.last().at(0).toPointF();
        QVERIFY(qAbs(p.x() - 30.0) < 0.5);
        QVERIFY(qAbs(p.y() + 12.0) < 0.5);
    }

    // A press the active tool does not use goes on to QGraphicsView's handling (the scene's
    // items); one it uses does not. The select tool uses left presses only.
    void unusedToolEventsFallThrough()
    {
        Fixture f;
        struct Probe : QGraphicsRectItem {
            using QGraphicsRectItem::QGraphicsRectItem;
            int presses = 0;
            void mousePressEvent(QGraphicsSceneMouseEvent *event) override
            {
                ++presses;
                event->accept();
            }
        };
        auto *probe = new Probe(QRectF(f.view.toScene({-10.0, 10.0}), f.view.toScene({10.0, -10.0})));
        f.scene.addItem(probe);
        const QPoint at = f.view.toView({0.0, 0.0});
        QTest::mousePress(f.view.viewport(), Qt::RightButton, Qt::NoModifier, at);
        QTest::mouseRelease(f.view.viewport(), Qt::RightButton, Qt::NoModifier, at);
        QCOMPARE(probe->presses, 1);
        QTest::mousePress(f.view.viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QTest::mouseRelease(f.view.viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QCOMPARE(probe->presses, 1);
    }

    // The plan's colours follow the widget palette: the light one keeps the familiar paper
    // colour, a dark one darkens the background and turns the labels light.
    void coloursFollowThePalette()
    {
        Fixture f;
        QCOMPARE(MapPalette(QPalette(Qt::white)).background(), QColor(0xf6, 0xf5, 0xf0));
        QPalette dark(QColor(0x30, 0x30, 0x30), QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        const MapPalette darkColours(dark);
        QVERIFY(darkColours.isDark());
        QVERIFY(darkColours.background().lightnessF() < 0.3);
        QVERIFY(darkColours.labelText().lightnessF() > 0.7);
        f.view.setPalette(dark);
        QCOMPARE(f.view.backgroundBrush().color(), darkColours.background());
    }

    // Labels: the full "name · height" where it fits, the compact "height" where only that
    // fits, none where neither fits; never two overlapping labels (buildings win).
    void labelModesFollowTheZoom_data()
    {
        QTest::addColumn<double>("pxPerM");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("shown");
        QTest::newRow("close: full") << 8.0 << int(MapLabelItem::Mode::Full) << QStringLiteral("Assembly Hall · 18 m");
        QTest::newRow("fit: compact") << 1.2 << int(MapLabelItem::Mode::Compact) << QStringLiteral("18 m");
        QTest::newRow("far: none") << 0.3 << int(MapLabelItem::Mode::Hidden) << QString();
    }
    void labelModesFollowTheZoom()
    {
        QFETCH(double, pxPerM);
        QFETCH(int, mode);
        QFETCH(QString, shown);
        Fixture f;
        Building b = box(0, 0, 60, 30, QStringLiteral("Assembly Hall"));
        b.heightM = 18.0;
        const ObjectId id = f.document.addObject(b);
        f.view.setTransform(QTransform::fromScale(pxPerM, pxPerM));
        f.view.layoutLabels();
        const MapLabelItem *label = f.scene.objectItem(id)->label();
        QCOMPARE(int(label->mode()), mode);
        QCOMPARE(label->shownText(), shown);
        // The layout also follows a zoom by itself (deferred).
        f.view.zoomAt(QPoint(400, 300), 8.0 / pxPerM);
        QTRY_COMPARE(int(label->mode()), int(MapLabelItem::Mode::Full));
    }

    void labelsNeverOverlap()
    {
        Fixture f;
        // A building with a large green space under it and a second building right beside it:
        // at this zoom both full building labels fit their footprints but overlap each other.
        GreenSpace g;
        g.name = QStringLiteral("Park");
        g.outline = box(-40, -20, 120, 60).footprint;
        const ObjectId green = f.document.addObject(g);
        const ObjectId a = f.document.addObject(box(0, 0, 40, 20, QStringLiteral("Workshop North")));
        const ObjectId b = f.document.addObject(box(0, 1, 40, 20, QStringLiteral("Workshop South")));
        f.view.setTransform(QTransform::fromScale(5.0, 5.0));
        f.view.layoutLabels();
        const MapLabelItem *la = f.scene.objectItem(a)->label(), *lb = f.scene.objectItem(b)->label();
        const MapLabelItem *lg = f.scene.objectItem(green)->label();
        // One building label shows in full, the other gives way; the green space (drawn under
        // the buildings) gives way to both.
        QCOMPARE(int(la->mode()), int(MapLabelItem::Mode::Full));
        QCOMPARE(int(lb->mode()), int(MapLabelItem::Mode::Hidden));
        QCOMPARE(int(lg->mode()), int(MapLabelItem::Mode::Hidden));
        // Moved apart, both show.
        ParkObject moved = *f.document.park().find(b);
        moved = translatedObject(moved, 0.0, -40.0);
        QVERIFY(f.document.changeObject(moved, QStringLiteral("move")));
        QTRY_COMPARE(int(lb->mode()), int(MapLabelItem::Mode::Full));
        QCOMPARE(int(la->mode()), int(MapLabelItem::Mode::Full));
    }

    void demoParkLabelsAtFitZoom()
    {
        Fixture f;
        io::LoadResult loaded = io::loadProject(pztest::demoParkPath());
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        f.document.resetPark(std::move(*loaded.park));
        f.view.resize(1100, 700);
        f.view.zoomToFitSite();
        f.view.layoutLabels();
        int buildings = 0, labelled = 0;
        QVector<QRectF> shown;
        for (const ParkObject &o : f.document.park().objects()) {
            const MapLabelItem *label = f.scene.objectItem(idOf(o))->label();
            if (kindOf(o) == ObjectKind::Building) {
                ++buildings;
                if (label->mode() != MapLabelItem::Mode::Hidden)
                    ++labelled;
            }
            if (label->mode() != MapLabelItem::Mode::Hidden) {
                const QRectF r = label->rectFor(label->mode()).translated(f.view.mapFromScene(label->scenePos()));
                for (const QRectF &other : std::as_const(shown))
                    QVERIFY2(!r.intersects(other), qPrintable(label->shownText()));
                shown << r;
            }
        }
        QVERIFY(buildings > 0);
        // Most buildings carry at least their height at the zoom that shows the whole site.
        QVERIFY2(labelled * 2 > buildings, qPrintable(QStringLiteral("%1 of %2").arg(labelled).arg(buildings)));
    }

    void dragAmongAThousandObjectsTouchesOnlyTheDragged()
    {
        Fixture f;
        // 1000 objects on a 32 × 32 grid of 60 m cells: buildings with rooftop PV, PV fields with
        // rows, containers and green space, all in view.
        std::vector<ParkObject> objects;
        for (int i = 0; i < 1000; ++i) {
            const double x = (i % 32) * 60.0, y = (i / 32) * 60.0;
            const Outline cell{{x, y}, {x + 50, y}, {x + 50, y + 40}, {x, y + 40}};
            switch (i % 4) {
            case 0: {
                Building b;
                b.name = QStringLiteral("Hall %1").arg(i);
                b.footprint = cell;
                objects.push_back(b);
                break;
            }
            case 1: {
                PvArray a;
                a.name = QStringLiteral("Field %1").arg(i);
                a.outline = cell;
                objects.push_back(a);
                break;
            }
            case 2: {
                Storage s;
                s.name = QStringLiteral("Store %1").arg(i);
                s.position = {x + 25, y + 20};
                objects.push_back(s);
                break;
            }
            default: {
                GreenSpace g;
                g.name = QStringLiteral("Green %1").arg(i);
                g.outline = cell;
                objects.push_back(g);
                break;
            }
            }
        }
        const ObjectIds ids = f.document.addObjects(objects, QStringLiteral("add"));
        QCOMPARE(ids.size(), 1000);
        f.view.zoomToFitSite();
        f.view.setSnapEnabled(false);
        // As in the application: the deferred label layout runs before the first paint.
        QCoreApplication::processEvents();
        f.view.viewport()->repaint();

        QVector<ChangeEvent> events;
        connect(&f.document, &ParkDocument::changed, this, [&](const ChangeEvent &e) { events << e; });
        const ObjectId dragged = ids[1 + 32 * 15 + 16];  // a PV field near the middle
        const Point2 start = centroid(footprintOf(*f.document.park().find(dragged)));
        const quint64 revision = f.document.revision();
        QWidget *vp = f.view.viewport();
        const QPoint p0 = f.view.toView(start);
        QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, p0);
        QVERIFY(f.selection.isSelected(dragged));
        QElapsedTimer timer;
        timer.start();
        // Processor time as well: on a busy machine the wall clock also counts other programs.
        const std::clock_t cpuStart = std::clock();
        const int frames = 60;
        for (int i = 1; i <= frames; ++i) {
            const QPointF p(p0 + QPoint(i * 3, i));
            QMouseEvent e(QEvent::MouseMove, p, vp->mapToGlobal(p), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(vp, &e);
            vp->repaint();
        }
        const double msPerFrame = double(timer.elapsed()) / frames;
        const double cpuMsPerFrame = 1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC / frames;
        qInfo("drag among 1000 objects: %.2f ms per move+repaint (%.0f fps), %.2f ms processor time (%.0f fps)",
              msPerFrame, 1000.0 / std::max(msPerFrame, 0.01), cpuMsPerFrame, 1000.0 / std::max(cpuMsPerFrame, 0.01));
        // The drag previews outside the model: no document change until the drop, and the other
        // items stay where they are.
        QCOMPARE(f.document.revision(), revision);
        QVERIFY(f.scene.itemFor(dragged)->pos() != QPointF(0, 0));
        QCOMPARE(f.scene.itemFor(ids[0])->pos(), QPointF(0, 0));
        QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, (p0 + QPoint(frames * 3, frames)));
        // One change, of the dragged object only.
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.front().type, ChangeEvent::Type::ObjectsChanged);
        QCOMPARE(events.front().ids, ObjectIds{dragged});
        QCOMPARE(f.document.undoStack()->count(), 2);
    }

    void viewActions()
    {
        Fixture f;
        const QList<QAction *> actions = f.view.viewActions();
        QCOMPARE(actions.size(), 4);
        QVERIFY(actions[2]->isCheckable());
        QVERIFY(actions[3]->isCheckable());
        actions[3]->setChecked(false);
        QVERIFY(!f.view.isSnapEnabled());
        actions[2]->setChecked(false);
        QVERIFY(!f.view.isGridVisible());
    }
};

QTEST_MAIN(TestMapView)
#include "tst_mapview.moc"
