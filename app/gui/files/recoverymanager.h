// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Never losing work: while a document has unsaved changes, its park is written to a recovery file
// (QStandardPaths::AppDataLocation/recovery/<session>.parkzero) at a fixed interval. A lock file
// held for the life of the session tells a running session from one that ended without cleaning
// up (a crash, a killed process): the recovery files of the latter are offered at the next start.
// A clean close and every save remove the session's recovery file.

#include "io/projectfile.h"

#include <QDateTime>
#include <QLockFile>
#include <QObject>
#include <QTimer>
#include <memory>

namespace pz {

class ParkDocument;

// A recovery file left behind by a session that did not end cleanly.
struct RecoveryFile {
    QString path;          // the recovery file (*.parkzero)
    QString originalPath;  // the project file it was made from; empty for an unsaved park
    QString title;         // what the window showed as the document's name
    QDateTime savedAt;
};

class RecoveryManager : public QObject
{
    Q_OBJECT
public:
    // Starts a session in directory (created when missing; empty = defaultDirectory()).
    explicit RecoveryManager(ParkDocument *document, const QString &directory = {}, QObject *parent = nullptr);
    // A clean end: removes the session's files.
    ~RecoveryManager() override;

    static QString defaultDirectory();
    QString directory() const { return m_directory; }
    QString recoveryFilePath() const;

    // The interval between writes while the document is modified (default one minute).
    void setIntervalMs(int ms);
    int intervalMs() const { return m_timer.interval(); }
    // The name the recovery file records for the document (the window title's name).
    void setTitle(const QString &title) { m_title = title; }

    // Writes the recovery file now when the document has changes not yet written; false when
    // writing failed (error in *error).
    bool writeNow(QString *error = nullptr);
    // Removes the session's recovery file (after a save, or when the changes are gone).
    void discard();
    // Ends the session the way a crash would: the lock is released but the recovery file stays.
    // For tests of the restore path.
    void abandon();

    // Recovery files of sessions that are no longer running, newest first.
    static QList<RecoveryFile> orphans(const QString &directory = {});
    static io::LoadResult load(const RecoveryFile &file);
    // Deletes an orphan's files (restored or declined).
    static void remove(const RecoveryFile &file);

Q_SIGNALS:
    void written(const QString &path);

private:
    void onTimer();
    QString metaPath() const;

    ParkDocument *m_document;
    QString m_directory;
    QString m_session;
    QString m_title;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_timer;
    quint64 m_writtenRevision = 0;
    bool m_hasFile = false;
};

} // namespace pz
