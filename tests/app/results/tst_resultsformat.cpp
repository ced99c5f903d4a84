// SPDX-License-Identifier: GPL-3.0-or-later
// Number formatting of the results panel: unit scaling, locale separators, ▲/▼ changes.

#include "results/resultformat.h"

#include <QtTest>

using namespace pz;

class TestResultsFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void energy_data()
    {
        QTest::addColumn<double>("kWh");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << 0.0 << "en_GB" << "0.00 kWh";
        QTest::newRow("kWh") << 356.0 << "en_GB" << "356 kWh";
        QTest::newRow("just below MWh") << 999.0 << "en_GB" << "999 kWh";
        QTest::newRow("MWh") << 5200.0 << "en_GB" << "5.20 MWh";
        QTest::newRow("tens of MWh") << 43210.0 << "en_GB" << "43.2 MWh";
        QTest::newRow("hundreds of MWh") << 123456.0 << "en_GB" << "123 MWh";
        QTest::newRow("GWh") << 14720000.0 << "en_GB" << "14.7 GWh";
        QTest::newRow("grouped GWh") << 1234567890.0 << "en_GB" << "1,235 GWh";
        QTest::newRow("German") << 5200.0 << "de_DE" << "5,20 MWh";
        QTest::newRow("German grouped") << 1234567890.0 << "de_DE" << "1.235 GWh";
        QTest::newRow("negative") << -5200.0 << "en_GB" << "-5.20 MWh";
    }
    void energy()
    {
        QFETCH(double, kWh);
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(ResultFormat::energy(kWh, QLocale(locale)), expected);
    }

    void others()
    {
        const QLocale en(QStringLiteral("en_GB"));
        QCOMPARE(ResultFormat::tonnes(1234.6, en), QStringLiteral("1,235 t CO₂e"));
        QCOMPARE(ResultFormat::tonnes(3.456, en), QStringLiteral("3.46 t CO₂e"));
        QCOMPARE(ResultFormat::percent(87.34, en), QStringLiteral("87.3 %"));
        QCOMPARE(ResultFormat::intensity(0.1234, en), QStringLiteral("0.123 tCO₂/tce"));
        QCOMPARE(ResultFormat::power(2500.0, en), QStringLiteral("2.50 MW"));
        QCOMPARE(ResultFormat::power(12.0, en), QStringLiteral("12.0 kW"));
        QCOMPARE(ResultFormat::percent(87.34, QLocale(QStringLiteral("de_DE"))), QStringLiteral("87,3 %"));
        QCOMPARE(ResultFormat::money(2'501'586.40, en), QStringLiteral("2.50 M CNY"));
        QCOMPARE(ResultFormat::money(-369'943.67, en), QStringLiteral("-370 k CNY"));
        QCOMPARE(ResultFormat::money(95.44, en), QStringLiteral("95.4 CNY"));
        QCOMPARE(ResultFormat::money(1.2345e9, en), QStringLiteral("1,235 M CNY"));
        QCOMPARE(ResultFormat::pricePerKWh(0.175113691, en), QStringLiteral("0.175 CNY/kWh"));
        QCOMPARE(ResultFormat::years(5.333121, en), QStringLiteral("5.3 years"));
    }

    void delta_data()
    {
        QTest::addColumn<double>("previous");
        QTest::addColumn<double>("current");
        QTest::addColumn<int>("quantity");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("sign");
        const int e = int(ResultFormat::Quantity::Energy), t = int(ResultFormat::Quantity::Tonnes),
                  p = int(ResultFormat::Quantity::Percent), i = int(ResultFormat::Quantity::Intensity),
                  m = int(ResultFormat::Quantity::Money), y = int(ResultFormat::Quantity::Years),
                  k = int(ResultFormat::Quantity::PricePerKWh);
        QTest::newRow("money down") << 3.718e6 << 2.5015864e6 << m << "▼ 1.22 M CNY" << -1;
        QTest::newRow("money below resolution") << 100.0 << 100.004 << m << "no change" << 0;
        QTest::newRow("money small on large") << 3.718e6 << 3.718001e6 << m << "▲ 1.00 CNY" << 1;
        QTest::newRow("years up") << 5.3 << 6.64 << y << "▲ 1.3 years" << 1;
        QTest::newRow("price per kWh") << 0.175 << 0.170 << k << "▼ 0.005 CNY/kWh" << -1;
        QTest::newRow("tonnes up") << 100.0 << 150.0 << t << "▲ 50.0 t CO₂e" << 1;
        QTest::newRow("tonnes down") << 150.0 << 100.0 << t << "▼ 50.0 t CO₂e" << -1;
        QTest::newRow("tonnes same") << 100.0 << 100.0 << t << "no change" << 0;
        QTest::newRow("tonnes below resolution") << 100.0 << 100.001 << t << "no change" << 0;
        QTest::newRow("energy small on large") << 1.0e6 << 1.0002e6 << e << "▲ 200 kWh" << 1;
        QTest::newRow("energy MWh") << 2.0e7 << 1.95e7 << e << "▼ 500 MWh" << -1;
        QTest::newRow("energy GWh") << 1.0e7 << 1.25e7 << e << "▲ 2.50 GWh" << 1;
        QTest::newRow("energy same") << 1.0e7 << 1.0e7 << e << "no change" << 0;
        QTest::newRow("percent kTiny") << 50.0 << 50.02 << p << "no change" << 0;
        QTest::newRow("percent points") << 50.0 << 52.5 << p << "▲ 2.5 pp" << 1;
        QTest::newRow("intensity kTiny") << 0.1 << 0.1004 << i << "no change" << 0;
        QTest::newRow("intensity") << 0.1 << 0.25 << i << "▲ 0.150" << 1;
    }
    void delta()
    {
        QFETCH(double, previous);
        QFETCH(double, current);
        QFETCH(int, quantity);
        QFETCH(QString, expected);
        QFETCH(int, sign);
        const QLocale en(QStringLiteral("en_GB"));
        QCOMPARE(ResultFormat::delta(previous, current, ResultFormat::Quantity(quantity), en), expected);
        QCOMPARE(ResultFormat::deltaSign(previous, current, ResultFormat::Quantity(quantity)), sign);
    }
};

QTEST_GUILESS_MAIN(TestResultsFormat)
#include "tst_resultsformat.moc"
