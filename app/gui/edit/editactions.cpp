// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/editactions.h"

#include "document/parkdocument.h"
#include "edit/objectclipboard.h"
#include "selectionmodel.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace pz {

namespace {
// Duplicates land beside their originals (east and south) so that both stay visible.
constexpr double kDuplicateOffsetM = 5.0;
} // namespace

EditActions::EditActions(ParkDocument *document, SelectionModel *selection, QObject *parent)
    : QObject(parent), m_document(document), m_selection(selection),
      m_delete(new QAction(tr("&Delete"), this)), m_duplicate(new QAction(tr("D&uplicate"), this)),
      m_copy(new QAction(tr("&Copy"), this)), m_cut(new QAction(tr("Cu&t"), this)),
      m_paste(new QAction(tr("&Paste"), this)), m_selectAll(new QAction(tr("Select &All"), this))
{
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setToolTip(tr("Delete the selected objects"));
    m_duplicate->setShortcut(QKeySequence(tr("Ctrl+D")));
    m_duplicate->setToolTip(tr("Duplicate the selected objects"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_cut->setShortcut(QKeySequence::Cut);
    m_paste->setShortcut(QKeySequence::Paste);
    m_selectAll->setShortcut(QKeySequence::SelectAll);

    connect(m_delete, &QAction::triggered, this, &EditActions::deleteSelection);
    connect(m_duplicate, &QAction::triggered, this, &EditActions::duplicateSelection);
    connect(m_copy, &QAction::triggered, this, &EditActions::copySelection);
    connect(m_cut, &QAction::triggered, this, &EditActions::cutSelection);
    connect(m_paste, &QAction::triggered, this, &EditActions::paste);
    connect(m_selectAll, &QAction::triggered, this, &EditActions::selectAll);

    connect(selection, &SelectionModel::selectionChanged, this, &EditActions::updateEnabled);
    connect(document, &ParkDocument::changed, this, &EditActions::updateEnabled);
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        connect(clipboard, &QClipboard::dataChanged, this, &EditActions::updateEnabled);
    updateEnabled();
}

QList<QAction *> EditActions::actions() const
{
    return {m_cut, m_copy, m_paste, m_duplicate, m_delete, m_selectAll};
}

void EditActions::updateEnabled()
{
    const bool any = !m_selection->isEmpty();
    m_delete->setEnabled(any);
    m_duplicate->setEnabled(any);
    m_copy->setEnabled(any);
    m_cut->setEnabled(any);
    const QClipboard *clipboard = QGuiApplication::clipboard();
    m_paste->setEnabled(clipboard && ObjectClipboard::canRead(clipboard->mimeData()));
    m_selectAll->setEnabled(m_document->park().count() > 0);
}

// The selected objects in drawing order (so that copies stack like the originals).
static std::vector<ParkObject> selectedObjects(const ParkDocument *document, const SelectionModel *selection)
{
    std::vector<ParkObject> out;
    for (const auto &o : document->park().objects())
        if (selection->isSelected(idOf(o)))
            out.push_back(o);
    return out;
}

void EditActions::deleteSelection()
{
    ObjectIds ids;
    int locked = 0;
    for (const auto &o : selectedObjects(m_document, m_selection)) {
        if (isLocked(o))
            ++locked;
        else
            ids << idOf(o);
    }
    if (locked > 0)
        Q_EMIT statusMessage(tr("%n locked object(s) not deleted", nullptr, locked));
    if (ids.isEmpty())
        return;
    m_document->removeObjects(ids, tr("Delete %n object(s)", nullptr, int(ids.size())));
}

void EditActions::duplicateSelection()
{
    std::vector<ParkObject> copies;
    for (const auto &o : selectedObjects(m_document, m_selection)) {
        ParkObject copy = translatedObject(o, kDuplicateOffsetM, -kDuplicateOffsetM);
        setName(copy, tr("%1 copy").arg(nameOf(o)).left(200));
        setLocked(copy, false);
        copies.push_back(std::move(copy));
    }
    if (copies.empty())
        return;
    QStringList problems;
    const ObjectIds ids =
        m_document->addObjects(std::move(copies), tr("Duplicate %n object(s)", nullptr, int(m_selection->selectedIds().size())),
                               &problems);
    if (ids.isEmpty()) {
        Q_EMIT statusMessage(tr("Cannot duplicate: %1").arg(problems.join(QLatin1String("; "))));
        return;
    }
    m_selection->setSelection(ids);
}

void EditActions::copySelection()
{
    const std::vector<ParkObject> objects = selectedObjects(m_document, m_selection);
    if (objects.empty())
        return;
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setMimeData(ObjectClipboard::toMimeData(objects));
    Q_EMIT statusMessage(tr("Copied %n object(s)", nullptr, int(objects.size())));
    updateEnabled();
}

void EditActions::cutSelection()
{
    const std::vector<ParkObject> objects = selectedObjects(m_document, m_selection);
    if (objects.empty())
        return;
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setMimeData(ObjectClipboard::toMimeData(objects));
    ObjectIds ids;
    for (const auto &o : objects)
        ids << idOf(o);
    m_document->removeObjects(ids, tr("Cut %n object(s)", nullptr, int(ids.size())));
    updateEnabled();
}

void EditActions::paste()
{
    const QClipboard *clipboard = QGuiApplication::clipboard();
    QString error;
    std::vector<ParkObject> objects = ObjectClipboard::fromMimeData(clipboard ? clipboard->mimeData() : nullptr, &error);
    if (objects.empty()) {
        Q_EMIT statusMessage(error);
        return;
    }
    const int n = int(objects.size());
    QStringList problems;
    // The document gives the pasted objects new ids; their geometry stays as copied.
    const ObjectIds ids = m_document->addObjects(std::move(objects), tr("Paste %n object(s)", nullptr, n), &problems);
    if (ids.isEmpty()) {
        Q_EMIT statusMessage(tr("Cannot paste: %1").arg(problems.join(QLatin1String("; "))));
        return;
    }
    m_selection->setSelection(ids);
}

void EditActions::selectAll()
{
    ObjectIds ids;
    for (const auto &o : m_document->park().objects())
        if (isVisible(o))
            ids << idOf(o);
    m_selection->setSelection(ids);
}

} // namespace pz
