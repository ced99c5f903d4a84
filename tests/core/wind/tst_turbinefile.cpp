// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV turbine files of spec wind.md §12.5: a good file, each validation rule refusing a bad
// file with the line and reason, Ct clipping and the SAM fill, and the built-in table against the
// shipped files.

#include "windepw.h"

#include "wind/builtinturbines.h"
#include "wind/turbinetype.h"

#include <QTest>

using namespace pz::wind;

namespace {

const QByteArray kKeys = "# name: Test 2 MW\n"                    // line 1
                         "# rated_kW: 2000\n"                     // 2
                         "# rotor_diameter_m: 80\n"               // 3
                         "# hub_height_m: 80\n"                   // 4
                         "# reference_air_density_kg_m3: 1.225\n" // 5
                         "# cut_in_m_s: 3\n"                      // 6
                         "# cut_out_m_s: 25\n";                   // 7
const QByteArray kHeader = "wind_speed_m_s,power_kW,thrust_coefficient\n";   // line 8

} // namespace

class TestTurbineFile : public QObject
{
    Q_OBJECT

private slots:
    void goodFile()
    {
        const TurbineReadResult r = parseTurbineCsv(kKeys + kHeader + "3,10,1.2\n10,1500,0.8\n12,2000,-0.1\n25,2000,0.1\n", "t.csv");
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(r.type);
        const TurbineType &t = *r.type;
        QCOMPARE(t.name, std::string("Test 2 MW"));
        QCOMPARE(t.ratedKW, 2000.0);
        QCOMPARE(t.rotorDiameterM, 80.0);
        QCOMPARE(t.hubHeightM, 80.0);
        QCOMPARE(t.cutInMS(), 3.0);
        QCOMPARE(t.cutOutMS(), 25.0);
        // Ct clipped to [0, 0.9999] when read.
        QCOMPARE(t.thrustCoefficient, (std::vector<double>{0.9999, 0.8, 0.0, 0.1}));
        QVERIFY(r.notes.isEmpty());
    }

    void missingThrustIsFilledBySam()
    {
        const TurbineReadResult r = parseTurbineCsv(kKeys + "wind_speed_m_s,power_kW\n3,10\n10,1500\n25,2000\n", "t.csv");
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.notes.size(), 1);
        QVERIFY(r.notes[0].contains("SAM"));
        QCOMPARE(r.type->thrustCoefficient[1], samThrustCoefficient(1500, 10, 80, 1.225));
        QVERIFY(r.type->thrustCoefficient[1] > 0);
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("where");    // "t.csv, line N" or "t.csv:"
        QTest::addColumn<QString>("reason");
        const QByteArray ok = "3,10,0.8\n10,1500,0.8\n25,2000,0.1\n";   // lines 9-11
        QTest::newRow("speeds not increasing") << kKeys + kHeader + "3,10,0.8\n10,1500,0.8\n10,1600,0.8\n25,2000,0.1\n"
                                               << "t.csv, line 11" << "does not increase";
        QTest::newRow("speeds decreasing") << kKeys + kHeader + "3,10,0.8\n12,1500,0.8\n11,1600,0.8\n25,2000,0.1\n"
                                           << "t.csv, line 11" << "does not increase";
        QTest::newRow("negative power") << kKeys + kHeader + "3,10,0.8\n10,-1,0.8\n25,2000,0.1\n"
                                        << "t.csv, line 10" << "negative power";
        QTest::newRow("negative speed") << kKeys + kHeader + "-1,0,0.8\n10,1,0.8\n25,2000,0.1\n"
                                        << "t.csv, line 9" << "negative wind speed";
        QTest::newRow("not a number") << kKeys + kHeader + "3,10,0.8\n10,abc,0.8\n25,2000,0.1\n"
                                      << "t.csv, line 10" << "power is not a number";
        QTest::newRow("bad thrust") << kKeys + kHeader + "3,10,0.8\n10,1,x\n25,2000,0.1\n"
                                    << "t.csv, line 10" << "thrust coefficient is not a number";
        QTest::newRow("too many values") << kKeys + kHeader + "3,10,0.8,1\n10,1,0.8\n25,2000,0.1\n"
                                         << "t.csv, line 9" << "expected 2 or 3 values";
        QTest::newRow("thrust in some rows") << kKeys + kHeader + "3,10,0.8\n10,1\n25,2000,0.1\n"
                                             << "t.csv, line 10" << "every row or in none";
        QTest::newRow("cut-in differs") << QByteArray(kKeys).replace("cut_in_m_s: 3", "cut_in_m_s: 4") + kHeader + ok
                                        << "t.csv, line 6" << "cut_in_m_s 4 differs from the first row's speed 3";
        QTest::newRow("cut-out differs") << QByteArray(kKeys).replace("cut_out_m_s: 25", "cut_out_m_s: 20") + kHeader + ok
                                         << "t.csv, line 7" << "cut_out_m_s 20 differs from the last row's speed 25";
        QTest::newRow("rated power missing") << QByteArray(kKeys).replace("# rated_kW: 2000\n", "") + kHeader + ok
                                             << "t.csv:" << "missing header key \"rated_kW\"";
        QTest::newRow("rotor not positive") << QByteArray(kKeys).replace("rotor_diameter_m: 80", "rotor_diameter_m: 0") + kHeader + ok
                                            << "t.csv, line 3" << "\"rotor_diameter_m\" must be a positive number";
        QTest::newRow("no header") << kKeys + ok << "t.csv, line 8" << "expected the header";
        QTest::newRow("one row") << kKeys + kHeader + "3,10,0.8\n" << "t.csv, line 10" << "at least two rows";
        QTest::newRow("comment after header") << kKeys + kHeader + "3,10,0.8\n# x: y\n25,2000,0.1\n"
                                              << "t.csv, line 10" << "comment line after the header";
    }

    void badFiles()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, where);
        QFETCH(QString, reason);
        const TurbineReadResult r = parseTurbineCsv(text, "t.csv");
        QVERIFY(!r.type);
        QVERIFY2(r.error.startsWith(where), qPrintable(r.error));
        QVERIFY2(r.error.contains(reason), qPrintable(r.error));
    }

    void missingFile()
    {
        const TurbineReadResult r = readTurbineCsv("/nonexistent/dir/turbine.csv");
        QVERIFY(!r.type);
        QVERIFY2(r.error.contains("turbine.csv") && r.error.contains("cannot open"), qPrintable(r.error));
    }

    void shippedFilesMatchBuiltins_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<double>("ratedKW");
        QTest::addColumn<double>("diameterM");
        QTest::addColumn<double>("hubM");
        QTest::addColumn<double>("cutInMS");
        for (const auto &[id, rated, d, hub, cutIn] :
             {std::tuple{"IEA-3.4-130-RWT", 3370.0, 130.0, 110.0, 3.0}, std::tuple{"NREL-5MW-RWT", 5000.0, 125.88, 90.0, 3.0},
              std::tuple{"NREL-2020ATB-5.5MW-175", 5500.0, 175.0, 120.0, 3.25}})
            QTest::newRow(id) << QString(id) << rated << d << hub << cutIn;
    }

    void shippedFilesMatchBuiltins()
    {
        QFETCH(QString, id);
        QFETCH(double, ratedKW);
        QFETCH(double, diameterM);
        QFETCH(double, hubM);
        QFETCH(double, cutInMS);
        const auto builtin = builtinTurbine(id.toStdString());
        QVERIFY(builtin);
        QCOMPARE(builtin->ratedKW, ratedKW);
        QCOMPARE(builtin->rotorDiameterM, diameterM);
        QCOMPARE(builtin->hubHeightM, hubM);
        QCOMPARE(builtin->cutInMS(), cutInMS);
        QCOMPARE(builtin->cutOutMS(), 25.0);
        QVERIFY(!builtinTurbineSource(id.toStdString()).empty());
        const QString path = sharedFile("data/turbines/") + id + ".csv";
        if (!QFile::exists(path))
            QSKIP("the shared turbine files are not available");
        const TurbineReadResult r = readTurbineCsv(path);
        QVERIFY2(r.type, qPrintable(r.error));
        QCOMPARE(r.type->speedMS, builtin->speedMS);
        QCOMPARE(r.type->powerKW, builtin->powerKW);
        QCOMPARE(r.type->thrustCoefficient, builtin->thrustCoefficient);
        QCOMPARE(r.type->name, builtin->name);
        QCOMPARE(r.type->source, builtin->source);
    }

    void builtinIds()
    {
        QCOMPARE(builtinTurbineIds().size(), size_t(3));
        QVERIFY(!builtinTurbine("no such turbine"));
        QVERIFY(builtinTurbineSource("no such turbine").empty());
        // NREL 5 MW: Ct 1.132 at 3.0 m/s becomes 0.9999 (§12.5).
        QCOMPARE(builtinTurbine("NREL-5MW-RWT")->thrustCoefficient.front(), kMaxThrustCoefficient);
    }

    void atbThrustIsSamRegression()
    {
        // The ATB file's Ct column was filled by SAM's regression; the built-in rows reproduce it.
        const TurbineType t = *builtinTurbine("NREL-2020ATB-5.5MW-175");
        for (size_t k = 0; k < t.speedMS.size(); ++k)
            QVERIFY2(std::abs(t.thrustCoefficient[k] - samThrustCoefficient(t.powerKW[k], t.speedMS[k], 175, 1.225)) < 6e-7,
                     qPrintable(QString::number(t.speedMS[k])));
    }
};

QTEST_GUILESS_MAIN(TestTurbineFile)
#include "tst_turbinefile.moc"
