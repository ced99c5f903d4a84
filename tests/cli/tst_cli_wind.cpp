// SPDX-License-Identifier: GPL-3.0-or-later
// parkzero-cli simulate on parks with wind (spec wind.md §12–§13): the JSON keys the issue
// fixes, with the reference values of cases A and D; the weather's data-quality warnings on
// stderr and in the JSON; a column per turbine and per plant in the hourly CSV; a bad turbine
// file refused with file, line and reason.

#include "clirun.h"
#include "windprojects.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace pztest;

namespace {

bool near(double actual, double expected, double relative)
{
    return std::abs(actual - expected) <= relative * std::abs(expected);
}

QJsonObject simulateJson(const QString &project, const QString &hourly, CliRun *run)
{
    *run = runCli({QStringLiteral("simulate"), project, QStringLiteral("--json"), QStringLiteral("-"),
                   QStringLiteral("--hourly"), hourly});
    return QJsonDocument::fromJson(run->out.toUtf8()).object();
}

QList<QByteArray> csvLine(const QString &path, int index)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = file.readAll().split('\n');
    return index < lines.size() ? lines[index].split(',') : QList<QByteArray>{};
}

} // namespace

class TestCliWind : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        if (dongshengEpw().isEmpty())
            QSKIP("the shared weather files are not available");
    }

    void oneTurbine()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("a.parkzero"));
        QVERIFY(writeFile(project, turbineRowProject(dongshengEpw(), {{0, 0}})));
        CliRun run;
        const QJsonObject json = simulateJson(project, dir.filePath(QStringLiteral("a.csv")), &run);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray objects = json.value(QStringLiteral("objects")).toArray();
        QCOMPARE(objects.size(), 1);
        const QJsonObject t = objects.first().toObject();
        QCOMPARE(t.value(QStringLiteral("kind")).toString(), QStringLiteral("wind_turbine"));
        QCOMPARE(t.value(QStringLiteral("id")).toInt(), 1);
        QCOMPARE(t.value(QStringLiteral("name")).toString(), QStringLiteral("T1"));
        QCOMPARE(t.value(QStringLiteral("group")).toString(), QStringLiteral("Wind farm"));
        QCOMPARE(t.value(QStringLiteral("rated_kW")).toDouble(), 3370.0);
        QCOMPARE(t.value(QStringLiteral("hub_height_m")).toDouble(), 110.0);
        QVERIFY(near(t.value(QStringLiteral("annual_ac_kWh")).toDouble(), 3712176.983, 1e-7));
        QCOMPARE(t.value(QStringLiteral("monthly_ac_kWh")).toArray().size(), 12);
        QVERIFY(near(t.value(QStringLiteral("monthly_ac_kWh")).toArray().at(3).toDouble(), 586513.829, 1e-7));
        QVERIFY(near(t.value(QStringLiteral("capacity_factor_pct")).toDouble(), 12.5746, 1e-5));
        QVERIFY(near(t.value(QStringLiteral("full_load_hours")).toDouble(), 1101.5362, 1e-7));
        QCOMPARE(t.value(QStringLiteral("wake_loss_pct")).toDouble(), 0.0);
        const QJsonObject park = json.value(QStringLiteral("park")).toObject();
        QCOMPARE(park.value(QStringLiteral("wind_kW")).toDouble(), 3370.0);
        QVERIFY(near(park.value(QStringLiteral("wind_generation_kWh")).toDouble(), 3712176.983, 1e-7));
        QCOMPARE(park.value(QStringLiteral("offsite_generation_kWh")).toDouble(), 0.0);
        QVERIFY(park.value(QStringLiteral("direct_supply")).isObject());
        QVERIFY(json.value(QStringLiteral("offsite")).toArray().isEmpty());
        // The §12.1 notes, on stderr and in the JSON.
        QVERIFY2(run.err.contains(QStringLiteral("warning: ")) && run.err.contains(QStringLiteral("whole m/s")),
                 qPrintable(run.err));
        QVERIFY(QJsonDocument(json.value(QStringLiteral("warnings")).toArray()).toJson().contains("Calm hours"));
        // A column per turbine: T1's net power in the hour starting 2023-01-01 00:00.
        const QList<QByteArray> header = csvLine(dir.filePath(QStringLiteral("a.csv")), 0);
        const int column = int(header.indexOf("1 T1 wind_kwh"));
        QVERIFY2(column > 0, header.join(',').constData());
        QVERIFY(!csvLine(dir.filePath(QStringLiteral("a.csv")), 1).value(column).isEmpty());
    }

    void offSitePlant()
    {
        QTemporaryDir dir;
        const QString load = dir.filePath(QStringLiteral("load.csv"));
        QVERIFY(writeConstantProfile(load, 15000));
        const QString project = dir.filePath(QStringLiteral("d.parkzero"));
        QVERIFY(writeFile(project, offsitePlantProject(dongshengEpw(), load)));
        CliRun run;
        const QString hourly = dir.filePath(QStringLiteral("d.csv"));
        const QJsonObject json = simulateJson(project, hourly, &run);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray offsite = json.value(QStringLiteral("offsite")).toArray();
        QCOMPARE(offsite.size(), 1);
        const QJsonObject p = offsite.first().toObject();
        QCOMPARE(p.value(QStringLiteral("name")).toString(), QStringLiteral("Plant D"));
        QCOMPARE(p.value(QStringLiteral("kind")).toString(), QStringLiteral("wind"));
        QVERIFY(near(p.value(QStringLiteral("available_kWh")).toDouble(), 31773081.703, 1e-7));
        QVERIFY(near(p.value(QStringLiteral("clipped_kWh")).toDouble(), 205840.800, 1e-7));
        QVERIFY(near(p.value(QStringLiteral("line_losses_kWh")).toDouble(), 947017.227, 1e-7));
        QVERIFY(near(p.value(QStringLiteral("delivered_kWh")).toDouble(), 30620223.676, 1e-7));
        const QJsonObject park = json.value(QStringLiteral("park")).toObject();
        QVERIFY(near(park.value(QStringLiteral("offsite_generation_kWh")).toDouble(), 30620223.676, 1e-7));
        const QJsonObject d = park.value(QStringLiteral("direct_supply")).toObject();
        QVERIFY(near(d.value(QStringLiteral("self_use_of_available_pct")).toDouble(), 84.2388, 1e-6));
        QVERIFY(near(d.value(QStringLiteral("self_use_of_consumption_pct")).toDouble(), 20.3693, 1e-5));
        QVERIFY(near(d.value(QStringLiteral("export_of_available_pct")).toDouble(), 12.1328, 1e-5));
        QCOMPARE(d.value(QStringLiteral("self_use_of_available_pass")).toBool(), true);
        QCOMPARE(d.value(QStringLiteral("self_use_of_consumption_pass")).toBool(), false);
        QCOMPARE(d.value(QStringLiteral("self_use_of_consumption_2030_pass")).toBool(), false);
        QVERIFY(d.value(QStringLiteral("export_of_available_pass")).isNull());   // no cap applied
        QVERIFY(d.value(QStringLiteral("source_note")).toString().contains(QStringLiteral("650")));
        // A column per plant; the traced hour 2023-01-24 11:00 delivers 38 800 kW.
        const QList<QByteArray> header = csvLine(hourly, 0);
        const int column = int(header.indexOf("offsite 1 Plant D delivered_kwh"));
        QVERIFY2(column > 0, header.join(',').constData());
        const int hour = 23 * 24 + 11;
        QCOMPARE(csvLine(hourly, hour + 1).value(column), QByteArray("38800.0000"));
    }

    void badTurbineFile()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("neg.csv")),
                          "# name: Neg\n# rated_kW: 2000\n# rotor_diameter_m: 100\n# hub_height_m: 90\n"
                          "wind_speed_m_s,power_kW\n3,0\n5,-300\n25,2000\n"));
        const QString project = dir.filePath(QStringLiteral("bad.parkzero"));
        QVERIFY(writeFile(project, projectJson(windSite(dongshengEpw()),
                                               QJsonArray{turbineJson(1, 0, 0, QStringLiteral("neg.csv"))})));
        const CliRun run = runCli({QStringLiteral("simulate"), project});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("objects[0].turbine_type")) &&
                     run.err.contains(QStringLiteral("neg.csv, line 7")) && run.err.contains(QStringLiteral("negative")),
                 qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliWind)
#include "tst_cli_wind.moc"
