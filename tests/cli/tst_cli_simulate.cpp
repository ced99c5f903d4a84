// SPDX-License-Identifier: GPL-3.0-or-later
// parkzero-cli simulate on project files: the reference cases of spec §8 (when ../shared is
// present), the JSON keys, the hourly CSV, --help and the error exits (2 for bad input, 1 for an
// output that cannot be written; exitcodes.h).

#include "io/projectfile.h"
#include "model/park.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace pz;

namespace {

struct CliRun {
    int exitCode = -1;
    QByteArray out, err;
};

CliRun runCli(const QStringList &args)
{
    QProcess p;
    p.start(pztest::cliPath(), args);
    p.waitForFinished(300000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

PvArray referenceArray(ObjectId id, const QString &name, double x, double tilt, double azimuth, double kwp, Mounting mounting)
{
    PvArray a;
    a.id = id;
    a.name = name;
    a.outline = {{x, 0}, {x + 60, 0}, {x + 60, 60}, {x, 60}};
    a.pv.tiltDeg = tilt;
    a.pv.azimuthDeg = azimuth;
    a.pv.gcr = 0.0;  // one row, no self-shading (spec case A)
    a.pv.mounting = mounting;
    a.kwpOverride = kwp;
    return a;
}

// A park at a site whose weather is the given file.
Park parkWithWeatherFile(const QString &weatherPath, double latitudeDeg, double longitudeDeg, double elevationM,
                         double utcOffsetHours)
{
    Park park;
    park.site.latitudeDeg = latitudeDeg;
    park.site.longitudeDeg = longitudeDeg;
    park.site.elevationM = elevationM;
    park.site.utcOffsetHours = utcOffsetHours;
    park.site.weather.kind = WeatherKind::File;
    park.site.weather.filePath = weatherPath;
    return park;
}

QString writeProject(const QTemporaryDir &dir, const Park &park, const QString &name)
{
    const QString path = dir.filePath(name);
    QString error;
    if (!io::saveProject(park, path, &error))
        qWarning() << error;
    return path;
}

// Reads the hourly CSV into rows of fields.
QList<QStringList> readCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QStringList> rows;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            rows << QString::fromUtf8(line.trimmed()).split(QLatin1Char(','));
    return rows;
}

int columnContaining(const QStringList &header, const QString &a, const QString &b = {})
{
    for (int i = 0; i < header.size(); ++i)
        if (header[i].contains(a, Qt::CaseInsensitive) && (b.isEmpty() || header[i].contains(b, Qt::CaseInsensitive)))
            return i;
    return -1;
}

void expectRelative(double actual, double expected, double tolerance, const char *what)
{
    const double rel = std::abs(actual - expected) / std::abs(expected);
    if (rel > tolerance)
        QFAIL(qPrintable(QStringLiteral("%1: got %2, expected %3 (relative error %4 > %5)")
                             .arg(QString::fromLatin1(what))
                             .arg(actual, 0, 'g', 12)
                             .arg(expected, 0, 'g', 12)
                             .arg(rel)
                             .arg(tolerance)));
}

} // namespace

class TestCliSimulate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void referenceCaseA();
    void referenceCaseB();
    void demoParkJsonKeys();
    void inconsistentWeatherFileIsFlaggedAndCanBeClosed();
    void help();
    void errors_data();
    void errors();
};

void TestCliSimulate::referenceCaseA()
{
    const QString weather = pztest::sharedPath(QStringLiteral("data/weather/tmy_45.000_8.000_2005_2023.epw"));
    if (weather.isEmpty())
        QSKIP("../shared/data/weather/tmy_45.000_8.000_2005_2023.epw is absent");
    QTemporaryDir dir;
    Park park = parkWithWeatherFile(weather, 45.0, 8.0, 250.0, 1.0);
    park.site.name = QStringLiteral("Spec case A");
    park.append(referenceArray(1, QStringLiteral("A"), 0, 35, 180, 1000, Mounting::OpenRack));
    const QString project = writeProject(dir, park, QStringLiteral("case-a.parkzero"));
    const QString json = dir.filePath(QStringLiteral("a.json")), csv = dir.filePath(QStringLiteral("a.csv"));
    const CliRun run = runCli({QStringLiteral("simulate"), project, QStringLiteral("--json"), json,
                               QStringLiteral("--hourly"), csv});
    QVERIFY2(run.exitCode == 0, run.err.constData());

    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    const QJsonObject a = root[QStringLiteral("objects")].toArray().at(0).toObject();
    expectRelative(a[QStringLiteral("annual_ac_kWh")].toDouble(), 1344343.791, 1e-4, "annual AC");
    expectRelative(a[QStringLiteral("annual_poa_kWh_m2")].toDouble(), 1737.776, 1e-4, "annual POA");
    expectRelative(a[QStringLiteral("performance_ratio")].toDouble(), 0.7736, 1e-3, "PR");
    expectRelative(a[QStringLiteral("peak_ac_kW")].toDouble(), 822.6347, 1e-4, "peak AC");
    const double monthly[12] = {71987.823, 84130.837, 123221.762, 104241.486, 116653.183, 156189.969,
                                151216.561, 144772.644, 129248.443, 100618.421, 85912.049, 76150.611};
    const QJsonArray m = a[QStringLiteral("monthly_ac_kWh")].toArray();
    QCOMPARE(m.size(), 12);
    for (int i = 0; i < 12; ++i)
        expectRelative(m[i].toDouble(), monthly[i], 1e-4, "monthly AC");
    expectRelative(root[QStringLiteral("weather")].toObject()[QStringLiteral("annual_ghi_kWh_m2")].toDouble(), 1435.861,
                   1e-6, "annual GHI");

    // Traced hours, from the hourly CSV.
    const QList<QStringList> rows = readCsv(csv);
    QCOMPARE(rows.size(), 8761);
    const QStringList &header = rows[0];
    const int poa = columnContaining(header, QStringLiteral("poa"));
    const int tc = columnContaining(header, QStringLiteral("cell"));
    const int ac = columnContaining(header, QStringLiteral("ac"), QStringLiteral("W"));
    QVERIFY2(poa > 0 && tc > 0 && ac > 0, qPrintable(header.join(QLatin1Char(','))));
    const int june21noon = (31 + 28 + 31 + 30 + 31 + 20) * 24 + 12;
    QVERIFY(rows[june21noon + 1][0].contains(QStringLiteral("2023-06-21")));
    expectRelative(rows[june21noon + 1][poa].toDouble(), 792.10268 + 189.19721 + 16.67418, 1e-6, "POA 06-21 12:00");
    expectRelative(rows[june21noon + 1][tc].toDouble(), 59.835754, 1e-6, "Tc 06-21 12:00");
    expectRelative(rows[june21noon + 1][ac].toDouble(), 718610.296, 1e-6, "Pac 06-21 12:00");
    const int march20 = (31 + 28 + 19) * 24 + 7;
    expectRelative(rows[march20 + 1][poa].toDouble(), 42.161303 + 0.868070, 1e-6, "POA 03-20 07:00");
    expectRelative(rows[march20 + 1][tc].toDouble(), 6.2232393, 1e-6, "Tc 03-20 07:00");
    expectRelative(rows[march20 + 1][ac].toDouble(), 33733.411, 1e-6, "Pac 03-20 07:00");
}

void TestCliSimulate::referenceCaseB()
{
    const QString weather = pztest::sharedPath(QStringLiteral("data/weather/723170TYA.CSV"));
    if (weather.isEmpty())
        QSKIP("../shared/data/weather/723170TYA.CSV is absent");
    QTemporaryDir dir;
    Park park = parkWithWeatherFile(weather, 36.1, -79.95, 273.0, -5.0);
    // Far apart, so that neither can shade the other.
    park.append(referenceArray(1, QStringLiteral("East"), 0, 10, 90, 50, Mounting::CloseRoof));
    park.append(referenceArray(2, QStringLiteral("West"), 2000, 10, 270, 50, Mounting::CloseRoof));
    const QString project = writeProject(dir, park, QStringLiteral("case-b.parkzero"));
    const QString csv = dir.filePath(QStringLiteral("b.csv"));
    const CliRun run = runCli({QStringLiteral("simulate"), project, QStringLiteral("--json"), QStringLiteral("-"),
                               QStringLiteral("--hourly"), csv});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    const QJsonArray objects = root[QStringLiteral("objects")].toArray();
    QCOMPARE(objects.size(), 2);
    expectRelative(objects[0].toObject()[QStringLiteral("annual_ac_kWh")].toDouble(), 58010.125, 1e-4, "east AC");
    expectRelative(objects[0].toObject()[QStringLiteral("annual_poa_kWh_m2")].toDouble(), 1553.755, 1e-4, "east POA");
    expectRelative(objects[1].toObject()[QStringLiteral("annual_ac_kWh")].toDouble(), 58125.638, 1e-4, "west AC");
    expectRelative(objects[1].toObject()[QStringLiteral("annual_poa_kWh_m2")].toDouble(), 1558.800, 1e-4, "west POA");
    expectRelative(root[QStringLiteral("park")].toObject()[QStringLiteral("annual_generation_kWh")].toDouble(),
                   116135.762, 1e-4, "park total");

    const QList<QStringList> rows = readCsv(csv);
    QCOMPARE(rows.size(), 8761);
    const QStringList &header = rows[0];
    const int poa = columnContaining(header, QStringLiteral("poa"));
    const int tc = columnContaining(header, QStringLiteral("cell"));
    const int ac = columnContaining(header, QStringLiteral("ac"), QStringLiteral("W"));
    const int june21noon = (31 + 28 + 31 + 30 + 31 + 20) * 24 + 12;
    expectRelative(rows[june21noon + 1][poa].toDouble(), 362.73457 + 373.70575 + 1.13182, 1e-6, "east POA 06-21 12:00");
    expectRelative(rows[june21noon + 1][tc].toDouble(), 61.08297, 1e-6, "east Tc 06-21 12:00");
    expectRelative(rows[june21noon + 1][ac].toDouble(), 26447.093, 1e-6, "east Pac 06-21 12:00");
}

void TestCliSimulate::demoParkJsonKeys()
{
    const CliRun run = runCli({QStringLiteral("simulate"), pztest::demoParkPath(), QStringLiteral("--json"),
                               QStringLiteral("-")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    const QJsonArray objects = root[QStringLiteral("objects")].toArray();
    QVERIFY(objects.size() >= 10);
    bool rooftop = false, ground = false;
    for (const QJsonValue &v : objects) {
        const QJsonObject o = v.toObject();
        for (const char *key : {"id", "name", "kind", "kwp", "annual_ac_kWh", "monthly_ac_kWh",
                                "specific_yield_kWh_per_kWp", "annual_poa_kWh_m2", "performance_ratio",
                                "shading_loss_pct", "shading_poa_loss_pct"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o[QStringLiteral("monthly_ac_kWh")].toArray().size(), 12);
        rooftop |= o[QStringLiteral("kind")].toString() == QLatin1String("rooftop_pv");
        ground |= o[QStringLiteral("kind")].toString() == QLatin1String("ground_pv");
        QVERIFY(o[QStringLiteral("shading_loss_pct")].toDouble() >= 0.0);
    }
    QVERIFY(rooftop && ground);
    const QJsonObject park = root[QStringLiteral("park")].toObject();
    for (const char *key : {"pv_kwp", "annual_generation_kWh", "rooftop_generation_kWh", "ground_generation_kWh",
                            "monthly_generation_kWh", "annual_consumption_kWh", "grid_import_kWh", "grid_export_kWh",
                            "curtailed_kWh", "self_consumption_pct", "self_sufficiency_pct", "cfe_score_pct",
                            "clean_energy_share_pct", "battery_throughput_kWh", "battery_losses_kWh",
                            "intensity_tCO2_per_tce", "zero_carbon_verdict", "emissions"})
        QVERIFY2(park.contains(QLatin1String(key)), key);
    const QJsonObject emissions = park[QStringLiteral("emissions")].toObject();
    for (const char *key : {"operational_location_tCO2e", "operational_market_tCO2e", "embodied_annual_tCO2e",
                            "sink_tCO2e", "net_tCO2e", "net_with_embodied_tCO2e"})
        QVERIFY2(emissions.contains(QLatin1String(key)), key);
    QCOMPARE(park[QStringLiteral("annual_generation_kWh")].toDouble(),
             park[QStringLiteral("rooftop_generation_kWh")].toDouble() +
                 park[QStringLiteral("ground_generation_kWh")].toDouble());
    QVERIFY(root[QStringLiteral("weather")].toObject()[QStringLiteral("annual_ghi_kWh_m2")].toDouble() > 1000.0);
}

// The CSWD Dongsheng file's DNI is far below what its GHI and DHI imply: read as given, the CLI
// warns and reports the gap; with --irradiance beam_from_ghi_dhi (or the site's setting) the
// beam is taken from GHI and DHI and the yield of a 35° south field rises accordingly.
void TestCliSimulate::inconsistentWeatherFileIsFlaggedAndCanBeClosed()
{
    const QString weather = pztest::sharedPath(QStringLiteral("data/weather/CHN_Nei.Mongol.Dongsheng.535430_CSWD.epw"));
    if (weather.isEmpty())
        QSKIP("../shared/data/weather/CHN_Nei.Mongol.Dongsheng.535430_CSWD.epw is absent");
    QTemporaryDir dir;
    Park park = parkWithWeatherFile(weather, 39.83, 109.98, 1462.0, 8.0);
    park.site.name = QStringLiteral("Ordos");
    park.append(referenceArray(1, QStringLiteral("Field"), 0, 35, 180, 1000, Mounting::OpenRack));
    const QString asGiven = writeProject(dir, park, QStringLiteral("as-given.parkzero"));
    park.site.weather.irradiance = IrradianceInput::BeamFromGhiDhi;
    const QString closed = writeProject(dir, park, QStringLiteral("closed.parkzero"));

    auto annualAc = [](const CliRun &run) {
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        return root[QStringLiteral("objects")].toArray().at(0).toObject()[QStringLiteral("annual_ac_kWh")].toDouble();
    };
    const CliRun raw = runCli({QStringLiteral("simulate"), asGiven, QStringLiteral("--json"), QStringLiteral("-")});
    QVERIFY2(raw.exitCode == 0, raw.err.constData());
    QVERIFY2(raw.err.contains("warning") && raw.err.contains("CHN_Nei.Mongol.Dongsheng"), raw.err.constData());
    const QJsonObject w = QJsonDocument::fromJson(raw.out).object()[QStringLiteral("weather")].toObject();
    QCOMPARE(w[QStringLiteral("irradiance")].toString(), QStringLiteral("as_given"));
    QVERIFY(w[QStringLiteral("closure_gap_pct")].toDouble() > 15.0);

    const CliRun fromSite = runCli({QStringLiteral("simulate"), closed, QStringLiteral("--json"), QStringLiteral("-")});
    const CliRun fromOption = runCli({QStringLiteral("simulate"), asGiven, QStringLiteral("--irradiance"),
                                      QStringLiteral("beam_from_ghi_dhi"), QStringLiteral("--json"), QStringLiteral("-")});
    QVERIFY2(fromSite.exitCode == 0 && fromOption.exitCode == 0, fromSite.err.constData());
    QVERIFY2(!fromSite.err.contains("warning"), fromSite.err.constData());
    QCOMPARE(QJsonDocument::fromJson(fromSite.out).object()[QStringLiteral("weather")].toObject()
                 [QStringLiteral("irradiance")].toString(),
             QStringLiteral("beam_from_ghi_dhi"));
    QCOMPARE(annualAc(fromSite), annualAc(fromOption));
    QVERIFY2(annualAc(fromSite) > 1.15 * annualAc(raw),
             qPrintable(QStringLiteral("%1 vs %2").arg(annualAc(fromSite)).arg(annualAc(raw))));
}

void TestCliSimulate::help()
{
    const CliRun run = runCli({QStringLiteral("simulate"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("Usage: parkzero-cli simulate"), run.out.constData());
    for (const char *option : {"--weather", "--irradiance", "--json", "--hourly"})
        QVERIFY2(run.out.contains(option), option);
}

void TestCliSimulate::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString demo = pztest::demoParkPath();
    const QString noDir = QStringLiteral("/nonexistent/dir/");
    QTest::newRow("no project") << QStringList{QStringLiteral("simulate")} << 2
                                << QStringLiteral("parkzero-cli simulate: no project file given");
    QTest::newRow("two projects") << QStringList{QStringLiteral("simulate"), demo, demo} << 2
                                  << QStringLiteral("parkzero-cli simulate: unexpected argument");
    QTest::newRow("missing file") << QStringList{QStringLiteral("simulate"), QStringLiteral("/nonexistent/x.parkzero")}
                                  << 2 << QStringLiteral("x.parkzero");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("simulate"), demo, QStringLiteral("--frobnicate")}
                                    << 2 << QStringLiteral("parkzero-cli simulate: Unknown option 'frobnicate'");
    QTest::newRow("missing value") << QStringList{QStringLiteral("simulate"), demo, QStringLiteral("--json")} << 2
                                   << QStringLiteral("parkzero-cli simulate: Missing value after '--json'");
    QTest::newRow("bad weather file") << QStringList{QStringLiteral("simulate"), demo, QStringLiteral("--weather"),
                                                     QStringLiteral("/nonexistent/w.epw")}
                                      << 2 << QStringLiteral("w.epw");
    QTest::newRow("bad irradiance") << QStringList{QStringLiteral("simulate"), demo, QStringLiteral("--irradiance"),
                                                   QStringLiteral("closure")}
                                    << 2 << QStringLiteral("parkzero-cli simulate: --irradiance: unknown value closure");
    QTest::newRow("JSON not written") << QStringList{QStringLiteral("simulate"), demo, QStringLiteral("--json"),
                                                     noDir + QStringLiteral("out.json")}
                                      << 1 << noDir + QStringLiteral("out.json: cannot write");
    QTest::newRow("hourly CSV not written") << QStringList{QStringLiteral("simulate"), demo, QStringLiteral("--hourly"),
                                                           noDir + QStringLiteral("out.csv")}
                                            << 1 << QStringLiteral("out.csv");
}

void TestCliSimulate::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliRun run = runCli(args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    // A wrong command line ("parkzero-cli simulate: …") also shows the usage; other errors only
    // say what went wrong.
    QCOMPARE(run.err.contains("Usage: parkzero-cli simulate"), message.startsWith(QLatin1String("parkzero-cli simulate:")));
}

QTEST_GUILESS_MAIN(TestCliSimulate)
#include "tst_cli_simulate.moc"
