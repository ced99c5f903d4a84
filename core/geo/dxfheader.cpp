// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/dxfheader.h"

#include <QFile>

namespace pz::geo::detail {

DxfHeader readDxfHeader(const QString &path)
{
    DxfHeader header;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return header;
    if (file.peek(22).startsWith("AutoCAD Binary DXF"))
        return header;
    // Group code / value line pairs; the header is the first section and ends at ENDSEC.
    QString pendingVariable;
    for (int lines = 0; !file.atEnd() && lines < 200000; lines += 2) {
        const QByteArray code = file.readLine().trimmed();
        const QByteArray value = file.readLine().trimmed();
        if (code == "0" && value == "ENDSEC")
            break;
        if (code == "9") {
            pendingVariable = QString::fromLatin1(value);
            continue;
        }
        if (pendingVariable == QLatin1String("$INSUNITS") && code == "70") {
            bool ok = false;
            const int units = value.toInt(&ok);
            if (ok)
                header.insUnits = units;
        } else if (pendingVariable == QLatin1String("$DWGCODEPAGE") && code == "3") {
            header.codePage = QString::fromLatin1(value);
        }
        pendingVariable.clear();
    }
    return header;
}

qint64 firstNulByteOfTextDxf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.peek(22).startsWith("AutoCAD Binary DXF"))
        return -1;
    for (qint64 offset = 0; !file.atEnd();) {
        const QByteArray chunk = file.read(1 << 20);
        if (chunk.isEmpty())
            break;
        if (const qsizetype at = chunk.indexOf('\0'); at >= 0)
            return offset + at;
        offset += chunk.size();
    }
    return -1;
}

std::optional<double> metresPerInsUnit(int code)
{
    switch (code) {
    case 1: return 0.0254;       // inches
    case 2: return 0.3048;       // feet
    case 3: return 1609.344;     // miles
    case 4: return 0.001;        // millimetres
    case 5: return 0.01;         // centimetres
    case 6: return 1.0;          // metres
    case 7: return 1000.0;       // kilometres
    case 10: return 0.9144;      // yards
    case 14: return 0.1;         // decimetres
    default: return std::nullopt;
    }
}

} // namespace pz::geo::detail
