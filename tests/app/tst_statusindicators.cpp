// SPDX-License-Identifier: GPL-3.0-or-later
// The status bar's cursor read-out: plan metres, and longitude/latitude through the site's plan
// projection, which follows the site when it moves.

#include "mapfixture.h"
#include "statusindicators.h"

#include <QMainWindow>
#include <QStatusBar>
#include <QtTest>

using namespace pz;

class TestStatusIndicators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cursorReadsPlanAndLonLat()
    {
        pztest::MapFixture map;
        QMainWindow window;
        StatusIndicators indicators(window.statusBar(), &map.view, &map.selection, &map.document);
        Site site = map.document.park().site;
        site.latitudeDeg = 39.83;
        site.longitudeDeg = 109.98;
        QVERIFY(map.document.changeSite(site, QStringLiteral("site")));
        // The origin is the site's position; 1 km north is 1000 / 111,030 m per degree further north
        // (meridian arc of GRS80 at 39.83°, about 111,035 m per degree: to 1e-4°).
        QCOMPARE(indicators.cursorText({0, 0}), QStringLiteral("E 0.0 m   N 0.0 m   109.980000° E  39.830000° N"));
        const QString north = indicators.cursorText({0, 1000});
        QVERIFY2(north.startsWith(QStringLiteral("E 0.0 m   N 1,000.0 m   109.980000° E  39.839")), qPrintable(north));

        site.longitudeDeg = -3.7;
        site.latitudeDeg = -40.5;
        QVERIFY(map.document.changeSite(site, QStringLiteral("site")));
        QCOMPARE(indicators.cursorText({0, 0}), QStringLiteral("E 0.0 m   N 0.0 m   3.700000° W  40.500000° S"));
    }
};

QTEST_MAIN(TestStatusIndicators)
#include "tst_statusindicators.moc"
