// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The permanent part of the main window's status bar: how many objects are selected, and where
// the cursor is on the site plan (metres east and north of the site origin).

#include <QObject>

class QLabel;
class QStatusBar;

namespace pz {

class MapView;
class SelectionModel;

class StatusIndicators : public QObject
{
    Q_OBJECT
public:
    // Adds the indicators to bar (which owns them) and keeps them up to date.
    StatusIndicators(QStatusBar *bar, MapView *map, SelectionModel *selection);

private:
    QLabel *m_selectionLabel;
    QLabel *m_cursorLabel;
};

} // namespace pz
