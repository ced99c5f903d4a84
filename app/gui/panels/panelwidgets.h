// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Widgets the editor's panels share: the inline box that shows why an edit was refused, and a
// titled group holding a form.

#include <QString>

class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace pz {

// A hidden, word-wrapped label styled as an error box, named objectName.
QLabel *createProblemsLabel(const QString &objectName);

// A group box titled title with a form (fields grow, labels right-aligned), added to page.
QFormLayout *addFormGroup(QVBoxLayout *page, const QString &title);

} // namespace pz
