// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/resultspanel.h"

#include "io/hourlycsv.h"
#include "results/batterysocchart.h"
#include "results/billchart.h"
#include "results/carbonwaterfallchart.h"
#include "results/cashflowchart.h"
#include "results/carrierssummary.h"
#include "results/chartstyle.h"
#include "results/dayprofilechart.h"
#include "economics/lifecycle.h"
#include "results/kpicard.h"
#include "results/matchingheatmapchart.h"
#include "results/monthlyenergychart.h"
#include "results/monthlyheatchart.h"
#include "results/pvobjecttablemodel.h"
#include "results/turbinetablemodel.h"
#include "results/resultformat.h"
#include "selectionmodel.h"

#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace pz {

namespace {
// A short "Computing…" does not blink: the indicator changes only when a run takes longer.
constexpr int kComputingIndicatorDelayMs = 400;
} // namespace

ResultsPanel::ResultsPanel(SelectionModel *selection, QWidget *parent)
    : QWidget(parent), m_selection(selection), m_stateLabel(new QLabel(this)), m_failureLabel(new QLabel(this)),
      m_csvButton(new QPushButton(this)), m_computingDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("resultsPanel"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);

    // Header: state indicator and the hourly export.
    auto *header = new QHBoxLayout;
    m_stateLabel->setObjectName(QStringLiteral("resultState"));
    m_stateLabel->setWordWrap(true);
    header->addWidget(m_stateLabel, 1);
    m_csvButton->setText(tr("Export hourly CSV…"));
    m_csvButton->setToolTip(tr("Save the 8760 hourly values of this result as a CSV table"));
    m_csvButton->setEnabled(false);
    connect(m_csvButton, &QPushButton::clicked, this, &ResultsPanel::exportHourlyCsvWithDialog);
    header->addWidget(m_csvButton);
    layout->addLayout(header);

    m_failureLabel->setObjectName(QStringLiteral("resultFailure"));
    m_failureLabel->setWordWrap(true);
    m_failureLabel->setMargin(6);
    m_failureLabel->setAutoFillBackground(true);
    m_failureLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_failureLabel->hide();
    layout->addWidget(m_failureLabel);

    // Cards: a grid whose column count follows the width.
    m_cardsHost = new QWidget(content);
    m_cardsLayout = new QGridLayout(m_cardsHost);
    m_cardsLayout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < kKpiCount; ++i)
        m_cards[i] = new KpiCard(m_cardsHost);
    m_cardsHost->installEventFilter(this);
    layout->addWidget(m_cardsHost);

    // Charts in tabs beside the object table, so that both get the panel's full height below the
    // cards (a bottom dock is wide and low); the splitter lets the user share the width.
    auto *splitter = new QSplitter(Qt::Horizontal, content);
    splitter->setChildrenCollapsible(false);
    m_tabs = new QTabWidget(splitter);
    m_tabs->setDocumentMode(true);
    m_monthly = new MonthlyEnergyChart(m_tabs);
    m_day = new DayProfileChart(m_tabs);
    m_waterfall = new CarbonWaterfallChart(m_tabs);
    m_battery = new BatterySocChart(m_tabs);
    m_matching = new MatchingHeatMapChart(m_tabs);
    for (ResultChart *chart : std::initializer_list<ResultChart *>{m_monthly, m_day, m_waterfall, m_battery, m_matching})
        m_tabs->addTab(chart, chart->title());
    // Heat and every carrier (spec §14).
    m_heat = new MonthlyHeatChart(m_tabs);
    m_tabs->addTab(m_heat, m_heat->title());
    m_carriers = new CarriersSummary(m_tabs);
    m_tabs->addTab(m_carriers, m_carriers->title());
    // Economics (spec §15.7).
    m_cashFlow = new CashFlowChart(m_tabs);
    m_bill = new BillChart(m_tabs);
    for (ResultChart *chart : std::initializer_list<ResultChart *>{m_cashFlow, m_bill})
        m_tabs->addTab(chart, chart->title());

    // The objects' own results: PV objects, and wind turbines when the park has any.
    m_objectTabs = new QTabWidget(splitter);
    m_objectTabs->setObjectName(QStringLiteral("objectTabs"));
    m_model = new PvObjectTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_table = makeObjectTable(m_model, m_proxy, "pvObjectTable", PvObjectTableModel::Name);
    m_objectTabs->addTab(m_table, tr("PV objects"));
    m_turbineModel = new TurbineTableModel(this);
    m_turbineProxy = new QSortFilterProxyModel(this);
    m_turbineTable = makeObjectTable(m_turbineModel, m_turbineProxy, "turbineTable", TurbineTableModel::Name);
    m_objectTabs->addTab(m_turbineTable, tr("Wind turbines"));
    m_objectTabs->setTabVisible(1, false);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_objectTabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    if (m_selection)
        connect(m_selection, &SelectionModel::selectionChanged, this, &ResultsPanel::onSelectionChanged);

    m_computingDelay->setSingleShot(true);
    m_computingDelay->setInterval(kComputingIndicatorDelayMs);
    connect(m_computingDelay, &QTimer::timeout, this, &ResultsPanel::showState);

    updateCards();
    layoutCards(true);
    showState();
}

ResultsPanel::~ResultsPanel() = default;

void ResultsPanel::setResult(const SimulationResult &result)
{
    if (!result.ok) {
        setFailure(result.error);
        return;
    }
    // The cards' changes compare with the last result of the document itself: while a drag is
    // previewed, with the park as it was before the drag.
    if (m_current && !m_current->preview)
        m_previous = m_current;
    m_current = std::make_shared<const SimulationResult>(result);

    for (ResultChart *chart : std::initializer_list<ResultChart *>{m_monthly, m_day, m_waterfall, m_battery, m_matching})
        chart->setResult(m_current);
    m_heat->setResult(m_current);
    m_cashFlow->setResult(m_current);
    m_bill->setResult(m_current);
    m_carriers->setResult(m_current.get());
    m_syncing = true;
    m_model->setObjects(m_current->objects);
    m_turbineModel->setTurbines(m_current->turbines);
    m_objectTabs->setTabVisible(1, !m_current->turbines.empty());
    m_syncing = false;
    onSelectionChanged();
    m_csvButton->setEnabled(true);
    updateCards();
    setState(ResultState::UpToDate);
}

void ResultsPanel::setState(ResultState state)
{
    m_state = state;
    if (state != ResultState::Failed)
        m_failure.clear();
    if (state == ResultState::Computing)
        m_computingDelay->start();
    else {
        m_computingDelay->stop();
        showState();
    }
}

void ResultsPanel::setFailure(const QString &message)
{
    m_failure = message.isEmpty() ? tr("unknown error") : message;
    m_state = ResultState::Failed;
    m_computingDelay->stop();
    showState();
}

void ResultsPanel::setHeadline(HeadlineEmissions headline)
{
    if (m_headline == headline)
        return;
    m_headline = headline;
    layoutCards(true);
}

QString ResultsPanel::stateText() const
{
    return m_stateLabel->text();
}

QList<KpiCard *> ResultsPanel::cardsInOrder() const
{
    QList<KpiCard *> order;
    for (int i = 0; i < kKpiCount; ++i)
        order << m_cards[i];
    // The headline net emissions card comes right after the energy figures, before the other.
    if (m_headline == HeadlineEmissions::WithEmbodied)
        order.swapItemsAt(int(Kpi::NetOperational), int(Kpi::NetWithEmbodied));
    return order;
}

void ResultsPanel::showState()
{
    const bool noResult = !m_current;
    QString text;
    switch (m_state) {
    case ResultState::UpToDate:
        text = noResult ? tr("No results yet.") : tr("● Results are up to date.");
        break;
    case ResultState::Computing:
        text = noResult ? tr("◌ Computing…") : tr("◌ Computing… the figures below are from the previous run.");
        break;
    case ResultState::Stale:
        text = noResult ? tr("No results yet.") : tr("○ Out of date: the park changed since these results.");
        break;
    case ResultState::Failed:
        text = noResult ? tr("✘ The calculation failed.")
                        : tr("✘ The calculation failed; the figures below are from the last successful run.");
        break;
    case ResultState::Preview:
        text = tr("◐ Preview of the change under way: release to apply it, Esc to cancel.");
        break;
    }
    m_stateLabel->setText(text);
    QPalette p = m_stateLabel->palette();
    QColor muted = palette().color(QPalette::WindowText);
    if (m_state != ResultState::Failed)
        muted.setAlphaF(0.7f);
    else
        muted = ChartStyle::color(ChartStyle::Series::Bad, palette());
    p.setColor(QPalette::WindowText, muted);
    m_stateLabel->setPalette(p);

    const bool failed = m_state == ResultState::Failed;
    m_failureLabel->setText(failed ? tr("Reason: %1").arg(m_failure) : QString());
    m_failureLabel->setVisible(failed);
    if (failed) {
        QPalette fp = m_failureLabel->palette();
        QColor bg = ChartStyle::color(ChartStyle::Series::Bad, palette());
        bg.setAlpha(40);
        fp.setColor(QPalette::Window, bg);
        fp.setColor(QPalette::WindowText, palette().color(QPalette::WindowText));
        m_failureLabel->setPalette(fp);
    }
}

void ResultsPanel::updateCards()
{
    using Q = ResultFormat::Quantity;
    using B = KpiCard::Better;
    const SimulationResult *cur = m_current.get();
    const SimulationResult *prev = m_previous.get();
    const QString dash = QStringLiteral("—");

    auto fill = [&](Kpi kpi, const QString &title, auto valueOf, auto format, Q quantity, B better,
                    const QString &detail) {
        KpiCard *c = m_cards[int(kpi)];
        c->setTitle(title);
        c->setValue(cur ? format(valueOf(*cur)) : dash);
        c->setDetail(cur ? detail : QString());
        if (cur && prev) {
            const double before = valueOf(*prev);
            const double now = valueOf(*cur);
            c->setDelta(ResultFormat::delta(before, now, quantity),
                        ResultFormat::deltaSign(before, now, quantity), better);
            c->setToolTip(tr("Change since the previous result"));
        } else {
            c->clearDelta();
        }
    };
    auto energy = [](double v) { return ResultFormat::energy(v); };
    auto percent = [](double v) { return ResultFormat::percent(v); };
    auto tonnes = [](double v) { return ResultFormat::tonnes(v); };
    auto intensity = [](double v) { return ResultFormat::intensity(v); };
    const ParkSummary empty;
    const ParkSummary &p = cur ? cur->park : empty;

    // With wind or off-site plants the card shows all own generation by source (spec wind.md §13.5).
    const bool wind = cur && cur->hasWind;
    const QString bySource =
        wind ? tr("Rooftop PV %1 · ground PV %2 · wind %3 · off-site %4 · self-use %5 of available")
                   .arg(ResultFormat::energy(p.rooftopGenerationKWh), ResultFormat::energy(p.groundGenerationKWh),
                        ResultFormat::energy(p.windGenerationKWh), ResultFormat::energy(p.offsiteGenerationKWh),
                        ResultFormat::percent(p.directSupply.selfUseOfAvailablePct))
             : tr("Rooftop %1 · ground %2")
                   .arg(ResultFormat::energy(p.rooftopGenerationKWh), ResultFormat::energy(p.groundGenerationKWh));
    fill(Kpi::PvGeneration, wind ? tr("Own generation") : tr("PV generation"),
         [](const SimulationResult &r) { return r.park.annualGenerationKWh; }, energy, Q::Energy, B::Higher, bySource);
    fill(Kpi::Consumption, tr("Consumption"), [](const SimulationResult &r) { return r.park.annualConsumptionKWh; },
         energy, Q::Energy, B::Neither, QString());
    fill(Kpi::SelfSufficiency, tr("Self-sufficiency"),
         [](const SimulationResult &r) { return r.park.selfSufficiencyPct; }, percent, Q::Percent, B::Higher,
         tr("Self-consumption %1").arg(ResultFormat::percent(p.selfConsumptionPct)));
    fill(Kpi::GridImport, tr("Grid import"), [](const SimulationResult &r) { return r.park.gridImportKWh; }, energy,
         Q::Energy, B::Lower, QString());
    fill(Kpi::GridExport, tr("Grid export"), [](const SimulationResult &r) { return r.park.gridExportKWh; }, energy,
         Q::Energy, B::Neither,
         p.curtailedKWh > 0.0 ? tr("Curtailed %1").arg(ResultFormat::energy(p.curtailedKWh)) : QString());
    fill(Kpi::NetOperational, tr("Net emissions, operational"),
         [](const SimulationResult &r) { return r.park.emissions.netT; }, tonnes, Q::Tonnes, B::Lower,
         tr("per year, market-based"));
    fill(Kpi::NetWithEmbodied, tr("Net emissions with embodied"),
         [](const SimulationResult &r) { return r.park.emissions.netWithEmbodiedT; }, tonnes, Q::Tonnes, B::Lower,
         tr("per year, incl. %1 embodied").arg(ResultFormat::tonnes(p.emissions.embodiedAnnualT)));
    fill(Kpi::CfeScore, tr("24/7 CFE score"), [](const SimulationResult &r) { return r.park.cfeScorePct; }, percent,
         Q::Percent, B::Higher, tr("Hourly matched clean supply"));
    fill(Kpi::CarbonIntensity, tr("Carbon intensity"),
         [](const SimulationResult &r) { return r.park.intensityTCO2PerTce; }, intensity, Q::Intensity, B::Lower,
         tr("Threshold ≤ %1").arg(ResultFormat::intensity(p.thresholdTCO2PerTce)));

    updateEconomicsCards();

    KpiCard *verdict = m_cards[int(Kpi::CarbonIntensity)];
    if (cur) {
        verdict->setVerdict(p.zeroCarbon, p.zeroCarbon ? tr("✔ Zero-carbon: meets the threshold")
                                                       : tr("✘ Not zero-carbon: above the threshold"));
    } else {
        verdict->clearVerdict();
    }
}

namespace {

using EconomicsValue = std::optional<double> (*)(const economics::EconomicsResult &);

// One economics card: the value or `none` (no payback, no on-site generation), the change since
// the previous result when both have a value.
void fillEconomicsCard(KpiCard *c, const QString &title, const economics::EconomicsResult *cur,
                       const economics::EconomicsResult *prev, EconomicsValue valueOf, const QString &none,
                       QString (*format)(double, const QLocale &), ResultFormat::Quantity quantity, KpiCard::Better better,
                       const QString &detail)
{
    c->setTitle(title);
    const std::optional<double> now = cur ? valueOf(*cur) : std::nullopt;
    c->setValue(!cur ? QStringLiteral("—") : now ? format(*now, QLocale()) : none);
    c->setDetail(cur ? detail : QString());
    const std::optional<double> before = prev ? valueOf(*prev) : std::nullopt;
    if (now && before)
        c->setDelta(ResultFormat::delta(*before, *now, quantity), ResultFormat::deltaSign(*before, *now, quantity), better);
    else
        c->clearDelta();
}

} // namespace

// Annual bill (with its change against the BAU park), NPV, LCOE and payback (spec §15.7).
void ResultsPanel::updateEconomicsCards()
{
    using Q = ResultFormat::Quantity;
    using B = KpiCard::Better;
    const economics::EconomicsResult *cur = m_current && m_current->economics ? m_current->economics.get() : nullptr;
    const economics::EconomicsResult *prev = m_previous && m_previous->economics ? m_previous->economics.get() : nullptr;
    const QString dash = QStringLiteral("—");
    QString billDetail, npvDetail, paybackDetail;
    if (cur) {
        const double change = cur->billYear1.totalCNY - cur->billBau.totalCNY;
        billDetail = tr("%1 %2 against BAU (%3)")
                         .arg(change <= 0 ? QStringLiteral("▼") : QStringLiteral("▲"), ResultFormat::money(std::abs(change)),
                              ResultFormat::money(cur->billBau.totalCNY));
        npvDetail = tr("Lifecycle cost %1 · BAU %2").arg(ResultFormat::money(cur->lccCNY), ResultFormat::money(cur->lccBauCNY));
        paybackDetail = tr("Discounted: %1")
                            .arg(cur->discountedPaybackYears ? ResultFormat::years(*cur->discountedPaybackYears)
                                                             : tr("not within %n year(s)", nullptr, int(cur->years.size())));
    }
    const QString noPayback = cur ? tr("not within %n year(s)", nullptr, int(cur->years.size())) : dash;
    fillEconomicsCard(m_cards[int(Kpi::AnnualBill)], tr("Annual energy bill"), cur, prev,
                      [](const economics::EconomicsResult &e) { return std::optional<double>(e.billYear1.totalCNY); }, dash,
                      ResultFormat::money, Q::Money, B::Lower, billDetail);
    fillEconomicsCard(m_cards[int(Kpi::Npv)], tr("NPV against BAU"), cur, prev,
                      [](const economics::EconomicsResult &e) { return std::optional<double>(e.npvCNY); }, dash,
                      ResultFormat::money, Q::Money, B::Higher, npvDetail);
    fillEconomicsCard(m_cards[int(Kpi::Lcoe)], tr("LCOE"), cur, prev,
                      [](const economics::EconomicsResult &e) { return e.lcoeCNYPerKWh; }, tr("no on-site generation"),
                      ResultFormat::pricePerKWh, Q::PricePerKWh, B::Lower, tr("of on-site generation, discounted"));
    fillEconomicsCard(m_cards[int(Kpi::Payback)], tr("Payback"), cur, prev,
                      [](const economics::EconomicsResult &e) { return e.paybackYears; }, noPayback, ResultFormat::years,
                      Q::Years, B::Lower, paybackDetail);
}

void ResultsPanel::layoutCards(bool force)
{
    // Columns from the width, balanced so that the last row is not a lone card.
    const int target = fontMetrics().averageCharWidth() * 24 + m_cardsLayout->horizontalSpacing();
    const int fit = std::clamp(m_cardsHost->width() / std::max(1, target), 1, kKpiCount);
    const int rows = (kKpiCount + fit - 1) / fit;
    const int columns = (kKpiCount + rows - 1) / rows;
    if (!force && columns == m_cardColumns)
        return;
    m_cardColumns = columns;
    const QList<KpiCard *> order = cardsInOrder();
    for (KpiCard *card : order)
        m_cardsLayout->removeWidget(card);
    for (int c = 0; c < m_cardsLayout->columnCount(); ++c)
        m_cardsLayout->setColumnStretch(c, 0);
    for (int i = 0; i < order.size(); ++i)
        m_cardsLayout->addWidget(order[i], i / columns, i % columns);
    for (int c = 0; c < columns; ++c)
        m_cardsLayout->setColumnStretch(c, 1);
}

bool ResultsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_cardsHost && event->type() == QEvent::Resize)
        layoutCards();
    return QWidget::eventFilter(watched, event);
}

void ResultsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        showState();
    else if (event->type() == QEvent::LanguageChange) {
        updateCards();
        showState();
    }
}

bool ResultsPanel::exportHourlyCsv(const QString &path, QString *error) const
{
    if (!m_current) {
        if (error)
            *error = tr("There are no results to export.");
        return false;
    }
    return io::writeHourlyCsv(*m_current, path, error);
}

void ResultsPanel::exportHourlyCsvWithDialog()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export hourly results"),
                                                      dir + QStringLiteral("/hourly-results.csv"),
                                                      tr("CSV table (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportHourlyCsv(path, &error))
        QMessageBox::warning(this, tr("Export hourly results"), error);
}

QTableView *ResultsPanel::makeObjectTable(QAbstractItemModel *model, QSortFilterProxyModel *proxy, const char *name,
                                          int stretchColumn)
{
    proxy->setSourceModel(model);
    proxy->setSortRole(PvObjectTableModel::SortRole);
    proxy->setSortLocaleAware(true);
    auto *table = new QTableView;
    table->setObjectName(QLatin1String(name));
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(stretchColumn, Qt::AscendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    table->setMinimumHeight(table->fontMetrics().height() * 7);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this, table] { onTableSelectionChanged(table); });
    return table;
}

void ResultsPanel::onTableSelectionChanged(QTableView *table)
{
    if (m_syncing || !m_selection)
        return;
    ObjectIds ids;
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids << ObjectId(row.data(PvObjectTableModel::kIdRole).toUInt());
    m_syncing = true;
    if (ids.size() == 1)
        m_selection->select(ids.first());
    else
        m_selection->setSelection(ids);
    m_syncing = false;
    const QModelIndex current = table->currentIndex();
    if (ids.size() == 1)
        Q_EMIT objectActivated(ids.first());
    else if (current.isValid() && table->selectionModel()->isRowSelected(current.row(), {}))
        Q_EMIT objectActivated(ObjectId(current.data(PvObjectTableModel::kIdRole).toUInt()));
}

void ResultsPanel::onSelectionChanged()
{
    if (m_syncing || !m_selection)
        return;
    m_syncing = true;
    selectRows(m_table, m_proxy, [this](ObjectId id) { return m_model->rowOf(id); }, PvObjectTableModel::ColumnCount);
    selectRows(m_turbineTable, m_turbineProxy, [this](ObjectId id) { return m_turbineModel->rowOf(id); },
               TurbineTableModel::ColumnCount);
    m_syncing = false;
}

// Selects the table's rows of the selected objects (the map's selection) and shows the first.
void ResultsPanel::selectRows(QTableView *table, QSortFilterProxyModel *proxy,
                              const std::function<int(ObjectId)> &rowOf, int columns)
{
    QItemSelection rows;
    for (ObjectId id : m_selection->selectedIds()) {
        const int sourceRow = rowOf(id);
        if (sourceRow < 0)
            continue;
        const QModelIndex first = proxy->mapFromSource(proxy->sourceModel()->index(sourceRow, 0));
        const QModelIndex last = proxy->mapFromSource(proxy->sourceModel()->index(sourceRow, columns - 1));
        rows.select(first, last);
    }
    table->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect);
    if (!rows.isEmpty()) {
        table->scrollTo(rows.indexes().first());
        if (table == m_turbineTable && m_objectTabs->isTabVisible(1))
            m_objectTabs->setCurrentWidget(table);
        else if (table == m_table)
            m_objectTabs->setCurrentWidget(table);
    }
}

} // namespace pz
