// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "exitcodes.h"
#include "geo/geoimport.h"
#include "io/projectfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

#include <cmath>

namespace pz::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("pz::cli", text, disambiguation, n);
}

QString usage()
{
    return tr("Usage: parkzero-cli import INPUT -o OUT.parkzero [--project IN.parkzero] [options]\n"
              "       parkzero-cli import INPUT --list\n"
              "\n"
              "Imports the polygons of a GIS or CAD file (GeoJSON, Shapefile, DXF, KML, GeoPackage,\n"
              "FlatGeobuf, OSM XML) into a copy of a project, or into a new project located at the\n"
              "data, and writes OUT. Prints the imported, repaired and skipped counts and each\n"
              "repaired or skipped feature with the reason.\n"
              "\n"
              "Options:\n"
              "  -o, --output FILE        the project to write\n"
              "  --project FILE           import into a copy of this project (default: a new one)\n"
              "  --list                   list the layers, feature counts and fields, and stop\n"
              "  --layer NAME             the layer (for DXF: the drawing layer); default: all\n"
              "  --where SQL              attribute filter, as ogr2ogr -where\n"
              "  --as KIND                building (default), pv_field, green_space or boundary\n"
              "  --height-attr NAME       building height in metres (default: height)\n"
              "  --levels-attr NAME       storeys (default: building:levels)\n"
              "  --storey-height M        metres per storey (default: 3.5)\n"
              "  --name-attr NAME         object name (default: name)\n"
              "  --use-attr NAME          attribute giving the building use type\n"
              "  --use-map VALUE=TYPE     maps an attribute value to a use type (repeatable)\n"
              "  --units mm|cm|m          drawing units of data without a CRS (DXF without $INSUNITS)\n"
              "  --rotation DEG           data without a CRS: rotation counter-clockwise\n"
              "  --offset EAST,NORTH      data without a CRS: offset in plan metres\n"
              "  --crs CRS                the data's CRS (e.g. EPSG:4547), overriding the file's\n"
              "  --encoding NAME          DXF text encoding (e.g. CP936), overriding $DWGCODEPAGE\n"
              "  -h, --help               show this help\n"
              "\n"
              "Exit status: 0 on success, 1 when OUT cannot be written, 2 for bad input (a file that\n"
              "cannot be read, nothing to import, a wrong command line).\n");
}

struct Arguments {
    QString input;
    QString output;
    QString project;
    bool list = false;
    geo::ImportOptions options;
};

struct ParseOutcome {
    std::optional<Arguments> arguments;
    QString error;  // empty with no arguments: help was asked for
};

std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

// Applies the options that need checking; returns the first problem.
QString readValues(const QCommandLineParser &p, Arguments &a)
{
    geo::ImportOptions &o = a.options;
    if (p.isSet(QStringLiteral("as"))) {
        const auto kind = geo::importKindFromKey(p.value(QStringLiteral("as")));
        if (!kind)
            return tr("--as: expected building, pv_field, green_space or boundary (got \"%1\")").arg(p.value(QStringLiteral("as")));
        o.kind = *kind;
    }
    if (p.isSet(QStringLiteral("units"))) {
        o.units = geo::lengthUnitFromKey(p.value(QStringLiteral("units")));
        if (!o.units)
            return tr("--units: expected mm, cm or m (got \"%1\")").arg(p.value(QStringLiteral("units")));
    }
    if (p.isSet(QStringLiteral("storey-height"))) {
        const auto h = number(p.value(QStringLiteral("storey-height")));
        if (!h || *h <= 0.0 || *h > 100.0)
            return tr("--storey-height: expected metres between 0 and 100 (got \"%1\")").arg(p.value(QStringLiteral("storey-height")));
        o.storeyHeightM = *h;
    }
    if (p.isSet(QStringLiteral("rotation"))) {
        const auto r = number(p.value(QStringLiteral("rotation")));
        if (!r)
            return tr("--rotation: expected degrees (got \"%1\")").arg(p.value(QStringLiteral("rotation")));
        o.rotationDeg = *r;
    }
    if (p.isSet(QStringLiteral("offset"))) {
        const QStringList parts = p.value(QStringLiteral("offset")).split(QLatin1Char(','));
        const auto e = parts.size() == 2 ? number(parts[0]) : std::nullopt;
        const auto n = parts.size() == 2 ? number(parts[1]) : std::nullopt;
        if (!e || !n)
            return tr("--offset: expected EAST,NORTH in metres (got \"%1\")").arg(p.value(QStringLiteral("offset")));
        o.offsetEastM = *e;
        o.offsetNorthM = *n;
    }
    for (const QString &entry : p.values(QStringLiteral("use-map"))) {
        const qsizetype eq = entry.lastIndexOf(QLatin1Char('='));
        const auto use = eq > 0 ? fromKey<UseType>(entry.mid(eq + 1)) : std::nullopt;
        if (!use)
            return tr("--use-map: expected VALUE=TYPE with a use type such as office (got \"%1\")").arg(entry);
        o.useTypeValues.insert(entry.left(eq), *use);
    }
    return {};
}

void readTexts(const QCommandLineParser &p, Arguments &a)
{
    geo::ImportOptions &o = a.options;
    const auto text = [&p](const char *name, QString &target) {
        if (p.isSet(QString::fromLatin1(name)))
            target = p.value(QString::fromLatin1(name));
    };
    text("output", a.output);
    text("project", a.project);
    text("layer", o.layer);
    text("where", o.where);
    text("height-attr", o.heightAttribute);
    text("levels-attr", o.levelsAttribute);
    text("name-attr", o.nameAttribute);
    text("use-attr", o.useTypeAttribute);
    text("crs", o.sourceCrs);
    text("encoding", o.dxfEncoding);
    a.list = p.isSet(QStringLiteral("list"));
}

ParseOutcome parse(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("Project to write."), tr("FILE")});
    p.addOption({QStringLiteral("list"), tr("List the layers.")});
    p.addOption({{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")});
    for (const char *name : {"project", "layer", "where", "as", "height-attr", "levels-attr", "storey-height",
                             "name-attr", "use-attr", "use-map", "units", "rotation", "offset", "crs", "encoding"})
        p.addOption({QString::fromLatin1(name), QString(), QStringLiteral("VALUE")});
    if (!p.parse(QStringList{QStringLiteral("parkzero-cli import")} + args))
        return {std::nullopt, p.errorText()};
    if (p.isSet(QStringLiteral("help")))
        return {};
    Arguments a;
    const QStringList positional = p.positionalArguments();
    if (positional.size() != 1)
        return {std::nullopt, positional.isEmpty() ? tr("no input file given") : tr("more than one input file given")};
    a.input = positional.front();
    readTexts(p, a);
    if (const QString problem = readValues(p, a); !problem.isEmpty())
        return {std::nullopt, problem};
    if (a.output.isEmpty() && !a.list)
        return {std::nullopt, tr("no output file given (-o OUT.parkzero)")};
    return {a, QString()};
}

int listLayers(const QString &input, const QString &dxfEncoding, QTextStream &out, QTextStream &err)
{
    QString error;
    const std::optional<geo::DatasetInfo> info = geo::inspectDataset(input, &error, dxfEncoding);
    if (!info) {
        err << error << '\n';
        return ExitInvalid;
    }
    out << tr("%1: %2").arg(QFileInfo(input).fileName(), info->driver) << '\n';
    for (const geo::LayerInfo &layer : info->layers)
        out << tr("  %1: %2 features, %3, CRS: %4; fields: %5")
                   .arg(layer.name)
                   .arg(layer.featureCount)
                   .arg(layer.geometryType, layer.crsName.isEmpty() ? tr("none") : layer.crsName,
                        layer.fieldNames.join(QStringLiteral(", ")))
            << '\n';
    return ExitOk;
}

void printReport(const QString &fileName, const geo::ImportResult &result, QTextStream &out)
{
    const geo::ImportReport &r = result.report;
    out << tr("%1: imported %2, repaired %3, skipped %4").arg(fileName).arg(r.imported).arg(r.repaired).arg(r.skipped) << '\n';
    for (const QString &note : r.notes)
        out << tr("%1: note: %2").arg(fileName, note) << '\n';
    if (result.siteLocation)
        out << tr("%1: site located at latitude %2°, longitude %3°")
                   .arg(fileName, QLocale::c().toString(result.siteLocation->latDeg, 'f', 6),
                        QLocale::c().toString(result.siteLocation->lonDeg, 'f', 6))
            << '\n';
    for (const QString &line : geo::describeRepairs(fileName, r))
        out << tr("repaired: %1").arg(line) << '\n';
    for (const QString &line : geo::describeSkipped(fileName, r))
        out << tr("skipped: %1").arg(line) << '\n';
}

int importInto(const Arguments &a, QTextStream &out, QTextStream &err)
{
    Park park;
    if (!a.project.isEmpty()) {
        io::LoadResult loaded = io::loadProject(a.project);
        if (!loaded.ok()) {
            err << loaded.error << '\n';
            return ExitInvalid;
        }
        park = std::move(*loaded.park);
    }
    const geo::SitePlacement placement = a.project.isEmpty() ? geo::SitePlacement::CentreOnData : geo::SitePlacement::KeepSite;
    const geo::ImportResult result = geo::importFile(a.input, a.options, park.site, placement);
    if (!result.ok()) {
        err << result.error << '\n' << tr("nothing imported") << '\n';
        return ExitInvalid;
    }
    const QString fileName = QFileInfo(a.input).fileName();
    printReport(fileName, result, out);
    if (result.report.imported == 0) {
        err << tr("%1: nothing imported; %2 not written").arg(fileName, a.output) << '\n';
        return ExitInvalid;
    }
    geo::addToPark(result, park);
    QString error;
    if (!io::saveProject(park, a.output, &error)) {
        err << error << '\n';
        return ExitFailure;
    }
    out << tr("wrote %1 (objects: %2)").arg(a.output).arg(park.count()) << '\n';
    return ExitOk;
}

} // namespace

int runImport(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const ParseOutcome parsed = parse(args);
    if (!parsed.arguments) {
        if (parsed.error.isEmpty()) {
            out << usage();
            return ExitOk;
        }
        err << tr("parkzero-cli import: %1").arg(parsed.error) << "\n\n" << usage();
        return ExitInvalid;
    }
    return parsed.arguments->list ? listLayers(parsed.arguments->input, parsed.arguments->options.dxfEncoding, out, err)
                                  : importInto(*parsed.arguments, out, err);
}

} // namespace pz::cli
