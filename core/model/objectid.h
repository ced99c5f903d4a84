// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Stable object identifiers: assigned once by the document, kept in files, never reused in a park.

#include <QtGlobal>
#include <QVector>

namespace pz {
using ObjectId = quint32;
using ObjectIds = QVector<ObjectId>;
} // namespace pz
