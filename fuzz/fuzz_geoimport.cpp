// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the import of GIS and CAD site plans (geo/geoimport.h: inspectDataset and importFile,
// GDAL/OGR underneath). The importer opens a path (it checks that the file exists and reads a
// DXF header with QFile), so each input is written to a file in a private temporary folder, on
// /dev/shm when there is one. The first byte that is not white space picks the file name, and
// with it the drivers GDAL tries: '{' or '[' fuzz.geojson, '<' fuzz.kml, anything else fuzz.dxf.
// Checked: a successful import holds only finite coordinates (objects, boundary, site location).

#include "geo/gdalsupport.h"
#include "geo/geoimport.h"

#include <cpl_conv.h>
#include <cpl_error.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>

namespace {

std::string g_folder;   // the private temporary folder, removed at exit

const char *fileNameFor(const uint8_t *data, size_t size)
{
    size_t k = 0;
    while (k < size && (data[k] == ' ' || data[k] == '\t' || data[k] == '\r' || data[k] == '\n'))
        ++k;
    if (k < size && (data[k] == '{' || data[k] == '['))
        return "fuzz.geojson";
    if (k < size && data[k] == '<')
        return "fuzz.kml";
    return "fuzz.dxf";
}

void removeFolder()
{
    for (const char *name : {"fuzz.geojson", "fuzz.kml", "fuzz.dxf"})
        ::unlink((g_folder + '/' + name).c_str());
    ::rmdir(g_folder.c_str());
}

bool writeFile(const std::string &path, const uint8_t *data, size_t size)
{
    std::FILE *file = std::fopen(path.c_str(), "wb");
    if (!file)
        return false;
    const bool written = std::fwrite(data, 1, size, file) == size;
    return std::fclose(file) == 0 && written;
}

[[noreturn]] void fail(const char *what, double x, double y)
{
    std::fprintf(stderr, "geo import: %s (%g, %g) in a successful import\n", what, x, y);
    std::abort();
}

void checkOutline(const pz::Outline &outline, const char *what)
{
    for (const pz::Point2 &p : outline)
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
            fail(what, p.x(), p.y());
}

void checkResult(const pz::geo::ImportResult &r)
{
    for (const pz::ParkObject &object : r.objects)
        checkOutline(pz::footprintOf(object), "object outline not finite");
    if (r.boundary)
        checkOutline(*r.boundary, "boundary not finite");
    if (r.siteLocation && (!std::isfinite(r.siteLocation->lonDeg) || !std::isfinite(r.siteLocation->latDeg)))
        fail("site location not finite", r.siteLocation->lonDeg, r.siteLocation->latDeg);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    const char *base = ::access("/dev/shm", W_OK) == 0 ? "/dev/shm" : (std::getenv("TMPDIR") ? std::getenv("TMPDIR") : "/tmp");
    std::string pattern = std::string(base) + "/parkzero-fuzz-geo.XXXXXX";
    if (!::mkdtemp(pattern.data())) {
        std::perror("fuzz_geoimport: mkdtemp");
        std::abort();
    }
    g_folder = pattern;
    std::atexit(removeFolder);
    // Messages outside a read (none are expected) would flood the log; reads capture their own.
    CPLSetErrorHandler(CPLQuietErrorHandler);
    pz::geo::detail::ensureGdalRegistered();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string path = g_folder + '/' + fileNameFor(data, size);
    if (!writeFile(path, data, size)) {
        std::perror("fuzz_geoimport: writing the input");
        std::abort();
    }
    const QString file = QString::fromStdString(path);
    QString error;
    (void)pz::geo::inspectDataset(file, &error);
    const pz::geo::ImportResult r = pz::geo::importFile(file, pz::geo::ImportOptions(), pz::Site(),
                                                        pz::geo::SitePlacement::CentreOnData);
    if (r.ok())
        checkResult(r);
    return 0;
}
