// SPDX-License-Identifier: GPL-3.0-or-later
// Importing site plans (issue #20: "10,000 footprints import in a few seconds"): N building
// footprints with a height and a name, in WGS84 as GeoJSON and in a UTM zone as a GeoPackage
// (written once by GDAL itself), read through OGR, projected onto the plan, repaired and
// validated by importFile(), then added to a park. Run by hand; see docs/import.md.

#include "geo/geoimport.h"
#include "model/park.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>

namespace {

constexpr double kLatDeg = 39.83, kLonDeg = 109.98;   // the default site (Ordos)
constexpr int kPerRow = 100;

// Footprint i: a 20 × 12 m rectangle on a 40 m grid around the site origin, rotated a little
// by i so no two are the same; (east, north) in metres.
std::vector<std::pair<double, double>> footprint(int i)
{
    const double cx = (i % kPerRow - kPerRow / 2) * 40.0, cy = (i / kPerRow - 50) * 40.0;
    const double a = (i % 17) * M_PI / 180.0, c = std::cos(a), s = std::sin(a);
    std::vector<std::pair<double, double>> ring;
    for (const auto &[x, y] : {std::pair{-10.0, -6.0}, {10.0, -6.0}, {10.0, 6.0}, {-10.0, 6.0}, {-10.0, -6.0}})
        ring.emplace_back(cx + c * x - s * y, cy + s * x + c * y);
    return ring;
}

// The fixture cannot be written: the benchmark stops rather than time a partial file.
void require(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "parkzero-bench-geoimport: %s failed\n", what);
        std::exit(1);
    }
}

// Writes N footprints with OGR: driver "GeoJSON" in EPSG:4326 (plan metres turned into degrees
// about the origin) or "GPKG" in EPSG:32649 (UTM 49N, metres about the origin's UTM position).
QString writeFootprints(const QString &dir, const char *driverName, int count)
{
    GDALAllRegister();
    const bool geographic = QByteArray(driverName) == "GeoJSON";
    const QString path = QDir(dir).filePath(QStringLiteral("footprints-%1.%2").arg(count).arg(geographic ? "geojson" : "gpkg"));
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName);
    require(driver != nullptr, "finding the OGR driver");
    std::unique_ptr<GDALDataset> ds(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    require(ds != nullptr, "creating the file");
    OGRSpatialReference srs;
    srs.importFromEPSG(geographic ? 4326 : 32649);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRLayer *layer = ds->CreateLayer("buildings", &srs, wkbPolygon, nullptr);
    OGRFieldDefn height("height", OFTReal), name("name", OFTString);
    require(layer && layer->CreateField(&height) == OGRERR_NONE && layer->CreateField(&name) == OGRERR_NONE,
            "creating the layer");
    const double mPerDegLat = 111132.0, mPerDegLon = 111320.0 * std::cos(kLatDeg * M_PI / 180.0);
    // The origin in UTM 49N (central meridian 111° E), close enough for a benchmark's data.
    const double originE = 500000.0 + (kLonDeg - 111.0) * mPerDegLon, originN = kLatDeg * mPerDegLat;
    require(layer->StartTransaction() == OGRERR_NONE, "starting the transaction");
    for (int i = 0; i < count; ++i) {
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField("height", 6.0 + i % 30);
        feature.SetField("name", QStringLiteral("Hall %1").arg(i + 1).toUtf8().constData());
        OGRLinearRing ring;
        for (const auto &[x, y] : footprint(i)) {
            if (geographic)
                ring.addPoint(kLonDeg + x / mPerDegLon, kLatDeg + y / mPerDegLat);
            else
                ring.addPoint(originE + x, originN + y);
        }
        OGRPolygon polygon;
        polygon.addRing(&ring);
        feature.SetGeometry(&polygon);
        require(layer->CreateFeature(&feature) == OGRERR_NONE, "writing a footprint");
    }
    require(layer->CommitTransaction() == OGRERR_NONE, "committing the footprints");
    return path;
}

const QString &fixture(const char *driver, int count)
{
    static QTemporaryDir dir;
    static std::map<std::pair<std::string, int>, QString> files;
    auto &path = files[{driver, count}];
    if (path.isEmpty())
        path = writeFootprints(dir.path(), driver, count);
    return path;
}

void runImport(benchmark::State &state, const char *driver)
{
    const int count = int(state.range(0));
    const QString &path = fixture(driver, count);
    pz::Site site;
    site.latitudeDeg = kLatDeg;
    site.longitudeDeg = kLonDeg;
    pz::geo::ImportOptions options;
    for (auto _ : state) {
        const pz::geo::ImportResult result = pz::geo::importFile(path, options, site, pz::geo::SitePlacement::KeepSite);
        if (!result.ok() || int(result.objects.size()) != count) {
            state.SkipWithError(qPrintable(result.error.isEmpty() ? QStringLiteral("wrong count") : result.error));
            return;
        }
        pz::Park park;
        park.site = site;
        pz::geo::addToPark(result, park);
        benchmark::DoNotOptimize(park);
    }
    state.counters["footprints"] = count;
}

void BM_ImportGeoJson(benchmark::State &state) { runImport(state, "GeoJSON"); }
void BM_ImportGeoPackage(benchmark::State &state) { runImport(state, "GPKG"); }

} // namespace

BENCHMARK(BM_ImportGeoJson)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ImportGeoPackage)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
