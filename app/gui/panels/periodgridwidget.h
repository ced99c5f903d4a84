// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One 12 × 24 grid of tariff periods (rows = months, columns = hours of the day), painted with
// the mouse like a rate schedule in SAM: pressing on a cell and dragging fills the rectangle
// from that cell to the one under the cursor with the chosen period. It holds a copy of the
// grid to draw and reports each state of a stroke; the owner commits it (one stroke, one undo
// step) and sets the grid back from the document.

#include "economics/tariff.h"

#include <QColor>
#include <QStringList>
#include <QWidget>

#include <optional>

namespace pz {

class PeriodGridWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PeriodGridWidget(QWidget *parent = nullptr);

    void setGrid(const economics::PeriodGrid &grid);
    const economics::PeriodGrid &grid() const { return m_grid; }
    // Names and colours of the periods, for the cells and the legend.
    void setPeriods(const QStringList &names, const QList<QColor> &colors);
    // The period a stroke paints with.
    void setPaintPeriod(int period) { m_paintPeriod = period; }
    int paintPeriod() const { return m_paintPeriod; }

    // The cell's rectangle in widget pixels (month 0..11, hour 0..23).
    QRect cellRect(int month, int hour) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void strokeStarted();
    // The grid as the stroke leaves it so far.
    void stroked(const pz::economics::PeriodGrid &grid);
    void strokeFinished();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Cell {
        int month = 0, hour = 0;
    };
    std::optional<Cell> cellAt(const QPoint &pos, bool clamp) const;
    QRect gridRect() const;
    QColor colorOf(int period) const;
    void paintLegend(QPainter &painter, int top);
    void strokeTo(const Cell &cell);

    economics::PeriodGrid m_grid{};
    economics::PeriodGrid m_strokeStart{};
    std::optional<Cell> m_anchor;
    QStringList m_names;
    QList<QColor> m_colors;
    int m_paintPeriod = 0;
};

} // namespace pz
