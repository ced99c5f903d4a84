// SPDX-License-Identifier: GPL-3.0-or-later
// Map export: the demo park's plan as PNG (size = view × scale, real content, overlays drawn at
// the scaled position) and SVG (well-formed, vector shapes, viewBox, legend text), the format by
// suffix, and failures that name the file.

#include "document/parkdocument.h"
#include "io/projectfile.h"
#include "map/mapexporter.h"
#include "map/mapview.h"
#include "map/selectionhandlesitem.h"
#include "mapfixture.h"
#include "selectionmodel.h"
#include "testsupport.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace pz;

namespace {

struct Fixture : pztest::MapFixture {
    explicit Fixture(const QSize &size = QSize(640, 400))
    {
        io::LoadResult loaded = io::loadProject(pztest::demoParkPath());
        if (!loaded.ok())
            qFatal("demo park: %s", qPrintable(loaded.error));
        document.resetPark(std::move(*loaded.park));
        view.resize(size);
        view.show();
        if (!QTest::qWaitForWindowExposed(&view))
            qFatal("view not exposed");
        view.zoomToFitSite();
        // Overlays as the live results set them: a PV colouring with its legend and a shadow.
        MapOverlay overlay;
        for (const ParkObject &o : document.park().objects())
            overlay.fill.insert(idOf(o), QColor(0xd9, 0x5f, 0x0e));
        overlay.legendTitle = QStringLiteral("Yield kWh/kWp");
        overlay.legend = {{QColor(0xd9, 0x5f, 0x0e), QStringLiteral("1400")}, {QColor(0xfe, 0xe3, 0x91), QStringLiteral("1700")}};
        overlay.shadows = {QPolygonF({QPointF(0, 0), QPointF(40, 0), QPointF(40, -30), QPointF(0, -30)})};
        scene.setOverlay(overlay);
    }
};

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

bool isDark(QRgb c)
{
    return qRed(c) < 90 && qGreen(c) < 90 && qBlue(c) < 90;
}

} // namespace

class TestMapExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formatBySuffix_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("format");
        QTest::newRow("png") << "plan.png" << int(MapExporter::Format::Png);
        QTest::newRow("PNG upper case") << "/tmp/Plan.PNG" << int(MapExporter::Format::Png);
        QTest::newRow("svg") << "a.b/plan.svg" << int(MapExporter::Format::Svg);
        QTest::newRow("jpg") << "plan.jpg" << int(MapExporter::Format::Unknown);
        QTest::newRow("none") << "plan" << int(MapExporter::Format::Unknown);
    }
    void formatBySuffix()
    {
        QFETCH(QString, path);
        QFETCH(int, format);
        QCOMPARE(int(MapExporter::formatForPath(path)), format);
    }

    void suffixFromFilter()
    {
        QCOMPARE(MapExporter::withSuffixForFilter(QStringLiteral("plan"), MapExporter::svgFilter()),
                 QStringLiteral("plan.svg"));
        QCOMPARE(MapExporter::withSuffixForFilter(QStringLiteral("plan"), MapExporter::pngFilter()),
                 QStringLiteral("plan.png"));
        QCOMPARE(MapExporter::withSuffixForFilter(QStringLiteral("plan.svg"), MapExporter::pngFilter()),
                 QStringLiteral("plan.svg"));
    }

    void png_data()
    {
        QTest::addColumn<int>("scale");
        QTest::newRow("1x") << 1;
        QTest::newRow("2x") << 2;
        QTest::newRow("3x") << 3;
    }
    void png()
    {
        QFETCH(int, scale);
        Fixture f;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.png"));
        QString error;
        QVERIFY2(MapExporter::exportMap(&f.view, path, scale, &error), qPrintable(error));
        QVERIFY(error.isEmpty());
        QImage image(path);
        QVERIFY(!image.isNull());
        const QSize vp = f.view.viewport()->size();
        QCOMPARE(image.size(), vp * scale);
        // A real plan: background, grid, buildings, PV, legend...
        QVERIFY2(distinctColours(image) > 20, qPrintable(QString::number(distinctColours(image))));
        // The scale bar (dark, 16 px from the left, 22 px above the bottom) is drawn at the
        // scaled position, not at its 1× pixel position.
        bool darkBar = false;
        for (int dx = 2; dx < 20 && !darkBar; ++dx)
            darkBar = isDark(image.pixel((16 + dx) * scale, (vp.height() - 20) * scale));
        QVERIFY(darkBar);
        // The PV colouring of the overlay shows up.
        bool overlayColour = false;
        for (int y = 0; y < image.height() && !overlayColour; y += 2)
            for (int x = 0; x < image.width() && !overlayColour; x += 2)
                overlayColour = image.pixel(x, y) == qRgb(0xd9, 0x5f, 0x0e);
        QVERIFY(overlayColour);
    }

    void editingAidsAreLeftOut()
    {
        Fixture f;
        const ParkObject &first = f.document.park().objects().front();
        f.selection.setSelection({idOf(first)});
        f.view.setInputText(QStringLiteral("Rotate by: 45°"));
        const QImage withSelection = MapExporter::renderImage(&f.view, 1.0);
        f.selection.clear();
        f.view.setInputText({});
        const QImage without = MapExporter::renderImage(&f.view, 1.0);
        QCOMPARE(withSelection, without);
        // ...and they are back on screen afterwards.
        f.selection.setSelection({idOf(first)});
        QVERIFY(f.scene.handlesItem()->isVisible());
    }

    void svg()
    {
        Fixture f;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.svg"));
        QString error;
        QVERIFY2(MapExporter::exportMap(&f.view, path, 2.0, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QXmlStreamReader xml(svg);
        QString viewBox;
        int shapes = 0, images = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("svg"))
                viewBox = xml.attributes().value(QLatin1String("viewBox")).toString();
            if (xml.name() == QLatin1String("path") || xml.name() == QLatin1String("polygon") ||
                xml.name() == QLatin1String("polyline"))
                ++shapes;
            if (xml.name() == QLatin1String("image"))
                ++images;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(svg.contains("<svg"));
        const QSize vp = f.view.viewport()->size();
        QCOMPARE(viewBox, QStringLiteral("0 0 %1 %2").arg(vp.width()).arg(vp.height()));
        QVERIFY2(shapes > 20, qPrintable(QString::number(shapes)));
        // Objects are vector shapes, not cached pixmaps.
        QCOMPARE(images, 0);
        QVERIFY(svg.contains("Yield kWh/kWp"));
    }

    void failureNamesTheFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("missing folder") << "/nonexistent-parkzero-dir/sub/plan.png";
        QTest::newRow("missing folder svg") << "/nonexistent-parkzero-dir/sub/plan.svg";
        QTest::newRow("unknown type") << "/tmp/plan.bmpx";
    }
    void failureNamesTheFile()
    {
        QFETCH(QString, path);
        Fixture f;
        QString error;
        QVERIFY(!MapExporter::exportMap(&f.view, path, 2.0, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void existingFileSurvivesAFailure()
    {
        // A read-only folder: the old file is not replaced by a half-written one.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.png"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        if (QFileInfo(dir.path()).isWritable()) {
            QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            QSKIP("running with rights that ignore folder permissions");
        }
        Fixture f;
        QString error;
        const bool ok = MapExporter::exportMap(&f.view, path, 2.0, &error);
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!ok);
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("old"));
    }
};

QTEST_MAIN(TestMapExport)
#include "tst_mapexport.moc"
