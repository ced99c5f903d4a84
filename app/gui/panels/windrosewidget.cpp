// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/windrosewidget.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace pz {

namespace {

using wind::WindRose;

constexpr std::array<QRgb, WindRose::kSpeedBins> kBinColours{0xc6dbef, 0x9ecae1, 0x6baed6, 0x3182bd, 0x08519c};
constexpr double kWedgeGapDeg = 1.5;
constexpr int kMarginPx = 6;

// Rings at round shares of the hours, the outer one at or above the longest wedge.
double ringStepPct(double maxPct)
{
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0, 20.0, 25.0})
        if (maxPct <= 4 * step)
            return step;
    return 25.0;
}

// Qt's angles run counter-clockwise from 3 o'clock; compass bearings clockwise from north.
double qtAngleDeg(double bearingDeg)
{
    return 90.0 - bearingDeg;
}

QPointF onCircle(const QPointF &centre, double radiusPx, double bearingDeg)
{
    const double a = bearingDeg * std::numbers::pi / 180.0;
    return {centre.x() + radiusPx * std::sin(a), centre.y() - radiusPx * std::cos(a)};
}

QPainterPath annularSector(const QPointF &c, double innerPx, double outerPx, double fromDeg, double toDeg)
{
    QPainterPath path;
    const QRectF outer(c.x() - outerPx, c.y() - outerPx, 2 * outerPx, 2 * outerPx);
    const QRectF inner(c.x() - innerPx, c.y() - innerPx, 2 * innerPx, 2 * innerPx);
    path.arcMoveTo(outer, qtAngleDeg(fromDeg));
    path.arcTo(outer, qtAngleDeg(fromDeg), -(toDeg - fromDeg));
    path.arcTo(inner, qtAngleDeg(toDeg), toDeg - fromDeg);
    path.closeSubpath();
    return path;
}

QString speedBinLabel(int bin)
{
    const QLocale l;
    if (bin + 1 == WindRose::kSpeedBins)
        return WindRoseWidget::tr("≥ %1 m/s").arg(l.toString(WindRose::kBinLowerMS[bin]));
    return WindRoseWidget::tr("%1–%2 m/s").arg(l.toString(WindRose::kBinLowerMS[bin]),
                                                l.toString(WindRose::kBinLowerMS[bin + 1]));
}

QString percent(double pct)
{
    return WindRoseWidget::tr("%1 %").arg(QLocale().toString(pct, 'f', 1));
}

} // namespace

WindRoseWidget::WindRoseWidget(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setMouseTracking(true);
}

QString WindRoseWidget::compassPointName(int sector)
{
    static const char *const names[WindRose::kSectors] = {
        QT_TR_NOOP("N"),  QT_TR_NOOP("NNE"), QT_TR_NOOP("NE"), QT_TR_NOOP("ENE"),
        QT_TR_NOOP("E"),  QT_TR_NOOP("ESE"), QT_TR_NOOP("SE"), QT_TR_NOOP("SSE"),
        QT_TR_NOOP("S"),  QT_TR_NOOP("SSW"), QT_TR_NOOP("SW"), QT_TR_NOOP("WSW"),
        QT_TR_NOOP("W"),  QT_TR_NOOP("WNW"), QT_TR_NOOP("NW"), QT_TR_NOOP("NNW")};
    return tr(names[std::clamp(sector, 0, WindRose::kSectors - 1)]);
}

void WindRoseWidget::setRose(const wind::WindRose &rose)
{
    m_rose = rose;
    setAccessibleDescription(caption());
    updateGeometry();
    update();
}

QString WindRoseWidget::caption() const
{
    if (m_rose.totalHours == 0)
        return tr("No weather yet.");
    const double calmPct = 100.0 * m_rose.calmHours / m_rose.totalHours;
    if (!m_rose.hasDirections())
        return tr("The weather has no wind directions (calm %1).").arg(percent(calmPct));
    const int sector = WindRose::sectorOf(m_rose.prevailingDirectionDeg);
    //: %1 compass point, %2 degrees, %3 share of the wind's energy, %4 calm share
    return tr("Prevailing wind from %1 (%2°), %3 of the wind's energy; calm %4")
        .arg(compassPointName(sector), QLocale().toString(m_rose.prevailingDirectionDeg, 'f', 1),
             percent(100.0 * m_rose.energyShare[sector]), percent(calmPct));
}

double WindRoseWidget::sectorPct(int sector, int upToBin) const
{
    if (m_rose.totalHours == 0)
        return 0;
    int hours = 0;
    for (int b = 0; b <= upToBin; ++b)
        hours += m_rose.hours[sector][b];
    return 100.0 * hours / m_rose.totalHours;
}

int WindRoseWidget::heightForWidth(int width) const
{
    const int line = fontMetrics().height();
    return width + 4 * line;
}

QSize WindRoseWidget::sizeHint() const
{
    return {260, heightForWidth(260)};
}

QSize WindRoseWidget::minimumSizeHint() const
{
    return {160, heightForWidth(160)};
}

WindRoseWidget::Geometry WindRoseWidget::geometry() const
{
    const int line = fontMetrics().height();
    const double side = std::max(0, std::min(width(), height() - 4 * line));
    Geometry g;
    g.centre = QPointF(width() / 2.0, side / 2.0);
    g.radiusPx = std::max(0.0, side / 2.0 - line - kMarginPx);
    double maxPct = 0;
    for (int s = 0; s < WindRose::kSectors; ++s)
        maxPct = std::max(maxPct, sectorPct(s, WindRose::kSpeedBins - 1));
    const double step = ringStepPct(maxPct);
    g.ringMaxPct = std::max(step, std::ceil(maxPct / step) * step);
    return g;
}

void WindRoseWidget::drawGrid(QPainter &p, const Geometry &g) const
{
    const double step = ringStepPct(g.ringMaxPct);
    p.setPen(QPen(palette().color(QPalette::Mid), 0.8, Qt::DotLine));
    p.setBrush(Qt::NoBrush);
    for (double pct = step; pct <= g.ringMaxPct + 1e-9; pct += step) {
        const double r = g.radiusPx * pct / g.ringMaxPct;
        p.drawEllipse(g.centre, r, r);
    }
    for (int s = 0; s < WindRose::kSectors; s += 2)
        p.drawLine(g.centre, onCircle(g.centre, g.radiusPx, WindRose::sectorCentreDeg(s)));
    p.setPen(palette().color(QPalette::WindowText));
    const int line = fontMetrics().height();
    for (int s = 0; s < WindRose::kSectors; s += 4) {
        const QPointF at = onCircle(g.centre, g.radiusPx + line / 2.0 + 2, WindRose::sectorCentreDeg(s));
        p.drawText(QRectF(at.x() - 2 * line, at.y() - line / 2.0, 4 * line, line), Qt::AlignCenter,
                   compassPointName(s));
    }
    p.setPen(palette().color(QPalette::PlaceholderText));
    // The outer ring's share, just inside it beside north.
    p.drawText(QPointF(g.centre.x() + 4, g.centre.y() - g.radiusPx + fontMetrics().ascent() + 1),
               percent(g.ringMaxPct));
}

void WindRoseWidget::drawWedges(QPainter &p, const Geometry &g) const
{
    const int prevailing = m_rose.hasDirections() ? WindRose::sectorOf(m_rose.prevailingDirectionDeg) : -1;
    for (int s = 0; s < WindRose::kSectors; ++s) {
        const double from = WindRose::sectorCentreDeg(s) - WindRose::kSectorWidthDeg / 2 + kWedgeGapDeg;
        const double to = WindRose::sectorCentreDeg(s) + WindRose::kSectorWidthDeg / 2 - kWedgeGapDeg;
        double inner = 0;
        for (int b = 0; b < WindRose::kSpeedBins; ++b) {
            const double outer = g.radiusPx * sectorPct(s, b) / g.ringMaxPct;
            if (outer > inner) {
                p.setPen(Qt::NoPen);
                p.setBrush(QColor(kBinColours[b]));
                p.drawPath(annularSector(g.centre, inner, outer, from, to));
            }
            inner = std::max(inner, outer);
        }
        if (s == prevailing && inner > 0) {
            p.setPen(QPen(QColor(0xd9, 0x5f, 0x0e), 2));
            p.setBrush(Qt::NoBrush);
            p.drawPath(annularSector(g.centre, 0, inner, from, to));
        }
    }
}

void WindRoseWidget::drawLegend(QPainter &p, double top) const
{
    const int line = fontMetrics().height();
    double x = kMarginPx, y = top;
    p.setPen(palette().color(QPalette::WindowText));
    for (int b = 0; b < WindRose::kSpeedBins; ++b) {
        const QString label = speedBinLabel(b);
        const double w = line + 4 + fontMetrics().horizontalAdvance(label) + 10;
        if (x + w > width() && x > kMarginPx) {
            x = kMarginPx;
            y += line;
        }
        p.fillRect(QRectF(x, y + 2, line - 4, line - 4), QColor(kBinColours[b]));
        p.drawText(QPointF(x + line, y + fontMetrics().ascent()), label);
        x += w;
    }
    p.drawText(QRectF(kMarginPx, y + line, width() - 2 * kMarginPx, 2 * line), Qt::TextWordWrap, caption());
}

void WindRoseWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Geometry g = geometry();
    drawGrid(p, g);
    drawWedges(p, g);
    if (m_rose.totalHours > 0) {
        p.setPen(palette().color(QPalette::WindowText));
        const double r = std::min(g.radiusPx * 0.12, double(fontMetrics().height()));
        p.setBrush(palette().color(QPalette::Base));
        p.drawEllipse(g.centre, r, r);
    }
    drawLegend(p, 2 * g.centre.y());
}

int WindRoseWidget::sectorAt(const QPointF &position) const
{
    const Geometry g = geometry();
    const QPointF d = position - g.centre;
    const double r = std::hypot(d.x(), d.y());
    if (r > g.radiusPx || r == 0)
        return -1;
    const double bearing = std::atan2(d.x(), -d.y()) * 180.0 / std::numbers::pi;
    return WindRose::sectorOf(bearing < 0 ? bearing + 360.0 : bearing);
}

QString WindRoseWidget::sectorToolTip(int sector) const
{
    //: %1 compass point, %2 degrees, %3 share of the hours, %4 share of the wind's energy
    return tr("From %1 (%2°): %3 of the hours, %4 of the wind's energy")
        .arg(compassPointName(sector), QLocale().toString(WindRose::sectorCentreDeg(sector), 'f', 1),
             percent(sectorPct(sector, WindRose::kSpeedBins - 1)), percent(100.0 * m_rose.energyShare[sector]));
}

bool WindRoseWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int sector = sectorAt(help->pos());
        if (sector >= 0 && m_rose.totalHours > 0)
            QToolTip::showText(help->globalPos(), sectorToolTip(sector), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace pz
