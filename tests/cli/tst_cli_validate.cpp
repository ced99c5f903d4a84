// SPDX-License-Identifier: GPL-3.0-or-later
// `parkzero-cli validate`: the demo park passes, broken and missing files and wrong command
// lines fail with exit code 2 and say why.

#include "clirun.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using pztest::CliRun;
using pztest::runCli;
using pztest::writeFile;

class TestCliValidate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoParkIsOk()
    {
        const CliRun run = runCli({QStringLiteral("validate"), pztest::demoParkPath()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("ordos-demo.parkzero: OK")), qPrintable(run.out));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    }

    void quietPrintsNothingWhenOk()
    {
        const CliRun run = runCli({QStringLiteral("validate"), QStringLiteral("--quiet"), pztest::demoParkPath()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.isEmpty());
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("range") << QByteArray(R"({"format": "parkzero", "format_version": 1, "site": {}, "objects": [
            {"type": "building", "id": 1, "footprint": [[0, 0], [10, 0], [10, 10]], "height": -5},
            {"type": "storage", "id": 2, "position": {"x": 0, "y": 0}, "soc_min": 0.9, "soc_max": 0.5}]})")
                               << QStringList{"broken.parkzero: objects[0].height: must be > 0 (got -5)",
                                              "broken.parkzero: objects[1].soc_min: must be below soc_max"};
        QTest::newRow("syntax") << QByteArray("{\n  \"format\": \"parkzero\",\n  oops\n}")
                                << QStringList{"broken.parkzero: line 3, column", "invalid JSON"};
        QTest::newRow("missing weather file")
            << QByteArray(R"({"format": "parkzero", "format_version": 1,
                 "site": {"weather": {"kind": "file", "file": "weather/none.epw"}}, "objects": []})")
            << QStringList{"broken.parkzero: site.weather.file: file not found", "weather/none.epw"};
        QTest::newRow("missing load profile")
            << QByteArray(R"({"format": "parkzero", "format_version": 1, "site": {}, "objects": [
                 {"type": "building", "id": 3, "footprint": [[0, 0], [10, 0], [10, 10]], "load_profile": "p.csv"}]})")
            << QStringList{"broken.parkzero: objects[0].load_profile: file not found"};
    }
    void badFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("broken.parkzero"));
        QVERIFY(writeFile(path, content));
        const CliRun run = runCli({QStringLiteral("validate"), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(!run.out.contains(QLatin1String("OK")), qPrintable(run.out));
        for (const QString &part : expected)
            QVERIFY2(run.err.contains(part), qPrintable(QStringLiteral("\"%1\" not in:\n%2").arg(part, run.err)));
    }

    void referencedFileNextToTheProjectIsFound()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("profiles")));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("profiles/p.csv")), "1\n"));
        const QString path = dir.filePath(QStringLiteral("good.parkzero"));
        QVERIFY(writeFile(path, R"({"format": "parkzero", "format_version": 1, "site": {}, "objects": [
                 {"type": "building", "id": 3, "footprint": [[0, 0], [10, 0], [10, 10]], "load_profile": "profiles/p.csv"}]})"));
        // CliRun from another working directory: the path is relative to the project file.
        QProcess process;
        process.setWorkingDirectory(QDir::rootPath());
        process.start(pztest::cliPath(), {QStringLiteral("validate"), path});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().contains("good.parkzero: OK"));
    }

    void severalFilesReportEach()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString bad = dir.filePath(QStringLiteral("empty.parkzero"));
        QVERIFY(writeFile(bad, QByteArray()));
        const CliRun run = runCli({QStringLiteral("validate"), pztest::demoParkPath(), bad});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.contains(QLatin1String("ordos-demo.parkzero: OK")));
        QVERIFY2(run.err.contains(QLatin1String("empty.parkzero: the file is empty")), qPrintable(run.err));
    }

    void missingFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const CliRun run = runCli({QStringLiteral("validate"), dir.filePath(QStringLiteral("nothere.parkzero"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("nothere.parkzero: no such file")), qPrintable(run.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no file") << QStringList{"validate"} << "no project file given";
        QTest::newRow("unknown option") << QStringList{"validate", "--frobnicate", "x.parkzero"} << "frobnicate";
        QTest::newRow("unknown command") << QStringList{"validata", "x.parkzero"} << "unknown command \"validata\"";
        QTest::newRow("no command") << QStringList{} << "Usage: parkzero-cli <command>";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const CliRun run = runCli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("Usage: parkzero-cli")), qPrintable(run.err));
    }

    void help()
    {
        const CliRun run = runCli({QStringLiteral("validate"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("Usage: parkzero-cli validate")));
        const CliRun top = runCli({QStringLiteral("--help")});
        QCOMPARE(top.exitCode, 0);
        QVERIFY(top.out.contains(QLatin1String("validate")));
        QVERIFY(top.out.contains(QLatin1String("simulate")));
    }
};

QTEST_GUILESS_MAIN(TestCliValidate)
#include "tst_cli_validate.moc"
