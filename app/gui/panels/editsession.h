// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One editing gesture on one widget (a spin box being turned, arrows held down): all changes made
// during the gesture share a merge key, so the document records them as one undo step. A new
// gesture starts when the widget gains focus or its editing finishes (Enter, focus out).

#include <QObject>
#include <QString>

class QWidget;

namespace pz {

class ParkDocument;

class EditSession : public QObject
{
    Q_OBJECT
public:
    EditSession(ParkDocument *document, QWidget *widget, const QString &prefix);

    // The key of the current gesture; starts one when none is running.
    QString key();
    // Ends the current gesture: the next change starts a new undo step.
    void finish() { m_key.clear(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ParkDocument *m_document;
    QString m_prefix;
    QString m_key;
};

} // namespace pz
