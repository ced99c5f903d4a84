// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/atomicfile.h"

#include <QSaveFile>

namespace pz::io {

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *reason)
{
    QSaveFile file(path);
    auto fail = [&] {
        if (reason)
            *reason = file.errorString();
        return false;  // ~QSaveFile removes the temporary file
    };
    // Unbuffered, and written until every byte is out: a write that stops short (a file-size
    // limit, a full disk) reports the system's reason only on the next write, which finds nothing
    // written; buffered, the failure would surface in commit() as "Unknown error".
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail();
    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 written = file.write(bytes.constData() + done, bytes.size() - done);
        if (written <= 0)
            return fail();
        done += written;
    }
    if (!file.commit())
        return fail();
    if (reason)
        reason->clear();
    return true;
}

} // namespace pz::io
