// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A number typed on the keyboard while a tool is active (an exact length, a rotation angle).

#include <QString>

class QKeyEvent;

namespace pz {

class TypedValue
{
public:
    // Takes digits, the decimal separator, a leading minus and Backspace; returns true when the
    // key was used.
    bool handleKey(const QKeyEvent *event);
    // True for keys handleKey() would take (Backspace only while something is typed).
    bool accepts(const QKeyEvent *event) const;
    bool isEmpty() const { return m_text.isEmpty(); }
    QString text() const { return m_text; }
    // The typed value; ok is false when the text is not a number.
    double value(bool *ok = nullptr) const;
    void clear() { m_text.clear(); }

private:
    QString m_text;
};

} // namespace pz
