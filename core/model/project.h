// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A project: several scenarios (variants) of one park, each a complete Park with a name and a
// note, one of them active. Everything that works on "the park" (tools, panels, the engine)
// sees the active scenario's Park; scenarios are compared by switching between them.

#include "model/park.h"

#include <QString>
#include <vector>

namespace pz {

struct Scenario {
    QString id;    // stable within the project ("s1", "s2", …); keys kept results and the file
    QString name;  // shown to the user; unique within a project
    QString note;  // free text
    Park park;

    bool operator==(const Scenario &other) const = default;
};

class Project
{
public:
    // One scenario holding park, named defaultScenarioName(), id "s1".
    Project();
    explicit Project(Park park);
    // scenarios must not be empty (an empty list gives one default scenario).
    explicit Project(std::vector<Scenario> scenarios, int activeIndex = 0);

    const std::vector<Scenario> &scenarios() const { return m_scenarios; }
    int count() const { return int(m_scenarios.size()); }
    int activeIndex() const { return m_activeIndex; }
    const Scenario &active() const { return m_scenarios[m_activeIndex]; }
    const Park &activePark() const { return active().park; }
    Park &activePark() { return m_scenarios[m_activeIndex].park; }
    const Scenario &at(int index) const { return m_scenarios[index]; }
    Scenario &at(int index) { return m_scenarios[index]; }
    // Index of the scenario with this id (or name), or -1.
    int indexOf(const QString &id) const;
    int indexOfName(const QString &name) const;

    // An id no scenario has: "s<n>" with n above every such id present.
    QString newScenarioId() const;
    // "<base>", or "<base> 2", "<base> 3", … : the first name no scenario has.
    QString uniqueName(const QString &base) const;

    // Structural changes; callers (document commands, file reader) check indices and names.
    // The list is never left empty: takeAt() refuses the last scenario (returns it unchanged).
    void insert(int index, Scenario scenario);
    Scenario takeAt(int index);
    void move(int from, int to);
    void setActiveIndex(int index);

    bool operator==(const Project &other) const = default;

    // The name of a park's only scenario when it was opened from a file of format 4 or older
    // (translated: "Base").
    static QString defaultScenarioName();

private:
    std::vector<Scenario> m_scenarios;
    int m_activeIndex = 0;
};

} // namespace pz
