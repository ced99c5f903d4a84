// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A cache of immutable results by input key that keeps only what the latest completed run used:
// entries not touched between beginRun() and endRun() are dropped, so memory follows the park.
// findOrCompute() is the one find / compute / insert of every stage.

#include "engine/runcache.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <memory>

namespace pz {

template<typename T>
class KeyedCache : public RunCache
{
public:
    std::shared_ptr<const T> find(const QByteArray &key)
    {
        const auto it = m_entries.constFind(key);
        if (it == m_entries.constEnd())
            return {};
        m_used.insert(key);
        return it.value();
    }
    void insert(const QByteArray &key, std::shared_ptr<const T> value)
    {
        m_entries.insert(key, std::move(value));
        m_used.insert(key);
    }
    // The entry of key, or compute() stored under it. compute() returns null on failure (nothing
    // is stored then). *computed tells whether compute() ran.
    template<typename Compute>
    std::shared_ptr<const T> findOrCompute(const QByteArray &key, Compute &&compute, bool *computed = nullptr)
    {
        std::shared_ptr<const T> value = find(key);
        if (computed)
            *computed = !value;
        if (value)
            return value;
        value = compute();
        if (value)
            insert(key, value);
        return value;
    }
    void beginRun() override
    {
        m_used.clear();
        m_used.reserve(m_entries.size());   // one allocation rather than growing through every size
    }
    void endRun(bool completed) override
    {
        if (!completed)
            return;
        for (auto it = m_entries.begin(); it != m_entries.end();) {
            if (m_used.contains(it.key()))
                ++it;
            else
                it = m_entries.erase(it);
        }
    }
    void clear() override
    {
        m_entries.clear();
        m_used.clear();
    }
    int size() const { return int(m_entries.size()); }

private:
    QHash<QByteArray, std::shared_ptr<const T>> m_entries;
    QSet<QByteArray> m_used;
};

} // namespace pz
