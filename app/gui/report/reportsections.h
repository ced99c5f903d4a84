// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The sections of the client report, in report order (ReportBuilder::allSections() lists them).
// Each one's texts are translated under its own context (pz::<Class>), numbers are formatted
// by ResultFormat (the results panel's formatter) in the report's locale.

#include "report/reportsection.h"

#include <QCoreApplication>

namespace pz {

// Project, site, location, date, program version, preparer's company and logo.
class CoverSection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(pz::CoverSection)
public:
    QString key() const override { return QStringLiteral("cover"); }
    QString title() const override;
    void render(ReportDocument &doc, const ReportContext &context) const override;
};

// The verdict against the core indicator, the headline KPIs and a paragraph from the numbers.
class SummarySection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(pz::SummarySection)
public:
    QString key() const override { return QStringLiteral("summary"); }
    QString title() const override;
    void render(ReportDocument &doc, const ReportContext &context) const override;
};

// The site plan as a vector drawing, coloured by specific yield, with legend, scale and north.
class PlanSection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(pz::PlanSection)
public:
    QString key() const override { return QStringLiteral("plan"); }
    QString title() const override;
    void render(ReportDocument &doc, const ReportContext &context) const override;
};

// PV by kind, storage, buildings and green space.
class CapacitiesSection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(pz::CapacitiesSection)
public:
    QString key() const override { return QStringLiteral("capacities"); }
    QString title() const override;
    void render(ReportDocument &doc, const ReportContext &context) const override;
};

// Monthly generation and consumption (chart and table), the average day, battery use.
class EnergySection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(pz::EnergySection)
public:
    QString key() const override { return QStringLiteral("energy"); }
    QString title() const override;
    void render(ReportDocument &doc, const ReportContext &context) const override;
};

// Per PV object: kWp, annual energy, specific yield, performance ratio, shading loss.
class PvObjectsSection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(pz::PvObjectsSection)
public:
    QString key() const override { return QStringLiteral("pv"); }
    QString title() const override;
    void render(ReportDocument &doc, const ReportContext &context) const override;
};

// The waterfall, location- and market-based emissions, embodied, sinks, the indicators.
class CarbonSection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(pz::CarbonSection)
public:
    QString key() const override { return QStringLiteral("carbon"); }
    QString title() const override;
    void render(ReportDocument &doc, const ReportContext &context) const override;
};

// The 12 × 24 map of consumption met on site.
class MatchingSection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(pz::MatchingSection)
public:
    QString key() const override { return QStringLiteral("matching"); }
    QString title() const override;
    void render(ReportDocument &doc, const ReportContext &context) const override;
};

// Turbines, off-site plants on their direct lines and the direct-supply checks; only with wind.
class WindSection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(pz::WindSection)
public:
    QString key() const override { return QStringLiteral("wind"); }
    QString title() const override;
    void render(ReportDocument &doc, const ReportContext &context) const override;
    bool appliesTo(const SimulationResult &result) const override;
};

// Heat demand, the carriers with their coal equivalent and CO2, the indicator over all
// carriers, each heated building on its own; only with heat.
class HeatSection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(pz::HeatSection)
public:
    QString key() const override { return QStringLiteral("heat"); }
    QString title() const override;
    void render(ReportDocument &doc, const ReportContext &context) const override;
    bool appliesTo(const SimulationResult &result) const override;
};

// The design against business as usual: investment, bills, LCC, NPV, LCOE, paybacks, components.
class EconomicsSection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(pz::EconomicsSection)
public:
    QString key() const override { return QStringLiteral("economics"); }
    QString title() const override;
    void render(ReportDocument &doc, const ReportContext &context) const override;
};

// The project's scenarios side by side: the headline KPIs with the best of each row marked;
// only when the project has two or more scenarios.
class ComparisonSection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(pz::ComparisonSection)
public:
    QString key() const override { return QStringLiteral("comparison"); }
    QString title() const override;
    void render(ReportDocument &doc, const ReportContext &context) const override;
    using ReportSection::appliesTo;
    bool appliesTo(const ReportInput &input) const override;
};

// Weather, grid factor, embodied factors, load defaults, versions, the project file and its hash.
class AssumptionsSection : public ReportSection
{
    Q_DECLARE_TR_FUNCTIONS(pz::AssumptionsSection)
public:
    QString key() const override { return QStringLiteral("assumptions"); }
    QString title() const override;
    void render(ReportDocument &doc, const ReportContext &context) const override;
};

// The summary's paragraph: the verdict in words and, for a park that fails, the share of the
// grid import that would have to be green power to pass. Exposed for the tests.
QString summaryParagraph(const ReportContext &context);

// The total share (0..1) of grid import that would have to be green power for the core
// indicator to reach its threshold; 0 when it already passes, > 1 when green power alone
// cannot make it pass. kgcePerKWh and the headline come from the site; with heat the indicator
// is over every carrier, and the CO2 of fuels and purchased heat stays.
double greenShareToPass(const SimulationResult &result, const CarbonOptions &carbon);

} // namespace pz
