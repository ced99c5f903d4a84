// SPDX-License-Identifier: GPL-3.0-or-later
// Background images in the project file (format 7, site.backgrounds): a round trip keeps every
// field and the bytes; the image path is stored relative to the project file, so a project folder
// moved with its pictures keeps them; a file of format 6 still loads, and one that declares
// format 6 but holds backgrounds is refused at the place; bad values name their path.

#include "io/projectfile.h"
#include "io/projectpaths.h"
#include "io/projectwriter.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace pz;

namespace {

Background scan()
{
    Background g;
    g.name = QStringLiteral("Masterplan scan");
    g.filePath = QStringLiteral("images/masterplan.png");
    g.widthPx = 2400;
    g.heightPx = 1600;
    g.pixelToPlan = PixelToPlan{0.25, 0.0625, -120.5, 0.0625, -0.25, 410.0};
    g.opacity = 0.45;
    g.visible = false;
    g.locked = true;
    return g;
}

Park parkWithBackgrounds()
{
    Park park;
    park.site.name = QStringLiteral("With pictures");
    Background photo;
    photo.name = QStringLiteral("Aerial");
    photo.filePath = QStringLiteral("aerial.tif");
    photo.widthPx = 100;
    photo.heightPx = 50;
    park.site.backgrounds = {photo, scan()};
    return park;
}

// The park's file with format_version replaced and the first background's key set to value.
QByteArray withVersionAndValue(int version, const QString &key, const QJsonValue &value)
{
    QJsonObject top = io::ProjectWriter::toJson(Project(parkWithBackgrounds()));
    top.insert(QStringLiteral("format_version"), version);
    if (!key.isEmpty()) {
        QJsonArray scenarios = top.value(QStringLiteral("scenarios")).toArray();
        QJsonObject scenario = scenarios.at(0).toObject();
        QJsonObject site = scenario.value(QStringLiteral("site")).toObject();
        QJsonArray backgrounds = site.value(QStringLiteral("backgrounds")).toArray();
        QJsonObject first = backgrounds.at(0).toObject();
        if (value.isUndefined())
            first.remove(key);
        else
            first.insert(key, value);
        backgrounds.replace(0, first);
        site.insert(QStringLiteral("backgrounds"), backgrounds);
        scenario.insert(QStringLiteral("site"), site);
        scenarios.replace(0, scenario);
        top.insert(QStringLiteral("scenarios"), scenarios);
    }
    return QJsonDocument(top).toJson();
}

} // namespace

class TestBackgroundFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsEveryField()
    {
        const Park park = parkWithBackgrounds();
        const QByteArray bytes = io::serializeProject(park);
        QVERIFY(bytes.contains("\"format_version\": " + QByteArray::number(io::kFormatVersion) + ","));
        QVERIFY(bytes.contains("\"backgrounds\": ["));
        const io::LoadResult loaded = io::parseProject(bytes, QStringLiteral("bg.parkzero"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QCOMPARE(loaded.park->site.backgrounds.size(), std::size_t(2));
        QVERIFY(loaded.park->site.backgrounds[1] == scan());
        QVERIFY(*loaded.park == park);
        QCOMPARE(io::serializeProject(*loaded.park), bytes);
    }

    void parkWithoutBackgroundsWritesNoKey()
    {
        QVERIFY(!io::serializeProject(Park{}).contains("backgrounds"));
    }

    void pathIsRelativeAndMovesWithTheProject()
    {
        QTemporaryDir first, second;
        QVERIFY(QDir(first.path()).mkpath(QStringLiteral("images")));
        const QString image = first.filePath(QStringLiteral("images/masterplan.png"));
        QImage pixels(8, 8, QImage::Format_RGB32);
        pixels.fill(Qt::red);
        QVERIFY(pixels.save(image));
        Park park;
        Background g = scan();
        g.filePath = image;   // as the editor holds a picture of an unsaved project: absolute
        park.site.backgrounds = {g};
        const QString project = first.filePath(QStringLiteral("park.parkzero"));
        QString error;
        QVERIFY2(io::saveProject(park, project, &error), qPrintable(error));
        QFile saved(project);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().contains("\"path\": \"images/masterplan.png\""));

        const io::LoadResult loaded = io::loadProject(project);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        const QString stored = loaded.park->site.backgrounds[0].filePath;
        QCOMPARE(stored, QStringLiteral("images/masterplan.png"));
        QCOMPARE(io::resolveProjectPath(project, stored), QDir::cleanPath(image));
        // The referenced files name it, so that `validate` checks it is there.
        const auto files = io::referencedFiles(*loaded.park);
        QCOMPARE(files.size(), std::size_t(1));
        QCOMPARE(files[0].jsonPath, QStringLiteral("site.backgrounds[0].path"));

        // The folder moved as a whole: the picture is found at its new place.
        QVERIFY(QDir(second.path()).mkpath(QStringLiteral("images")));
        QVERIFY(QFile::copy(project, second.filePath(QStringLiteral("park.parkzero"))));
        QVERIFY(QFile::copy(image, second.filePath(QStringLiteral("images/masterplan.png"))));
        const QString moved = second.filePath(QStringLiteral("park.parkzero"));
        const io::LoadResult again = io::loadProject(moved);
        QVERIFY2(again.ok(), qPrintable(again.error));
        const QString resolved = io::resolveProjectPath(moved, again.park->site.backgrounds[0].filePath);
        QCOMPARE(resolved, QDir::cleanPath(second.filePath(QStringLiteral("images/masterplan.png"))));
        QVERIFY(QFileInfo::exists(resolved));
    }

    void missingPictureStillLoads()
    {
        Park park;
        Background g = scan();
        g.filePath = QStringLiteral("gone/nowhere.png");
        park.site.backgrounds = {g};
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.parkzero"));
        QString error;
        QVERIFY(io::saveProject(park, project, &error));
        const io::LoadResult loaded = io::loadProject(project);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QCOMPARE(loaded.park->site.backgrounds[0].filePath, QStringLiteral("gone/nowhere.png"));
    }

    void version6FilesStillLoad()
    {
        Park plain = parkWithBackgrounds();
        plain.site.backgrounds.clear();
        QJsonObject top = io::ProjectWriter::toJson(Project(plain));
        top.insert(QStringLiteral("format_version"), 6);
        const io::LoadResult loaded = io::parseProject(QJsonDocument(top).toJson(), QStringLiteral("v6.parkzero"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QCOMPARE(loaded.formatVersion, 6);
        QVERIFY(*loaded.park == plain);
        QVERIFY(loaded.park->site.backgrounds.empty());
    }

    void version6WithBackgroundsIsRefusedAtThePlace()
    {
        const io::LoadResult loaded = io::parseProject(withVersionAndValue(6, {}, {}), QStringLiteral("v6.parkzero"));
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.problems.size(), 1);
        QCOMPARE(loaded.problems.front(),
                 QStringLiteral("v6.parkzero: scenarios[0].site.backgrounds: added in format version 7; the file "
                                "declares version 6"));
    }

    void badValuesNameTheirPath_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");   // undefined: the key is removed
        QTest::addColumn<QString>("problem");

        const QString at = QStringLiteral("bg.parkzero: scenarios[0].site.backgrounds[0].");
        QTest::newRow("opacity above 1") << "opacity" << QJsonValue(1.5) << at + "opacity: must be between 0 and 1 (got 1.5)";
        QTest::newRow("path missing") << "path" << QJsonValue(QJsonValue::Undefined) << at + "path: required field is missing";
        QTest::newRow("empty path") << "path" << QJsonValue(QString()) << at + "path: must name an image file";
        QTest::newRow("transform of five numbers")
            << "pixel_to_plan" << QJsonValue(QJsonArray{1, 0, 0, 0, -1})
            << at + "pixel_to_plan: expected an array of six finite numbers [a, b, c, d, e, f]";
        QTest::newRow("flat transform") << "pixel_to_plan" << QJsonValue(QJsonArray{1, 2, 0, 2, 4, 0})
                                        << at + "pixel_to_plan: the transform flattens the image to a line";
        QTest::newRow("width a fraction") << "width_px" << QJsonValue(10.5) << at + "width_px: ";
        QTest::newRow("visible a string") << "visible" << QJsonValue(QStringLiteral("yes"))
                                          << at + "visible: expected true or false, got a string";
        QTest::newRow("unknown field") << "colour" << QJsonValue(QStringLiteral("red")) << at + "colour: unknown field";
    }

    void badValuesNameTheirPath()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, problem);
        const io::LoadResult loaded = io::parseProject(withVersionAndValue(7, key, value), QStringLiteral("bg.parkzero"));
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.problems.size() == 1 && loaded.problems.front().startsWith(problem), qPrintable(loaded.error));
    }
};

QTEST_GUILESS_MAIN(TestBackgroundFormat)
#include "tst_backgroundformat.moc"
