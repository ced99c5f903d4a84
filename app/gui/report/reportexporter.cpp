// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportexporter.h"

#include "document/parkdocument.h"
#include "engine/simulation.h"
#include "io/projectfile.h"
#include "report/reportbuilder.h"
#include "report/reportdialog.h"
#include "report/reportscenarios.h"
#include "settings/appsettings.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace pz {

ReportInput ReportExporter::inputFor(const ParkDocument &document, const QString &documentName, int scenario)
{
    const Project &project = document.project();
    const Scenario &described = scenario >= 0 && scenario < project.count() ? project.at(scenario) : project.active();
    ReportInput input;
    input.park = described.park;
    input.scenarioName = described.name;
    input.projectFileName = documentName;
    input.projectFilePath = document.filePath().startsWith(QLatin1Char(':')) ? QString() : document.filePath();
    input.programVersion = QCoreApplication::applicationVersion();
    input.company = AppSettings::reportCompany();
    input.logoPath = AppSettings::reportLogoPath();
    const QString path = document.filePath();
    QByteArray bytes;
    QFile file(path);
    input.unsavedChanges = path.isEmpty() || document.isModified() || !file.open(QIODevice::ReadOnly);
    // A saved, unchanged park: the file's own bytes; otherwise the bytes it would be saved as.
    bytes = input.unsavedChanges ? io::serializeProject(document.project()) : file.readAll();
    input.projectSha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return input;
}

std::vector<Scenario> ReportExporter::otherScenarios(const ParkDocument &document, const ReportOptions &options)
{
    std::vector<Scenario> others;
    QString error;
    if (const std::optional<ReportScenarios> chosen = chooseReportScenarios(document.project(), options, &error))
        for (const int i : chosen->compared)
            others.push_back(document.project().at(i));
    return others;
}

ReportExporter *ReportExporter::exportWithDialog(const ParkDocument &document, const QString &documentName,
                                                 QWidget *parent)
{
    ReportDialog dialog(document.project(), parent);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    const QString base = QFileInfo(documentName).completeBaseName();
    const QString suggested = QDir(AppSettings::lastDirectory()).filePath(tr("%1 report").arg(base) + QStringLiteral(".pdf"));
    QString path = QFileDialog::getSaveFileName(parent, tr("Export Report"), suggested, tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return nullptr;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    AppSettings::setLastDirectory(QFileInfo(path).absolutePath());
    const ReportOptions options = dialog.options();
    QString error;
    const std::optional<ReportScenarios> chosen = chooseReportScenarios(document.project(), options, &error);
    return new ReportExporter(inputFor(document, documentName, chosen ? chosen->described : -1), options, path, parent,
                              otherScenarios(document, options));
}

ReportExporter::ReportExporter(ReportInput input, ReportOptions options, const QString &path, QWidget *parent,
                               std::vector<Scenario> otherScenarios)
    : QObject(parent), m_input(std::move(input)), m_options(std::move(options)), m_path(path), m_parent(parent)
{
    m_progress = new QProgressDialog(tr("Simulating the park…"), tr("Cancel"), 0, 1, parent);
    m_progress->setWindowTitle(tr("Export Report"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, [this] { done(false, QString()); });
    connect(&m_watcher, &QFutureWatcher<Simulated>::finished, this, &ReportExporter::onSimulated);
    SimulationOptions simulation;
    simulation.projectFilePath = m_input.projectFilePath;
    Park park = m_input.park;
    m_watcher.setFuture(QtConcurrent::run([park, simulation, others = std::move(otherScenarios)] {
        SimulationCache cache;
        Simulated out{simulatePark(park, simulation, &cache), {}};
        for (const Scenario &s : others)
            out.others.push_back({s.name, simulatePark(s.park, simulation, &cache)});
        return out;
    }));
}

ReportExporter::~ReportExporter()
{
    m_watcher.waitForFinished();
    delete m_progress;
}

void ReportExporter::onSimulated()
{
    if (m_finished)
        return;
    Simulated simulated = m_watcher.result();
    m_input.result = std::move(simulated.result);
    if (!m_input.result.ok) {
        done(false, tr("The park could not be simulated: %1").arg(m_input.result.error));
        return;
    }
    for (NamedResult &other : simulated.others) {
        if (!other.result.ok) {
            done(false, tr("Scenario “%1” could not be simulated: %2").arg(other.name, other.result.error));
            return;
        }
        m_input.otherScenarios.push_back(std::move(other));
    }
    m_builder = std::make_unique<ReportBuilder>(std::move(m_input), m_options);
    QString error;
    if (!m_builder->begin(m_path, &error)) {
        done(false, error);
        return;
    }
    m_progress->setRange(0, m_builder->sectionCount() + 1);
    m_progress->setValue(1);
    QTimer::singleShot(0, this, &ReportExporter::renderStep);
}

void ReportExporter::renderStep()
{
    if (m_finished)
        return;
    m_progress->setLabelText(tr("Writing the report (%1 of %2)…").arg(m_builder->sectionsDone() + 1).arg(m_builder->sectionCount()));
    if (m_builder->renderNext()) {
        m_progress->setValue(m_builder->sectionsDone() + 1);
        QTimer::singleShot(0, this, &ReportExporter::renderStep);
        return;
    }
    QString error;
    const bool ok = m_builder->finish(&error);
    done(ok, error);
}

void ReportExporter::done(bool ok, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_builder.reset();  // an unfinished report is discarded (no file)
    m_progress->hide();
    Q_EMIT finished(ok, m_path, message);
    deleteLater();
}

} // namespace pz
