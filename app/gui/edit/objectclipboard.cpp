// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/objectclipboard.h"

#include "io/projectfile.h"

#include <QMimeData>
#include <algorithm>

namespace pz {

QString ObjectClipboard::mimeType()
{
    return QStringLiteral("application/x-parkzero-objects+json");
}

QMimeData *ObjectClipboard::toMimeData(const std::vector<ParkObject> &objects)
{
    // A small project holding only the objects: the project reader then validates a paste
    // exactly as it validates a file.
    Park park;
    ObjectId maxId = 0;
    for (const auto &o : objects) {
        park.append(o);
        maxId = std::max(maxId, idOf(o));
    }
    park.setNextId(maxId + 1);
    auto *data = new QMimeData;
    data->setData(mimeType(), io::serializeProject(park));
    return data;
}

bool ObjectClipboard::canRead(const QMimeData *data)
{
    return data && data->hasFormat(mimeType());
}

std::vector<ParkObject> ObjectClipboard::fromMimeData(const QMimeData *data, QString *error)
{
    if (!canRead(data)) {
        if (error)
            *error = tr("The clipboard holds no park objects");
        return {};
    }
    io::LoadResult result = io::parseProject(data->data(mimeType()), tr("clipboard"));
    if (!result.ok()) {
        if (error)
            *error = result.error;
        return {};
    }
    if (error)
        error->clear();
    return result.park->objects();
}

} // namespace pz
