// SPDX-License-Identifier: GPL-3.0-or-later
// parkzero-cli before a command: --version prints the project's version, --help the commands,
// and a wrong command line exits with 2 (exitcodes.h).

#include "clirun.h"
#include "testsupport.h"
#include "version.h"

#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using pztest::CliRun;
using pztest::runCli;

class TestCliMain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("long") << QStringLiteral("--version");
        QTest::newRow("short") << QStringLiteral("-v");
    }
    void version()
    {
        QFETCH(QString, option);
        const CliRun run = runCli({option});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("parkzero-cli %1\n").arg(QLatin1String(pz::kVersion)));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        // The number CMake's project(VERSION) sets: major.minor.patch.
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$")).match(QLatin1String(pz::kVersion)).hasMatch(),
                 pz::kVersion);
    }

    void help_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("--help") << QStringList{"--help"};
        QTest::newRow("-h") << QStringList{"-h"};
        QTest::newRow("help") << QStringList{"help"};
    }
    void help()
    {
        QFETCH(QStringList, args);
        const CliRun run = runCli(args);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("Usage: parkzero-cli <command>")), qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("validate")));
        QVERIFY(run.out.contains(QLatin1String("simulate")));
        QVERIFY(run.out.contains(QLatin1String("--version")));
    }

    void wrongCommandLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no command") << QStringList{} << "Usage: parkzero-cli <command>";
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << "unknown command \"frobnicate\"";
        QTest::newRow("unknown option") << QStringList{"--frobnicate"} << "parkzero-cli: Unknown option 'frobnicate'";
        QTest::newRow("option of a command first") << QStringList{"--quiet", "validate"} << "Unknown option 'quiet'";
    }
    void wrongCommandLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const CliRun run = runCli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("Usage: parkzero-cli <command>")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliMain)
#include "tst_cli_main.moc"
