// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Builds cache keys from the exact inputs a computation depends on (raw bytes of every double),
// so that a cached result is reused only when a fresh computation would be bit-for-bit the same.

#include "geometry/geometry.h"

#include <QByteArray>
#include <QString>
#include <cstring>
#include <type_traits>
#include <vector>

namespace pz {

class CacheKey
{
public:
    template<typename T>
        requires std::is_arithmetic_v<T> || std::is_enum_v<T>
    CacheKey &operator<<(T value)
    {
        m_bytes.append(reinterpret_cast<const char *>(&value), sizeof(value));
        return *this;
    }
    CacheKey &operator<<(const QString &text)
    {
        *this << qsizetype(text.size());
        m_bytes.append(reinterpret_cast<const char *>(text.constData()), text.size() * qsizetype(sizeof(QChar)));
        return *this;
    }
    CacheKey &operator<<(const QByteArray &bytes)
    {
        *this << bytes.size();
        m_bytes.append(bytes);
        return *this;
    }
    CacheKey &operator<<(const Outline &outline)
    {
        *this << outline.size();
        for (const auto &p : outline)
            *this << p.x() << p.y();
        return *this;
    }
    // A series by value (its length and every bit).
    CacheKey &operator<<(const std::vector<double> &values)
    {
        *this << values.size();
        m_bytes.append(reinterpret_cast<const char *>(values.data()), qsizetype(values.size() * sizeof(double)));
        return *this;
    }
    const QByteArray &bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

} // namespace pz
