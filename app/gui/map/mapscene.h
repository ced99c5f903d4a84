// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The site plan's content: a QGraphicsScene in metres that mirrors the document (one item per
// object, synced from ParkDocument::changed() events), the site boundary, the overlays (PV
// colouring, shadows) and the selection handles. It also carries the preview channel: tools show
// objects with values that are not in the document (a drag under way) through it, and analysis
// views (LiveResults) follow those previews. It knows nothing of zoom, viewports or tools.

#include "geometry/geometry.h"
#include "map/mapoverlay.h"
#include "model/objectid.h"
#include "model/parkobject.h"

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QHash>
#include <QStringList>
#include <functional>
#include <vector>

namespace pz {

class ParkDocument;
class SelectionModel;
class ObjectItem;
class SiteBoundaryItem;
class BackgroundItem;
class ShadowOverlayItem;
class SelectionHandlesItem;
struct ChangeEvent;

class MapScene : public QGraphicsScene
{
    Q_OBJECT
public:
    MapScene(ParkDocument *document, SelectionModel *selection, QObject *parent = nullptr);
    ~MapScene() override;

    ParkDocument *document() const { return m_document; }
    SelectionModel *selection() const { return m_selection; }

    QGraphicsItem *itemFor(ObjectId id) const;
    ObjectItem *objectItem(ObjectId id) const;
    const QHash<ObjectId, ObjectItem *> &objectItems() const { return m_items; }
    // The topmost visible object among items (as a view hit-tests them), or 0.
    static ObjectId topObject(const QList<QGraphicsItem *> &items);
    // Objects whose footprint lies entirely within the plan rectangle spanned by a and b.
    ObjectIds objectsInRect(const Point2 &a, const Point2 &b) const;

    // The site's background images, in site.backgrounds order (drawn under every object).
    const std::vector<BackgroundItem *> &backgroundItems() const { return m_backgroundItems; }
    // One line per background whose picture cannot be shown, naming its file.
    QStringList backgroundProblems() const;
    // The topmost visible, unlocked background at a scene point (its index), or -1.
    int movableBackgroundAt(const QPointF &scenePos) const;
    // Shows a background moved by an offset (a drag under way); restoreSiteFromDocument() ends it.
    void previewBackgroundOffset(int index, double dxM, double dyM);

    void setOverlay(const MapOverlay &overlay);
    const MapOverlay &overlay() const { return m_overlay; }

    // The tooltip text of an object, when analysis views (live results) provide one; the view
    // shows its name and kind otherwise.
    void setToolTipProvider(std::function<QString(ObjectId)> provider);
    bool hasToolTipProvider() const { return bool(m_toolTipProvider); }
    QString toolTipFor(ObjectId id) const;

    // Tool previews: shows objects with preview values (not in the model) or moved by an offset;
    // restoreFromDocument() shows the document's values again.
    void previewObjects(const std::vector<ParkObject> &values);
    bool isPreviewing() const { return m_previewing; }
    void previewOffset(const ObjectIds &ids, double dxM, double dyM);
    void restoreFromDocument(const ObjectIds &ids);
    // The same for the site boundary.
    void previewSiteBoundary(const Outline &boundary);
    void restoreSiteFromDocument();

    // The selection handles (tools hit-test the rotate handle).
    SelectionHandlesItem *handlesItem() const { return m_handlesItem; }
    // Whether the selection shows its rotate handle (while the select tool is active).
    void setRotateHandleShown(bool on);
    // Metres per viewport pixel of the view (the handle size).
    void setPixelSizeM(double metresPerPixel);
    // Re-reads the selection outlines from the items (after a preview changed them).
    void updateHandles();

    // While it lives, the scene paints as for an export: no editing aids (selection handles,
    // tool previews) and no item caches, so that vector devices get vector shapes.
    class PlainRendering
    {
    public:
        explicit PlainRendering(MapScene *scene);
        ~PlainRendering();
        PlainRendering(const PlainRendering &) = delete;
        PlainRendering &operator=(const PlainRendering &) = delete;

    private:
        QList<QGraphicsItem *> m_hidden;
        QList<QPair<QGraphicsItem *, QGraphicsItem::CacheMode>> m_cached;
    };

Q_SIGNALS:
    // The objects' items or the site changed (labels need placing again, the north arrow may turn).
    void contentChanged();
    // The whole park was replaced.
    void parkReset();
    void overlayChanged();
    // The backgrounds that cannot be shown changed (a file went missing, was found, or a project
    // with a missing picture was opened): their problems, one line each (empty: all shown).
    void backgroundProblemsChanged(const QStringList &problems);
    // A tool shows objects with values that are not in the document (a drag under way): the
    // objects as previewed. previewEnded: the preview was committed or cancelled.
    void previewChanged(const std::vector<pz::ParkObject> &values);
    void previewEnded();

private:
    void onDocumentChanged(const ChangeEvent &event);
    void rebuildAll();
    void addObjectItem(ObjectId id);
    void removeObjectItem(ObjectId id);
    void syncItem(ObjectId id);
    void syncSite();
    void syncBackgrounds();
    void endPreview();
    void applyOverlayTo(ObjectId id);

    ParkDocument *m_document;
    SelectionModel *m_selection;
    QHash<ObjectId, ObjectItem *> m_items;
    SiteBoundaryItem *m_boundaryItem = nullptr;
    std::vector<BackgroundItem *> m_backgroundItems;
    QStringList m_backgroundProblems;
    ShadowOverlayItem *m_shadowItem = nullptr;
    SelectionHandlesItem *m_handlesItem = nullptr;
    MapOverlay m_overlay;
    std::function<QString(ObjectId)> m_toolTipProvider;
    bool m_previewing = false;  // objects show values not in the document
    bool m_rotateHandleShown = false;
};

} // namespace pz
