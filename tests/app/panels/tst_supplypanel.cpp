// SPDX-License-Identifier: GPL-3.0-or-later
// The Supply panel (spec wind.md §12–§13): adding, duplicating, reordering and removing off-site
// plants are each one undo step; the selected plant's form edits that plant only and shows the
// part of its kind; a bad value is refused with its path and changes nothing; the list shows
// each plant's delivered energy and the direct-supply checks show values, thresholds, verdicts
// and their source from a result.

#include "document/parkdocument.h"
#include "engine/simulation.h"
#include "panels/supplypanel.h"

#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

using namespace pz;

namespace {

QPushButton *button(const SupplyPanel &panel, const char *name)
{
    return panel.findChild<QPushButton *>(QString::fromLatin1(name));
}

const std::vector<OffSitePlant> &plants(const ParkDocument &document)
{
    return document.park().site.wind.plants;
}

} // namespace

class TestSupplyPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plantEditsAreOneUndoStepEach();
    void formEditsTheSelectedPlant();
    void badValueIsRefusedWithItsPath();
    void resultFillsListAndChecks();
};

void TestSupplyPanel::plantEditsAreOneUndoStepEach()
{
    ParkDocument document;
    SupplyPanel panel(&document);
    QCOMPARE(panel.plantList()->topLevelItemCount(), 0);
    QVERIFY(!button(panel, "supply.remove")->isEnabled());

    button(panel, "supply.addWind")->click();
    button(panel, "supply.addPv")->click();
    QCOMPARE(plants(document).size(), std::size_t(2));
    QCOMPARE(plants(document)[0].kind, PlantKind::Wind);
    QCOMPARE(plants(document)[1].kind, PlantKind::Pv);
    QCOMPARE(plants(document)[0].name, QStringLiteral("Off-site wind 1"));
    QCOMPARE(document.undoStack()->count(), 2);
    QCOMPARE(panel.selectedPlant(), 1);   // the new plant is selected
    QCOMPARE(panel.plantList()->topLevelItemCount(), 2);

    button(panel, "supply.duplicate")->click();
    QCOMPARE(plants(document).size(), std::size_t(3));
    QCOMPARE(plants(document)[2].name, QStringLiteral("Off-site PV 1 1"));
    QCOMPARE(panel.selectedPlant(), 2);

    button(panel, "supply.up")->click();
    QCOMPARE(plants(document)[1].name, QStringLiteral("Off-site PV 1 1"));
    QCOMPARE(panel.selectedPlant(), 1);
    QVERIFY(button(panel, "supply.up")->isEnabled());   // index 1 can move up again

    button(panel, "supply.remove")->click();
    QCOMPARE(plants(document).size(), std::size_t(2));
    QCOMPARE(document.undoStack()->count(), 5);

    // Every step undoes on its own, back to no plant; the list follows.
    for (std::size_t expected : {3, 3, 2, 1, 0}) {
        document.undoStack()->undo();
        QCOMPARE(plants(document).size(), expected);
        QCOMPARE(panel.plantList()->topLevelItemCount(), int(expected));
    }
}

void TestSupplyPanel::formEditsTheSelectedPlant()
{
    ParkDocument document;
    SupplyPanel panel(&document);
    panel.show();
    button(panel, "supply.addWind")->click();
    button(panel, "supply.addWind")->click();
    panel.selectPlant(0);
    auto *count = panel.findChild<QSpinBox *>(QStringLiteral("supply.plant.turbineCount"));
    auto *kwp = panel.findChild<QDoubleSpinBox *>(QStringLiteral("supply.plant.kwp"));
    QVERIFY(count && kwp);
    QVERIFY(count->isVisibleTo(&panel));
    QVERIFY(!kwp->isVisibleTo(&panel));   // a wind plant's form has no PV part
    const int steps = document.undoStack()->count();
    count->setValue(32);
    QCOMPARE(plants(document)[0].turbineCount, 32);
    QCOMPARE(plants(document)[1].turbineCount, 10);   // the other plant keeps its own
    QCOMPARE(document.undoStack()->count(), steps + 1);

    auto *line = panel.findChild<QDoubleSpinBox *>(QStringLiteral("supply.plant.lineCapacity"));
    QVERIFY(line);
    line->setValue(130.0);
    QCOMPARE(plants(document)[0].line.capacityMW, 130.0);

    // The second plant shows its own values.
    panel.selectPlant(1);
    QCOMPARE(count->value(), 10);
    QCOMPARE(line->value(), 50.0);
}

void TestSupplyPanel::badValueIsRefusedWithItsPath()
{
    ParkDocument document;
    SupplyPanel panel(&document);
    button(panel, "supply.addWind")->click();
    auto *type = panel.findChild<QLineEdit *>(QStringLiteral("supply.plant.turbineType"));
    QVERIFY(type);
    const int steps = document.undoStack()->count();
    type->setText(QStringLiteral("no-such-turbine"));
    emit type->editingFinished();
    QCOMPARE(plants(document)[0].turbineType, QStringLiteral("NREL-5MW-RWT"));
    QCOMPARE(document.undoStack()->count(), steps);
    QVERIFY2(panel.problemsText().contains(QStringLiteral("wind.plants[0].turbine_type")), qPrintable(panel.problemsText()));
    QCOMPARE(type->text(), QStringLiteral("NREL-5MW-RWT"));   // the field shows the model again
}

void TestSupplyPanel::resultFillsListAndChecks()
{
    ParkDocument document;
    SupplyPanel panel(&document);
    QVERIFY(panel.checksText().contains(QStringLiteral("No result yet")));
    button(panel, "supply.addWind")->click();
    const SimulationResult result = simulatePark(document.park(), {});
    QVERIFY(result.ok);
    QCOMPARE(result.offsite.size(), std::size_t(1));
    panel.setResult(result);
    const QString delivered = panel.plantList()->topLevelItem(0)->text(4);
    QVERIFY2(delivered.contains(QStringLiteral("/yr")), qPrintable(delivered));
    const QString checks = panel.checksText();
    for (const char *part : {"Self-use ÷ available", "Self-use ÷ consumption", "≥ 60", "≥ 30", "≥ 35", "650号"})
        QVERIFY2(checks.contains(QString::fromUtf8(part)), qPrintable(checks));
    QVERIFY(checks.contains(QStringLiteral("pass")) || checks.contains(QStringLiteral("fail")));
    QVERIFY(checks.contains(QStringLiteral("not applied")));   // the export cap is off by default
}

QTEST_MAIN(TestSupplyPanel)
#include "tst_supplypanel.moc"
