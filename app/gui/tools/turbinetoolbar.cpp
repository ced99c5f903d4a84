// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/turbinetoolbar.h"

#include "tools/placeturbinetool.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>

namespace pz {

namespace {

QDoubleSpinBox *numberBox(double min, double max, int decimals, double step, const QString &suffix,
                          const QString &toolTip)
{
    auto *box = new QDoubleSpinBox;
    box->setRange(min, max);
    box->setDecimals(decimals);
    box->setSingleStep(step);
    box->setSuffix(suffix);
    box->setToolTip(toolTip);
    box->setKeyboardTracking(false);
    return box;
}

QSpinBox *countBox(const QString &toolTip)
{
    auto *box = new QSpinBox;
    box->setRange(1, 100);
    box->setToolTip(toolTip);
    box->setKeyboardTracking(false);
    return box;
}

QToolButton *textButton(const QString &text, const QString &toolTip)
{
    auto *button = new QToolButton;
    button->setText(text);
    button->setToolTip(toolTip);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

TurbineToolBar::TurbineToolBar(PlaceTurbineTool *tool, QWidget *parent)
    : QToolBar(tr("Wind Turbine Options"), parent), m_tool(tool)
{
    setObjectName(QStringLiteral("TurbineToolBar"));
    addSpinBoxes();
    addSeparator();
    addPlaceAt();
    connect(tool, &PlaceTurbineTool::settingsChanged, this, &TurbineToolBar::refresh);
    refresh();
}

void TurbineToolBar::addSpinBoxes()
{
    m_rows = countBox(tr("Rows of turbines that Shift+click places"));
    m_perRow = countBox(tr("Turbines in each row"));
    m_spacing = numberBox(1, 50, 1, 0.5, tr(" D"), tr("Spacing of the turbines in a row, in rotor diameters"));
    m_rowSpacing = numberBox(1, 50, 1, 0.5, tr(" D"),
                             tr("Spacing between rows, in rotor diameters; the ghost ring shows it along the "
                                "prevailing wind"));
    m_angle = numberBox(0, 359.9, 1, 5, tr(" °"), tr("Direction of the rows, counter-clockwise from east (R turns "
                                                     "them by 90°)"));
    m_angle->setWrapping(true);
    m_align = textButton(tr("Across the wind"), tr("Turn the rows across the site's prevailing wind (from the "
                                                   "weather's wind rose)"));
    addWidget(new QLabel(tr("Grid:")));
    addWidget(m_rows);
    addWidget(new QLabel(QStringLiteral("×")));
    addWidget(m_perRow);
    addWidget(new QLabel(tr("In row:")));
    addWidget(m_spacing);
    addWidget(new QLabel(tr("Between rows:")));
    addWidget(m_rowSpacing);
    addWidget(new QLabel(tr("Angle:")));
    addWidget(m_angle);
    addWidget(m_align);
    connect(m_rows, &QSpinBox::valueChanged, m_tool, &PlaceTurbineTool::setRowCount);
    connect(m_perRow, &QSpinBox::valueChanged, m_tool, &PlaceTurbineTool::setTurbinesPerRow);
    connect(m_spacing, &QDoubleSpinBox::valueChanged, m_tool, &PlaceTurbineTool::setSpacingDiameters);
    connect(m_rowSpacing, &QDoubleSpinBox::valueChanged, m_tool, &PlaceTurbineTool::setRowSpacingDiameters);
    connect(m_angle, &QDoubleSpinBox::valueChanged, m_tool, &PlaceTurbineTool::setRowAngleDeg);
    connect(m_align, &QToolButton::clicked, m_tool, &PlaceTurbineTool::alignRowToWind);
}

void TurbineToolBar::addPlaceAt()
{
    const QString metres = tr(" m");
    m_x = numberBox(-1e6, 1e6, 1, 10, metres, tr("Plan coordinate east of the site origin"));
    m_y = numberBox(-1e6, 1e6, 1, 10, metres, tr("Plan coordinate north of the site origin"));
    m_placeOne = textButton(tr("Place one"), tr("Place one turbine at the typed coordinates"));
    m_placeGrid = textButton(tr("Place grid"), tr("Place the grid with its first turbine at the typed coordinates"));
    addWidget(new QLabel(tr("At x:")));
    addWidget(m_x);
    addWidget(new QLabel(tr("y:")));
    addWidget(m_y);
    addWidget(m_placeOne);
    addWidget(m_placeGrid);
    connect(m_placeOne, &QToolButton::clicked, this, [this] { m_tool->placeAt(Point2(m_x->value(), m_y->value())); });
    connect(m_placeGrid, &QToolButton::clicked, this,
            [this] { m_tool->placeGrid(Point2(m_x->value(), m_y->value())); });
}

void TurbineToolBar::refresh()
{
    const QSignalBlocker b1(m_rows), b2(m_perRow), b3(m_spacing), b4(m_rowSpacing), b5(m_angle);
    m_rows->setValue(m_tool->rowCount());
    m_perRow->setValue(m_tool->turbinesPerRow());
    m_spacing->setValue(m_tool->spacingDiameters());
    m_rowSpacing->setValue(m_tool->rowSpacingDiameters());
    m_angle->setValue(m_tool->rowAngleDeg());
    m_align->setEnabled(m_tool->hasPrevailingWind());
    m_align->setToolTip(m_tool->hasPrevailingWind()
                            ? tr("Turn the rows across the site's prevailing wind, which comes from %1°")
                                  .arg(QLocale().toString(m_tool->prevailingWindDeg(), 'f', 0))
                            : tr("The site's weather has no wind directions, so there is no prevailing wind"));
}

} // namespace pz
