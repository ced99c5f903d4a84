// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The results panel: key figure cards with the change since the previous result, the result
// charts in tabs (monthly energy, average day, carbon waterfall, battery week, hourly matching)
// and the per-object table, synchronised with the map's selection. Shows the last good result
// while a new one is computed or after a failure, with a quiet state indicator.

#include "engine/simulationresult.h"
#include "model/enums.h"
#include "model/objectid.h"
#include "results/resultstate.h"

#include <QWidget>
#include <functional>
#include <memory>

class QAbstractItemModel;
class QLabel;
class QGridLayout;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTimer;
class QItemSelection;

namespace pz {

class BatterySocChart;
class BillChart;
class CashFlowChart;
class CarriersSummary;
class MonthlyHeatChart;
class CarbonWaterfallChart;
class DayProfileChart;
class KpiCard;
class MatchingHeatMapChart;
class MonthlyEnergyChart;
class PvObjectTableModel;
class TurbineTableModel;
class ResultChart;
class SelectionModel;

class ResultsPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Kpi {
        PvGeneration,
        Consumption,
        SelfSufficiency,
        GridImport,
        GridExport,
        NetOperational,
        NetWithEmbodied,
        CfeScore,
        CarbonIntensity,
        AnnualBill,   // economics (spec §15)
        Npv,
        Lcoe,
        Payback,
    };
    static constexpr int kKpiCount = 13;

    explicit ResultsPanel(SelectionModel *selection, QWidget *parent = nullptr);
    ~ResultsPanel() override;

    // Shows a result; the one shown before becomes the reference for the ▲/▼ changes. A result
    // with ok == false is reported as a failure and the last good result stays.
    void setResult(const SimulationResult &result);
    void setState(ResultState state);
    void setFailure(const QString &message);
    // Which net emissions figure comes first.
    void setHeadline(HeadlineEmissions headline);

    ResultState state() const { return m_state; }
    HeadlineEmissions headline() const { return m_headline; }
    QString stateText() const;
    const SimulationResult *result() const { return m_current.get(); }

    KpiCard *card(Kpi kpi) const { return m_cards[int(kpi)]; }
    // The cards in display order (the headline emissions card before the other).
    QList<KpiCard *> cardsInOrder() const;
    QTabWidget *chartTabs() const { return m_tabs; }
    MonthlyEnergyChart *monthlyChart() const { return m_monthly; }
    DayProfileChart *dayProfileChart() const { return m_day; }
    CarbonWaterfallChart *waterfallChart() const { return m_waterfall; }
    BatterySocChart *batteryChart() const { return m_battery; }
    MatchingHeatMapChart *matchingChart() const { return m_matching; }
    MonthlyHeatChart *heatChart() const { return m_heat; }
    CarriersSummary *carriersSummary() const { return m_carriers; }
    CashFlowChart *cashFlowChart() const { return m_cashFlow; }
    BillChart *billChart() const { return m_bill; }
    QTableView *objectTable() const { return m_table; }
    QTableView *turbineTable() const { return m_turbineTable; }
    QTabWidget *objectTabs() const { return m_objectTabs; }

    bool exportHourlyCsv(const QString &path, QString *error = nullptr) const;

Q_SIGNALS:
    void objectActivated(pz::ObjectId id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateCards();
    void updateEconomicsCards();
    void layoutCards(bool force = false);
    void showState();
    void exportHourlyCsvWithDialog();
    QTableView *makeObjectTable(QAbstractItemModel *model, QSortFilterProxyModel *proxy, const char *name,
                                int stretchColumn);
    void onTableSelectionChanged(QTableView *table);
    void onSelectionChanged();
    void selectRows(QTableView *table, QSortFilterProxyModel *proxy, const std::function<int(ObjectId)> &rowOf,
                    int columns);

    SelectionModel *m_selection;
    std::shared_ptr<const SimulationResult> m_current;
    std::shared_ptr<const SimulationResult> m_previous;
    ResultState m_state = ResultState::Stale;
    HeadlineEmissions m_headline = HeadlineEmissions::Operational;
    QString m_failure;
    bool m_syncing = false;
    int m_cardColumns = 0;

    QLabel *m_stateLabel;
    QLabel *m_failureLabel;
    QPushButton *m_csvButton;
    QTimer *m_computingDelay;
    QWidget *m_cardsHost;
    QGridLayout *m_cardsLayout;
    KpiCard *m_cards[kKpiCount];
    QTabWidget *m_tabs;
    MonthlyEnergyChart *m_monthly;
    DayProfileChart *m_day;
    CarbonWaterfallChart *m_waterfall;
    BatterySocChart *m_battery;
    MatchingHeatMapChart *m_matching;
    MonthlyHeatChart *m_heat;
    CarriersSummary *m_carriers;
    CashFlowChart *m_cashFlow;
    BillChart *m_bill;
    QTabWidget *m_objectTabs;
    PvObjectTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    TurbineTableModel *m_turbineModel;
    QSortFilterProxyModel *m_turbineProxy;
    QTableView *m_turbineTable;
};

} // namespace pz
