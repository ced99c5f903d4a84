// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A text label on the plan that keeps its screen size (ignores the zoom). It holds a full text
// ("Hall A · 18 m") and a compact one ("18 m"); the map view's label layout (MapView::
// layoutLabels) picks which one shows, or none, so that labels fit their objects and never
// overlap. Painting only draws the chosen text: nothing is measured or looked up per frame.

#include <QGraphicsItem>
#include <QString>

namespace pz {

class MapLabelItem : public QGraphicsItem
{
public:
    enum class Mode { Hidden, Compact, Full };

    explicit MapLabelItem(QGraphicsItem *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    // Shown when the full text does not fit (empty: nothing then).
    void setCompactText(const QString &text);
    QString compactText() const { return m_compact; }
    // The room the label has on the plan (the object's extent; 0: unlimited).
    void setFitSizeM(double widthM, double heightM)
    {
        m_fitWidthM = widthM;
        m_fitHeightM = heightM;
    }
    double fitWidthM() const { return m_fitWidthM; }
    double fitHeightM() const { return m_fitHeightM; }

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    // The text shown in the current mode (empty when hidden).
    QString shownText() const;
    // The box of each text around the label's position, in screen pixels (empty for no text).
    QRectF rectFor(Mode mode) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    static QRectF boxFor(const QString &text);

    QString m_text;
    QString m_compact;
    QRectF m_fullRect;
    QRectF m_compactRect;
    double m_fitWidthM = 0.0;
    double m_fitHeightM = 0.0;
    Mode m_mode = Mode::Hidden;  // until the view's layout has placed it
};

} // namespace pz
