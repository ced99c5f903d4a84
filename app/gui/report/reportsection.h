// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a client report is made of: its inputs (the park, its simulation result, where it came
// from, who prepared it), the choices of the export dialog or the command line, and the
// interface every section implements. A section is one class: a stable key (for
// `parkzero-cli report --sections`), a title in the report's language, and render(), which adds
// its content to the page flow. ReportBuilder lists the sections in order (one line each).

#include "engine/scenariocomparison.h"
#include "engine/simulationresult.h"
#include "model/park.h"

#include <QDate>
#include <QFont>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <optional>

namespace pz {

class ReportDocument;

// Order of the PV-by-object table. Numeric orders are largest first.
enum class PvOrder { Park, Name, Kwp, Energy, SpecificYield, ShadingLoss };

struct ReportInput {
    Park park;
    SimulationResult result;        // simulatePark() of park (ok)
    QString projectFileName;        // the file's name, or the name of an unsaved park
    QString projectFilePath;        // resolves relative weather and profile paths (may be empty)
    QString projectSha256;          // hex SHA-256 of the project file's bytes
    bool unsavedChanges = false;    // the report shows a park that differs from the file on disk
    QString programVersion;
    QString company;                // preparer, from Preferences (may be empty)
    QString logoPath;               // PNG, JPEG or SVG (may be empty)
    QDate date = QDate::currentDate();
    // The project's scenarios for the comparison section: the report's own (scenarioName, with
    // result) and the others with their results, in project order. No others: no comparison.
    QString scenarioName;
    std::vector<NamedResult> otherScenarios;
};

struct ReportOptions {
    QString language = QStringLiteral("en");   // "en" or "zh_CN"
    QStringList sections;                        // section keys in any order; empty = all
    PvOrder pvOrder = PvOrder::Park;
    // The scenario the report describes, by name (empty: the project's active one).
    QString scenario;
    // The scenarios its comparison sets beside it, by name (nullopt: every other one). The
    // comparison keeps project order whatever the order given.
    std::optional<QStringList> compared;
};

// What a section sees while it renders: the inputs, the options, the report's locale and font.
struct ReportContext {
    const ReportInput &input;
    const ReportOptions &options;
    QLocale locale;
    QFont font;

    const SimulationResult &result() const { return input.result; }
    const ParkSummary &park() const { return input.result.park; }
};

class ReportSection
{
public:
    virtual ~ReportSection() = default;
    // Stable, untranslated, e.g. "summary".
    virtual QString key() const = 0;
    // In the report's language (the report's translator is installed while it is called).
    virtual QString title() const = 0;
    virtual void render(ReportDocument &doc, const ReportContext &context) const = 0;
    // Whether the section has anything to say about this result (wind only with wind, ...).
    virtual bool appliesTo(const SimulationResult &) const { return true; }
    // The same over all the inputs (the comparison needs the other scenarios).
    virtual bool appliesTo(const ReportInput &input) const { return appliesTo(input.result); }
};

} // namespace pz
