// SPDX-License-Identifier: GPL-3.0-or-later
// The park model: geometry helpers, derived quantities (kWp, floor area, row height), object
// helpers, the Park container, enum keys and validation messages.

#include "model/park.h"
#include "model/validation.h"

#include <QtTest>
#include <cmath>

using namespace pz;

namespace {

Outline square(double x, double y, double size)
{
    return {{x, y}, {x + size, y}, {x + size, y + size}, {x, y + size}};
}

Building validBuilding()
{
    Building b;
    b.footprint = square(0, 0, 10);
    return b;
}

PvArray validArray()
{
    PvArray a;
    a.outline = square(0, 0, 100);
    return a;
}

Storage validStorage()
{
    return Storage{};
}

GreenSpace validGreen()
{
    GreenSpace g;
    g.outline = square(0, 0, 20);
    return g;
}

} // namespace

Q_DECLARE_METATYPE(pz::Outline)
Q_DECLARE_METATYPE(pz::ParkObject)
Q_DECLARE_METATYPE(pz::Site)

class TestModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void area_data()
    {
        QTest::addColumn<Outline>("outline");
        QTest::addColumn<double>("area");
        QTest::newRow("unit square") << square(0, 0, 1) << 1.0;
        QTest::newRow("rectangle 300 x 120") << Outline{{0, 0}, {300, 0}, {300, 120}, {0, 120}} << 36000.0;
        QTest::newRow("clockwise rectangle") << Outline{{0, 0}, {0, 120}, {300, 120}, {300, 0}} << 36000.0;
        QTest::newRow("right triangle") << Outline{{0, 0}, {4, 0}, {0, 3}} << 6.0;
        QTest::newRow("L shape") << Outline{{0, 0}, {20, 0}, {20, 10}, {10, 10}, {10, 20}, {0, 20}} << 300.0;
        QTest::newRow("two points") << Outline{{0, 0}, {4, 0}} << 0.0;
        QTest::newRow("empty") << Outline{} << 0.0;
    }
    void area()
    {
        QFETCH(Outline, outline);
        QFETCH(double, area);
        QCOMPARE(areaM2(outline), area);
    }

    void centroidOf_data()
    {
        QTest::addColumn<Outline>("outline");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        QTest::newRow("square") << square(10, 20, 4) << 12.0 << 22.0;
        QTest::newRow("triangle") << Outline{{0, 0}, {6, 0}, {0, 3}} << 2.0 << 1.0;
        QTest::newRow("degenerate: vertex mean") << Outline{{0, 0}, {4, 0}} << 2.0 << 0.0;
    }
    void centroidOf()
    {
        QFETCH(Outline, outline);
        QFETCH(double, x);
        QFETCH(double, y);
        const Point2 c = centroid(outline);
        QVERIFY(std::abs(c.x() - x) < 1e-9);
        QVERIFY(std::abs(c.y() - y) < 1e-9);
    }

    void outlineProblems_data()
    {
        QTest::addColumn<Outline>("outline");
        QTest::addColumn<QString>("problem");
        QTest::newRow("valid") << square(0, 0, 10) << QString();
        QTest::newRow("two vertices") << Outline{{0, 0}, {1, 0}} << "needs at least 3 vertices (got 2)";
        QTest::newRow("not finite") << Outline{{0, 0}, {NAN, 0}, {1, 1}} << "has a vertex that is not a finite number";
        QTest::newRow("too far") << Outline{{0, 0}, {2e6, 0}, {0, 1}}
                                 << "has a vertex more than 1000 km from the site origin";
        QTest::newRow("self-intersecting") << Outline{{0, 0}, {20, 0}, {20, 10}, {10, -5}, {0, 10}}
                                           << "is self-intersecting";
        QTest::newRow("kTiny") << Outline{{0, 0}, {0.01, 0}, {0, 0.01}} << "has zero area";
    }
    void outlineProblems()
    {
        QFETCH(Outline, outline);
        QFETCH(QString, problem);
        QCOMPARE(QString::fromStdString(outlineProblem(outline)), problem);
    }

    void transforms()
    {
        const Outline moved = translated(square(0, 0, 2), 10, -5);
        QCOMPARE(moved.front(), Point2(10, -5));
        QCOMPARE(moved[2], Point2(12, -3));
        const Outline turned = rotated(Outline{{1, 0}}, Point2(0, 0), 90);
        QVERIFY(std::abs(turned[0].x()) < 1e-12 && std::abs(turned[0].y() - 1) < 1e-12);
        const Outline box = rectangle(Point2(5, 5), 4, 2, 0);
        QCOMPARE(box.front(), Point2(3, 4));
        QCOMPARE(areaM2(box), 8.0);
        QCOMPARE(areaM2(rectangle(Point2(0, 0), 4, 2, 33)), 8.0 + 0.0 * areaM2(box));
        QCOMPARE(toOutline(toPolygon(square(0, 0, 1))).size(), std::size_t(4));
    }

    void kwp_data()
    {
        QTest::addColumn<double>("gcr");
        QTest::addColumn<double>("wPerM2");
        QTest::addColumn<double>("override");
        QTest::addColumn<double>("kwp");
        // 100 m × 100 m = 1 ha
        QTest::newRow("rows at GCR 0.41") << 0.41 << 225.0 << -1.0 << 10000 * 0.41 * 225 / 1000;
        QTest::newRow("rows at GCR 0.5, 200 W/m²") << 0.5 << 200.0 << -1.0 << 1000.0;
        QTest::newRow("not in rows: full cover") << 0.0 << 200.0 << -1.0 << 2000.0;
        QTest::newRow("explicit override") << 0.41 << 225.0 << 1234.5 << 1234.5;
        QTest::newRow("override zero") << 0.41 << 225.0 << 0.0 << 0.0;
    }
    void kwp()
    {
        QFETCH(double, gcr);
        QFETCH(double, wPerM2);
        QFETCH(double, override);
        QFETCH(double, kwp);
        PvArray a = validArray();
        a.pv.gcr = gcr;
        a.pv.moduleWPerM2 = wPerM2;
        a.kwpOverride = override;
        QVERIFY2(std::abs(a.kwp() - kwp) < 1e-9, qPrintable(QString::number(a.kwp())));
    }

    void floorArea_data()
    {
        QTest::addColumn<Outline>("footprint");
        QTest::addColumn<int>("floors");
        QTest::addColumn<double>("footprintArea");
        QTest::addColumn<double>("floorArea");
        QTest::newRow("one floor") << square(0, 0, 10) << 1 << 100.0 << 100.0;
        QTest::newRow("office, 5 floors") << Outline{{0, 0}, {100, 0}, {100, 25}, {0, 25}} << 5 << 2500.0 << 12500.0;
        QTest::newRow("triangle, 3 floors") << Outline{{0, 0}, {4, 0}, {0, 3}} << 3 << 6.0 << 18.0;
    }
    void floorArea()
    {
        QFETCH(Outline, footprint);
        QFETCH(int, floors);
        QFETCH(double, footprintArea);
        QFETCH(double, floorArea);
        Building b;
        b.footprint = footprint;
        b.floors = floors;
        QCOMPARE(b.footprintAreaM2(), footprintArea);
        QCOMPARE(b.floorAreaM2(), floorArea);
    }

    void rowTopHeight_data()
    {
        QTest::addColumn<double>("tilt");
        QTest::addColumn<double>("depth");
        QTest::addColumn<double>("height");
        QTest::newRow("flat") << 0.0 << 4.0 << 0.5;
        QTest::newRow("30 degrees") << 30.0 << 4.0 << 2.5;
        QTest::newRow("vertical") << 90.0 << 2.0 << 2.5;
    }
    void rowTopHeight()
    {
        QFETCH(double, tilt);
        QFETCH(double, depth);
        QFETCH(double, height);
        PvSystem pv;
        pv.tiltDeg = tilt;
        pv.rowDepthM = depth;
        QVERIFY(std::abs(pv.rowTopHeightM() - height) < 1e-12);
    }

    void objectHelpers()
    {
        Storage s;
        s.position = Point2(100, 50);
        s.lengthM = 10;
        s.widthM = 4;
        ParkObject o = s;
        QCOMPARE(kindOf(o), ObjectKind::Storage);
        QCOMPARE(areaM2(footprintOf(o)), 40.0);
        QCOMPARE(topHeightOf(o), 2.9);
        QVERIFY(!hasEditableOutline(o));
        QVERIFY(withOutline(o, square(0, 0, 1)) == o);
        const ParkObject moved = translatedObject(o, 5, -5);
        QCOMPARE(std::get<Storage>(moved).position, Point2(105, 45));
        const ParkObject turned = rotatedObject(o, Point2(100, 50), 90);
        QCOMPARE(std::get<Storage>(turned).rotationDeg, 90.0);
        QCOMPARE(std::get<Storage>(rotatedObject(turned, Point2(100, 50), 300)).rotationDeg, 30.0);

        ParkObject b = validBuilding();
        setId(b, 9);
        setName(b, QStringLiteral("Plant"));
        setVisible(b, false);
        setLocked(b, true);
        QCOMPARE(idOf(b), ObjectId(9));
        QCOMPARE(nameOf(b), QStringLiteral("Plant"));
        QVERIFY(!isVisible(b));
        QVERIFY(isLocked(b));
        QCOMPARE(topHeightOf(b), 12.0);
        QCOMPARE(topHeightOf(ParkObject(validGreen())), 0.0);
        QVERIFY(hasEditableOutline(b));
        QCOMPARE(footprintOf(withOutline(b, square(1, 1, 3))), square(1, 1, 3));
        QCOMPARE(footprintOf(translatedObject(b, 1, 2)), translated(square(0, 0, 10), 1, 2));
    }

    void parkContainer()
    {
        Park park;
        QCOMPARE(park.nextId(), ObjectId(1));
        Building a = validBuilding();
        a.id = 4;
        park.append(a);
        QCOMPARE(park.nextId(), ObjectId(5));  // raised past every id
        GreenSpace g = validGreen();
        g.id = 2;
        park.insert(0, g);
        QCOMPARE(park.nextId(), ObjectId(5));  // never lowered
        QCOMPARE(park.indexOf(4), 1);
        QCOMPARE(park.indexOf(2), 0);
        QCOMPARE(park.indexOf(99), -1);
        QVERIFY(park.find(99) == nullptr);
        QVERIFY(park.contains(2));
        a.heightM = 30;
        park.replace(a);
        QCOMPARE(std::get<Building>(*park.find(4)).heightM, 30.0);
        const ParkObject removed = park.removeAt(0);
        QCOMPARE(idOf(removed), ObjectId(2));
        QCOMPARE(park.count(), 1);
        QCOMPARE(park.takeNextId(), ObjectId(5));
        QCOMPARE(park.nextId(), ObjectId(6));
    }

    void enumKeysRoundTrip()
    {
        auto check = [](auto first, int count) {
            using E = decltype(first);
            QStringList seen;
            for (int i = 0; i < count; ++i) {
                const QString key = toKey(E(i));
                QVERIFY(!key.isEmpty());
                QVERIFY(!seen.contains(key));
                seen << key;
                QCOMPARE(fromKey<E>(key), std::optional<E>(E(i)));
            }
            QCOMPARE(fromKey<E>(QStringLiteral("no_such_key")), std::nullopt);
        };
        check(ObjectKind{}, 4);
        check(UseType{}, kUseTypeCount);
        check(BuildingStructure{}, 2);
        check(Mounting{}, 2);
        check(TemperatureModel{}, 2);
        check(Chemistry{}, 2);
        check(ElectrolyserMode{}, 2);
        check(DispatchStrategy{}, 2);
        check(WeatherKind{}, 2);
        check(HeadlineEmissions{}, 2);
        QCOMPARE(toKey(UseType::HydrogenHall), QStringLiteral("hydrogen_electrolysis_hall"));
        QCOMPARE(toKey(ObjectKind::PvArray), QStringLiteral("pv_array"));
    }

    void defaultsAreValid()
    {
        QVERIFY(Validation::problems(ParkObject(validBuilding())).isEmpty());
        QVERIFY(Validation::problems(ParkObject(validArray())).isEmpty());
        QVERIFY(Validation::problems(ParkObject(validStorage())).isEmpty());
        QVERIFY(Validation::problems(ParkObject(validGreen())).isEmpty());
        QVERIFY(Validation::problems(Site{}).isEmpty());
    }

    void objectValidation_data()
    {
        QTest::addColumn<ParkObject>("object");
        QTest::addColumn<QStringList>("problems");
        auto building = [](auto change) {
            Building b = validBuilding();
            change(b);
            return ParkObject(b);
        };
        auto storage = [](auto change) {
            Storage s = validStorage();
            change(s);
            return ParkObject(s);
        };
        QTest::newRow("negative height") << building([](Building &b) { b.heightM = -5; })
                                         << QStringList{"height: must be > 0 (got -5)"};
        QTest::newRow("zero height") << building([](Building &b) { b.heightM = 0; })
                                     << QStringList{"height: must be > 0 (got 0)"};
        QTest::newRow("zero height keeps other problems")
            << building([](Building &b) {
                   b.heightM = 0;
                   b.footprint = {{0, 0}, {1, 0}};
               })
            << QStringList{"footprint: polygon needs at least 3 vertices (got 2)", "height: must be > 0 (got 0)"};
        QTest::newRow("too tall") << building([](Building &b) { b.heightM = 1500; })
                                  << QStringList{"height: must be between 0 and 1000 (got 1500)"};
        QTest::newRow("NaN height") << building([](Building &b) { b.heightM = NAN; })
                                    << QStringList{"height: must be a finite number (got nan)"};
        QTest::newRow("no floors") << building([](Building &b) { b.floors = 0; })
                                   << QStringList{"floors: must be between 1 and 300 (got 0)"};
        QTest::newRow("rooftop tilt") << building([](Building &b) { b.rooftop.pv.tiltDeg = 95; })
                                      << QStringList{"rooftop.tilt: must be between 0 and 90 (got 95)"};
        QTest::newRow("EV window") << building([](Building &b) { b.process.evWindowEndHour = 25; })
                                   << QStringList{"process.ev_window_end: must be between 1 and 24 (got 25)"};
        QTest::newRow("long name") << building([](Building &b) { b.name = QString(201, QLatin1Char('x')); })
                                   << QStringList{"name: must be at most 200 characters long"};
        QTest::newRow("unset load override is fine") << building([](Building &b) { b.annualLoadKWhOverride = -3; })
                                                     << QStringList{};
        QTest::newRow("soc order") << storage([](Storage &s) {
            s.socMin = 0.9;
            s.socMax = 0.5;
        }) << QStringList{"soc_min: must be below soc_max (got 0.9 ≥ 0.5)"};
        QTest::newRow("storage power") << storage([](Storage &s) { s.powerKW = 0; })
                                       << QStringList{"power_kW: must be > 0 (got 0)"};
        QTest::newRow("storage length") << storage([](Storage &s) { s.lengthM = -1; })
                                        << QStringList{"length: must be between 0.1 and 1000 (got -1)"};
        PvArray a = validArray();
        a.pv.gcr = 1.5;
        a.kwpOverride = 2e7;
        QTest::newRow("PV field") << ParkObject(a)
                                  << QStringList{"gcr: must be between 0 and 1 (got 1.5)",
                                                 "kwp: must be between 0 and 1e+07 (got 20000000)"};
        GreenSpace g = validGreen();
        g.outline = {{0, 0}, {10, 0}, {20, 0}};
        QTest::newRow("flat green space") << ParkObject(g)
                                          << QStringList{"polygon: polygon has a spike (an edge that folds back on itself)"};
        g.outline = {{0, 0}, {0.01, 0}, {0, 0.01}};
        QTest::newRow("zero-area green space") << ParkObject(g) << QStringList{"polygon: polygon has zero area"};
    }
    void objectValidation()
    {
        QFETCH(ParkObject, object);
        QFETCH(QStringList, problems);
        QCOMPARE(Validation::problems(object), problems);
    }

    void siteValidation_data()
    {
        QTest::addColumn<Site>("site");
        QTest::addColumn<QStringList>("problems");
        auto site = [](auto change) {
            Site s;
            change(s);
            return s;
        };
        QTest::newRow("latitude") << site([](Site &s) { s.latitudeDeg = -91; })
                                  << QStringList{"latitude: must be between -90 and 90 (got -91)"};
        QTest::newRow("utc offset") << site([](Site &s) { s.utcOffsetHours = 15; })
                                    << QStringList{"utc_offset: must be between -12 and 14 (got 15)"};
        QTest::newRow("boundary") << site([](Site &s) { s.boundary = {{0, 0}, {1, 1}}; })
                                  << QStringList{"boundary: polygon needs at least 3 vertices (got 2)"};
        QTest::newRow("grid factor") << site([](Site &s) { s.grid.customFactorKgPerKWh = 6; })
                                     << QStringList{"grid.custom_factor: must be between 0 and 5 (got 6)"};
        QTest::newRow("green share") << site([](Site &s) { s.carbon.greenPowerShare = 1.2; })
                                     << QStringList{"carbon.green_power_share: must be between 0 and 1 (got 1.2)"};
        QTest::newRow("no export limit is fine") << site([](Site &s) { s.grid.exportLimitKW = -1; }) << QStringList{};
    }
    void siteValidation()
    {
        QFETCH(Site, site);
        QFETCH(QStringList, problems);
        QCOMPARE(Validation::problems(site), problems);
    }
};

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
