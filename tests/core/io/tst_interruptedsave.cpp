// SPDX-License-Identifier: GPL-3.0-or-later
// Saving can't lose work: a save that is interrupted — the disk filling up (a file-size limit in a
// child process) or the process killed at a random moment — leaves the previous file intact and
// loadable, and a failed save says which file and why.
//
// The child is this program again, started with PARKZERO_SAVE_CHILD=<mode> in its environment.

#include "io/projectfile.h"
#include "syntheticpark.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>

using namespace pz;

namespace {

constexpr int kObjects = 3000;  // a file of a few megabytes, so that writing it takes a while

Park parkVersion(int version)
{
    Park park = makeSyntheticPark(kObjects, 7);
    park.site.name = QStringLiteral("version %1").arg(version);
    return park;
}

// Child, mode "limit": the file size is limited far below the project's size, as on a full disk.
int childSaveWithLimit(const QString &path)
{
    std::signal(SIGXFSZ, SIG_IGN);  // write() then fails with EFBIG instead of killing the process
    const rlimit limit{64 * 1024, 64 * 1024};
    if (setrlimit(RLIMIT_FSIZE, &limit) != 0)
        return 2;
    QString error;
    if (io::saveProject(parkVersion(2), path, &error))
        return 0;
    fprintf(stderr, "%s\n", qPrintable(error));
    return 1;
}

// Child, mode "loop": saves version 1 and 2 in turn until it is killed.
int childSaveForever(const QString &path)
{
    const Park versions[2] = {parkVersion(1), parkVersion(2)};
    fprintf(stdout, "ready\n");
    fflush(stdout);
    for (int i = 0;; ++i) {
        QString error;
        if (!io::saveProject(versions[i % 2], path, &error)) {
            fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList projectFilesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class TestInterruptedSave : public QObject
{
    Q_OBJECT

private:
    QProcess *startChild(const QString &mode, const QString &path)
    {
        auto *child = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PARKZERO_SAVE_CHILD"), mode);
        env.insert(QStringLiteral("PARKZERO_SAVE_PATH"), path);
        child->setProcessEnvironment(env);
        child->start(QCoreApplication::applicationFilePath(), {});
        return child;
    }

private Q_SLOTS:
    void diskFullKeepsThePreviousFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("park.parkzero"));
        QString error;
        QVERIFY2(io::saveProject(parkVersion(1), path, &error), qPrintable(error));
        const QByteArray before = contents(path);
        QVERIFY(before.size() > 256 * 1024);  // far above the child's limit

        QProcess *child = startChild(QStringLiteral("limit"), path);
        QVERIFY(child->waitForFinished(60000));
        QCOMPARE(child->exitStatus(), QProcess::NormalExit);
        QCOMPARE(child->exitCode(), 1);  // the save failed and said so
        const QString message = QString::fromLocal8Bit(child->readAllStandardError()).trimmed();
        QVERIFY2(message.startsWith(QStringLiteral("park.parkzero: cannot be saved: ")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("too large"), Qt::CaseInsensitive), qPrintable(message));

        QCOMPARE(contents(path), before);
        QCOMPARE(projectFilesIn(dir.path()), QStringList{QStringLiteral("park.parkzero")});  // no temporary file left
        const io::LoadResult loaded = io::loadProject(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QCOMPARE(loaded.park->site.name, QStringLiteral("version 1"));
    }

    void killedAtAnyMomentKeepsAWholeFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("park.parkzero"));
        QString error;
        QVERIFY2(io::saveProject(parkVersion(1), path, &error), qPrintable(error));
        const QByteArray versions[2] = {contents(path), io::serializeProject(parkVersion(2))};
        QVERIFY(versions[0] != versions[1]);

        for (int round = 0; round < 12; ++round) {
            QProcess *child = startChild(QStringLiteral("loop"), path);
            QVERIFY(child->waitForReadyRead(60000));
            // A random moment within a few saves.
            QTest::qWait(int(QRandomGenerator::global()->bounded(20, 400)));
            child->kill();
            QVERIFY(child->waitForFinished(10000));
            QCOMPARE(child->exitStatus(), QProcess::CrashExit);
            const QByteArray now = contents(path);
            QVERIFY2(now == versions[0] || now == versions[1],
                     qPrintable(QStringLiteral("round %1: the file is neither version (%2 bytes)").arg(round).arg(now.size())));
            const io::LoadResult loaded = io::loadProject(path);
            QVERIFY2(loaded.ok(), qPrintable(loaded.error));
            delete child;
        }
        // A killed save may leave its temporary file (a sibling the user never opens); the project
        // file itself is always whole.
        for (const QString &name : projectFilesIn(dir.path()))
            QVERIFY2(name == QLatin1String("park.parkzero") || name.startsWith(QLatin1String("park.parkzero.")),
                     qPrintable(name));
    }
};

int main(int argc, char **argv)
{
    const QByteArray mode = qgetenv("PARKZERO_SAVE_CHILD");
    if (!mode.isEmpty()) {
        QCoreApplication app(argc, argv);
        const QString path = qEnvironmentVariable("PARKZERO_SAVE_PATH");
        return mode == "limit" ? childSaveWithLimit(path) : childSaveForever(path);
    }
    QCoreApplication app(argc, argv);
    TestInterruptedSave test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_interruptedsave.moc"
