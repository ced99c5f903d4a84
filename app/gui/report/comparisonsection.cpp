// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario comparison in the client report: the project's scenarios side by side, one row
// per headline KPI with its unit, the best value of each row in bold on a green tint.
#include "comparison/comparisoncharts.h"
#include "comparison/comparisonformat.h"
#include "report/reportcharts.h"
#include "report/reportdocument.h"
#include "report/reportsections.h"

namespace pz {

namespace {

// The report's scenario first, then the others in project order.
std::vector<NamedResult> reportScenarios(const ReportInput &input)
{
    std::vector<NamedResult> all{{input.scenarioName, input.result}};
    all.insert(all.end(), input.otherScenarios.begin(), input.otherScenarios.end());
    return all;
}

ReportTable comparisonTable(const ScenarioComparison &comparison, const QLocale &locale)
{
    ReportTable table;
    table.header = QStringList{ComparisonSection::tr("Indicator"), ComparisonSection::tr("Unit")} + comparison.scenarioNames;
    const double scenarioWidth = 0.58 / std::max<double>(1.0, double(comparison.scenarioNames.size()));
    table.widths = {0.30, 0.12};
    table.rightAligned = {false, false};
    for (qsizetype i = 0; i < comparison.scenarioNames.size(); ++i) {
        table.widths.push_back(scenarioWidth);
        table.rightAligned.push_back(true);
    }
    for (const ComparisonRow &row : comparison.rows) {
        const FormattedRow text = ComparisonFormat::format(row, locale);
        table.rows.push_back(QStringList{row.label, text.unit} + text.values);
        std::vector<bool> best{false, false};
        for (std::size_t s = 0; s < row.values.size(); ++s)
            best.push_back(row.isBest(int(s)));
        table.emphasised.push_back(best);
    }
    return table;
}

} // namespace

QString ComparisonSection::title() const
{
    return tr("Scenario comparison");
}

bool ComparisonSection::appliesTo(const ReportInput &input) const
{
    return !input.otherScenarios.empty();
}

void ComparisonSection::render(ReportDocument &doc, const ReportContext &c) const
{
    doc.heading(title());
    const ScenarioComparison comparison = compareScenarios(reportScenarios(c.input));
    QStringList others;
    for (const NamedResult &other : c.input.otherScenarios)
        others << QStringLiteral("“%1”").arg(other.name);
    doc.paragraph(tr("This report describes “%1”; the table sets beside it %2 and shows each scenario's "
                     "headline figures side by side. In every row where more or less is better, the best "
                     "value is in bold on a green background (every scenario that shares it; none where "
                     "all scenarios have the same value).")
                      .arg(c.input.scenarioName, c.locale.createSeparatedList(others))
                      .toHtmlEscaped());
    doc.table(comparisonTable(comparison, c.locale));

    // The scenarios' charts side by side, as the Comparison dock draws them.
    auto scenarios = std::make_shared<const NamedResults>(reportScenarios(c.input));
    ComparisonMonthlyChart monthly;
    ComparisonCarbonChart carbon;
    ComparisonCashFlowChart cashFlow;
    for (ComparisonChart *chart : std::initializer_list<ComparisonChart *>{&monthly, &carbon, &cashFlow}) {
        ReportCharts::prepare(*chart, c);
        chart->setScenarios(scenarios);
        doc.subheading(chart->title(), 190.0);
        doc.figure(190.0, [&](QCPPainter &p, const QRectF &box) { ReportCharts::draw(p, box, *chart, c); });
    }
}

} // namespace pz
