// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Park objects on the system clipboard: JSON in the project-file format under a ParkZero MIME
// type, so that objects can be pasted into another window or another running ParkZero.

#include "model/parkobject.h"

#include <QCoreApplication>
#include <QString>
#include <vector>

class QMimeData;

namespace pz {

class ObjectClipboard
{
    Q_DECLARE_TR_FUNCTIONS(ObjectClipboard)
public:
    static QString mimeType();
    static QMimeData *toMimeData(const std::vector<ParkObject> &objects);
    static bool canRead(const QMimeData *data);
    // The objects held by data (ids as copied); empty with *error set when unreadable.
    static std::vector<ParkObject> fromMimeData(const QMimeData *data, QString *error = nullptr);
};

} // namespace pz
