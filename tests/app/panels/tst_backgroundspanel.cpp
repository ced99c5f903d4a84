// SPDX-License-Identifier: GPL-3.0-or-later
// The Backgrounds panel and the two-point calibration dialog: a slider drag is one undo step, a
// new drag another; locking disables the placement; removing and reordering are one step each;
// a missing file is marked in the list. The dialog refuses points too close together with the
// reason and OK disabled, shows scale and rotation for good ones, and a click on the image picks
// the points in turn.

#include "document/parkdocument.h"
#include "files/backgroundimport.h"
#include "files/calibrationdialog.h"
#include "panels/backgroundspanel.h"

#include <QDoubleSpinBox>
#include <QGraphicsView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>

using namespace pz;

namespace {

Background named(const QString &name, const QString &path)
{
    Background g;
    g.name = name;
    g.filePath = path;
    g.widthPx = 300;
    g.heightPx = 200;
    return g;
}

QPushButton *button(const BackgroundsPanel &panel, const char *name)
{
    return panel.findChild<QPushButton *>(QString::fromLatin1(name));
}

} // namespace

class TestBackgroundsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opacityDragIsOneUndoStep()
    {
        ParkDocument document;
        QTemporaryDir dir;
        QImage image(30, 20, QImage::Format_RGB32);
        image.fill(Qt::gray);
        QVERIFY(image.save(dir.filePath(QStringLiteral("a.png"))));
        Site site = document.park().site;
        site.backgrounds = {named(QStringLiteral("A"), dir.filePath(QStringLiteral("a.png")))};
        QVERIFY(document.changeSite(site, QStringLiteral("Add")));
        BackgroundsPanel panel(&document);
        QCOMPARE(panel.selectedBackground(), 0);
        const int steps = document.undoStack()->count();
        QSlider *slider = panel.opacitySlider();
        QCOMPARE(slider->value(), 100);
        // One drag: the values while the handle moves merge into one step.
        slider->setSliderDown(true);
        for (int v : {90, 75, 60, 40})
            slider->setValue(v);
        slider->setSliderDown(false);   // released: the gesture ends
        QCOMPARE(document.park().site.backgrounds[0].opacity, 0.4);
        QCOMPARE(document.undoStack()->count(), steps + 1);
        // The next drag is a step of its own.
        slider->setSliderDown(true);
        slider->setValue(20);
        slider->setSliderDown(false);
        QCOMPARE(document.undoStack()->count(), steps + 2);
        document.undoStack()->undo();
        QCOMPARE(document.park().site.backgrounds[0].opacity, 0.4);
        QCOMPARE(slider->value(), 40);
        document.undoStack()->undo();
        QCOMPARE(document.park().site.backgrounds[0].opacity, 1.0);
    }

    void lockDisablesThePlacement()
    {
        ParkDocument document;
        Site site = document.park().site;
        site.backgrounds = {named(QStringLiteral("A"), QStringLiteral("/nowhere/a.png"))};
        QVERIFY(document.changeSite(site, QStringLiteral("Add")));
        BackgroundsPanel panel(&document);
        QVERIFY(panel.list()->item(0)->text().contains(QLatin1String("missing")));
        const QList<QDoubleSpinBox *> spins = panel.findChildren<QDoubleSpinBox *>();
        QCOMPARE(spins.size(), 2);   // the top-left corner's east and north
        for (QDoubleSpinBox *spin : spins)
            QVERIFY(spin->isEnabled());
        QVERIFY(button(panel, "backgrounds.recalibrate")->isEnabled());
        site.backgrounds[0].locked = true;
        QVERIFY(document.changeSite(site, QStringLiteral("Lock")));
        for (QDoubleSpinBox *spin : spins)
            QVERIFY(!spin->isEnabled());
        QVERIFY(!button(panel, "backgrounds.recalibrate")->isEnabled());
        // Moving an unlocked one by its corner is one step.
        document.undoStack()->undo();
        const int steps = document.undoStack()->index();
        spins.front()->setValue(25.0);
        QCOMPARE(document.park().site.backgrounds[0].pixelToPlan.c, 25.0);
        QCOMPARE(document.undoStack()->index(), steps + 1);
    }

    void removeAndReorderAreOneStepEach()
    {
        ParkDocument document;
        Site site = document.park().site;
        site.backgrounds = {named(QStringLiteral("A"), QStringLiteral("a.png")),
                            named(QStringLiteral("B"), QStringLiteral("b.png"))};
        QVERIFY(document.changeSite(site, QStringLiteral("Add")));
        BackgroundsPanel panel(&document);
        QCOMPARE(panel.list()->count(), 2);
        const int steps = document.undoStack()->count();
        panel.selectBackground(0);
        button(panel, "backgrounds.up")->click();
        QCOMPARE(document.park().site.backgrounds[1].name, QStringLiteral("A"));
        QCOMPARE(panel.selectedBackground(), 1);
        button(panel, "backgrounds.remove")->click();
        QCOMPARE(document.park().site.backgrounds.size(), std::size_t(1));
        QCOMPARE(document.park().site.backgrounds[0].name, QStringLiteral("B"));
        QCOMPARE(document.undoStack()->count(), steps + 2);
        document.undoStack()->undo();
        QCOMPARE(document.park().site.backgrounds.size(), std::size_t(2));
    }

    void importAddsOneStepWithARelativePath()
    {
        QTemporaryDir dir;
        ParkDocument document;
        document.setFilePath(dir.filePath(QStringLiteral("park.parkzero")));
        const Background g = BackgroundImport::make(document, dir.filePath(QStringLiteral("maps/plan.png")),
                                                    QSize(300, 200), PixelToPlan{});
        QCOMPARE(g.filePath, QStringLiteral("maps/plan.png"));
        QCOMPARE(g.name, QStringLiteral("plan"));
        QVERIFY(BackgroundImport::add(document, g));
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.park().site.backgrounds.size(), std::size_t(1));
    }

    void calibrationDialogRefusesClosePoints()
    {
        QImage image(400, 300, QImage::Format_RGB32);
        image.fill(Qt::white);
        CalibrationDialog dialog(image, QSize(800, 600), QStringLiteral("scan.png"));
        dialog.setPixelPoints(QPointF(100, 100), QPointF(110, 100));
        dialog.setDistance(50.0, Point2(0, 0));
        QVERIFY(!dialog.isAccepted());
        QVERIFY2(dialog.statusText().contains(QLatin1String("10.0 px apart")), qPrintable(dialog.statusText()));

        dialog.setPixelPoints(QPointF(100, 100), QPointF(300, 100));
        QVERIFY(dialog.isAccepted());
        QCOMPARE(dialog.calibration().scaleMPerPx, 0.25);
        dialog.setPlanPoints(Point2(0, 0), Point2(0, 100));
        QVERIFY(dialog.isAccepted());
        QCOMPARE(dialog.calibration().rotationDeg, 90.0);
        QVERIFY2(dialog.statusText().contains(QLatin1String("90.0")), qPrintable(dialog.statusText()));
    }

    void clicksOnTheImagePickThePoints()
    {
        QImage image(400, 300, QImage::Format_RGB32);
        image.fill(Qt::white);
        CalibrationDialog dialog(image, QSize(800, 600), QStringLiteral("scan.png"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *view = dialog.findChild<QGraphicsView *>(QStringLiteral("calibration.image"));
        QVERIFY(view);
        // Image pixel (x, y) of the shown (half-size) picture is real pixel (2x, 2y).
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->mapFromScene(QPointF(50, 50)));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->mapFromScene(QPointF(350, 250)));
        dialog.setDistance(100.0, Point2(0, 0));
        const geo::Calibration c = dialog.calibration();
        QVERIFY2(c.pixelToPlan, qPrintable(c.problem));
        // The points are 2·√(300² + 200²) real pixels apart, give or take the click's rounding.
        const double spanPx = 2.0 * std::hypot(300.0, 200.0);
        QVERIFY2(std::abs(c.scaleMPerPx - 100.0 / spanPx) < 0.01 * 100.0 / spanPx, qPrintable(QString::number(c.scaleMPerPx)));
    }
};

QTEST_MAIN(TestBackgroundsPanel)
#include "tst_backgroundspanel.moc"
