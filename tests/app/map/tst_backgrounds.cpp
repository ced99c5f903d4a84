// SPDX-License-Identifier: GPL-3.0-or-later
// Background images on the site plan (app/gui/map/backgrounditem.h): one item per entry of
// site.backgrounds, under the site boundary and every object, following undo; a picture whose
// file is missing shows a placeholder and names its file without failing the export; the SVG
// export carries the picture as an image; a plain click or drag passes through a picture, locked
// or not; Alt+drag moves an unlocked one as one undo step (Esc cancels) and leaves a locked one.

#include "io/projectfile.h"
#include "map/backgrounditem.h"
#include "map/mapexporter.h"
#include "map/objectitem.h"
#include "mapfixture.h"
#include "testsupport.h"
#include "tools/selecttool.h"
#include "tools/toolmanager.h"

#include <QApplication>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pz;

namespace {

// A 200 × 100 px picture, red on the left half and blue on the right.
QString writePicture(const QTemporaryDir &dir, const QString &name)
{
    QImage image(200, 100, QImage::Format_RGB32);
    image.fill(QColor(220, 30, 30));
    for (int y = 0; y < 100; ++y)
        for (int x = 100; x < 200; ++x)
            image.setPixelColor(x, y, QColor(30, 30, 220));
    const QString path = dir.filePath(name);
    return image.save(path) ? path : QString();
}

// 1 m per pixel with its top-left corner at plan (-300, 200): 200 × 100 m west of the demo's
// origin, where no object lies.
Background picture(const QString &path)
{
    Background g;
    g.name = QStringLiteral("Scan");
    g.filePath = path;
    g.widthPx = 200;
    g.heightPx = 100;
    g.pixelToPlan = PixelToPlan{1.0, 0.0, -300.0, 0.0, -1.0, 200.0};
    g.opacity = 0.8;
    return g;
}

struct Fixture : pztest::MapFixture {
    QTemporaryDir dir;
    QString image;

    Fixture()
    {
        io::LoadResult loaded = io::loadProject(pztest::demoParkPath());
        if (!loaded.ok())
            qFatal("demo park: %s", qPrintable(loaded.error));
        document.resetPark(std::move(*loaded.park));
        document.setFilePath(dir.filePath(QStringLiteral("park.parkzero")));
        image = writePicture(dir, QStringLiteral("scan.png"));
        view.resize(800, 600);
        view.show();
        if (!QTest::qWaitForWindowExposed(&view))
            qFatal("view not exposed");
    }

    bool addBackground(const Background &g)
    {
        Site site = document.park().site;
        site.backgrounds.push_back(g);
        return document.changeSite(site, QStringLiteral("Add background"));
    }
    // The view centred on the picture at 2 px per metre.
    void showPicture()
    {
        view.setTransform(QTransform::fromScale(2.0, 2.0));
        view.centerOn(view.toScene({-200.0, 150.0}));
    }
    QPoint at(double x, double y) { return view.toView({x, y}); }
};

} // namespace

class TestBackgrounds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void itemsFollowTheSiteAndUndo()
    {
        Fixture f;
        QVERIFY(f.scene.backgroundItems().empty());
        QVERIFY(f.addBackground(picture(QStringLiteral("scan.png"))));   // relative to the project
        QCOMPARE(f.scene.backgroundItems().size(), std::size_t(1));
        BackgroundItem *item = f.scene.backgroundItems().front();
        QVERIFY2(item->hasImage(), qPrintable(item->problem()));
        QVERIFY(f.scene.backgroundProblems().isEmpty());
        QCOMPARE(item->opacity(), 0.8);
        // Under the site boundary and every object.
        for (ObjectItem *o : f.scene.objectItems())
            QVERIFY(item->zValue() < o->zValue());
        QVERIFY(item->zValue() < -1.0);
        // Its corners where the transform puts them (scene y is minus plan y).
        const QRectF scene = item->sceneBoundingRect();
        QCOMPARE(scene.topLeft(), QPointF(-300.0, -200.0));
        QCOMPARE(scene.bottomRight(), QPointF(-100.0, -100.0));

        Site hidden = f.document.park().site;
        hidden.backgrounds[0].visible = false;
        QVERIFY(f.document.changeSite(hidden, QStringLiteral("Hide")));
        QVERIFY(!item->isVisible());
        f.document.undoStack()->undo();
        QVERIFY(item->isVisible());
        f.document.undoStack()->undo();
        QVERIFY(f.scene.backgroundItems().empty());
    }

    void missingFileShowsAPlaceholderAndNamesTheFile()
    {
        Fixture f;
        QSignalSpy problems(&f.scene, &MapScene::backgroundProblemsChanged);
        QVERIFY(f.addBackground(picture(QStringLiteral("lost/masterplan-2019.png"))));
        BackgroundItem *item = f.scene.backgroundItems().front();
        QVERIFY(!item->hasImage());
        QVERIFY2(item->problem().contains(QLatin1String("masterplan-2019.png")), qPrintable(item->problem()));
        QCOMPARE(problems.count(), 1);
        QVERIFY(f.scene.backgroundProblems().front().contains(QLatin1String("masterplan-2019.png")));
        // The placeholder covers the picture's place and the export still works.
        QCOMPARE(item->sceneBoundingRect(), QRectF(QPointF(-300.0, -200.0), QPointF(-100.0, -100.0)));
        f.showPicture();
        QString error;
        QVERIFY2(MapExporter::exportMap(&f.view, f.dir.filePath(QStringLiteral("plan.png")), 1.0, &error),
                 qPrintable(error));
        // The file turns up: the next sync shows it.
        QVERIFY(QDir(f.dir.path()).mkpath(QStringLiteral("lost")));
        QVERIFY(QFile::copy(f.image, f.dir.filePath(QStringLiteral("lost/masterplan-2019.png"))));
        Site site = f.document.park().site;
        site.backgrounds[0].opacity = 0.5;
        QVERIFY(f.document.changeSite(site, QStringLiteral("Fade")));
        QVERIFY(item->hasImage());
        QCOMPARE(problems.count(), 2);
        QVERIFY(problems.last().front().value<QStringList>().isEmpty());
    }

    void exportsCarryThePicture()
    {
        Fixture f;
        f.showPicture();
        const QImage before = MapExporter::renderImage(&f.view, 1.0);
        QVERIFY(!MapExporter::renderSvg(&f.view).contains("<image"));
        QVERIFY(f.addBackground(picture(f.image)));
        const QImage after = MapExporter::renderImage(&f.view, 1.0);
        // Red on the left of the picture, blue on the right (at 80 % over the map's background).
        const QColor left = after.pixelColor(f.at(-250, 150));
        const QColor right = after.pixelColor(f.at(-150, 150));
        QVERIFY2(left.red() > 150 && left.blue() < 120, qPrintable(left.name()));
        QVERIFY2(right.blue() > 150 && right.red() < 120, qPrintable(right.name()));
        QVERIFY(before != after);
        const QByteArray svg = MapExporter::renderSvg(&f.view);
        QCOMPARE(svg.count("<image"), 1);
    }

    void theMouseGoesThroughAPicture_data()
    {
        QTest::addColumn<bool>("locked");
        QTest::newRow("unlocked") << false;
        QTest::newRow("locked") << true;
    }

    void theMouseGoesThroughAPicture()
    {
        QFETCH(bool, locked);
        Fixture f;
        Background g = picture(f.image);
        g.locked = locked;
        QVERIFY(f.addBackground(g));
        f.showPicture();
        f.toolManager.activate(f.toolManager.selectTool());
        const int steps = f.document.undoStack()->count();
        const Site before = f.document.park().site;
        QWidget *vp = f.view.viewport();
        // A click on the picture selects nothing.
        QTest::mouseClick(vp, Qt::LeftButton, Qt::NoModifier, f.at(-200, 150));
        QVERIFY(f.selection.selectedIds().isEmpty());
        // A drag across it moves nothing and adds no undo step.
        QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, f.at(-250, 150));
        for (int i = 1; i <= 4; ++i) {
            const QPointF p(f.at(-250 + 20 * i, 150 - 5 * i));
            QMouseEvent move(QEvent::MouseMove, p, vp->mapToGlobal(p), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(vp, &move);
        }
        QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, f.at(-170, 130));
        QVERIFY(f.selection.selectedIds().isEmpty());
        QCOMPARE(f.document.undoStack()->count(), steps);
        QVERIFY(f.document.park().site == before);
        QVERIFY(!(f.scene.backgroundItems().front()->flags() &
                  (QGraphicsItem::ItemIsSelectable | QGraphicsItem::ItemIsMovable)));
        QCOMPARE(f.scene.backgroundItems().front()->acceptedMouseButtons(), Qt::NoButton);
    }

    void altDragMovesAnUnlockedPictureInOneStep_data()
    {
        QTest::addColumn<bool>("locked");
        QTest::addColumn<bool>("escape");   // Esc before the release cancels
        QTest::newRow("unlocked") << false << false;
        QTest::newRow("unlocked, cancelled") << false << true;
        QTest::newRow("locked") << true << false;
    }

    void altDragMovesAnUnlockedPictureInOneStep()
    {
        QFETCH(bool, locked);
        QFETCH(bool, escape);
        Fixture f;
        Background g = picture(f.image);
        g.locked = locked;
        QVERIFY(f.addBackground(g));
        f.showPicture();
        f.view.setFocus();
        f.toolManager.activate(f.toolManager.selectTool());
        const int steps = f.document.undoStack()->count();
        BackgroundItem *item = f.scene.backgroundItems().front();
        QWidget *vp = f.view.viewport();
        // Alt+drag from (-250, 150) to (-230, 140): 20 m east and 10 m south, on the 5 m grid.
        QTest::mousePress(vp, Qt::LeftButton, Qt::AltModifier, f.at(-250, 150));
        for (int i = 1; i <= 4; ++i) {
            const QPointF p(f.at(-250 + 5 * i, 150 - 2.5 * i));
            QMouseEvent move(QEvent::MouseMove, p, vp->mapToGlobal(p), Qt::NoButton, Qt::LeftButton, Qt::AltModifier);
            QApplication::sendEvent(vp, &move);
        }
        if (!locked && !escape)   // the preview moves the item, not the model
            QCOMPARE(item->sceneBoundingRect().topLeft(), QPointF(-280.0, -190.0));
        if (escape)
            QTest::keyClick(&f.view, Qt::Key_Escape);
        QTest::mouseRelease(vp, Qt::LeftButton, Qt::AltModifier, f.at(-230, 140));
        const PixelToPlan &t = f.document.park().site.backgrounds[0].pixelToPlan;
        if (locked || escape) {
            QCOMPARE(t, g.pixelToPlan);
            QCOMPARE(f.document.undoStack()->count(), steps);
            QCOMPARE(item->sceneBoundingRect().topLeft(), QPointF(-300.0, -200.0));
            return;
        }
        QCOMPARE(t.c, -280.0);
        QCOMPARE(t.f, 190.0);
        QCOMPARE(f.document.undoStack()->count(), steps + 1);
        QCOMPARE(item->sceneBoundingRect().topLeft(), QPointF(-280.0, -190.0));
        f.document.undoStack()->undo();
        QCOMPARE(f.document.park().site.backgrounds[0].pixelToPlan, g.pixelToPlan);
        QCOMPARE(item->sceneBoundingRect().topLeft(), QPointF(-300.0, -200.0));
    }
};

QTEST_MAIN(TestBackgrounds)
#include "tst_backgrounds.moc"
