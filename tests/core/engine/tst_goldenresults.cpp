// SPDX-License-Identifier: GPL-3.0-or-later
// What the program prints stays what it printed: the JSON of `parkzero-cli simulate` and a
// fingerprint of every number of the result (all hourly series and summaries, by their bits) for
// the demo park, the demo park on a real weather file and with an hourly grid-factor profile, and
// synthetic parks, compared with the files recorded in tests/data/golden. A deliberate change of
// results re-records them: PARKZERO_UPDATE_GOLDEN=1 tst_goldenresults, then review the diff.

#include "common/units.h"
#include "engine/simulation.h"
#include "io/projectfile.h"
#include "io/resultjson.h"
#include "syntheticpark.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>

using namespace pz;

namespace {

template<typename T>
void addBits(QCryptographicHash &hash, const T *values, qsizetype count)
{
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(values), count * qsizetype(sizeof(T))));
}

template<typename Series>
void addSeries(QCryptographicHash &hash, const Series &values)
{
    addBits(hash, values.data(), qsizetype(values.size()));
}

// SHA-256 over every number of the result by its bits (the JSON rounds nothing, but hourly
// series are only in the CSV, which rounds).
QByteArray fingerprint(const SimulationResult &r)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const PvObjectResult &o : r.objects) {
        const double scalars[] = {o.kwp, o.moduleAreaM2, o.annualAcKWh, o.specificYieldKWhPerKWp, o.annualPoaKWhM2,
                                  o.annualPoaUnshadedKWhM2, o.performanceRatio, o.shadingLossPct,
                                  o.shadingPoaLossPct, o.peakAcKW};
        addBits(hash, scalars, std::size(scalars));
        addSeries(hash, o.monthlyAcKWh);
        addSeries(hash, o.hourlyAcW);
        addSeries(hash, o.hourlyPoaWm2);
        addSeries(hash, o.hourlyCellTempC);
    }
    const HourlyBalance &h = r.hourly;
    for (const std::vector<double> *series :
         {&h.generationKWh, &h.consumptionKWh, &h.batteryChargeKWh, &h.batteryDischargeKWh, &h.batterySocKWh,
          &h.gridImportKWh, &h.gridExportKWh, &h.curtailedKWh, &h.gridFactorKgPerKWh, &h.emissionsKg,
          &h.sunZenithDeg, &h.sunAzimuthDeg})
        addSeries(hash, *series);
    return hash.result().toHex();
}

QString goldenPath(const QString &name, const QString &suffix)
{
    return pztest::sourcePath(QStringLiteral("tests/data/golden/%1.%2").arg(name, suffix));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The first line where two texts differ, for the failure message.
QString firstDifference(const QByteArray &got, const QByteArray &want)
{
    const QList<QByteArray> a = got.split('\n'), b = want.split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QByteArray x = i < a.size() ? a[i] : QByteArray("<end>"), y = i < b.size() ? b[i] : QByteArray("<end>");
        if (x != y)
            return QStringLiteral("line %1: got %2, recorded %3")
                .arg(i + 1)
                .arg(QString::fromUtf8(x.trimmed()), QString::fromUtf8(y.trimmed()));
    }
    return {};
}

Park demoPark()
{
    io::LoadResult loaded = io::loadProject(pztest::demoParkPath());
    return loaded.park ? *loaded.park : Park();
}

// A deterministic hourly grid factor around 0.6 kg/kWh, lower at midday, as a profile CSV.
QString writeGridProfile(const QString &dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("grid.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray text = "kg_per_kWh\n";
    for (int h = 0; h < kHoursPerYear; ++h)
        text += QByteArray::number(0.6 - 0.15 * ((h % 24) >= 10 && (h % 24) < 16) + 0.01 * (h % 7), 'f', 4) + '\n';
    file.write(text);
    return path;
}

} // namespace

using ParkMaker = std::function<Park(const QString &tempDir)>;
Q_DECLARE_METATYPE(ParkMaker)

class TestGoldenResults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesRecordedResults_data();
    void matchesRecordedResults();
};

void TestGoldenResults::matchesRecordedResults_data()
{
    QTest::addColumn<ParkMaker>("make");
    QTest::addColumn<QString>("weatherFile");  // of ../shared; the row skips when absent

    QTest::newRow("demo") << ParkMaker([](const QString &) { return demoPark(); }) << QString();
    QTest::newRow("demo-dongsheng-epw") << ParkMaker([](const QString &) { return demoPark(); })
                                        << QStringLiteral("data/weather/CHN_Nei.Mongol.Dongsheng.535430_CSWD.epw");
    QTest::newRow("demo-hourly-grid-carbon-aware") << ParkMaker([](const QString &dir) {
        Park park = demoPark();
        park.site.grid.hourlyProfilePath = writeGridProfile(dir);
        park.site.carbon.dispatch = DispatchStrategy::CarbonAware;
        park.site.carbon.greenPowerShare = 0.25;
        return park;
    }) << QString();
    QTest::newRow("synthetic-60") << ParkMaker([](const QString &) { return makeSyntheticPark(60, 1); }) << QString();
    QTest::newRow("synthetic-300") << ParkMaker([](const QString &) { return makeSyntheticPark(300, 7); })
                                   << QString();
}

void TestGoldenResults::matchesRecordedResults()
{
    QFETCH(ParkMaker, make);
    QFETCH(QString, weatherFile);
    SimulationOptions options;
    if (!weatherFile.isEmpty()) {
        options.weatherOverridePath = pztest::sharedPath(weatherFile);
        if (options.weatherOverridePath.isEmpty())
            QSKIP("reference weather file not present in ../shared");
    }
    QTemporaryDir dir;
    const Park park = make(dir.path());
    QVERIFY(!park.objects().empty());
    const SimulationResult result = simulatePark(park, options);
    QVERIFY2(result.ok, qPrintable(result.error));

    const QString name = QString::fromLatin1(QTest::currentDataTag());
    const QByteArray json = QJsonDocument(io::resultToJson(result)).toJson(QJsonDocument::Indented);
    const QByteArray print = fingerprint(result) + '\n';
    if (qEnvironmentVariableIntValue("PARKZERO_UPDATE_GOLDEN") == 1) {
        QFile jsonFile(goldenPath(name, QStringLiteral("json"))), printFile(goldenPath(name, QStringLiteral("sha256")));
        QVERIFY(jsonFile.open(QIODevice::WriteOnly) && jsonFile.write(json) == json.size());
        QVERIFY(printFile.open(QIODevice::WriteOnly) && printFile.write(print) == print.size());
        QSKIP("golden files re-recorded");
    }
    const QByteArray recordedJson = readFile(goldenPath(name, QStringLiteral("json")));
    QVERIFY2(!recordedJson.isEmpty(), "no recorded JSON in tests/data/golden");
    QVERIFY2(json == recordedJson, qPrintable(firstDifference(json, recordedJson)));
    QCOMPARE(print, readFile(goldenPath(name, QStringLiteral("sha256"))));
}

QTEST_GUILESS_MAIN(TestGoldenResults)
#include "tst_goldenresults.moc"
