// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/recoverymanager.h"

#include "document/parkdocument.h"
#include "io/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace pz {

namespace {

const QString kSuffix = QStringLiteral(".parkzero");
const QString kMetaSuffix = QStringLiteral(".json");
const QString kLockSuffix = QStringLiteral(".lock");

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QString reason;
    if (io::writeFileAtomically(path, bytes, &reason))
        return true;
    if (error)
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), reason);
    return false;
}

} // namespace

RecoveryManager::RecoveryManager(ParkDocument *document, const QString &directory, QObject *parent)
    : QObject(parent), m_document(document), m_directory(directory.isEmpty() ? defaultDirectory() : directory)
{
    QDir().mkpath(m_directory);
    m_session = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_lock = std::make_unique<QLockFile>(QDir(m_directory).filePath(m_session + kLockSuffix));
    m_lock->setStaleLockTime(0);  // a live session's lock never goes stale by age
    m_lock->tryLock(0);
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &RecoveryManager::onTimer);
    m_timer.start();
    // Saved, or all changes undone: the recovery file has nothing left to recover.
    connect(document, &ParkDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discard();
    });
}

RecoveryManager::~RecoveryManager()
{
    discard();
    if (m_lock)
        m_lock->unlock();
}

QString RecoveryManager::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("recovery"));
}

QString RecoveryManager::recoveryFilePath() const
{
    return QDir(m_directory).filePath(m_session + kSuffix);
}

QString RecoveryManager::metaPath() const
{
    return QDir(m_directory).filePath(m_session + kMetaSuffix);
}

void RecoveryManager::setIntervalMs(int ms)
{
    m_timer.setInterval(ms);
}

bool RecoveryManager::writeNow(QString *error)
{
    if (!m_lock)
        return false;
    if (m_hasFile && m_writtenRevision == m_document->revision())
        return true;
    QDir().mkpath(m_directory);
    QJsonObject meta;
    meta.insert(QStringLiteral("original"), m_document->filePath());
    meta.insert(QStringLiteral("title"), m_title);
    meta.insert(QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    // The park first: a meta file without its park is ignored, a park without meta still restores.
    if (!writeAtomically(recoveryFilePath(), io::serializeProject(m_document->project()), error)
        || !writeAtomically(metaPath(), QJsonDocument(meta).toJson(), error))
        return false;
    m_hasFile = true;
    m_writtenRevision = m_document->revision();
    Q_EMIT written(recoveryFilePath());
    return true;
}

void RecoveryManager::discard()
{
    if (!m_lock)
        return;
    QFile::remove(recoveryFilePath());
    QFile::remove(metaPath());
    m_hasFile = false;
    m_writtenRevision = 0;
}

void RecoveryManager::abandon()
{
    m_timer.stop();
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}

void RecoveryManager::onTimer()
{
    if (m_document->isModified())
        writeNow();
    else if (m_hasFile)
        discard();
}

QList<RecoveryFile> RecoveryManager::orphans(const QString &directory)
{
    const QDir dir(directory.isEmpty() ? defaultDirectory() : directory);
    QList<RecoveryFile> out;
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*") + kSuffix}, QDir::Files)) {
        const QString base = info.completeBaseName();
        QLockFile lock(dir.filePath(base + kLockSuffix));
        lock.setStaleLockTime(0);
        // Taken when the session's process is gone (its lock is stale) or left no lock.
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        RecoveryFile file;
        file.path = info.absoluteFilePath();
        file.savedAt = info.lastModified();
        QFile metaFile(dir.filePath(base + kMetaSuffix));
        if (metaFile.open(QIODevice::ReadOnly)) {
            const QJsonObject meta = QJsonDocument::fromJson(metaFile.readAll()).object();
            file.originalPath = meta.value(QStringLiteral("original")).toString();
            file.title = meta.value(QStringLiteral("title")).toString();
            const QDateTime saved = QDateTime::fromString(meta.value(QStringLiteral("saved")).toString(), Qt::ISODateWithMs);
            if (saved.isValid())
                file.savedAt = saved;
        }
        out << file;
    }
    std::sort(out.begin(), out.end(), [](const RecoveryFile &a, const RecoveryFile &b) { return a.savedAt > b.savedAt; });
    return out;
}

io::LoadResult RecoveryManager::load(const RecoveryFile &file)
{
    return io::loadProject(file.path);
}

void RecoveryManager::remove(const RecoveryFile &file)
{
    const QFileInfo info(file.path);
    const QDir dir = info.absoluteDir();
    QFile::remove(file.path);
    QFile::remove(dir.filePath(info.completeBaseName() + kMetaSuffix));
}

} // namespace pz
