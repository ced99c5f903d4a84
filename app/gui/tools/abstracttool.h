// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Base of the site-plan editing tools. A tool is tied to one checkable QAction; the map view
// forwards mouse and key input to the active tool. A tool sees the editor only through its
// ToolContext; it changes the model only through the document and keeps its previews outside it.

#include "tools/mapmouseevent.h"

#include <QCursor>
#include <QObject>
#include <QString>

class QAction;
class QKeyEvent;

namespace pz {

class ToolContext;
class ParkDocument;
class SelectionModel;

class AbstractTool : public QObject
{
    Q_OBJECT
public:
    explicit AbstractTool(ToolContext *context, QObject *parent = nullptr);
    ~AbstractTool() override;

    QAction *action() const { return m_action; }
    ToolContext *context() const { return m_context; }
    ParkDocument *document() const;
    SelectionModel *selection() const;

    virtual void activate();
    virtual void deactivate();
    // A short hint for the status bar while the tool is active.
    virtual QString hint() const { return {}; }
    virtual QCursor cursor() const { return Qt::CrossCursor; }
    // Whether the selection shows its rotate handle while the tool is active.
    virtual bool showsRotateHandle() const { return false; }

    // Each returns true when it used the event.
    virtual bool mousePress(const MapMouseEvent &) { return false; }
    virtual bool mouseMove(const MapMouseEvent &) { return false; }
    virtual bool mouseRelease(const MapMouseEvent &) { return false; }
    virtual bool mouseDoubleClick(const MapMouseEvent &) { return false; }
    virtual bool keyPress(QKeyEvent *) { return false; }
    virtual bool keyRelease(QKeyEvent *) { return false; }
    // True when the tool wants this key even if a window shortcut (Delete, Esc...) uses it.
    virtual bool wantsKey(QKeyEvent *) const { return false; }

Q_SIGNALS:
    // The tool hands over to another one (e.g. a double-click on a shape: edit its vertices).
    void editVerticesRequested();

protected:
    void setAction(QAction *action) { m_action = action; }
    void showStatus(const QString &text) const;

private:
    ToolContext *m_context;
    QAction *m_action = nullptr;
};

} // namespace pz
