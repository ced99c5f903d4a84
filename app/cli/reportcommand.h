// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// parkzero-cli report: simulates a project and writes the client report as a PDF
// (app/gui/report, docs/report.md). Needs a QApplication (main() makes one, offscreen).

#include <QStringList>

namespace pz::cli {

int runReport(const QStringList &args);

} // namespace pz::cli
