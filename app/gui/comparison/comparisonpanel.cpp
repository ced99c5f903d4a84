// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison/comparisonpanel.h"

#include "comparison/comparisoncharts.h"
#include "comparison/comparisonformat.h"
#include "comparison/scenariodiffview.h"
#include "document/parkdocument.h"
#include "engine/computeengine.h"
#include "engine/scenariorunner.h"
#include "io/atomicfile.h"
#include "results/chartstyle.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pz {

namespace {

QString directionText(KpiDirection direction)
{
    switch (direction) {
    case KpiDirection::HigherBetter: return ComparisonPanel::tr("Higher is better");
    case KpiDirection::LowerBetter: return ComparisonPanel::tr("Lower is better");
    case KpiDirection::Neutral: break;
    }
    return ComparisonPanel::tr("Neither higher nor lower is better");
}

} // namespace

ComparisonPanel::ComparisonPanel(ParkDocument *document, ComputeEngine *engine, QWidget *parent)
    : QWidget(parent), m_document(document), m_engine(engine), m_runner(new ScenarioRunner(this)),
      m_status(new QLabel), m_export(new QPushButton(tr("Export CSV…"))), m_tabs(new QTabWidget),
      m_table(new QTableWidget), m_monthly(new ComparisonMonthlyChart), m_carbon(new ComparisonCarbonChart),
      m_indicator(new ComparisonIndicatorChart), m_cashFlow(new ComparisonCashFlowChart), m_diff(new ScenarioDiffView(document))
{
    setObjectName(QStringLiteral("Comparison"));
    // The state and the export beside the tabs, so that the dock is no taller than the results.
    auto *corner = new QWidget;
    auto *top = new QHBoxLayout(corner);
    top->setContentsMargins(8, 0, 0, 2);
    m_status->setObjectName(QStringLiteral("comparisonStatus"));
    top->addWidget(m_status);
    m_export->setObjectName(QStringLiteral("exportComparisonCsv"));
    m_export->setToolTip(tr("Save the table as CSV: one row per KPI, one column per scenario"));
    top->addWidget(m_export);

    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    auto *charts = new QWidget;
    auto *chartRow = new QHBoxLayout(charts);
    chartRow->setContentsMargins(0, 0, 0, 0);
    chartRow->addWidget(m_monthly, 2);
    chartRow->addWidget(m_carbon, 1);
    chartRow->addWidget(m_indicator, 1);
    chartRow->addWidget(m_cashFlow, 2);
    m_tabs->addTab(m_table, tr("KPIs"));
    m_tabs->addTab(charts, tr("Charts"));
    m_tabs->addTab(m_diff, tr("Map differences"));

    m_tabs->setCornerWidget(corner, Qt::TopRightCorner);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_tabs, 1);

    connect(m_export, &QPushButton::clicked, this, &ComparisonPanel::exportWithDialog);
    connect(m_runner, &ScenarioRunner::resultsChanged, this, &ComparisonPanel::rebuild);
    connect(m_engine, &ComputeEngine::resultReady, this, [this](const SimulationResult &r) {
        if (!r.preview)
            rebuild();
    });
    connect(m_document, &ParkDocument::changed, this, &ComparisonPanel::onDocumentChanged);
    connect(m_document, &ParkDocument::filePathChanged, this, [this] {
        m_stale = true;
        requestOthers();
    });
    rebuild();
}

ComparisonPanel::~ComparisonPanel() = default;

void ComparisonPanel::onDocumentChanged(const ChangeEvent &event)
{
    using T = ChangeEvent::Type;
    if (event.type == T::ScenarioSwitched || event.type == T::ScenariosChanged || event.type == T::ParkReset) {
        m_stale = true;
        requestOthers();
    }
}

void ComparisonPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    requestOthers();
    if (m_rebuildPending)
        rebuild();
}

// The scenarios other than the active one, simulated in the background (only while shown).
void ComparisonPanel::requestOthers()
{
    if (!m_stale || !isVisible())
        return;
    m_stale = false;
    const Project &project = m_document->project();
    std::vector<Scenario> others;
    for (int i = 0; i < project.count(); ++i)
        if (i != project.activeIndex())
            others.push_back(project.at(i));
    SimulationOptions options;
    options.projectFilePath = m_document->filePath();
    m_runner->request(others, options);
    rebuild();
}

// The table and charts again; while the dock is closed only noted (edits cost it nothing).
void ComparisonPanel::rebuild()
{
    m_rebuildPending = !isVisible();
    if (m_rebuildPending || !m_engine)
        return;
    const Project &project = m_document->project();
    const SimulationResult &live = m_engine->lastResult();
    const bool liveCurrent = live.ok && !live.preview && live.revision == m_document->revision();
    auto scenarios = std::make_shared<NamedResults>();
    int pending = 0;
    for (int i = 0; i < project.count(); ++i) {
        const Scenario &s = project.at(i);
        const SimulationResult *r = i == project.activeIndex() ? (liveCurrent ? &live : nullptr) : m_runner->result(s.id);
        if (r && r->ok)
            scenarios->push_back({s.name, *r});
        else
            ++pending;
    }
    m_comparison = compareScenarios(*scenarios);
    fillTable();
    for (ComparisonChart *chart : std::initializer_list<ComparisonChart *>{m_monthly, m_carbon, m_indicator, m_cashFlow})
        chart->setScenarios(scenarios);
    if (project.count() < 2)
        m_status->setText(tr("One scenario: add scenarios in the Scenarios panel to compare them."));
    else if (pending > 0)
        m_status->setText(tr("Computing %1 of %2 scenarios…").arg(pending).arg(project.count()));
    else
        m_status->setText(tr("%1 scenarios; the best of each row in bold").arg(project.count()));
    m_export->setEnabled(!scenarios->empty());
}

void ComparisonPanel::fillTable()
{
    const ScenarioComparison &c = m_comparison;
    const int n = int(c.scenarioNames.size());
    m_table->clear();
    m_table->setColumnCount(n + 2);
    m_table->setRowCount(int(c.rows.size()));
    m_table->setHorizontalHeaderLabels(QStringList{tr("KPI"), tr("Unit")} + c.scenarioNames);
    QColor tint = ChartStyle::color(ChartStyle::Series::Good, palette());
    tint.setAlpha(48);
    for (int r = 0; r < int(c.rows.size()); ++r) {
        const ComparisonRow &row = c.rows[size_t(r)];
        const FormattedRow text = ComparisonFormat::format(row);
        auto *label = new QTableWidgetItem(row.label);
        label->setToolTip(directionText(row.direction));
        m_table->setItem(r, 0, label);
        m_table->setItem(r, 1, new QTableWidgetItem(text.unit));
        for (int s = 0; s < n; ++s) {
            auto *item = new QTableWidgetItem(text.values.value(s));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (row.isBest(s)) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setBackground(tint);
                item->setToolTip(tr("Best of the scenarios (%1)").arg(directionText(row.direction).toLower()));
            }
            m_table->setItem(r, s + 2, item);
        }
    }
    m_table->resizeColumnsToContents();
}

bool ComparisonPanel::waitForResults(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    if (!m_engine || !m_engine->waitForResult(int(deadline.remainingTime())))
        return false;
    requestOthers();
    return m_runner->waitForResults(int(std::max<qint64>(deadline.remainingTime(), 0)));
}

bool ComparisonPanel::exportCsv(const QString &path, QString *error)
{
    QString reason;
    if (io::writeFileAtomically(path, comparisonCsv(m_comparison), &reason))
        return true;
    *error = tr("%1: cannot write: %2").arg(QDir::toNativeSeparators(path), reason);
    return false;
}

void ComparisonPanel::exportWithDialog()
{
    const QString folder = m_document->filePath().isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : QFileInfo(m_document->filePath()).absolutePath();
    const QString base = m_document->filePath().isEmpty() ? tr("comparison")
                                                          : QFileInfo(m_document->filePath()).completeBaseName() +
                                                                QStringLiteral("-comparison");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export comparison"),
                                                      QDir(folder).filePath(base + QStringLiteral(".csv")),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export comparison"), error);
}

} // namespace pz
