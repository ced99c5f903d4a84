// SPDX-License-Identifier: GPL-3.0-or-later
#include "optimize/optimizerpanel.h"

#include "document/parkdocument.h"
#include "engine/applyoptimum.h"
#include "engine/optimizerinput.h"
#include "live/liveresults.h"
#include "optimize/optimizercandidates.h"
#include "panels/formbuilder.h"
#include "panels/panelwidgets.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace pz {

namespace {

// Where a store the optimum adds goes: the centre of the site boundary (the origin without one).
Point2 newStorePosition(const Site &site)
{
    if (site.boundary.empty())
        return {};
    double minX = site.boundary.front().px, maxX = minX, minY = site.boundary.front().py, maxY = minY;
    for (const Point2 &p : site.boundary) {
        minX = std::min(minX, p.px);
        maxX = std::max(maxX, p.px);
        minY = std::min(minY, p.py);
        maxY = std::max(maxY, p.py);
    }
    return {(minX + maxX) / 2.0, (minY + maxY) / 2.0};
}

// The verdict's intensity of a simulation (with heat, the one over every carrier).
double verdictIntensity(const SimulationResult &r)
{
    return r.heat.present ? r.heat.intensityTCO2PerTce : r.park.intensityTCO2PerTce;
}

} // namespace

OptimizerPanel::OptimizerPanel(ParkDocument *document, SelectionModel *selection, LiveResults *live, QWidget *parent)
    : QWidget(parent), m_document(document), m_live(live), m_run(new OptimizerRun(this)), m_clock(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buildBar());
    m_solverLine = new QLabel;
    m_solverLine->setObjectName(QStringLiteral("optimizer.solverLine"));
    m_solverLine->setEnabled(false);
    m_solverLine->hide();
    layout->addWidget(m_solverLine);
    m_problems = createProblemsLabel(QStringLiteral("optimizer.problems"));
    layout->addWidget(m_problems);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(buildSettings());
    auto *middle = new QWidget;
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    m_candidates = new OptimizerCandidates(document, selection);
    middleLayout->addWidget(m_candidates, 1);
    middleLayout->addWidget(buildCosts());
    // Scrolled rather than adding to the height the bottom docks need.
    auto *middleScroll = new QScrollArea;
    middleScroll->setWidgetResizable(true);
    middleScroll->setFrameShape(QFrame::NoFrame);
    middleScroll->setWidget(middle);
    split->addWidget(middleScroll);
    m_result = new QTextBrowser;
    m_result->setObjectName(QStringLiteral("optimizer.result"));
    m_result->setPlaceholderText(tr("Run the optimizer to see the least-cost design here."));
    split->addWidget(m_result);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 3);
    layout->addWidget(split, 1);

    connect(m_runButton, &QPushButton::clicked, this, &OptimizerPanel::startRun);
    connect(m_cancelButton, &QPushButton::clicked, this, &OptimizerPanel::cancelRun);
    connect(m_applyButton, &QPushButton::clicked, this, &OptimizerPanel::applyResult);
    connect(m_clock, &QTimer::timeout, this, &OptimizerPanel::tick);
    m_clock->setInterval(500);
    connect(m_run, &OptimizerRun::phaseChanged, this, &OptimizerPanel::onPhase);
    connect(m_run, &OptimizerRun::progressLine, m_solverLine, [this](const QString &line) {
        m_solverLine->setText(line);
        m_solverLine->show();
    });
    connect(m_run, &OptimizerRun::finished, this, [this](const OptimizerOutcome &outcome) {
        m_outcome = outcome;
        m_applied.reset();
        m_error.clear();
        updateResult();
    });
    connect(m_run, &OptimizerRun::failed, this, [this](const QString &message) {
        m_error = message;
        updateResult();
    });
    connect(m_run, &OptimizerRun::cancelled, this, [this] {
        m_status->setText(tr("Cancelled; the park is unchanged."));
    });
    connect(document, &ParkDocument::changed, this, [this] {
        m_form->refresh();
        updateCosts();
        updateResult();
    });
    if (live) {
        connect(live, &LiveResults::resultApplied, this, &OptimizerPanel::onLiveResult);
        if (live->result().ok)
            m_candidates->setResult(live->result());
    }
    m_form->refresh();
    updateCosts();
    updateButtons();
}

OptimizerPanel::~OptimizerPanel() = default;

// Run, Cancel, the progress and Apply.
QHBoxLayout *OptimizerPanel::buildBar()
{
    auto *bar = new QHBoxLayout;
    m_runButton = new QPushButton(tr("Run"));
    m_runButton->setObjectName(QStringLiteral("optimizer.run"));
    m_runButton->setToolTip(tr("Find the least-cost sizes that make the park zero-carbon, in the background"));
    m_cancelButton = new QPushButton(tr("Cancel"));
    m_cancelButton->setObjectName(QStringLiteral("optimizer.cancel"));
    m_applyButton = new QPushButton(tr("Apply as Scenario"));
    m_applyButton->setObjectName(QStringLiteral("optimizer.apply"));
    m_applyButton->setToolTip(tr("Write the optimum into a new scenario, a copy of the one optimised"));
    m_progress = new QProgressBar;
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("optimizer.status"));
    bar->addWidget(m_runButton);
    bar->addWidget(m_cancelButton);
    bar->addWidget(m_progress);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_applyButton);
    return bar;
}

QWidget *OptimizerPanel::buildSettings()
{
    auto *content = new QWidget;
    auto *page = new QVBoxLayout(content);
    page->setContentsMargins(0, 0, 0, 0);
    FormBuilder<Site>::Context context;
    ParkDocument *document = m_document;
    context.document = document;
    context.current = [document] { return std::vector<Site>{document->park().site}; };
    context.commit = [document](const std::vector<Site> &values, const QString &text, const QString &key,
                                QStringList *problems) { return document->changeSite(values.front(), text, key, problems); };
    context.report = [this](const QStringList &problems) {
        m_problems->setText(problems.isEmpty() ? QString() : tr("Not applied: %1").arg(problems.join(QLatin1Char('\n'))));
        m_problems->setVisible(!problems.isEmpty());
    };
    m_form = std::make_unique<FormBuilder<Site>>(std::move(context), QStringLiteral("optimizer"));
    auto &f = *m_form;
    QFormLayout *form = addFormGroup(page, tr("Requirement"));
    f.addNumber(form, tr("Threshold:"), tr("The carbon intensity the park must not exceed (the site's threshold)"),
                {0.0, 100.0, 3, 0.01, tr(" tCO2/tce")}, PZ_FIELD(carbon.thresholdTCO2PerTce))
        ->setObjectName(QStringLiteral("optimizer.threshold"));
    f.addOptionalNumber(form, tr("Clean-share floor:"), tr("On"),
                        tr("The least share of clean energy in the consumption. Off: no floor"),
                        {0.0, 100.0, 1, 1.0, tr(" %")}, PZ_FIELD(optimizer.cleanShareMinPct), {})
        ->setObjectName(QStringLiteral("optimizer.cleanShare"));
    f.addOptionalNumber(form, tr("Green power cap:"), tr("On"),
                        tr("The most green power that can be bought per year. Off: no cap"),
                        {0.0, 1e9, 1, 100.0, tr(" MWh/yr"), 0.001}, PZ_FIELD(optimizer.greenMaxKWh), {})
        ->setObjectName(QStringLiteral("optimizer.greenCap"));
    form = addFormGroup(page, tr("Battery"));
    f.addOptionalNumber(form, tr("Largest energy:"), tr("Set"),
                        tr("The largest battery energy. Default: 10 × the mean daily consumption; 0: no battery"),
                        {0.0, 1e9, 0, 100.0, tr(" kWh")}, PZ_FIELD(optimizer.batteryMaxKWh),
                        [this](const Site &) { return automaticBatteryMaxKWh(); })
        ->setObjectName(QStringLiteral("optimizer.batteryMaxKWh"));
    // Unset, the power follows the energy (set or not) over one hour.
    f.addOptionalNumber(form, tr("Largest power:"), tr("Set"),
                        tr("The largest battery power. Default: the largest energy over one hour"),
                        {0.0, 1e9, 0, 100.0, tr(" kW")}, PZ_FIELD(optimizer.batteryMaxKW), [this](const Site &s) {
                            return s.optimizer.batteryMaxKWh >= 0.0 ? s.optimizer.batteryMaxKWh : automaticBatteryMaxKWh();
                        })
        ->setObjectName(QStringLiteral("optimizer.batteryMaxKW"));
    form = addFormGroup(page, tr("Options"));
    f.addCheck(form, QString(), tr("Keep placed objects"),
               tr("The placed PV, turbines and battery are lower bounds for every object"),
               PZ_FIELD(optimizer.keepPlaced))
        ->setObjectName(QStringLiteral("optimizer.keepPlaced"));
    f.addCheck(form, QString(), tr("Whole turbines"), tr("Turbine counts are whole numbers (a slower solve)"),
               PZ_FIELD(optimizer.wholeTurbines))
        ->setObjectName(QStringLiteral("optimizer.wholeTurbines"));
    f.addCheck(form, QString(), tr("Exact LP"),
               tr("Solve the LP exactly as exported, with the simplex (slower; otherwise an equivalent form)"),
               PZ_FIELD(optimizer.exact))
        ->setObjectName(QStringLiteral("optimizer.exact"));
    page->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

QWidget *OptimizerPanel::buildCosts()
{
    auto *box = new QGroupBox(tr("Costs"));
    auto *layout = new QVBoxLayout(box);
    m_costs = new QLabel;
    m_costs->setObjectName(QStringLiteral("optimizer.costs"));
    m_costs->setWordWrap(true);
    m_costs->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_costs);
    auto *edit = new QPushButton(tr("Edit Costs…"));
    edit->setToolTip(tr("The optimizer uses the costs of the Costs panel"));
    connect(edit, &QPushButton::clicked, this, &OptimizerPanel::costsRequested);
    layout->addWidget(edit, 0, Qt::AlignLeft);
    return box;
}

void OptimizerPanel::updateCosts()
{
    const economics::EconomicsSettings &e = m_document->park().site.economics;
    const economics::CostSettings &c = e.costs;
    const QLocale l;
    m_costs->setText(tr("From the Costs panel: PV %1 (ground) / %2 (roof) CNY/kWp, wind %3 CNY/kW, battery %4 "
                        "CNY/kWh + %5 CNY/kW; %6 % over %7 years.")
                         .arg(l.toString(c.pvGroundCapexCNYPerKWp, 'f', 0), l.toString(c.pvRooftopCapexCNYPerKWp, 'f', 0),
                              l.toString(c.windCapexCNYPerKW, 'f', 0), l.toString(c.storageCapexCNYPerKWh, 'f', 0),
                              l.toString(c.storageCapexCNYPerKW, 'f', 0), l.toString(e.discountRate * 100.0, 'f', 1))
                         .arg(e.analysisYears));
}

void OptimizerPanel::startRun()
{
    if (m_run->isRunning())
        return;
    m_error.clear();
    const SimulationResult &current = m_live->result();
    if (!current.ok || current.preview || current.revision != m_document->revision()) {
        m_waitingForResult = true;   // onLiveResult starts it
        m_status->setText(tr("Waiting for the simulation of the current park…"));
        updateButtons();
        return;
    }
    m_waitingForResult = false;
    SimulationOptions options;
    options.projectFilePath = m_document->filePath();
    m_run->start(m_document->park(), m_document->activeScenarioId(), m_document->revision(), current, options);
    updateButtons();
}

void OptimizerPanel::cancelRun()
{
    m_waitingForResult = false;
    m_run->cancel();
    updateButtons();
}

// The default largest battery energy of the park as last simulated (0 before any result).
double OptimizerPanel::automaticBatteryMaxKWh() const
{
    return m_live && m_live->result().ok ? defaultBatteryMaxKWh(m_live->result().park.annualConsumptionKWh) : 0.0;
}

void OptimizerPanel::onLiveResult(const SimulationResult &result)
{
    if (result.preview || !result.ok)
        return;
    m_candidates->setResult(result);
    m_form->refresh();   // the battery's default maxima follow the consumption
    if (m_applied && !m_applied->simulatedIntensityTCO2PerTce && result.revision == m_document->revision()
        && m_document->activeScenarioId() == m_appliedScenarioId) {
        m_applied->simulatedIntensityTCO2PerTce = verdictIntensity(result);
        updateResult();
    }
    if (m_waitingForResult && result.revision == m_document->revision())
        startRun();
}

bool OptimizerPanel::applyResult()
{
    if (!m_outcome || m_outcome->result.status != optimizer::SolveStatus::Optimal || m_run->isRunning())
        return false;
    const OptimizerOutcome &o = *m_outcome;
    const AppliedOptimum applied =
        applyOptimum(o.park, o.simulated, o.problem, o.result, newStorePosition(o.park.site));
    const QString name = m_document->project().uniqueName(
        tr("Least cost to %1").arg(QLocale().toString(o.park.site.carbon.thresholdTCO2PerTce, 'f', 2)));
    const QStringList reasons = indicatorDifferences(applied, o.result);
    QStringList problems;
    const QString note = appliedScenarioNote(m_document->project().active().name, o.result, reasons);
    const QString id = m_document->addScenarioWithPark(name, note, applied.park, &problems);
    if (id.isEmpty()) {
        m_error = tr("The optimum cannot be applied: %1").arg(problems.join(QLatin1Char('\n')));
        updateResult();
        return false;
    }
    m_appliedScenarioId = id;
    m_applied = AppliedComparison{name, std::nullopt, applied.notes + reasons};
    updateResult();
    return true;
}

void OptimizerPanel::onPhase(OptimizerRun::Phase phase)
{
    if (phase == OptimizerRun::Phase::Idle)
        m_clock->stop();
    else if (!m_clock->isActive())
        m_clock->start();
    if (phase == OptimizerRun::Phase::Idle) {
        m_solverLine->clear();
        m_solverLine->hide();
    }
    tick();
    updateButtons();
}

void OptimizerPanel::tick()
{
    const QString elapsed = tr("%1 s").arg(QLocale().toString(m_run->elapsedMs() / 1000.0, 'f', 0));
    switch (m_run->phase()) {
    case OptimizerRun::Phase::Preparing: m_status->setText(tr("Preparing the problem… %1").arg(elapsed)); break;
    case OptimizerRun::Phase::Solving: m_status->setText(tr("Solving… %1").arg(elapsed)); break;
    case OptimizerRun::Phase::Reading: m_status->setText(tr("Reading the result… %1").arg(elapsed)); break;
    case OptimizerRun::Phase::Idle:
        if (!m_waitingForResult)
            m_status->setText(m_outcome ? tr("Finished in %1.").arg(elapsed) : QString());
        break;
    }
}

void OptimizerPanel::updateButtons()
{
    const bool busy = m_run->isRunning() || m_waitingForResult;
    m_runButton->setEnabled(!busy);
    m_cancelButton->setEnabled(busy);
    m_progress->setVisible(busy);
    m_applyButton->setEnabled(!busy && m_outcome && m_outcome->result.status == optimizer::SolveStatus::Optimal);
}

void OptimizerPanel::updateResult()
{
    QString html;
    if (!m_error.isEmpty())
        html = QStringLiteral("<p style='color:#b00020'>%1</p>").arg(m_error.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    if (m_outcome)
        html += optimizerResultHtml(*m_outcome, m_document->revision(), QLocale(), m_applied);
    const int scroll = m_result->verticalScrollBar() ? m_result->verticalScrollBar()->value() : 0;
    m_result->setHtml(html);
    m_result->verticalScrollBar()->setValue(scroll);
    updateButtons();
}

QString OptimizerPanel::resultText() const
{
    return m_result->toPlainText();
}

QString OptimizerPanel::statusText() const
{
    return m_status->text();
}

} // namespace pz
