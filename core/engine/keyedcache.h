#pragma once
// A cache of immutable results by input key that keeps only what the latest run used: entries
// not touched between beginRun() and endRun() are dropped, so memory follows the current park.

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <memory>

namespace pz {

template<typename T>
class KeyedCache
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
    void beginRun() { m_used.clear(); }
    void endRun()
    {
        for (auto it = m_entries.begin(); it != m_entries.end();) {
            if (m_used.contains(it.key()))
                ++it;
            else
                it = m_entries.erase(it);
        }
    }
    void clear()
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
