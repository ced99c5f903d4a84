// SPDX-License-Identifier: GPL-3.0-or-later
// The Costs panel and its tariff editor (spec §15.9, §15.4): a cost edit is one undo step, the
// spec's placeholder defaults are marked, a mouse stroke over a period grid is one undo step, an
// invalid tariff is refused with its reason, cost sets round-trip and a bad one changes nothing.

#include "document/parkdocument.h"
#include "economics/settings.h"
#include "panels/costspanel.h"
#include "panels/periodgridwidget.h"
#include "panels/tariffeditor.h"

#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pz;

class TestCostsPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void costEditIsOneUndoStep();
    void placeholdersAreMarked();
    void strokeIsOneUndoStep();
    void invalidTariffIsRefused();
    void peakValleyHintIsNotEnforced();
    void costSetRoundTrips();
    void badCostSetChangesNothing();
};

void TestCostsPanel::costEditIsOneUndoStep()
{
    ParkDocument document;
    CostsPanel panel(&document);
    auto *capex = qobject_cast<QDoubleSpinBox *>(panel.fieldEditor(QStringLiteral("costs.pv_ground_capex_CNY_per_kWp")));
    QVERIFY(capex);
    QCOMPARE(capex->value(), 3000.0);
    QCOMPARE(capex->suffix(), QStringLiteral(" CNY/kWp"));
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(capex, Qt::Key_Up);
    QCOMPARE(document.park().site.economics.costs.pvGroundCapexCNYPerKWp, 3300.0);
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.park().site.economics.costs.pvGroundCapexCNYPerKWp, 3000.0);
    QCOMPARE(capex->value(), 3000.0);

    // A whole number and a fraction shown in %.
    auto *years = qobject_cast<QSpinBox *>(panel.fieldEditor(QStringLiteral("analysis_years")));
    QVERIFY(years);
    QTest::keyClick(years, Qt::Key_Up);
    QCOMPARE(document.park().site.economics.analysisYears, 26);
    auto *rate = qobject_cast<QDoubleSpinBox *>(panel.fieldEditor(QStringLiteral("discount_rate")));
    QVERIFY(rate);
    QCOMPARE(rate->value(), 6.0);
    rate->setValue(8.0);
    QCOMPARE(document.park().site.economics.discountRate, 0.08);
    auto *heat = qobject_cast<QDoubleSpinBox *>(panel.fieldEditor(QStringLiteral("costs.heat_om_CNY_per_kWth_yr.ashp")));
    QVERIFY(heat);
    QCOMPARE(heat->value(), 30.0);

    // Every numeric field of the core table has an editor, and only those.
    for (const economics::SettingField &f : economics::settingFields())
        QCOMPARE(panel.fieldEditor(f.key) != nullptr, bool(f.get));
}

void TestCostsPanel::placeholdersAreMarked()
{
    ParkDocument document;
    CostsPanel panel(&document);
    QStringList expected;
    for (const economics::SettingField &f : economics::settingFields())
        if (f.isPlaceholder())
            expected << f.key;
    expected.sort();
    QVERIFY(expected.contains(QStringLiteral("tariff.weekday")));
    QCOMPARE(panel.placeholderKeys(), expected);

    const QString gasKey = QStringLiteral("fuel_prices.gas_CNY_per_m3");
    auto *gas = qobject_cast<QDoubleSpinBox *>(panel.fieldEditor(gasKey));
    QVERIFY(gas);
    auto *label = panel.findChildren<QLabel *>().value(0);
    for (QLabel *l : panel.findChildren<QLabel *>())
        if (l->buddy() == gas)
            label = l;
    QVERIFY(label->text().contains(QStringLiteral("placeholder")));
    QVERIFY(gas->toolTip().contains(QStringLiteral("§15.5")));

    // The user's own price is no placeholder; undo brings the default and its mark back.
    gas->setValue(3.5);
    QVERIFY(!panel.placeholderKeys().contains(gasKey));
    QVERIFY(!label->text().contains(QStringLiteral("placeholder")));
    document.undoStack()->undo();
    QCOMPARE(panel.placeholderKeys(), expected);
}

void TestCostsPanel::strokeIsOneUndoStep()
{
    ParkDocument document;
    CostsPanel panel(&document);
    panel.resize(520, 1400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    TariffEditor *editor = panel.tariffEditor();
    PeriodGridWidget *grid = editor->weekdayGrid();
    editor->selectPeriod(2);   // peak
    QCOMPARE(grid->paintPeriod(), 2);
    const economics::PeriodGrid before = document.park().site.economics.tariff.weekday;
    QCOMPARE(before[0][3], 0);

    // From January 02:00 across to 05:00, then down into February: the rectangle is painted.
    QTest::mousePress(grid, Qt::LeftButton, {}, grid->cellRect(0, 2).center());
    QTest::mouseMove(grid, grid->cellRect(0, 4).center());
    QTest::mouseMove(grid, grid->cellRect(0, 5).center());
    QTest::mouseMove(grid, grid->cellRect(1, 5).center());
    QTest::mouseRelease(grid, Qt::LeftButton, {}, grid->cellRect(1, 5).center());

    const economics::PeriodGrid &after = document.park().site.economics.tariff.weekday;
    for (int m = 0; m < 12; ++m)
        for (int h = 0; h < 24; ++h) {
            const bool stroked = m <= 1 && h >= 2 && h <= 5;
            QCOMPARE(after[m][h], stroked ? 2 : before[m][h]);
        }
    QCOMPARE(document.park().site.economics.tariff.weekend, before);
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(!panel.placeholderKeys().contains(QStringLiteral("tariff.weekday")));
    document.undoStack()->undo();
    QCOMPARE(document.park().site.economics.tariff.weekday, before);
    QCOMPARE(grid->grid(), before);

    // A second stroke is a second step.
    QTest::mousePress(grid, Qt::LeftButton, {}, grid->cellRect(5, 0).center());
    QTest::mouseRelease(grid, Qt::LeftButton, {}, grid->cellRect(5, 0).center());
    QTest::mousePress(grid, Qt::LeftButton, {}, grid->cellRect(6, 0).center());
    QTest::mouseRelease(grid, Qt::LeftButton, {}, grid->cellRect(6, 0).center());
    QCOMPARE(document.undoStack()->count(), 2);
}

void TestCostsPanel::invalidTariffIsRefused()
{
    ParkDocument document;
    CostsPanel panel(&document);
    TariffEditor *editor = panel.tariffEditor();
    const economics::Tariff before = document.park().site.economics.tariff;

    // The peak period still has hours: removing it would leave them without a period.
    editor->selectPeriod(2);
    editor->removeSelectedPeriod();
    QCOMPARE(document.park().site.economics.tariff, before);
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(editor->problemText().contains(QStringLiteral("economics.tariff.weekday[0][17]")));
    QVERIFY(editor->problemText().contains(QStringLiteral("every hour needs a period")));
    QCOMPARE(editor->periodTable()->rowCount(), 3);

    // An unused period comes and goes; the message clears.
    editor->addPeriod();
    QCOMPARE(document.park().site.economics.tariff.periods.size(), std::size_t(4));
    QVERIFY(editor->problemText().isEmpty());
    editor->selectPeriod(3);
    editor->removeSelectedPeriod();
    QCOMPARE(document.park().site.economics.tariff, before);
    QCOMPARE(document.undoStack()->count(), 2);
}

void TestCostsPanel::peakValleyHintIsNotEnforced()
{
    ParkDocument document;
    CostsPanel panel(&document);
    TariffEditor *editor = panel.tariffEditor();
    QVERIFY(editor->ratioText().contains(QStringLiteral("3.00")));
    QVERIFY(!editor->ratioText().contains(QLatin1Char('\n')));   // 3 : 1 meets the rule
    auto *peak = editor->periodTable()->findChild<QDoubleSpinBox *>(QStringLiteral("tariff.price.2"));
    QVERIFY(peak);
    peak->setValue(0.5);
    QCOMPARE(document.park().site.economics.tariff.periods[2].priceCNYPerKWh, 0.5);
    QVERIFY(editor->ratioText().contains(QStringLiteral("2.50")));
    QVERIFY(editor->ratioText().contains(QLatin1Char('\n')));   // the hint
    QVERIFY(editor->problemText().isEmpty());
}

void TestCostsPanel::costSetRoundTrips()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("inner-mongolia.pzcosts"));
    ParkDocument document;
    CostsPanel panel(&document);
    qobject_cast<QDoubleSpinBox *>(panel.fieldEditor(QStringLiteral("costs.pv_ground_capex_CNY_per_kWp")))->setValue(3500);
    qobject_cast<QDoubleSpinBox *>(panel.fieldEditor(QStringLiteral("fuel_prices.coal_CNY_per_t")))->setValue(720);
    panel.tariffEditor()->addPeriod();
    const economics::EconomicsSettings saved = document.park().site.economics;
    QVERIFY(panel.saveCostSet(path));

    ParkDocument other;
    CostsPanel otherPanel(&other);
    qobject_cast<QSpinBox *>(otherPanel.fieldEditor(QStringLiteral("analysis_years")))->setValue(20);
    const int steps = other.undoStack()->count();
    QVERIFY2(otherPanel.loadCostSet(path), qPrintable(otherPanel.problemText()));
    const economics::EconomicsSettings &loaded = other.park().site.economics;
    QCOMPARE(loaded.costs, saved.costs);
    QCOMPARE(loaded.fuelPrices, saved.fuelPrices);
    QCOMPARE(loaded.tariff, saved.tariff);
    QCOMPARE(loaded.analysisYears, 20);   // not part of a cost set
    QCOMPARE(other.undoStack()->count(), steps + 1);
    QCOMPARE(otherPanel.tariffEditor()->periodTable()->rowCount(), 4);
    other.undoStack()->undo();
    QCOMPARE(other.park().site.economics.costs, economics::CostSettings{});
}

void TestCostsPanel::badCostSetChangesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bad.pzcosts"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "parkzero-costs", "format_version": 1, "costs": {"pv_ground_capex_CNY_per_kWp": -5}})");
    file.close();
    ParkDocument document;
    CostsPanel panel(&document);
    const economics::EconomicsSettings before = document.park().site.economics;
    QVERIFY(!panel.loadCostSet(path));
    QCOMPARE(document.park().site.economics, before);
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(panel.problemText().contains(QStringLiteral("bad.pzcosts")));
    QVERIFY(panel.problemText().contains(QStringLiteral("pv_ground_capex_CNY_per_kWp")));
    QVERIFY(!panel.loadCostSet(dir.filePath(QStringLiteral("missing.pzcosts"))));
    QVERIFY(panel.problemText().contains(QStringLiteral("missing.pzcosts")));
}

QTEST_MAIN(TestCostsPanel)
#include "tst_costspanel.moc"
