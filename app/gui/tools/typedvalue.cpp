// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/typedvalue.h"

#include <QKeyEvent>
#include <QLocale>

namespace pz {

namespace {
bool isNumberChar(const QString &t)
{
    if (t.size() != 1)
        return false;
    const QChar c = t.front();
    return c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char(',') || c == QLatin1Char('-');
}
} // namespace

bool TypedValue::accepts(const QKeyEvent *event) const
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    if (event->key() == Qt::Key_Backspace)
        return !m_text.isEmpty();
    return isNumberChar(event->text());
}

bool TypedValue::handleKey(const QKeyEvent *event)
{
    if (!accepts(event))
        return false;
    if (event->key() == Qt::Key_Backspace) {
        m_text.chop(1);
        return true;
    }
    const QChar c = event->text().front();
    if (c == QLatin1Char('-') && !m_text.isEmpty())
        return true;  // a minus only leads
    m_text += (c == QLatin1Char(',')) ? QLatin1Char('.') : c;
    return true;
}

double TypedValue::value(bool *ok) const
{
    return m_text.toDouble(ok);
}

} // namespace pz
