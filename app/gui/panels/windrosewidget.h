// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The wind rose of the site's weather (Site panel): for each of 16 direction sectors a stacked
// wedge, as long as the share of the year's hours the wind came from there, split by speed bin;
// rings at round percentages, the calm share in the centre, the prevailing direction (the
// sector with the largest share of the wind's energy) outlined and named under the rose, and a
// tooltip per sector. Drawn with QPainter, so it scales with the dock.

#include "wind/windrose.h"

#include <QWidget>

namespace pz {

class WindRoseWidget : public QWidget
{
    Q_OBJECT
public:
    explicit WindRoseWidget(QWidget *parent = nullptr);

    void setRose(const wind::WindRose &rose);
    const wind::WindRose &rose() const { return m_rose; }
    // The caption under the rose (prevailing direction, calms), for tests and the accessible text.
    QString caption() const;
    // The sector under a widget position, or -1.
    int sectorAt(const QPointF &position) const;
    // The tooltip of a sector: its name, share of hours, share of energy.
    QString sectorToolTip(int sector) const;

    // "N", "NNE", … (translated) for sector 0 … 15.
    static QString compassPointName(int sector);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Geometry {
        QPointF centre;
        double radiusPx = 0;
        double ringMaxPct = 0;   // the outer ring's share of hours
    };
    Geometry geometry() const;
    double sectorPct(int sector, int upToBin) const;
    void drawGrid(QPainter &p, const Geometry &g) const;
    void drawWedges(QPainter &p, const Geometry &g) const;
    void drawLegend(QPainter &p, double top) const;

    wind::WindRose m_rose;
};

} // namespace pz
