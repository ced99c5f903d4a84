// SPDX-License-Identifier: GPL-3.0-or-later
// The Properties, Objects and Site panels: edits go through the document as single undo steps,
// refused values show their reason, the panels follow the document and the selection.

#include "document/parkdocument.h"
#include "panels/objectspanel.h"
#include "panels/propertiespanel.h"
#include "panels/sitepanel.h"
#include "selectionmodel.h"
#include "clirun.h"
#include "common/units.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace pz;

namespace {

Building makeBuilding(const QString &name, double x, double heightM)
{
    Building b;
    b.name = name;
    b.footprint = rectangle(Point2(x, 0.0), 40.0, 20.0, 0.0);
    b.heightM = heightM;
    return b;
}

PvArray makePvField(const QString &name)
{
    PvArray a;
    a.name = name;
    a.outline = rectangle(Point2(0.0, 200.0), 100.0, 40.0, 0.0);
    return a;
}

Storage makeStorage(const QString &name)
{
    Storage s;
    s.name = name;
    s.position = Point2(100.0, 100.0);
    return s;
}

template<typename K>
const K &objectAs(const ParkDocument &document, ObjectId id)
{
    return std::get<K>(*document.park().find(id));
}

} // namespace

class TestPanels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spinBoxStepsAreOneUndoStep();
    void typedValueIsOneStep();
    void turbineFormEditsTheSelection();
    void refusedValueShowsReason();
    void multiSelectionEditsSharedField();
    void panelFollowsDocumentAndUndo();
    void pageFollowsSelectionKind();
    void nameEditIsOneStep();
    void kwpOverrideToggles();
    void objectsTreeToSelection();
    void selectionToObjectsTree();
    void objectsFilterAndToggles();
    void siteEditIsOneStep();
    void siteGridAndWeather();
    void siteHourlyGreenPower();
    void heatFieldsOfASelectionAreOneStepEach();
    void siteHeatSettings();
};

void TestPanels::spinBoxStepsAreOneUndoStep()
{
    ParkDocument document;
    SelectionModel selection(&document);
    const ObjectId id = document.addObject(makeBuilding(QStringLiteral("Hall A"), 0.0, 12.0));
    document.undoStack()->clear();
    PropertiesPanel panel(&document, &selection);
    selection.select(id);
    auto *height = panel.findChild<QDoubleSpinBox *>(QStringLiteral("building.height"));
    QVERIFY(height);
    QCOMPARE(height->value(), 12.0);
    QCOMPARE(height->suffix(), QStringLiteral(" m"));

    // Three arrow-key steps while turning the spin box: one undo step.
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(height, Qt::Key_Up);
    QCOMPARE(objectAs<Building>(document, id).heightM, 13.5);
    QCOMPARE(document.undoStack()->count(), 1);

    // Editing finishes (Enter): the next steps are a new undo step.
    QTest::keyClick(height, Qt::Key_Return);
    QTest::keyClick(height, Qt::Key_Up);
    QTest::keyClick(height, Qt::Key_Up);
    QCOMPARE(objectAs<Building>(document, id).heightM, 14.5);
    QCOMPARE(document.undoStack()->count(), 2);

    document.undoStack()->undo();
    QCOMPARE(objectAs<Building>(document, id).heightM, 13.5);
    QCOMPARE(height->value(), 13.5);
    document.undoStack()->undo();
    QCOMPARE(objectAs<Building>(document, id).heightM, 12.0);
    QCOMPARE(height->value(), 12.0);
}

void TestPanels::typedValueIsOneStep()
{
    ParkDocument document;
    SelectionModel selection(&document);
    const ObjectId id = document.addObject(makeBuilding(QStringLiteral("Hall A"), 0.0, 12.0));
    document.undoStack()->clear();
    PropertiesPanel panel(&document, &selection);
    selection.select(id);
    auto *height = panel.findChild<QDoubleSpinBox *>(QStringLiteral("building.height"));
    QVERIFY(height);
    // Typing does not commit each keystroke; Enter commits the number once.
    height->selectAll();
    QTest::keyClicks(height, QStringLiteral("27.5"));
    QCOMPARE(objectAs<Building>(document, id).heightM, 12.0);
    QTest::keyClick(height, Qt::Key_Return);
    QCOMPARE(objectAs<Building>(document, id).heightM, 27.5);
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Change height"));
}

// The wind turbine's form edits every selected turbine in one undo step.
void TestPanels::turbineFormEditsTheSelection()
{
    ParkDocument document;
    SelectionModel selection(&document);
    WindTurbine t;
    t.name = QStringLiteral("WTG 1");
    const ObjectId a = document.addObject(t);
    t.name = QStringLiteral("WTG 2");
    t.position = Point2(700, 0);
    const ObjectId b = document.addObject(t);
    document.undoStack()->clear();
    PropertiesPanel panel(&document, &selection);
    selection.setSelection({a, b});
    auto *hub = panel.findChild<QDoubleSpinBox *>(QStringLiteral("turbine.hubHeight"));
    QVERIFY(hub);
    QCOMPARE(hub->value(), 110.0);
    hub->selectAll();
    QTest::keyClicks(hub, QStringLiteral("95"));
    QTest::keyClick(hub, Qt::Key_Return);
    QCOMPARE(objectAs<WindTurbine>(document, a).hubHeightM, 95.0);
    QCOMPARE(objectAs<WindTurbine>(document, b).hubHeightM, 95.0);
    QCOMPARE(document.undoStack()->count(), 1);
}

void TestPanels::refusedValueShowsReason()
{
    ParkDocument document;
    SelectionModel selection(&document);
    const ObjectId id = document.addObject(makeStorage(QStringLiteral("BESS 1")));
    document.undoStack()->clear();
    PropertiesPanel panel(&document, &selection);
    selection.select(id);
    auto *socMin = panel.findChild<QDoubleSpinBox *>(QStringLiteral("storage.socMin"));
    QVERIFY(socMin);
    QCOMPARE(socMin->value(), 5.0);
    QCOMPARE(socMin->suffix(), QStringLiteral(" %"));
    QVERIFY(panel.problemText().isEmpty());

    // 97 % is within the field's range but not below the maximum charge (95 %): refused.
    socMin->setValue(97.0);
    QCOMPARE(objectAs<Storage>(document, id).socMin, 0.05);
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY2(panel.problemText().contains(QStringLiteral("soc_min")), qPrintable(panel.problemText()));
    QCOMPARE(socMin->value(), 5.0);  // shows the model's value again

    // A valid value is taken and clears the message.
    socMin->setValue(10.0);
    QCOMPARE(objectAs<Storage>(document, id).socMin, 0.10);
    QVERIFY(panel.problemText().isEmpty());
}

void TestPanels::multiSelectionEditsSharedField()
{
    ParkDocument document;
    SelectionModel selection(&document);
    const ObjectId a = document.addObject(makeBuilding(QStringLiteral("Hall A"), 0.0, 12.0));
    const ObjectId b = document.addObject(makeBuilding(QStringLiteral("Hall B"), 100.0, 18.0));
    document.undoStack()->clear();
    PropertiesPanel panel(&document, &selection);
    selection.setSelection({a, b});
    auto *height = panel.findChild<QDoubleSpinBox *>(QStringLiteral("building.height"));
    auto *name = panel.findChild<QLineEdit *>(QStringLiteral("building.name"));
    QVERIFY(height && name);
    QVERIFY(height->property("mixed").toBool());
    QVERIFY(!name->isEnabled());  // names are per object

    height->setValue(20.0);
    QCOMPARE(objectAs<Building>(document, a).heightM, 20.0);
    QCOMPARE(objectAs<Building>(document, b).heightM, 20.0);
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(!height->property("mixed").toBool());

    document.undoStack()->undo();
    QCOMPARE(objectAs<Building>(document, a).heightM, 12.0);
    QCOMPARE(objectAs<Building>(document, b).heightM, 18.0);
    QVERIFY(height->property("mixed").toBool());
}

void TestPanels::panelFollowsDocumentAndUndo()
{
    ParkDocument document;
    SelectionModel selection(&document);
    const ObjectId id = document.addObject(makeBuilding(QStringLiteral("Hall A"), 0.0, 12.0));
    PropertiesPanel panel(&document, &selection);
    selection.select(id);
    auto *floors = panel.findChild<QSpinBox *>(QStringLiteral("building.floors"));
    QVERIFY(floors);
    QCOMPARE(floors->value(), 1);
    Building changed = objectAs<Building>(document, id);
    changed.floors = 4;
    QVERIFY(document.changeObject(changed, QStringLiteral("Floors")));
    QCOMPARE(floors->value(), 4);
    document.undoStack()->undo();
    QCOMPARE(floors->value(), 1);
}

void TestPanels::pageFollowsSelectionKind()
{
    ParkDocument document;
    SelectionModel selection(&document);
    const ObjectId building = document.addObject(makeBuilding(QStringLiteral("Hall A"), 0.0, 12.0));
    const ObjectId field = document.addObject(makePvField(QStringLiteral("Field 1")));
    PropertiesPanel panel(&document, &selection);
    panel.show();
    auto *height = panel.findChild<QDoubleSpinBox *>(QStringLiteral("building.height"));
    auto *tilt = panel.findChild<QDoubleSpinBox *>(QStringLiteral("pv.tilt"));
    QVERIFY(height && tilt);
    QVERIFY(!height->isVisible() && !tilt->isVisible());
    selection.select(field);
    QVERIFY(tilt->isVisible());
    QCOMPARE(tilt->value(), 35.0);
    selection.select(building);
    QVERIFY(height->isVisible() && !tilt->isVisible());
    // Different kinds: nothing to edit in common.
    selection.setSelection({building, field});
    QVERIFY(!height->isVisible() && !tilt->isVisible());
}

void TestPanels::nameEditIsOneStep()
{
    ParkDocument document;
    SelectionModel selection(&document);
    const ObjectId id = document.addObject(makeBuilding(QStringLiteral("Hall A"), 0.0, 12.0));
    document.undoStack()->clear();
    PropertiesPanel panel(&document, &selection);
    selection.select(id);
    auto *name = panel.findChild<QLineEdit *>(QStringLiteral("building.name"));
    QVERIFY(name);
    QCOMPARE(name->text(), QStringLiteral("Hall A"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Cell plant"));
    QCOMPARE(nameOf(*document.park().find(id)), QStringLiteral("Hall A"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(nameOf(*document.park().find(id)), QStringLiteral("Cell plant"));
    QCOMPARE(document.undoStack()->count(), 1);
}

void TestPanels::kwpOverrideToggles()
{
    ParkDocument document;
    SelectionModel selection(&document);
    const ObjectId id = document.addObject(makePvField(QStringLiteral("Field 1")));
    PropertiesPanel panel(&document, &selection);
    selection.select(id);
    auto *kwp = panel.findChild<QDoubleSpinBox *>(QStringLiteral("pv.kwp"));
    QVERIFY(kwp);
    // Derived: 4000 m² × 0.41 × 225 W/m² = 369 kWp, shown while not set explicitly.
    QVERIFY(!kwp->isEnabled());
    QCOMPARE(kwp->value(), 369.0);
    QCOMPARE(kwp->suffix(), QStringLiteral(" kWp"));
    auto *box = kwp->parentWidget()->findChild<QCheckBox *>();
    QVERIFY(box);
    box->click();
    QVERIFY(kwp->isEnabled());
    QCOMPARE(objectAs<PvArray>(document, id).kwpOverride, 369.0);
    kwp->setValue(500.0);
    QCOMPARE(objectAs<PvArray>(document, id).kwp(), 500.0);
    box->click();
    QCOMPARE(objectAs<PvArray>(document, id).kwpOverride, -1.0);
    QCOMPARE(kwp->value(), 369.0);
}

void TestPanels::objectsTreeToSelection()
{
    ParkDocument document;
    SelectionModel selection(&document);
    const ObjectId a = document.addObject(makeBuilding(QStringLiteral("Hall A"), 0.0, 12.0));
    const ObjectId f = document.addObject(makePvField(QStringLiteral("Field 1")));
    ObjectsPanel panel(&document, &selection);
    QTreeWidget *tree = panel.tree();
    QCOMPARE(tree->topLevelItemCount(), 5);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Buildings (1)"));
    QCOMPARE(tree->topLevelItem(1)->text(0), QStringLiteral("PV fields (1)"));
    QTreeWidgetItem *itemA = panel.itemFor(a);
    QTreeWidgetItem *itemF = panel.itemFor(f);
    QVERIFY(itemA && itemF);
    tree->setCurrentItem(itemA);
    QCOMPARE(selection.selectedIds(), ObjectIds{a});
    itemF->setSelected(true);
    QCOMPARE(selection.selectedIds(), (ObjectIds{a, f}));
    tree->clearSelection();
    QVERIFY(selection.isEmpty());
}

void TestPanels::selectionToObjectsTree()
{
    ParkDocument document;
    SelectionModel selection(&document);
    const ObjectId a = document.addObject(makeBuilding(QStringLiteral("Hall A"), 0.0, 12.0));
    const ObjectId b = document.addObject(makeBuilding(QStringLiteral("Hall B"), 100.0, 12.0));
    ObjectsPanel panel(&document, &selection);
    selection.select(b);
    QVERIFY(panel.itemFor(b)->isSelected());
    QVERIFY(!panel.itemFor(a)->isSelected());
    selection.setSelection({a, b});
    QVERIFY(panel.itemFor(a)->isSelected() && panel.itemFor(b)->isSelected());
    // Removing an object takes it out of the tree and the selection; undo brings it back.
    QVERIFY(document.removeObjects({b}));
    QVERIFY(!panel.itemFor(b));
    QCOMPARE(selection.selectedIds(), ObjectIds{a});
    document.undoStack()->undo();
    QVERIFY(panel.itemFor(b));
    QCOMPARE(panel.tree()->topLevelItem(0)->text(0), QStringLiteral("Buildings (2)"));
}

void TestPanels::objectsFilterAndToggles()
{
    ParkDocument document;
    SelectionModel selection(&document);
    const ObjectId a = document.addObject(makeBuilding(QStringLiteral("Cell plant"), 0.0, 12.0));
    const ObjectId b = document.addObject(makeBuilding(QStringLiteral("Warehouse"), 100.0, 12.0));
    document.undoStack()->clear();
    ObjectsPanel panel(&document, &selection);
    panel.filterEdit()->setText(QStringLiteral("cell"));
    QVERIFY(!panel.itemFor(a)->isHidden());
    QVERIFY(panel.itemFor(b)->isHidden());
    panel.filterEdit()->clear();
    QVERIFY(!panel.itemFor(b)->isHidden());

    // Visibility and lock go through the document, one undo step each.
    panel.itemFor(a)->setCheckState(ObjectsPanel::VisibleColumn, Qt::Unchecked);
    QVERIFY(!isVisible(*document.park().find(a)));
    panel.itemFor(a)->setCheckState(ObjectsPanel::LockedColumn, Qt::Checked);
    QVERIFY(isLocked(*document.park().find(a)));
    QCOMPARE(document.undoStack()->count(), 2);
    document.undoStack()->undo();
    document.undoStack()->undo();
    QVERIFY(isVisible(*document.park().find(a)));
    QVERIFY(!isLocked(*document.park().find(a)));
    QCOMPARE(panel.itemFor(a)->checkState(ObjectsPanel::VisibleColumn), Qt::Checked);
    QCOMPARE(panel.itemFor(a)->checkState(ObjectsPanel::LockedColumn), Qt::Unchecked);
}

void TestPanels::siteEditIsOneStep()
{
    ParkDocument document;
    SitePanel panel(&document);
    auto *latitude = panel.findChild<QDoubleSpinBox *>(QStringLiteral("site.latitude"));
    QVERIFY(latitude);
    QCOMPARE(latitude->value(), 39.83);
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(latitude, Qt::Key_Up);
    QCOMPARE(document.park().site.latitudeDeg, 39.87);
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.park().site.latitudeDeg, 39.83);
    QCOMPARE(latitude->value(), 39.83);

    auto *name = panel.findChild<QLineEdit *>(QStringLiteral("site.name"));
    QVERIFY(name);
    name->setText(QStringLiteral("Ordos Zero-Carbon Park"));
    Q_EMIT name->editingFinished();
    QCOMPARE(document.park().site.name, QStringLiteral("Ordos Zero-Carbon Park"));
}

void TestPanels::siteGridAndWeather()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ParkDocument document;
    document.setFilePath(dir.filePath(QStringLiteral("park.parkzero")));
    SitePanel panel(&document);
    QComboBox *grid = panel.gridCombo();
    QVERIFY(grid->count() > 2);
    // The last entry is the custom factor.
    grid->setCurrentIndex(grid->count() - 1);
    Q_EMIT grid->activated(grid->count() - 1);
    QVERIFY(document.park().site.grid.factorKey.isEmpty());
    grid->setCurrentIndex(0);
    Q_EMIT grid->activated(0);
    QCOMPARE(document.park().site.grid.factorKey, grid->itemData(0).toString());
    QVERIFY(!document.park().site.grid.factorKey.isEmpty());

    // A weather file next to the project is stored relative to it.
    QDir(dir.path()).mkdir(QStringLiteral("weather"));
    panel.useWeatherFile(dir.filePath(QStringLiteral("weather/ordos.epw")));
    QCOMPARE(document.park().site.weather.kind, WeatherKind::File);
    QCOMPARE(document.park().site.weather.filePath, QStringLiteral("weather/ordos.epw"));
    QCOMPARE(panel.weatherCombo()->currentData().toString(), QStringLiteral("file"));
    document.undoStack()->undo();
    QCOMPARE(document.park().site.weather.kind, WeatherKind::BuiltIn);
}

// The hourly green-power profile: a CSV of 8760 values is one undo step and makes the amount
// and share read-only; a bad file says why and changes nothing; Clear is one step back.
void TestPanels::siteHourlyGreenPower()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ParkDocument document;
    SitePanel panel(&document);
    auto *amount = panel.findChild<QDoubleSpinBox *>(QStringLiteral("site.carbon.green_power_kWh"));
    auto *share = panel.findChild<QDoubleSpinBox *>(QStringLiteral("site.carbon.green_power_share"));
    QVERIFY(amount && share);
    QVERIFY(amount->isEnabled() && !panel.clearGreenProfileButton()->isEnabled());

    const QString good = dir.filePath(QStringLiteral("green.csv"));
    QByteArray text = "kWh\n";
    for (int h = 0; h < kHoursPerYear; ++h)
        text += h % 24 < 12 ? "100.0\n" : "0.0\n";
    QVERIFY(pztest::writeFile(good, text));
    panel.useGreenProfile(good);
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.park().site.carbon.greenPowerHourlyKWh.size(), std::size_t(kHoursPerYear));
    QCOMPARE(document.park().site.carbon.greenPowerHourlyKWh[11], 100.0);
    QVERIFY(!amount->isEnabled() && !share->isEnabled());
    QVERIFY(panel.clearGreenProfileButton()->isEnabled());
    QVERIFY2(panel.greenProfileLabel()->text().contains(QLatin1String("438.0 MWh/yr over 8,760 h")),
             qPrintable(panel.greenProfileLabel()->text()));

    const QString bad = dir.filePath(QStringLiteral("short.csv"));
    QVERIFY(pztest::writeFile(bad, "1.0\n2.0\n"));
    panel.useGreenProfile(bad);
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.park().site.carbon.greenPowerHourlyKWh[11], 100.0);
    auto *problems = panel.findChild<QLabel *>(QStringLiteral("problems"));
    QVERIFY(problems);
    QVERIFY2(problems->text().contains(QLatin1String("short.csv")), qPrintable(problems->text()));

    QTest::mouseClick(panel.clearGreenProfileButton(), Qt::LeftButton);
    QCOMPARE(document.undoStack()->count(), 2);
    QVERIFY(document.park().site.carbon.greenPowerHourlyKWh.empty());
    QVERIFY(amount->isEnabled() && share->isEnabled());
    document.undoStack()->undo();
    QCOMPARE(document.park().site.carbon.greenPowerHourlyKWh.size(), std::size_t(kHoursPerYear));
    QVERIFY(!amount->isEnabled());
}

// Heat (spec §14): the supply of two selected buildings in one step, an override of the use
// type's default turned up in one step, and a fixed efficiency cleared for a heat pump.
void TestPanels::heatFieldsOfASelectionAreOneStepEach()
{
    ParkDocument document;
    SelectionModel selection(&document);
    const ObjectId a = document.addObject(makeBuilding(QStringLiteral("Hall A"), 0.0, 12.0));
    const ObjectId b = document.addObject(makeBuilding(QStringLiteral("Hall B"), 100.0, 18.0));
    document.undoStack()->clear();
    PropertiesPanel panel(&document, &selection);
    selection.setSelection({a, b});
    auto *supply = panel.findChild<QComboBox *>(QStringLiteral("building.heat.supply"));
    auto *heatLoss = panel.findChild<QDoubleSpinBox *>(QStringLiteral("building.heat.heat_loss"));
    auto *efficiency = panel.findChild<QDoubleSpinBox *>(QStringLiteral("building.heat.efficiency"));
    QVERIFY(supply && heatLoss && efficiency);
    QCOMPARE(supply->currentIndex(), supply->findData(int(heat::HeatSupply::None)));

    const int gas = supply->findData(int(heat::HeatSupply::GasBoiler));
    supply->setCurrentIndex(gas);
    Q_EMIT supply->activated(gas);
    QCOMPARE(objectAs<Building>(document, a).heat.supply, heat::HeatSupply::GasBoiler);
    QCOMPARE(objectAs<Building>(document, b).heat.supply, heat::HeatSupply::GasBoiler);
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(efficiency->value(), 92.0);   // the gas boiler's default, shown while unset
    QVERIFY(!efficiency->isEnabled());

    // Warehouses: H = 0.60 W/m²K by default; set explicitly and turned up by three steps.
    QCOMPARE(heatLoss->value(), 0.60);
    heatLoss->parentWidget()->findChild<QCheckBox *>()->click();
    QCOMPARE(objectAs<Building>(document, a).heat.heatLossWPerM2K, std::optional<double>(0.60));
    QCOMPARE(document.undoStack()->count(), 2);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(heatLoss, Qt::Key_Up);
    QVERIFY(std::abs(*objectAs<Building>(document, b).heat.heatLossWPerM2K - 0.75) < 1e-9);
    QCOMPARE(document.undoStack()->count(), 3);

    // A fixed efficiency, then a heat pump: the efficiency is cleared in the same step.
    efficiency->parentWidget()->findChild<QCheckBox *>()->click();
    QCOMPARE(objectAs<Building>(document, a).heat.efficiency, std::optional<double>(0.92));
    const int ashp = supply->findData(int(heat::HeatSupply::Ashp));
    supply->setCurrentIndex(ashp);
    Q_EMIT supply->activated(ashp);
    QCOMPARE(objectAs<Building>(document, a).heat.supply, heat::HeatSupply::Ashp);
    QVERIFY(!objectAs<Building>(document, a).heat.efficiency);
    QCOMPARE(document.undoStack()->count(), 5);

    document.undoStack()->undo();
    QCOMPARE(objectAs<Building>(document, b).heat.supply, heat::HeatSupply::GasBoiler);
    QCOMPARE(objectAs<Building>(document, b).heat.efficiency, std::optional<double>(0.92));
    QCOMPARE(supply->currentIndex(), gas);
}

void TestPanels::siteHeatSettings()
{
    ParkDocument document;
    SitePanel panel(&document);
    auto *start = panel.findChild<QLineEdit *>(QStringLiteral("site.heat.season_start"));
    auto *conversion = panel.findChild<QComboBox *>(QStringLiteral("site.heat.conversion"));
    QVERIFY(start && conversion);
    QCOMPARE(start->text(), QStringLiteral("10-15"));   // Ordos' statutory season
    start->setText(QStringLiteral("11-01"));
    Q_EMIT start->editingFinished();
    QVERIFY((document.park().site.heat.season.start == heat::SeasonDay{11, 1}));
    QCOMPARE(document.undoStack()->count(), 1);

    // A day that does not exist is refused with its path; the field shows the model's value again.
    start->setText(QStringLiteral("02-30"));
    Q_EMIT start->editingFinished();
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY((document.park().site.heat.season.start == heat::SeasonDay{11, 1}));
    QCOMPARE(start->text(), QStringLiteral("11-01"));
    bool shown = false;
    for (const QLabel *label : panel.findChildren<QLabel *>())
        shown = shown || label->text().contains(QLatin1String("heat.season_start"));
    QVERIFY(shown);

    conversion->setCurrentIndex(1);
    Q_EMIT conversion->activated(1);
    QCOMPARE(document.park().site.heat.electricityKgcePerKWh, heat::kKgcePerKWhCoalConsumption);
    QCOMPARE(document.undoStack()->count(), 2);
}

QTEST_MAIN(TestPanels)
#include "tst_panels.moc"
