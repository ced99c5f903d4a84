// SPDX-License-Identifier: GPL-3.0-or-later
// The Comparison dock on a park with two scenarios (the second without the west field, with a
// new south field and the east field moved): nothing runs and nothing is redrawn while it is hidden; shown, the other
// scenario is simulated in the background (the UI thread returns at once) and the active one
// comes from the live engine; the table shows every scenario with the best of each row in bold
// and the values as ComparisonFormat prints the core's numbers; the CSV export equals the core's;
// the map diff lists and outlines the added, removed and changed objects.

#include "comparison/comparisoncharts.h"
#include "comparison/comparisonformat.h"
#include "comparison/comparisonpanel.h"
#include "comparison/scenariodiffview.h"
#include "document/parkdocument.h"
#include "engine/computeengine.h"
#include "engine/scenariorunner.h"
#include "results/resultseries.h"

#include <QElapsedTimer>
#include <QFile>
#include <QListWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <qcustomplot.h>

using namespace pz;

namespace {

PvArray field(ObjectId id, const QString &name, double x, double y = 100, double widthM = 120)
{
    PvArray a;
    a.id = id;
    a.name = name;
    a.outline = {{x, y}, {x + widthM, y}, {x + widthM, y + 80}, {x, y + 80}};
    return a;
}

Park smallPark()
{
    Park park;
    Building hall;
    hall.id = 1;
    hall.name = QStringLiteral("Hall");
    hall.footprint = {{0, 0}, {80, 0}, {80, 40}, {0, 40}};
    park.append(hall);
    park.append(field(2, QStringLiteral("West field"), 0));
    park.append(field(3, QStringLiteral("East field"), 200));
    park.setNextId(4);
    return park;
}

int rowOf(const ScenarioComparison &c, const QString &key)
{
    for (std::size_t i = 0; i < c.rows.size(); ++i)
        if (c.rows[i].key == key)
            return int(i);
    return -1;
}

} // namespace

class TestComparisonPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void hiddenRunsNothing();
    void tableMarksBest_data();
    void tableMarksBest();
    void backgroundRunKeepsUiResponsive();
    void csvExport();
    void mapDiff();
    void cashFlowSideBySide();

private:
    std::unique_ptr<ParkDocument> m_document;
    std::unique_ptr<ComputeEngine> m_engine;
    std::unique_ptr<ComparisonPanel> m_panel;
};

void TestComparisonPanel::init()
{
    m_document = std::make_unique<ParkDocument>(smallPark());
    m_engine = std::make_unique<ComputeEngine>();
    m_engine->watch(m_document.get());
    m_panel = std::make_unique<ComparisonPanel>(m_document.get(), m_engine.get());
    m_panel->resize(1200, 500);
    // "Variant": a south field added, the east field moved, the west field removed.
    QVERIFY(!m_document->addScenario(QStringLiteral("Variant")).isEmpty());
    QVERIFY(m_document->addObject(field(0, QStringLiteral("South field"), 0, 300, 300)) != 0);
    ParkObject east = *m_document->park().find(3);
    east = translatedObject(east, 0, 20);
    QVERIFY(m_document->changeObject(east, QStringLiteral("move")));
    QVERIFY(m_document->removeObjects({2}));
    QVERIFY(m_document->switchScenario(QStringLiteral("s1")));
    QVERIFY(m_engine->waitForResult(120000));
}

void TestComparisonPanel::cleanup()
{
    m_panel.reset();
    m_engine.reset();
    m_document.reset();
}

void TestComparisonPanel::hiddenRunsNothing()
{
    QCOMPARE(m_panel->runner()->runs(), 0);
    // Neither are the live results turned into a table while hidden.
    QVERIFY(m_panel->comparison().rows.empty());
    m_panel->show();
    QVERIFY(m_panel->waitForResults(120000));
    QCOMPARE(m_panel->runner()->runs(), 1);  // the active scenario is the engine's
    QCOMPARE(m_panel->comparison().scenarioNames.size(), 2);
}

void TestComparisonPanel::tableMarksBest_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QList<bool>>("bold");
    // Base: west and east fields; Variant: east and the larger south field.
    QTest::newRow("consumption: neutral") << "annual_consumption_kWh" << QList<bool>{false, false};
    QTest::newRow("import: lower") << "grid_import_kWh" << QList<bool>{};
    QTest::newRow("generation: higher") << "annual_generation_kWh" << QList<bool>{};
}

void TestComparisonPanel::tableMarksBest()
{
    QFETCH(QString, key);
    QFETCH(QList<bool>, bold);
    m_panel->show();
    QVERIFY(m_panel->waitForResults(120000));
    const ScenarioComparison &c = m_panel->comparison();
    const int row = rowOf(c, key);
    QVERIFY(row >= 0);
    const ComparisonRow &r = c.rows[size_t(row)];
    QTableWidget *table = m_panel->table();
    QCOMPARE(table->columnCount(), 4);
    QCOMPARE(table->horizontalHeaderItem(2)->text(), m_document->project().at(0).name);
    QCOMPARE(table->horizontalHeaderItem(3)->text(), QStringLiteral("Variant"));
    QCOMPARE(table->item(row, 0)->text(), r.label);
    const FormattedRow f = ComparisonFormat::format(r);
    QCOMPARE(table->item(row, 1)->text(), f.unit);
    if (bold.isEmpty()) {
        // A row with a direction: the two parks differ, exactly one is best.
        QVERIFY(*r.values[0] != *r.values[1]);
        QCOMPARE(r.best.size(), std::size_t(1));
        for (int s = 0; s < 2; ++s)
            bold << r.isBest(s);
    }
    for (int s = 0; s < 2; ++s) {
        QCOMPARE(table->item(row, s + 2)->text(), f.values[s]);
        QCOMPARE(table->item(row, s + 2)->font().bold(), bold[s]);
    }
    // The numbers are the results' own.
    const SimulationResult &active = m_engine->lastResult();
    if (key == QLatin1String("grid_import_kWh"))
        QCOMPARE(*r.values[0], active.park.gridImportKWh);
}

void TestComparisonPanel::backgroundRunKeepsUiResponsive()
{
    m_panel->show();
    QVERIFY(m_panel->waitForResults(120000));
    const int runs = m_panel->runner()->runs();
    // Switching makes the base an "other" scenario: simulated off the UI thread.
    QElapsedTimer timer;
    timer.start();
    QVERIFY(m_document->switchScenario(QStringLiteral("s2")));
    QVERIFY(m_panel->runner()->isBusy());
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(m_panel->waitForResults(120000));
    QCOMPARE(m_panel->runner()->runs(), runs + 1);
    // Switching back: both kept, no run.
    QVERIFY(m_document->switchScenario(QStringLiteral("s1")));
    QVERIFY(m_panel->waitForResults(120000));
    QCOMPARE(m_panel->runner()->runs(), runs + 1);
    QCOMPARE(m_panel->comparison().scenarioNames.size(), 2);
}

void TestComparisonPanel::csvExport()
{
    m_panel->show();
    QVERIFY(m_panel->waitForResults(120000));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.csv"));
    QString error;
    QVERIFY2(m_panel->exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), comparisonCsv(m_panel->comparison()));
    QVERIFY(!m_panel->exportCsv(dir.filePath(QStringLiteral("missing/c.csv")), &error));
    QVERIFY(error.contains(QLatin1String("c.csv")));
}

void TestComparisonPanel::mapDiff()
{
    m_panel->show();
    ScenarioDiffView *diff = m_panel->diffView();
    diff->setScenarios(0, 1);
    QCOMPARE(diff->diff().removed, ObjectIds{2});
    QCOMPARE(diff->diff().changed, ObjectIds{3});
    QCOMPARE(diff->diff().added.size(), 1);
    QCOMPARE(diff->markerCount(), 3);
    QStringList items;
    for (int i = 0; i < diff->list()->count(); ++i)
        items << diff->list()->item(i)->text();
    QCOMPARE(items.size(), 3);
    QVERIFY(items[0].contains(QLatin1String("South field")));
    QVERIFY(items[1].contains(QLatin1String("East field")));
    QVERIFY(items[2].contains(QLatin1String("West field")));
    // The other way round: what was added is removed.
    diff->setScenarios(1, 0);
    QCOMPARE(diff->diff().added, ObjectIds{2});
    QCOMPARE(diff->diff().removed.size(), 1);
    // An edit of the active scenario (Base, the second here) updates the diff shown.
    m_panel->tabs()->setCurrentWidget(diff);
    QVERIFY(m_document->removeObjects({3}));
    QCOMPARE(diff->diff().changed.size(), 0);
    QCOMPARE(diff->diff().added, ObjectIds{2});
    QCOMPARE(diff->diff().removed.size(), 2);
    QCOMPARE(diff->markerCount(), 3);
    diff->setScenarios(0, 0);
    QVERIFY(diff->diff().isEmpty());
    QCOMPARE(diff->markerCount(), 0);
}

// The cash-flow chart: each scenario's cumulative savings against BAU, plain and discounted,
// one line each, the values those of the scenario's own economics.
void TestComparisonPanel::cashFlowSideBySide()
{
    m_panel->show();
    QVERIFY(m_panel->waitForResults(120000));
    ComparisonCashFlowChart *chart = m_panel->cashFlowChart();
    QCustomPlot *plot = chart->findChild<QCustomPlot *>();
    QVERIFY(plot);
    const auto &scenarios = chart->scenarios();
    QCOMPARE(int(scenarios.size()), 2);
    QCOMPARE(plot->graphCount(), 4);
    for (int i = 0; i < 2; ++i) {
        QVERIFY(scenarios[size_t(i)].result.economics);
        const ResultSeries::CashFlow flow = ResultSeries::cashFlow(*scenarios[size_t(i)].result.economics);
        QCPGraph *plain = plot->graph(2 * i), *discounted = plot->graph(2 * i + 1);
        QCOMPARE(plain->name(), scenarios[size_t(i)].name);
        QCOMPARE(plain->data()->size(), int(flow.cumulativeCNY.size()));
        // The axis shows the money in one scale: the ratio of last to first values is kept.
        std::size_t big = 0;
        for (std::size_t y = 0; y < flow.cumulativeCNY.size(); ++y)
            big = std::abs(flow.cumulativeCNY[y]) > std::abs(flow.cumulativeCNY[big]) ? y : big;
        QVERIFY(flow.cumulativeCNY[big] != 0.0);
        const double scale = flow.cumulativeCNY[big] / plain->data()->at(int(big))->value;
        QVERIFY(std::abs(plain->data()->at(plain->data()->size() - 1)->value * scale - flow.cumulativeCNY.back())
                <= 1e-9 * std::abs(flow.cumulativeCNY.back()) + 1e-6);
        QVERIFY(std::abs(discounted->data()->at(discounted->data()->size() - 1)->value * scale
                         - flow.discountedCumulativeCNY.back())
                <= 1e-9 * std::abs(flow.discountedCumulativeCNY.back()) + 1e-6);
    }
    QVERIFY(!chart->toolTipAt(QPointF(plot->axisRect()->center())).isEmpty());
}

QTEST_MAIN(TestComparisonPanel)
#include "tst_comparisonpanel.moc"
