// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/backgrounditem.h"

#include "geo/backgroundplacement.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTransform>

#include <algorithm>

namespace pz {

namespace {
// Larger pictures are held reduced (at most 64 MB of pixels); the transform stays exact.
constexpr int kMaxSidePx = 4096;
} // namespace

BackgroundItem::BackgroundItem()
{
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    setFlag(QGraphicsItem::ItemIsSelectable, false);
    setFlag(QGraphicsItem::ItemIsMovable, false);
}

QString BackgroundItem::fileName() const
{
    return QFileInfo(m_path).fileName();
}

void BackgroundItem::sync(const Background &background, const QString &resolvedPath, int index)
{
    prepareGeometryChange();
    const PixelToPlan &t = background.pixelToPlan;
    // Scene y is minus plan y (mapcoords.h): the second row of the affine map changes sign.
    setTransform(QTransform(t.a, -t.d, t.b, -t.e, t.c, -t.f));
    setPos(0.0, 0.0);   // a drag's preview offset ends with the model's place
    m_sizePx = QSizeF(background.widthPx, background.heightPx);
    setZValue(kBaseZ + index);
    setOpacity(std::clamp(background.opacity, 0.0, 1.0));
    setVisible(background.visible);
    loadIfChanged(resolvedPath);
    update();
}

void BackgroundItem::loadIfChanged(const QString &resolvedPath)
{
    const QFileInfo info(resolvedPath);
    const QDateTime modified = info.exists() ? info.lastModified() : QDateTime();
    if (resolvedPath == m_path && modified == m_modified && (!m_image.isNull() || !m_problem.isEmpty()))
        return;
    m_path = resolvedPath;
    m_modified = modified;
    QString error;
    m_image = geo::readBackgroundImage(resolvedPath, &error, kMaxSidePx);
    m_problem = m_image.isNull() ? error : QString();
}

QRectF BackgroundItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_sizePx);
}

void BackgroundItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_image.isNull()) {
        paintPlaceholder(painter);
        return;
    }
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawImage(boundingRect(), m_image);
}

void BackgroundItem::paintPlaceholder(QPainter *painter) const
{
    const QRectF rect = boundingRect();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(QColor(150, 150, 150), 1.5, Qt::DashLine);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(QColor(128, 128, 128, 24));
    painter->drawRect(rect);
    painter->drawLine(rect.topLeft(), rect.bottomRight());
    painter->drawLine(rect.topRight(), rect.bottomLeft());
    QFont font = painter->font();
    font.setPixelSize(std::max(1, int(std::min(rect.width(), rect.height()) / 12.0)));
    painter->setFont(font);
    painter->setPen(QColor(110, 110, 110));
    const QString text = QCoreApplication::translate("pz::BackgroundItem", "Missing image: %1").arg(fileName());
    painter->drawText(rect.adjusted(rect.width() * 0.05, rect.height() * 0.05, 0, 0),
                      Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
}

} // namespace pz
