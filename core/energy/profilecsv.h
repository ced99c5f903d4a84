// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reader of user-supplied 8760-hour profiles (building loads, hourly grid factors): one value
// per line, optionally after a header line and/or with a leading timestamp column.

#include <QByteArray>
#include <QString>
#include <vector>

namespace pz::energy {

struct ProfileReadResult {
    std::vector<double> valuesKWh;   // 8760 values when error is empty
    QString error;                   // translated; names the file, line and column
};

// Accepts ',', ';' or tab separated lines; the value is the last field of a line, earlier
// fields (e.g. a timestamp) are ignored. A first line whose value is not a number is a header.
// Empty lines and lines starting with '#' are skipped. Values must be finite and >= 0, with a
// decimal point. 8784 values (a leap year) lose 29 February, like weather files (spec §1).
ProfileReadResult readProfileCsv(const QString &path);
// The same from bytes already in memory (the file's text); fileName is used in messages.
ProfileReadResult parseProfileCsv(const QByteArray &data, const QString &fileName);

} // namespace pz::energy
