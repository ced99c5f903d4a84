// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/periodgridwidget.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace pz {

namespace {
constexpr int kMonths = 12;
constexpr int kHours = 24;
constexpr int kCellPx = 14;
}

PeriodGridWidget::PeriodGridWidget(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setCursor(Qt::CrossCursor);
}

void PeriodGridWidget::setGrid(const economics::PeriodGrid &grid)
{
    if (m_anchor)
        return;   // the stroke's own states come back from the document while it runs
    m_grid = grid;
    update();
}

void PeriodGridWidget::setPeriods(const QStringList &names, const QList<QColor> &colors)
{
    m_names = names;
    m_colors = colors;
    updateGeometry();
    update();
}

static int labelWidth(const QFontMetrics &fm)
{
    int w = 0;
    for (int m = 1; m <= kMonths; ++m)
        w = std::max(w, fm.horizontalAdvance(QLocale().standaloneMonthName(m, QLocale::ShortFormat)));
    return w + 6;
}

QRect PeriodGridWidget::gridRect() const
{
    const QFontMetrics fm(font());
    const int left = labelWidth(fm);
    const int top = fm.height() + 2;
    const int cell = std::max(kCellPx / 2, std::min(kCellPx * 2, (width() - left - 2) / kHours));
    return QRect(left, top, cell * kHours, cell * kMonths);
}

QRect PeriodGridWidget::cellRect(int month, int hour) const
{
    const QRect g = gridRect();
    const int cell = g.width() / kHours;
    return QRect(g.left() + hour * cell, g.top() + month * cell, cell, cell);
}

QSize PeriodGridWidget::sizeHint() const
{
    const QFontMetrics fm(font());
    const int legendRows = 1 + int(m_names.size()) / 4;
    return {labelWidth(fm) + kHours * kCellPx + 2, fm.height() + 4 + kMonths * kCellPx + legendRows * (fm.height() + 4) + 4};
}

QSize PeriodGridWidget::minimumSizeHint() const
{
    const QSize s = sizeHint();
    return {labelWidth(QFontMetrics(font())) + kHours * kCellPx / 2, s.height()};
}

QColor PeriodGridWidget::colorOf(int period) const
{
    if (period >= 0 && period < m_colors.size())
        return m_colors[period];
    return palette().color(QPalette::Window);   // a cell without a valid period
}

void PeriodGridWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QFontMetrics fm(font());
    const QRect g = gridRect();
    const int cell = g.width() / kHours;
    p.setPen(palette().color(QPalette::WindowText));
    for (int h = 0; h < kHours; h += 3)
        p.drawText(QRect(g.left() + h * cell - cell, 0, cell * 3, fm.height()), Qt::AlignCenter, QString::number(h));
    for (int m = 0; m < kMonths; ++m)
        p.drawText(QRect(0, g.top() + m * cell, g.left() - 4, cell), Qt::AlignRight | Qt::AlignVCenter,
                   QLocale().standaloneMonthName(m + 1, QLocale::ShortFormat));
    const QColor line = palette().color(QPalette::Base);
    for (int m = 0; m < kMonths; ++m)
        for (int h = 0; h < kHours; ++h) {
            const QRect r = cellRect(m, h);
            p.fillRect(r, colorOf(m_grid[m][h]));
            p.setPen(line);
            p.drawRect(r.adjusted(0, 0, -1, -1));
        }
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(g.adjusted(0, 0, -1, -1));
    paintLegend(p, g.bottom() + 6);
}

void PeriodGridWidget::paintLegend(QPainter &p, int top)
{
    const QFontMetrics fm(font());
    int x = gridRect().left();
    int y = top;
    for (int i = 0; i < m_names.size(); ++i) {
        const int w = fm.height() + 4 + fm.horizontalAdvance(m_names[i]) + 12;
        if (x + w > width() && x > gridRect().left()) {
            x = gridRect().left();
            y += fm.height() + 4;
        }
        p.fillRect(QRect(x, y + 2, fm.height() - 4, fm.height() - 4), colorOf(i));
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QPoint(x + fm.height(), y + fm.ascent()), m_names[i]);
        x += w;
    }
}

std::optional<PeriodGridWidget::Cell> PeriodGridWidget::cellAt(const QPoint &pos, bool clamp) const
{
    const QRect g = gridRect();
    const int cell = g.width() / kHours;
    int h = (pos.x() - g.left()) / cell;
    int m = (pos.y() - g.top()) / cell;
    if (!clamp && (!g.contains(pos) || cell <= 0))
        return std::nullopt;
    h = std::clamp(h, 0, kHours - 1);
    m = std::clamp(m, 0, kMonths - 1);
    return Cell{m, h};
}

void PeriodGridWidget::mousePressEvent(QMouseEvent *event)
{
    const auto cell = cellAt(event->position().toPoint(), false);
    if (event->button() != Qt::LeftButton || !cell || !isEnabled())
        return QWidget::mousePressEvent(event);
    m_strokeStart = m_grid;
    m_anchor = cell;
    Q_EMIT strokeStarted();
    strokeTo(*cell);
}

void PeriodGridWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (m_anchor)
        strokeTo(*cellAt(event->position().toPoint(), true));
}

void PeriodGridWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_anchor || event->button() != Qt::LeftButton)
        return;
    strokeTo(*cellAt(event->position().toPoint(), true));
    m_anchor.reset();
    Q_EMIT strokeFinished();
}

// The grid at the stroke's start with the rectangle anchor..cell in the paint period.
void PeriodGridWidget::strokeTo(const Cell &cell)
{
    economics::PeriodGrid grid = m_strokeStart;
    for (int m = std::min(m_anchor->month, cell.month); m <= std::max(m_anchor->month, cell.month); ++m)
        for (int h = std::min(m_anchor->hour, cell.hour); h <= std::max(m_anchor->hour, cell.hour); ++h)
            grid[m][h] = m_paintPeriod;
    if (grid == m_grid)
        return;
    m_grid = grid;
    update();
    Q_EMIT stroked(m_grid);
}

bool PeriodGridWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const auto cell = cellAt(help->pos(), false);
        if (!cell) {
            QToolTip::hideText();
            return true;
        }
        const int period = m_grid[cell->month][cell->hour];
        const QString name = period >= 0 && period < m_names.size() ? m_names[period] : tr("no period");
        QToolTip::showText(help->globalPos(),
                           tr("%1, %2:00–%3:00: %4")
                               .arg(QLocale().standaloneMonthName(cell->month + 1), QString::number(cell->hour),
                                    QString::number(cell->hour + 1), name),
                           this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace pz
