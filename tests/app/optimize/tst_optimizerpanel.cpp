// SPDX-License-Identifier: GPL-3.0-or-later
// The optimizer in the editor (spec §16.13), driven by clicks and keys in the main window: a
// role chosen in the properties of two turbines is one undo step; the optimizer's settings are
// one undo step each and saved in the project; Run solves in a child process and gives the sizes
// of solveProblem() on the same problem; Cancel kills the child and leaves the project and the
// undo history as they were; Apply adds one undo step and a scenario holding applyOptimum()'s park.

#include "document/parkdocument.h"
#include "engine/applyoptimum.h"
#include "engine/computeengine.h"
#include "io/projectfile.h"
#include "live/liveresults.h"
#include "mainwindow.h"
#include "optimize/optimizercandidates.h"
#include "optimize/optimizerpanel.h"
#include "optimizer/solver.h"
#include "optimizerpark.h"
#include "panels/propertiespanel.h"
#include "selectionmodel.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

#include <csignal>

using namespace pz;

namespace {

// The small park with a threshold it can meet and no battery, so that a solve takes seconds.
Park quickPark()
{
    Park park = pztest::optimizerPark();
    park.site.carbon.thresholdTCO2PerTce = 0.5;
    park.site.optimizer.batteryMaxKWh = 0;
    return park;
}

bool nearRelative(double a, double b)
{
    return std::abs(a - b) <= 1e-6 * std::max(1.0, std::abs(b));
}

bool processAlive(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}

} // namespace

class TestOptimizerPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void roleInPropertiesIsOneUndoStep();
    void candidatesFollowTheSelection();
    void settingsAreUndoableAndSaved();
    void unsetBatteryMaximaShowTheirDefaults();
    void runGivesTheInProcessOptimum();
    void cancelKillsTheChild();
    void applyAddsOneScenario();

private:
    template<typename W>
    W *widget(const char *name) const
    {
        return m_panel->findChild<W *>(QLatin1String(name));
    }
    int undoCount() const { return m_document->undoStack()->count(); }
    bool runToTheEnd();

    QTemporaryDir m_recovery;
    MainWindow *m_window = nullptr;
    ParkDocument *m_document = nullptr;
    OptimizerPanel *m_panel = nullptr;
};

void TestOptimizerPanel::init()
{
    m_window = new MainWindow(nullptr, m_recovery.path());
    m_document = m_window->document();
    m_document->resetPark(quickPark());
    m_window->resize(1500, 950);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->showOptimizer();
    m_panel = m_window->optimizerPanel();
    m_panel->run()->setCliPath(pztest::cliPath());
    QTRY_VERIFY(m_panel->isVisible());
    QVERIFY(m_window->liveResults()->engine()->waitForResult(120000));
}

void TestOptimizerPanel::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

bool TestOptimizerPanel::runToTheEnd()
{
    QTest::mouseClick(widget<QPushButton>("optimizer.run"), Qt::LeftButton);
    return QTest::qWaitFor([this] { return !m_panel->run()->isRunning() && m_panel->outcome().has_value(); }, 180000);
}

void TestOptimizerPanel::roleInPropertiesIsOneUndoStep()
{
    m_window->selection()->setSelection({3, 4});   // both turbines
    auto *role = m_window->propertiesPanel()->findChild<QComboBox *>(QStringLiteral("turbine.optimizerRole"));
    QVERIFY(role);
    QTRY_VERIFY(role->isVisible());
    const int before = undoCount();
    role->setFocus();
    QTest::keyClick(role, Qt::Key_Down);   // Candidate → Keep
    QCOMPARE(undoCount(), before + 1);
    for (ObjectId id : {3, 4})
        QCOMPARE(std::get<WindTurbine>(*m_document->park().find(id)).optimizerRole, OptimizerRole::Keep);
    m_document->undoStack()->undo();
    for (ObjectId id : {3, 4})
        QCOMPARE(std::get<WindTurbine>(*m_document->park().find(id)).optimizerRole, OptimizerRole::Candidate);
    QCOMPARE(role->currentData().toInt(), int(OptimizerRole::Candidate));
}

void TestOptimizerPanel::candidatesFollowTheSelection()
{
    QTreeWidget *tree = m_panel->candidates()->tree();
    // The field is the first PV row; clicking it selects it on the map.
    QTreeWidgetItem *pv = tree->topLevelItem(0);
    QTreeWidgetItem *field = nullptr;
    for (int i = 0; i < pv->childCount(); ++i)
        if (pv->child(i)->text(0) == QStringLiteral("Field"))
            field = pv->child(i);
    QVERIFY(field);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(field).center());
    QCOMPARE(m_window->selection()->selectedIds(), ObjectIds{2});
    // The map's selection selects the turbine rows (and their group's).
    m_window->selection()->setSelection({3, 4});
    QVERIFY(!field->isSelected());
    int selectedTurbines = 0;
    for (QTreeWidgetItem *item : tree->selectedItems())
        selectedTurbines += item->text(0).startsWith(QLatin1Char('T'));
    QCOMPARE(selectedTurbines, 2);
    // A role chosen in the list is one undo step.
    const int before = undoCount();
    auto *combo = qobject_cast<QComboBox *>(tree->itemWidget(field, 3));
    QVERIFY(combo);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_End);   // Excluded
    QTRY_COMPARE(std::get<PvArray>(*m_document->park().find(2)).optimizerRole, OptimizerRole::Excluded);
    QCOMPARE(undoCount(), before + 1);
}

void TestOptimizerPanel::settingsAreUndoableAndSaved()
{
    const int before = undoCount();
    auto *keep = widget<QCheckBox>("optimizer.keepPlaced");
    keep->setFocus();
    QTest::keyClick(keep, Qt::Key_Space);
    QVERIFY(m_document->park().site.optimizer.keepPlaced);
    auto *threshold = widget<QDoubleSpinBox>("optimizer.threshold");
    threshold->setFocus();
    threshold->selectAll();
    QTest::keyClicks(threshold, QStringLiteral("0.45"));
    QTest::keyClick(threshold, Qt::Key_Return);
    QCOMPARE(m_document->park().site.carbon.thresholdTCO2PerTce, 0.45);
    QCOMPARE(undoCount(), before + 2);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("saved.parkzero"));
    QVERIFY(m_window->saveFile(path));
    const io::LoadResult loaded = io::loadProject(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QVERIFY(loaded.park->site.optimizer.keepPlaced);
    QCOMPARE(loaded.park->site.optimizer.batteryMaxKWh, 0.0);
    QCOMPARE(loaded.park->site.carbon.thresholdTCO2PerTce, 0.45);

    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QVERIFY(!m_document->park().site.optimizer.keepPlaced);
    QCOMPARE(m_document->park().site.carbon.thresholdTCO2PerTce, 0.5);
    QVERIFY(!widget<QCheckBox>("optimizer.keepPlaced")->isChecked());
}

// Unset, the battery's largest energy shows what the optimizer will take (10 × the mean daily
// consumption of the park as simulated) and the largest power that energy over one hour.
void TestOptimizerPanel::unsetBatteryMaximaShowTheirDefaults()
{
    Park park = quickPark();
    park.site.optimizer.batteryMaxKWh = -1;
    park.site.optimizer.batteryMaxKW = -1;
    m_document->resetPark(park);
    QVERIFY(m_window->liveResults()->engine()->waitForResult(120000));
    QTRY_VERIFY(m_window->liveResults()->result().ok && m_window->liveResults()->result().revision == m_document->revision());
    const double consumption = m_window->liveResults()->result().park.annualConsumptionKWh;
    QVERIFY(consumption > 0);
    auto *energy = widget<QDoubleSpinBox>("optimizer.batteryMaxKWh");
    auto *power = widget<QDoubleSpinBox>("optimizer.batteryMaxKW");
    QTRY_COMPARE(energy->value(), std::round(10.0 * consumption / 365.0));
    QVERIFY(!energy->isEnabled());
    QCOMPARE(power->value(), energy->value());
    QVERIFY(!power->isEnabled());

    Site site = m_document->park().site;
    site.optimizer.batteryMaxKWh = 5000;
    QVERIFY(m_document->changeSite(site, QStringLiteral("battery bound")));
    QCOMPARE(energy->value(), 5000.0);
    QVERIFY(energy->isEnabled());
    QCOMPARE(power->value(), 5000.0);   // still unset: the energy over one hour
    QVERIFY(!power->isEnabled());
}

void TestOptimizerPanel::runGivesTheInProcessOptimum()
{
    QVERIFY(runToTheEnd());
    const OptimizerOutcome &o = *m_panel->outcome();
    QCOMPARE(o.result.status, optimizer::SolveStatus::Optimal);
    QCOMPARE(o.revision, m_document->revision());
    optimizer::SolveSettings settings;
    settings.exact = m_document->park().site.optimizer.exact;
    const optimizer::OptimizerResult inProcess = optimizer::solveProblem(o.problem, settings);
    QCOMPARE(inProcess.status, optimizer::SolveStatus::Optimal);
    QCOMPARE(o.result.pvKWp.size(), inProcess.pvKWp.size());
    for (std::size_t i = 0; i < inProcess.pvKWp.size(); ++i)
        QVERIFY2(nearRelative(o.result.pvKWp[i], inProcess.pvKWp[i]), qPrintable(QString::number(o.result.pvKWp[i])));
    for (std::size_t j = 0; j < inProcess.windTurbines.size(); ++j)
        QVERIFY(nearRelative(o.result.windTurbines[j], inProcess.windTurbines[j]));
    QVERIFY(nearRelative(o.result.batteryKWh, inProcess.batteryKWh));
    QVERIFY(nearRelative(o.result.annual.greenPowerKWh, inProcess.annual.greenPowerKWh));
    QVERIFY(nearRelative(o.result.objectiveCnyPerYr, inProcess.objectiveCnyPerYr));
    QVERIFY(!m_panel->resultText().contains(QStringLiteral("changed since")));
    // An edit afterwards: the result says it belongs to an older park.
    Site site = m_document->park().site;
    site.carbon.thresholdTCO2PerTce = 0.6;
    QVERIFY(m_document->changeSite(site, QStringLiteral("threshold")));
    QVERIFY(m_panel->resultText().contains(QStringLiteral("changed since")));
}

void TestOptimizerPanel::cancelKillsTheChild()
{
    Site site = m_document->park().site;
    site.optimizer.exact = true;   // the slower simplex: time to cancel it
    QVERIFY(m_document->changeSite(site, QStringLiteral("exact")));
    QVERIFY(m_window->liveResults()->engine()->waitForResult(120000));
    const Project before = m_document->project();
    const int steps = undoCount();
    QTest::mouseClick(widget<QPushButton>("optimizer.run"), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([this] { return m_panel->run()->childProcessId() != 0; }, 60000));
    const qint64 pid = m_panel->run()->childProcessId();
    QVERIFY(processAlive(pid));
    QTest::mouseClick(widget<QPushButton>("optimizer.cancel"), Qt::LeftButton);
    QVERIFY(!m_panel->run()->isRunning());
    QVERIFY(!processAlive(pid));
    QVERIFY(!m_panel->outcome().has_value());
    QVERIFY(m_document->project() == before);
    QCOMPARE(undoCount(), steps);
    QVERIFY(widget<QPushButton>("optimizer.run")->isEnabled());
}

void TestOptimizerPanel::applyAddsOneScenario()
{
    QVERIFY(runToTheEnd());
    const OptimizerOutcome o = *m_panel->outcome();
    QCOMPARE(o.result.status, optimizer::SolveStatus::Optimal);
    const int steps = undoCount();
    const int scenarios = m_document->project().count();
    const QString source = m_document->project().active().name;
    QTest::mouseClick(widget<QPushButton>("optimizer.apply"), Qt::LeftButton);
    QCOMPARE(undoCount(), steps + 1);
    QCOMPARE(m_document->project().count(), scenarios + 1);
    const AppliedOptimum expected = applyOptimum(o.park, o.simulated, o.problem, o.result, Point2(0.0, 0.0));
    QVERIFY(m_document->park() == expected.park);
    QCOMPARE(m_document->project().active().name, QStringLiteral("Least cost to 0.50"));
    QCOMPARE(m_document->project().active().note,
             appliedScenarioNote(source, o.result, indicatorDifferences(expected, o.result)));
    // The new scenario's own simulation, beside the optimizer's indicator.
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->resultText().contains(QStringLiteral("Intensity, re-simulated"))
                                 && !m_panel->resultText().contains(QStringLiteral("computing")),
                             120000);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->project().count(), scenarios);
}

QTEST_MAIN(TestOptimizerPanel)
#include "tst_optimizerpanel.moc"
