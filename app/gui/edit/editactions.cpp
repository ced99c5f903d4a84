#include "edit/editactions.h"

#include "document/parkdocument.h"
#include "selectionmodel.h"

#include <QAction>

namespace pz {

EditActions::EditActions(ParkDocument *document, SelectionModel *selection, QObject *parent)
    : QObject(parent), m_document(document), m_selection(selection),
      m_delete(new QAction(tr("&Delete"), this)), m_duplicate(new QAction(tr("D&uplicate"), this)),
      m_copy(new QAction(tr("&Copy"), this)), m_cut(new QAction(tr("Cu&t"), this)),
      m_paste(new QAction(tr("&Paste"), this)), m_selectAll(new QAction(tr("Select &All"), this))
{
    m_delete->setShortcut(QKeySequence::Delete);
    m_duplicate->setShortcut(QKeySequence(tr("Ctrl+D")));
    m_copy->setShortcut(QKeySequence::Copy);
    m_cut->setShortcut(QKeySequence::Cut);
    m_paste->setShortcut(QKeySequence::Paste);
    m_selectAll->setShortcut(QKeySequence::SelectAll);
}

QList<QAction *> EditActions::actions() const
{
    return {m_delete, m_duplicate, m_copy, m_cut, m_paste, m_selectAll};
}

void EditActions::deleteSelection() {}
void EditActions::duplicateSelection() {}
void EditActions::copySelection() {}
void EditActions::cutSelection() {}
void EditActions::paste() {}
void EditActions::selectAll() {}
void EditActions::updateEnabled() {}

} // namespace pz
