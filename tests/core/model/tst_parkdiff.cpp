// SPDX-License-Identifier: GPL-3.0-or-later
// diffParks: objects added, removed and changed between two parks, matched by id, in drawing
// order, and site changes.

#include "model/parkdiff.h"

#include <QtTest>

using namespace pz;

namespace {

Building building(ObjectId id, double heightM)
{
    Building b;
    b.id = id;
    b.footprint = {{0, 0}, {10, 0}, {10, 10}, {0, 10}};
    b.heightM = heightM;
    return b;
}

Park park(const std::vector<std::pair<ObjectId, double>> &buildings)
{
    Park p;
    for (const auto &[id, height] : buildings)
        p.append(building(id, height));
    return p;
}

} // namespace

class TestParkDiff : public QObject
{
    Q_OBJECT
private slots:
    void diff_data();
    void diff();
    void siteChange();
};

void TestParkDiff::diff_data()
{
    using Objects = std::vector<std::pair<ObjectId, double>>;
    QTest::addColumn<Objects>("from");
    QTest::addColumn<Objects>("to");
    QTest::addColumn<ObjectIds>("added");
    QTest::addColumn<ObjectIds>("removed");
    QTest::addColumn<ObjectIds>("changed");
    QTest::newRow("same") << Objects{{1, 10}, {2, 12}} << Objects{{1, 10}, {2, 12}} << ObjectIds{} << ObjectIds{}
                          << ObjectIds{};
    QTest::newRow("added in to's order") << Objects{{1, 10}} << Objects{{5, 3}, {1, 10}, {4, 3}} << ObjectIds{5, 4}
                                         << ObjectIds{} << ObjectIds{};
    QTest::newRow("removed in from's order") << Objects{{3, 1}, {1, 10}, {2, 2}} << Objects{{1, 10}} << ObjectIds{}
                                             << ObjectIds{3, 2} << ObjectIds{};
    QTest::newRow("changed height") << Objects{{1, 10}, {2, 12}} << Objects{{1, 10}, {2, 13}} << ObjectIds{}
                                    << ObjectIds{} << ObjectIds{2};
    QTest::newRow("reordered only") << Objects{{1, 10}, {2, 12}} << Objects{{2, 12}, {1, 10}} << ObjectIds{}
                                    << ObjectIds{} << ObjectIds{};
    QTest::newRow("all three") << Objects{{1, 10}, {2, 12}, {3, 5}} << Objects{{3, 6}, {4, 8}, {1, 10}}
                               << ObjectIds{4} << ObjectIds{2} << ObjectIds{3};
}

void TestParkDiff::diff()
{
    using Objects = std::vector<std::pair<ObjectId, double>>;
    QFETCH(Objects, from);
    QFETCH(Objects, to);
    const ParkDiff d = diffParks(park(from), park(to));
    QTEST(d.added, "added");
    QTEST(d.removed, "removed");
    QTEST(d.changed, "changed");
    QVERIFY(!d.siteChanged);
    QCOMPARE(d.isEmpty(), d.added.isEmpty() && d.removed.isEmpty() && d.changed.isEmpty());
}

void TestParkDiff::siteChange()
{
    Park a = park({{1, 10}});
    Park b = a;
    QVERIFY(diffParks(a, b).isEmpty());
    b.site.carbon.thresholdTCO2PerTce = 0.1;
    const ParkDiff d = diffParks(a, b);
    QVERIFY(d.siteChanged);
    QVERIFY(!d.isEmpty());
    QVERIFY(d.changed.isEmpty());
}

QTEST_APPLESS_MAIN(TestParkDiff)
#include "tst_parkdiff.moc"
