// SPDX-License-Identifier: GPL-3.0-or-later
#include "optimize/optimizerreport.h"

#include "optimizer/costs.h"

#include <QCoreApplication>

namespace pz {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pz", text);
}

class Html
{
public:
    explicit Html(const QLocale &locale) : m_locale(locale) {}
    QString num(double v, int decimals) const { return m_locale.toString(v, 'f', decimals); }
    void heading(const QString &text) { m_out += QStringLiteral("<h4>%1</h4>").arg(text.toHtmlEscaped()); }
    void para(const QString &text) { m_out += QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()); }
    void rawPara(const QString &html) { m_out += QStringLiteral("<p>%1</p>").arg(html); }
    void beginTable() { m_out += QStringLiteral("<table cellspacing='0' cellpadding='2'>"); }
    void row(const QString &label, const QString &value)
    {
        m_out += QStringLiteral("<tr><td>%1</td><td align='right'>&nbsp;&nbsp;%2</td></tr>")
                     .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    }
    void endTable() { m_out += QStringLiteral("</table>"); }
    void list(const QStringList &items)
    {
        m_out += QStringLiteral("<ul>");
        for (const QString &item : items)
            m_out += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
        m_out += QStringLiteral("</ul>");
    }
    QString text() const { return m_out; }

private:
    const QLocale &m_locale;
    QString m_out;
};

QString cny(const Html &h, double v)
{
    return tr("%1 CNY/yr").arg(h.num(v, 0));
}

void addSizes(Html &h, const optimizer::OptimizerProblem &p, const optimizer::OptimizerResult &r)
{
    h.heading(tr("Sizes"));
    h.beginTable();
    for (std::size_t i = 0; i < p.pv.size() && i < r.pvKWp.size(); ++i)
        h.row(tr("PV %1").arg(QString::fromStdString(p.pv[i].name)),
              tr("%1 kWp (of %2)").arg(h.num(r.pvKWp[i], 1), h.num(p.pv[i].maxKWp, 1)));
    for (std::size_t j = 0; j < p.wind.size() && j < r.windTurbines.size(); ++j)
        h.row(tr("Wind %1").arg(QString::fromStdString(p.wind[j].name)),
              tr("%1 turbines (%2 kW)").arg(h.num(r.windTurbines[j], 2), h.num(r.windKW[j], 0)));
    h.row(tr("Battery"), tr("%1 kWh, %2 kW").arg(h.num(r.batteryKWh, 0), h.num(r.batteryKW, 0)));
    h.row(tr("Green power"), tr("%1 MWh/yr").arg(h.num(r.annual.greenPowerKWh / 1000.0, 1)));
    h.endTable();
}

void addObjective(Html &h, const optimizer::OptimizerProblem &p, const optimizer::OptimizerResult &r)
{
    const optimizer::ObjectiveParts &o = r.parts;
    h.heading(tr("Annual cost"));
    h.beginTable();
    h.row(tr("Total (objective)"), cny(h, r.objectiveCnyPerYr));
    const std::pair<const char *, double> parts[] = {
        {QT_TRANSLATE_NOOP("pz", "PV investment"), o.pvCapex},
        {QT_TRANSLATE_NOOP("pz", "PV O&M"), o.pvOm},
        {QT_TRANSLATE_NOOP("pz", "Wind investment"), o.windCapex},
        {QT_TRANSLATE_NOOP("pz", "Wind O&M"), o.windOm},
        {QT_TRANSLATE_NOOP("pz", "Battery investment"), o.batteryCapex},
        {QT_TRANSLATE_NOOP("pz", "Battery O&M"), o.batteryOm},
        {QT_TRANSLATE_NOOP("pz", "Grid energy"), o.gridEnergy},
        {QT_TRANSLATE_NOOP("pz", "Demand charge"), o.demandCharge},
        {QT_TRANSLATE_NOOP("pz", "Green power premium"), o.greenPremium},
        {QT_TRANSLATE_NOOP("pz", "Export revenue"), o.exportRevenue}};
    for (const auto &[label, value] : parts)
        if (value != 0.0)
            h.row(QStringLiteral("  ") + tr(label), cny(h, value));
    if (r.costWithoutCarbonRowsCnyPerYr) {
        h.row(tr("Without the carbon requirement"), cny(h, *r.costWithoutCarbonRowsCnyPerYr));
        h.row(tr("What zero carbon adds"), cny(h, r.objectiveCnyPerYr - *r.costWithoutCarbonRowsCnyPerYr));
    }
    if (const double fixed = optimizer::lowerBoundsCostCnyPerYr(p); fixed > 0)
        h.row(tr("Fixed by kept objects"), cny(h, fixed));
    h.row(tr("Marginal abatement cost"), tr("%1 CNY/tCO2").arg(h.num(r.duals.carbonCnyPerTCO2, 1)));
    h.endTable();
}

void addIndicator(Html &h, const optimizer::OptimizerResult &r)
{
    const optimizer::IndicatorBlock &i = r.indicator;
    h.heading(tr("Indicator under the optimizer's dispatch"));
    h.beginTable();
    h.row(tr("Carbon intensity"), tr("%1 tCO2/tce (threshold %2)")
                                      .arg(h.num(i.intensityTCO2PerTce, 4), h.num(i.thresholdTCO2PerTce, 4)));
    h.row(tr("Emissions in the numerator"), tr("%1 tCO2").arg(h.num(i.numeratorTCO2, 1)));
    h.row(tr("Energy use"), tr("%1 tce").arg(h.num(i.energyUseTce, 1)));
    h.row(tr("Clean-energy share"), tr("%1 %").arg(h.num(i.cleanEnergySharePct, 1)));
    h.row(tr("Self-sufficiency"), tr("%1 %").arg(h.num(i.selfSufficiencyPct, 1)));
    h.row(tr("Grid import"), tr("%1 MWh/yr").arg(h.num(r.annual.gridImportKWh / 1000.0, 1)));
    h.endTable();
}

void addSolveInfo(Html &h, const optimizer::OptimizerResult &r)
{
    const optimizer::SolveInfo &s = r.solve;
    h.heading(tr("Solve"));
    h.para(tr("%1, %2 (%3), %4 rows × %5 columns, %6 s")
               .arg(QString::fromStdString(s.solver), QString::fromStdString(s.method), QString::fromStdString(s.mode))
               .arg(s.rows)
               .arg(s.columns)
               .arg(h.num(s.seconds, 1)));
    if (s.lpRelaxationObjective)
        h.para(tr("LP relaxation (a lower bound): %1").arg(cny(h, *s.lpRelaxationObjective)));
}

} // namespace

QString optimizerResultHtml(const OptimizerOutcome &outcome, quint64 currentRevision, const QLocale &locale,
                            const std::optional<AppliedComparison> &applied)
{
    Html h(locale);
    const optimizer::OptimizerResult &r = outcome.result;
    const optimizer::OptimizerProblem &p = outcome.problem;
    QString status;
    switch (r.status) {
    case optimizer::SolveStatus::Optimal: status = tr("Optimal"); break;
    case optimizer::SolveStatus::Infeasible: status = tr("Infeasible"); break;
    case optimizer::SolveStatus::Error: status = tr("Error"); break;
    }
    h.rawPara(QStringLiteral("<b>%1</b> — %2")
                  .arg(status.toHtmlEscaped(), tr("for revision %1 of the park").arg(outcome.revision).toHtmlEscaped()));
    if (currentRevision != outcome.revision)
        h.rawPara(QStringLiteral("<span style='color:#b35900'>%1</span>")
                      .arg(tr("The park has changed since: run again for the current park.").toHtmlEscaped()));
    if (!outcome.notes.isEmpty())
        h.list(outcome.notes);
    if (r.status == optimizer::SolveStatus::Optimal) {
        addSizes(h, p, r);
        addObjective(h, p, r);
        addIndicator(h, r);
        if (!r.activeBounds.empty()) {
            h.heading(tr("At a bound"));
            QStringList bounds;
            for (const std::string &b : r.activeBounds)
                bounds << QString::fromStdString(b);
            h.list(bounds);
        }
    } else {
        h.para(QString::fromStdString(r.message));
        if (r.diagnosis) {
            h.beginTable();
            h.row(tr("Lowest reachable intensity"),
                  tr("%1 tCO2/tce").arg(h.num(r.diagnosis->bestIntensityTCO2PerTce, 4)));
            if (r.diagnosis->bestCleanSharePct)
                h.row(tr("Highest reachable clean-energy share"), tr("%1 %").arg(h.num(*r.diagnosis->bestCleanSharePct, 1)));
            h.endTable();
        }
    }
    if (applied) {
        h.heading(tr("Applied as “%1”").arg(applied->scenarioName));
        h.beginTable();
        h.row(tr("Intensity, optimizer"), tr("%1 tCO2/tce").arg(h.num(r.indicator.intensityTCO2PerTce, 4)));
        h.row(tr("Intensity, re-simulated"), applied->simulatedIntensityTCO2PerTce
                                                 ? tr("%1 tCO2/tce").arg(h.num(*applied->simulatedIntensityTCO2PerTce, 4))
                                                 : tr("computing…"));
        h.endTable();
        h.list(applied->reasons);
    }
    addSolveInfo(h, r);
    return h.text();
}

} // namespace pz
