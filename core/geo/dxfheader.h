// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The two DXF header variables the import needs, read from the file's HEADER section:
// $INSUNITS (the drawing's length unit) and $DWGCODEPAGE (the encoding of its texts).
// GDAL 3.6 does not expose them, so the ASCII header is scanned directly.

#include <QString>

#include <optional>

namespace pz::geo::detail {

struct DxfHeader {
    std::optional<int> insUnits;  // the $INSUNITS code, when present
    QString codePage;             // e.g. "ANSI_936"; empty when absent
};

DxfHeader readDxfHeader(const QString &path);

// The offset of the first NUL byte of a text DXF, or -1 (also for a binary DXF, which starts
// with its sentinel, and for a file that cannot be read). A text DXF never holds one; damaged
// files that do can make GDAL 3.6's DXF reader loop for ever, so the import refuses them first.
qint64 firstNulByteOfTextDxf(const QString &path);

// Metres per drawing unit for an $INSUNITS code; nullopt for 0 (unitless) and non-length codes.
std::optional<double> metresPerInsUnit(int code);

} // namespace pz::geo::detail
