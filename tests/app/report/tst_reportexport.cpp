// SPDX-License-Identifier: GPL-3.0-or-later
// File › Export Report… in the editor: the preparer set in Preferences reaches the report's
// input; the dialog's choices become the report's options and
// are remembered; the export simulates off the UI thread and writes the PDF in steps while the
// event loop runs; cancelling leaves no file; the project hash is the saved file's, or that of
// the park as it would be saved when it has unsaved changes. With several scenarios the export
// simulates the others for the comparison section.

#include "document/parkdocument.h"
#include "io/projectfile.h"
#include "report/reportdialog.h"
#include "report/reportexporter.h"
#include "settings/appsettings.h"
#include "settings/preferencesdialog.h"
#include "testsupport.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QProgressDialog>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pz;

namespace {

Park demoPark()
{
    io::LoadResult loaded = io::loadProject(pztest::demoParkPath());
    if (!loaded.ok())
        qFatal("demo park: %s", qPrintable(loaded.error));
    return *loaded.park;
}

} // namespace

class TestReportExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ParkZeroTest"));
        QSettings().clear();
    }
    void cleanupTestCase() { QSettings().clear(); }

    void dialogChoicesAreRemembered()
    {
        {
            ReportDialog dialog;
            dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(QStringLiteral("zh_CN")));
            for (int i = 0; i < dialog.sectionList()->count(); ++i) {
                QListWidgetItem *item = dialog.sectionList()->item(i);
                if (item->data(Qt::UserRole).toString() == QLatin1String("plan"))
                    item->setCheckState(Qt::Unchecked);
            }
            dialog.pvOrderCombo()->setCurrentIndex(dialog.pvOrderCombo()->findData(int(PvOrder::ShadingLoss)));
            const ReportOptions o = dialog.options();
            QCOMPARE(o.language, QStringLiteral("zh_CN"));
            QVERIFY(!o.sections.contains(QStringLiteral("plan")));
            QVERIFY(o.sections.contains(QStringLiteral("summary")));
            QCOMPARE(o.pvOrder, PvOrder::ShadingLoss);
            dialog.accept();
        }
        const ReportDialog again;
        const ReportOptions o = again.options();
        QCOMPARE(o.language, QStringLiteral("zh_CN"));
        QVERIFY(!o.sections.contains(QStringLiteral("plan")));
        QCOMPARE(o.pvOrder, PvOrder::ShadingLoss);
        QCOMPARE(AppSettings::reportSectionsOff(), QStringList{QStringLiteral("plan")});
    }

    void preparerFromPreferences()
    {
        {
            PreferencesDialog dialog;
            dialog.companyEdit()->setText(QStringLiteral("  Acme Consulting  "));
            dialog.logoEdit()->setText(QStringLiteral("/tmp/logo.svg"));
            dialog.accept();
        }
        QCOMPARE(AppSettings::reportCompany(), QStringLiteral("Acme Consulting"));
        QCOMPARE(AppSettings::reportLogoPath(), QStringLiteral("/tmp/logo.svg"));
        const PreferencesDialog again;
        QCOMPARE(again.companyEdit()->text(), QStringLiteral("Acme Consulting"));
        ParkDocument document(demoPark());
        const ReportInput input = ReportExporter::inputFor(document, QStringLiteral("demo"));
        QCOMPARE(input.company, QStringLiteral("Acme Consulting"));
        QCOMPARE(input.logoPath, QStringLiteral("/tmp/logo.svg"));
        QVERIFY(input.unsavedChanges);  // never saved
    }

    void hashOfTheProject()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("park.parkzero"));
        ParkDocument document(demoPark());
        QString error;
        QVERIFY2(io::saveProject(document.park(), path, &error), qPrintable(error));
        document.setFilePath(path);
        document.markSaved();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString saved = QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
        ReportInput input = ReportExporter::inputFor(document, QStringLiteral("park.parkzero"));
        QCOMPARE(input.projectSha256, saved);
        QVERIFY(!input.unsavedChanges);
        QCOMPARE(input.projectFilePath, path);

        Site site = document.park().site;
        site.name = QStringLiteral("Changed");
        QVERIFY(document.changeSite(site, QStringLiteral("Rename")));
        input = ReportExporter::inputFor(document, QStringLiteral("park.parkzero"));
        QVERIFY(input.unsavedChanges);
        QCOMPARE(input.projectSha256,
                 QString::fromLatin1(QCryptographicHash::hash(io::serializeProject(document.project()), QCryptographicHash::Sha256).toHex()));
        QVERIFY(input.projectSha256 != saved);
    }

    void exportRunsInTheBackground()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        ParkDocument document(demoPark());
        QWidget window;
        ReportOptions options;
        options.sections = {QStringLiteral("summary"), QStringLiteral("plan"), QStringLiteral("energy")};
        auto *exporter = new ReportExporter(ReportExporter::inputFor(document, QStringLiteral("demo")), options, path, &window);
        QSignalSpy finished(exporter, &ReportExporter::finished);
        // The simulation runs on a worker thread: the constructor returns at once, before the file exists.
        QVERIFY(!QFile::exists(path));
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(finished.at(0).at(1).toString(), path);
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("report.pdf")});
        // The editor keeps its interface font: charts, plan and text still use only the report's font.
        const QString pdffonts = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
        if (pdffonts.isEmpty())
            return;
        QProcess fonts;
        fonts.start(pdffonts, {path});
        QVERIFY(fonts.waitForFinished(60000));
        const QStringList lines = QString::fromUtf8(fonts.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 3);
        for (const QString &line : lines.mid(2))
            QVERIFY2(line.startsWith(QLatin1String("WenQuanYi")), qPrintable(line));
    }

    // A project with two scenarios: the export simulates the other one with the park, and the
    // comparison section shows both; with the comparison left out, none is simulated.
    void exportComparesScenarios()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("poppler-utils are not installed");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        ParkDocument document(demoPark());
        QVERIFY(!document.addScenario(QStringLiteral("Second variant")).isEmpty());
        ReportOptions options;
        options.sections = {QStringLiteral("summary"), QStringLiteral("comparison")};
        const std::vector<Scenario> others = ReportExporter::otherScenarios(document, options);
        QCOMPARE(others.size(), std::size_t(1));
        QCOMPARE(others.front().id, document.project().at(0).id);
        ReportOptions without;
        without.sections = {QStringLiteral("summary")};
        QVERIFY(ReportExporter::otherScenarios(document, without).empty());
        QWidget window;
        const ReportInput input = ReportExporter::inputFor(document, QStringLiteral("demo"));
        QCOMPARE(input.scenarioName, QStringLiteral("Second variant"));
        auto *exporter = new ReportExporter(input, options, path, &window, others);
        QSignalSpy finished(exporter, &ReportExporter::finished);
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(2).toString()));
        QProcess text;
        text.start(pdftotext, {path, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString out = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY(out.contains(QLatin1String("Scenario comparison")));
        QVERIFY(out.contains(QLatin1String("Second variant")));
        QVERIFY(out.contains(document.project().at(0).name));
    }

    // The dialog offers the project's scenarios: the active one described and every other one
    // compared by default; another described scenario leaves the compared list, the user's
    // unticks are kept, and the list is off while the comparison section is.
    void dialogChoosesScenarios()
    {
        ParkDocument document(demoPark());
        const QString first = document.project().at(0).name;
        QVERIFY(!document.addScenario(QStringLiteral("B")).isEmpty());
        QVERIFY(!document.addScenario(QStringLiteral("C")).isEmpty());
        QCOMPARE(document.project().active().name, QStringLiteral("C"));
        QVERIFY(ReportDialog().scenarioCombo() == nullptr);   // one scenario: nothing to choose

        ReportDialog dialog(document.project());
        QVERIFY(dialog.scenarioCombo() && dialog.comparedList());
        ReportOptions o = dialog.options();
        QCOMPARE(o.scenario, QStringLiteral("C"));
        QCOMPARE(o.compared, std::optional<QStringList>(QStringList{first, QStringLiteral("B")}));

        dialog.comparedList()->item(0)->setCheckState(Qt::Unchecked);   // not the first
        dialog.scenarioCombo()->setCurrentText(QStringLiteral("B"));
        QCOMPARE(dialog.comparedList()->count(), 2);
        o = dialog.options();
        QCOMPARE(o.scenario, QStringLiteral("B"));
        QCOMPARE(o.compared, std::optional<QStringList>(QStringList{QStringLiteral("C")}));
        const std::vector<Scenario> others = ReportExporter::otherScenarios(document, o);
        QCOMPARE(others.size(), std::size_t(1));
        QCOMPARE(others.front().name, QStringLiteral("C"));
        const ReportInput input = ReportExporter::inputFor(document, QStringLiteral("demo"), document.project().indexOfName(o.scenario));
        QCOMPARE(input.scenarioName, QStringLiteral("B"));
        QVERIFY(input.park == document.project().at(1).park);

        QVERIFY(dialog.comparedList()->isEnabled());
        for (int i = 0; i < dialog.sectionList()->count(); ++i)
            if (dialog.sectionList()->item(i)->data(Qt::UserRole).toString() == QLatin1String("comparison"))
                dialog.sectionList()->item(i)->setCheckState(Qt::Unchecked);
        QVERIFY(!dialog.comparedList()->isEnabled());
        QVERIFY(ReportExporter::otherScenarios(document, dialog.options()).empty());
    }

    void cancelLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        ParkDocument document(demoPark());
        QWidget window;
        auto *exporter = new ReportExporter(ReportExporter::inputFor(document, QStringLiteral("demo")), ReportOptions{}, path, &window);
        QSignalSpy finished(exporter, &ReportExporter::finished);
        auto *progress = window.findChild<QProgressDialog *>();
        QVERIFY(progress);
        Q_EMIT progress->canceled();  // as the Cancel button does
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(finished.at(0).at(2).toString().isEmpty());
        QTest::qWait(200);
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
};

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
