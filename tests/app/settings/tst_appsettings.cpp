// SPDX-License-Identifier: GPL-3.0-or-later
// AppSettings: every setting reads its default before anything is stored, keeps what is stored,
// clamps what it must, and stays under the key earlier versions wrote (so that a user's stored
// settings survive an update).

#include "settings/appsettings.h"

#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace pz;

class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ParkZeroTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_appsettings"));
    }

    void init() { QSettings().clear(); }
    void cleanupTestCase() { QSettings().clear(); }

    void defaults()
    {
        QVERIFY(AppSettings::recentFiles().isEmpty());
        QCOMPARE(AppSettings::mapExportFilter(), QString());
        QCOMPARE(AppSettings::mapExportScale(), 2);
        QVERIFY(AppSettings::mainWindowGeometry().isEmpty());
        QVERIFY(AppSettings::mainWindowState().isEmpty());
    }

    void roundTrip()
    {
        const QStringList files{QStringLiteral("/p/b.parkzero"), QStringLiteral("/p/a.parkzero")};
        AppSettings::setRecentFiles(files);
        AppSettings::setMapExportFilter(QStringLiteral("SVG (*.svg)"));
        AppSettings::setMapExportScale(3);
        AppSettings::setMainWindowGeometry(QByteArray("geometry\0bytes", 14));
        AppSettings::setMainWindowState(QByteArray("state"));
        QCOMPARE(AppSettings::recentFiles(), files);
        QCOMPARE(AppSettings::mapExportFilter(), QStringLiteral("SVG (*.svg)"));
        QCOMPARE(AppSettings::mapExportScale(), 3);
        QCOMPARE(AppSettings::mainWindowGeometry(), QByteArray("geometry\0bytes", 14));
        QCOMPARE(AppSettings::mainWindowState(), QByteArray("state"));
    }

    void emptyRecentFilesRemovesTheEntry()
    {
        AppSettings::setRecentFiles({QStringLiteral("/p/a.parkzero")});
        QVERIFY(QSettings().contains(QStringLiteral("files/recent")));
        AppSettings::setRecentFiles({});
        QVERIFY(!QSettings().contains(QStringLiteral("files/recent")));
        QVERIFY(AppSettings::recentFiles().isEmpty());
    }

    // A stored scale outside 1…3 (an edited settings file) reads as the nearest choice, one that
    // is not a number as the default.
    void mapExportScaleIsClamped_data()
    {
        QTest::addColumn<QVariant>("stored");
        QTest::addColumn<int>("expected");
        QTest::newRow("0") << QVariant(0) << 1;
        QTest::newRow("1") << QVariant(1) << 1;
        QTest::newRow("3") << QVariant(3) << 3;
        QTest::newRow("7") << QVariant(7) << 3;
        QTest::newRow("text") << QVariant(QStringLiteral("big")) << 2;
    }
    void mapExportScaleIsClamped()
    {
        QFETCH(QVariant, stored);
        QFETCH(int, expected);
        QSettings().setValue(QStringLiteral("export/mapScale"), stored);
        QCOMPARE(AppSettings::mapExportScale(), expected);
    }

    // The keys the settings had before they moved into AppSettings.
    void keysOfEarlierVersionsAreRead_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("recent files") << "files/recent" << QVariant(QStringList{QStringLiteral("/p/a.parkzero")});
        QTest::newRow("map filter") << "export/mapFilter" << QVariant(QStringLiteral("PNG (*.png)"));
        QTest::newRow("map scale") << "export/mapScale" << QVariant(1);
        QTest::newRow("window geometry") << "window/geometry" << QVariant(QByteArray("g"));
        QTest::newRow("window state") << "window/state" << QVariant(QByteArray("s"));
    }
    void keysOfEarlierVersionsAreRead()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QSettings().setValue(key, value);
        const QHash<QString, QVariant> read{
            {QStringLiteral("files/recent"), AppSettings::recentFiles()},
            {QStringLiteral("export/mapFilter"), AppSettings::mapExportFilter()},
            {QStringLiteral("export/mapScale"), AppSettings::mapExportScale()},
            {QStringLiteral("window/geometry"), AppSettings::mainWindowGeometry()},
            {QStringLiteral("window/state"), AppSettings::mainWindowState()},
        };
        QCOMPARE(read.value(key), value);
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
