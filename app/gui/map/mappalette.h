// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The colours of the site plan, in one place (as ChartStyle is for the charts): one distinct,
// pleasant colour per building use type (after the Tableau 10 palette), those of the other
// object kinds, and the plan's own colours (background, grid, labels, scale bar, legend, tool
// previews, selection), which follow a light or dark widget palette.

#include "model/enums.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace pz {

class MapPalette
{
public:
    // The map colours for a widget palette (the application's by default).
    explicit MapPalette(const QPalette &palette = QGuiApplication::palette());

    bool isDark() const { return m_dark; }

    // --- Objects (the same in light and dark palettes: they are what the plan is about)
    static QColor building(UseType type);
    static QColor pv();              // module rows
    static QColor pvFieldGround();   // the ground of a PV field between rows
    static QColor greenSpace();
    static QColor storage();
    static QColor storageTerminal();  // the nub at one end of a container
    static QColor storageCharge();    // the charge bars of its cell modules
    static QColor turbineTower();     // a wind turbine's tower and blades
    static QColor turbineRotor();     // the disc its rotor sweeps (drawn translucent)
    static QColor boundary();
    static QColor selection();
    QColor boundaryFill() const;
    QColor shadow() const;

    // --- The plan
    QColor background() const;
    QColor gridMinor() const;
    QColor gridMajor() const;
    QColor handleFill() const;       // vertex handles and markers
    QColor labelBackground() const;  // object labels
    QColor labelText() const;

    // --- Tool previews (drawn shapes, rubber band, measured lengths)
    static QColor previewInk();
    QColor previewFill() const;
    QColor previewLabelBackground() const;

    // --- Map furniture in viewport pixels: scale bar, north arrow, legend, typed input
    QColor ink() const;        // lines, dark halves, text of the scale bar and north arrow
    QColor paper() const;      // light halves of the scale bar and north arrow
    QColor arrowDisc() const;  // the north arrow's translucent disc
    QColor legendFrame() const;
    QColor legendBackground() const;
    QColor legendText() const;
    QColor inputFrame() const;
    QColor inputBackground() const;

private:
    bool m_dark;
};

} // namespace pz
