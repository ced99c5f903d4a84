// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A background image on the plan, under every object: the picture laid out by its pixel → plan
// transform with its opacity. When the file cannot be read it draws a placeholder instead (the
// outline of where the image belongs, crossed, with the file's name), so that a project whose
// picture went missing still opens and exports. Accepts no mouse button: clicks reach the objects
// and the tools as if it were not there. Refreshed from the model by sync(); holds no model state
// beyond the pixels it read. The select tool moves an unlocked one by Alt+drag (through the
// scene's preview offset), never the item itself.

#include "model/background.h"

#include <QDateTime>
#include <QGraphicsItem>
#include <QImage>

namespace pz {

class BackgroundItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 40 };
    // Below the site boundary (−1) and every object.
    static constexpr double kBaseZ = -100.0;

    BackgroundItem();
    int type() const override { return Type; }

    // resolvedPath: the image file as an absolute path; index: its place in site.backgrounds
    // (later ones are drawn over earlier ones).
    void sync(const Background &background, const QString &resolvedPath, int index);
    // Why the picture is not shown (the file is missing or unreadable), empty when it is.
    QString problem() const { return m_problem; }
    QString fileName() const;
    bool hasImage() const { return !m_image.isNull(); }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void loadIfChanged(const QString &resolvedPath);
    void paintPlaceholder(QPainter *painter) const;

    QSizeF m_sizePx;
    QString m_path;            // the resolved path the pixels were read from
    QDateTime m_modified;      // its time stamp when read
    QImage m_image;            // possibly reduced; drawn stretched over m_sizePx
    QString m_problem;
};

} // namespace pz
