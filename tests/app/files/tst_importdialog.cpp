// SPDX-License-Identifier: GPL-3.0-or-later
// File › Import…: the dialog lists the file's layers, previews the import in the background with
// its counts, follows the user's choices (kind, filter) and its result enters the document as one
// undo step that also moves an empty park to the data.

#include "document/parkdocument.h"
#include "files/importdialog.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace pz;

namespace {

// Two building footprints near Ordos (one with a height, one with storeys) and an open line,
// which cannot become a building.
QByteArray ordosGeoJson()
{
    return R"({"type": "FeatureCollection", "features": [
 {"type": "Feature", "properties": {"name": "Hall A", "height": 18},
  "geometry": {"type": "Polygon", "coordinates": [[[109.980, 39.830], [109.981, 39.830], [109.981, 39.8305], [109.980, 39.8305], [109.980, 39.830]]]}},
 {"type": "Feature", "properties": {"name": "Office", "building:levels": 4},
  "geometry": {"type": "Polygon", "coordinates": [[[109.982, 39.830], [109.9825, 39.830], [109.9825, 39.8303], [109.982, 39.8303], [109.982, 39.830]]]}},
 {"type": "Feature", "properties": {"name": "Fence"},
  "geometry": {"type": "LineString", "coordinates": [[109.979, 39.829], [109.983, 39.829]]}}
]})";
}

struct Fixture {
    QTemporaryDir dir;
    QString path;
    Fixture()
    {
        path = dir.filePath(QStringLiteral("ordos.geojson"));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(ordosGeoJson());
    }
};

std::unique_ptr<ImportDialog> openDialog(const QString &path, const Park &park)
{
    QString error;
    auto dataset = geo::inspectDataset(path, &error);
    if (!dataset)
        return nullptr;
    return std::make_unique<ImportDialog>(path, std::move(*dataset), park);
}

bool waitForPreview(ImportDialog &dialog)
{
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    return ready.wait(10000);
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void previewCountsAndOneUndoStep()
    {
        Fixture f;
        ParkDocument document;
        const Site before = document.park().site;
        auto dialog = openDialog(f.path, document.park());
        QVERIFY(dialog);
        QCOMPARE(dialog->layerCount(), 1);
        QVERIFY(waitForPreview(*dialog));
        QCOMPARE(dialog->summaryText(), QStringLiteral("2 imported (0 of them repaired), 1 skipped."));
        QCOMPARE(dialog->outcome().details.size() >= 1, true);
        QVERIFY2(dialog->outcome().details.join(QLatin1Char('\n')).contains(QStringLiteral("ordos.geojson: layer")),
                 qPrintable(dialog->outcome().details.join(QLatin1Char('\n'))));

        const ImportOutcome outcome = dialog->outcome();
        QCOMPARE(ImportDialog::apply(document, outcome, QStringLiteral("ordos.geojson")), 2);
        QCOMPARE(document.park().count(), 2);
        const auto &hall = std::get<Building>(document.park().objects()[0]);
        const auto &office = std::get<Building>(document.park().objects()[1]);
        QCOMPARE(hall.name, QStringLiteral("Hall A"));
        QCOMPARE(hall.heightM, 18.0);
        QCOMPARE(office.heightM, 4 * 3.5);
        // An empty park takes its location from the data (the centre of its extent).
        QVERIFY(std::abs(document.park().site.longitudeDeg - 109.9815) < 1e-3);
        QVERIFY(std::abs(document.park().site.latitudeDeg - 39.82975) < 1e-3);
        // The hall is about 85.5 m × 55.5 m (0.001° of longitude at 39.83° N, 0.0005° of latitude).
        QVERIFY(std::abs(hall.footprintAreaM2() - 85.5 * 55.5) / (85.5 * 55.5) < 0.01);

        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Import ordos.geojson"));
        document.undoStack()->undo();
        QCOMPARE(document.park().count(), 0);
        QCOMPARE(document.park().site, before);
        document.undoStack()->redo();
        QCOMPARE(document.park().count(), 2);
    }

    void choicesChangeThePreview()
    {
        Fixture f;
        ParkDocument document;
        auto dialog = openDialog(f.path, document.park());
        QVERIFY(dialog);
        QVERIFY(waitForPreview(*dialog));
        dialog->setLayerFilter(0, QStringLiteral("height > 10"));
        QVERIFY(waitForPreview(*dialog));
        QCOMPARE(dialog->outcome().imported, 1);

        dialog->setLayerKind(0, std::nullopt);
        QVERIFY(waitForPreview(*dialog));
        QCOMPARE(dialog->outcome().imported, 0);
        QCOMPARE(ImportDialog::apply(document, dialog->outcome(), QStringLiteral("ordos.geojson")), 0);
        QCOMPARE(document.undoStack()->count(), 0);

        dialog->setLayerKind(0, geo::ImportKind::GreenSpace);
        dialog->setLayerFilter(0, QStringLiteral("no_such_field = 1"));
        QVERIFY(waitForPreview(*dialog));
        QVERIFY2(dialog->summaryText().startsWith(QStringLiteral("Nothing can be imported: ordos.geojson")),
                 qPrintable(dialog->summaryText()));
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
