// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// File › Export Report… end to end: asks for the options (ReportDialog) and the PDF's name,
// simulates a snapshot of the park off the UI thread (QtConcurrent, as the compute engine
// does), then renders the report one section per event-loop turn on the UI thread (charts and
// the plan are widgets) under a progress dialog. Cancel at any time leaves no file.

#include "model/project.h"
#include "report/reportsection.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <memory>

class QProgressDialog;
class QWidget;

namespace pz {

class ParkDocument;
class ReportBuilder;

class ReportExporter : public QObject
{
    Q_OBJECT
public:
    // The park, file name and hash of document as the report shows them; the park is the
    // scenario at index scenario (-1: the active one).
    static ReportInput inputFor(const ParkDocument &document, const QString &documentName, int scenario = -1);

    // Starts an export of input with options to path; deletes itself when done or cancelled.
    // The other scenarios are simulated with the park for the comparison section.
    ReportExporter(ReportInput input, ReportOptions options, const QString &path, QWidget *parent,
                   std::vector<Scenario> otherScenarios = {});
    // The document's scenarios the comparison sets beside the described one, as options choose
    // them (chooseReportScenarios; empty when options leave out the comparison or name an
    // unknown scenario).
    static std::vector<Scenario> otherScenarios(const ParkDocument &document, const ReportOptions &options);
    ~ReportExporter() override;

    // Asks for options and a file, then starts; the exporter is owned by parent.
    static ReportExporter *exportWithDialog(const ParkDocument &document, const QString &documentName, QWidget *parent);

Q_SIGNALS:
    // ok: the PDF was written; otherwise message says why (empty when cancelled).
    void finished(bool ok, const QString &path, const QString &message);

private:
    void onSimulated();
    void renderStep();
    void done(bool ok, const QString &message);

    ReportInput m_input;
    ReportOptions m_options;
    QString m_path;
    QPointer<QWidget> m_parent;
    QProgressDialog *m_progress = nullptr;
    struct Simulated {
        SimulationResult result;
        std::vector<NamedResult> others;
    };
    QFutureWatcher<Simulated> m_watcher;
    std::unique_ptr<ReportBuilder> m_builder;
    bool m_finished = false;
};

} // namespace pz
