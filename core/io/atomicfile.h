// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Writing a whole file so that it is either replaced completely or left as it was: the bytes go
// to a temporary sibling (QSaveFile) that is renamed over the target only when every byte is
// written. Every writer of user files in ParkZero goes through here, so that a full disk, a
// file-size limit or a killed process never leaves a half-written project, result or export.

#include <QByteArray>
#include <QString>

namespace pz::io {

// True when path now holds exactly bytes. Otherwise the previous file is untouched, no temporary
// file is left behind, and *reason (when given) is the operating system's reason, e.g.
// "File too large" or "No space left on device"; callers name the file in their message.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *reason);

} // namespace pz::io
