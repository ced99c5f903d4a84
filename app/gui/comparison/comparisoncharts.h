// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Comparison dock's charts, the scenarios side by side: monthly generation as grouped bars
// with consumption as a line, per scenario the net emissions (operational and with embodied)
// and the core indicator against its threshold, and each scenario's cumulative cash flow
// against BAU over the analysis period.

#include "engine/scenariocomparison.h"
#include "results/resultchart.h"

#include <memory>
#include <vector>

class QCPBarsGroup;

namespace pz {

using NamedResults = std::vector<NamedResult>;

// A chart of several scenarios' results (ResultChart's own result is not used).
class ComparisonChart : public ResultChart
{
    Q_OBJECT
public:
    using ResultChart::ResultChart;
    void setScenarios(std::shared_ptr<const NamedResults> scenarios);
    const NamedResults &scenarios() const;

protected:
    // Removes the previous bars and their group; the bars of one group are made by groupBars.
    void clearBars();
    QCPBarsGroup *m_group = nullptr;

private:
    std::shared_ptr<const NamedResults> m_scenarios;
};

class ComparisonMonthlyChart : public ComparisonChart
{
    Q_OBJECT
public:
    explicit ComparisonMonthlyChart(QWidget *parent = nullptr);
    QString title() const override { return tr("Monthly generation by scenario"); }
    QString toolTipAt(const QPointF &pixel) const override;

protected:
    void rebuild() override;
};

class ComparisonCarbonChart : public ComparisonChart
{
    Q_OBJECT
public:
    explicit ComparisonCarbonChart(QWidget *parent = nullptr);
    QString title() const override { return tr("Net emissions by scenario"); }
    QString toolTipAt(const QPointF &pixel) const override;

protected:
    void rebuild() override;
};

class ComparisonIndicatorChart : public ComparisonChart
{
    Q_OBJECT
public:
    explicit ComparisonIndicatorChart(QWidget *parent = nullptr);
    QString title() const override { return tr("Core indicator by scenario"); }
    QString toolTipAt(const QPointF &pixel) const override;

protected:
    void rebuild() override;
};

class ComparisonCashFlowChart : public ComparisonChart
{
    Q_OBJECT
public:
    explicit ComparisonCashFlowChart(QWidget *parent = nullptr);
    QString title() const override { return tr("Cash flow by scenario"); }
    QString toolTipAt(const QPointF &pixel) const override;

protected:
    void rebuild() override;
};

} // namespace pz
