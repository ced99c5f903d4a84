// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/project.h"

#include <QCoreApplication>
#include <algorithm>

namespace pz {

Project::Project() : Project(Park{}) {}

Project::Project(Park park)
{
    m_scenarios.push_back(Scenario{QStringLiteral("s1"), defaultScenarioName(), QString(), std::move(park)});
}

Project::Project(std::vector<Scenario> scenarios, int activeIndex) : m_scenarios(std::move(scenarios))
{
    if (m_scenarios.empty())
        m_scenarios.push_back(Scenario{QStringLiteral("s1"), defaultScenarioName(), QString(), Park{}});
    setActiveIndex(activeIndex);
}

QString Project::defaultScenarioName()
{
    return QCoreApplication::translate("pz::Project", "Base");
}

int Project::indexOf(const QString &id) const
{
    for (int i = 0; i < count(); ++i)
        if (m_scenarios[i].id == id)
            return i;
    return -1;
}

int Project::indexOfName(const QString &name) const
{
    for (int i = 0; i < count(); ++i)
        if (m_scenarios[i].name == name)
            return i;
    return -1;
}

QString Project::newScenarioId() const
{
    int highest = 0;
    for (const Scenario &s : m_scenarios) {
        bool ok = false;
        const int n = s.id.startsWith(QLatin1Char('s')) ? s.id.mid(1).toInt(&ok) : 0;
        if (ok)
            highest = std::max(highest, n);
    }
    return QStringLiteral("s%1").arg(highest + 1);
}

QString Project::uniqueName(const QString &base) const
{
    if (indexOfName(base) < 0)
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 %2").arg(base).arg(n);
        if (indexOfName(candidate) < 0)
            return candidate;
    }
}

void Project::insert(int index, Scenario scenario)
{
    index = std::clamp(index, 0, count());
    m_scenarios.insert(m_scenarios.begin() + index, std::move(scenario));
    if (index <= m_activeIndex && count() > 1)
        ++m_activeIndex;
}

Scenario Project::takeAt(int index)
{
    if (count() <= 1 || index < 0 || index >= count())
        return index >= 0 && index < count() ? m_scenarios[index] : Scenario{};
    Scenario taken = std::move(m_scenarios[index]);
    m_scenarios.erase(m_scenarios.begin() + index);
    if (index < m_activeIndex || m_activeIndex >= count())
        --m_activeIndex;
    return taken;
}

void Project::move(int from, int to)
{
    if (from < 0 || from >= count() || to < 0 || to >= count() || from == to)
        return;
    const QString activeId = active().id;
    Scenario moving = std::move(m_scenarios[from]);
    m_scenarios.erase(m_scenarios.begin() + from);
    m_scenarios.insert(m_scenarios.begin() + to, std::move(moving));
    m_activeIndex = indexOf(activeId);
}

void Project::setActiveIndex(int index)
{
    m_activeIndex = std::clamp(index, 0, count() - 1);
}

} // namespace pz
