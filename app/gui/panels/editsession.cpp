// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/editsession.h"

#include "document/parkdocument.h"

#include <QAbstractSpinBox>
#include <QEvent>
#include <QWidget>

namespace pz {

EditSession::EditSession(ParkDocument *document, QWidget *widget, const QString &prefix)
    : QObject(widget), m_document(document), m_prefix(prefix)
{
    widget->installEventFilter(this);
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget))
        connect(spin, &QAbstractSpinBox::editingFinished, this, &EditSession::finish);
}

QString EditSession::key()
{
    if (m_key.isEmpty())
        m_key = m_document->newMergeKey(m_prefix);
    return m_key;
}

bool EditSession::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)
        finish();
    return QObject::eventFilter(watched, event);
}

} // namespace pz
