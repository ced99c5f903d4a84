// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Widgets the editor's panels share: the inline box that shows why an edit was refused, and a
// titled group holding a form.

#include <QString>

class QFormLayout;
class QLabel;
class QVBoxLayout;
class QWidget;

namespace pz {

// A hidden, word-wrapped label styled as an error box, named objectName.
QLabel *createProblemsLabel(const QString &objectName);

// A group box titled title with a form (fields grow, labels right-aligned), added to page.
QFormLayout *addFormGroup(QVBoxLayout *page, const QString &title);

// Lets a panel's page narrow to its dock: its combo boxes size to a short text (their lists
// still show the entries whole) and its forms put a field under a label too long to share its line.
void fitToNarrowDock(QWidget *page);

} // namespace pz
