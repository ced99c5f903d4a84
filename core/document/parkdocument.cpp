// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/parkdocument.h"

#include "document/addobjectscommand.h"
#include "document/changeobjectscommand.h"
#include "document/changesitecommand.h"
#include "document/removeobjectscommand.h"
#include "document/scenariocommands.h"
#include "model/validation.h"

#include <QSet>

#include <algorithm>

namespace pz {

ParkDocument::ParkDocument(QObject *parent) : ParkDocument(Park{}, parent) {}

ParkDocument::ParkDocument(Park park, QObject *parent) : QObject(parent), m_project(std::move(park))
{
    qRegisterMetaType<pz::ChangeEvent>();
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

ParkDocument::~ParkDocument()
{
    // Commands refer back to the document: drop them before the park goes.
    m_undoStack.clear();
}

void ParkDocument::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(path);
}

void ParkDocument::resetPark(Park park)
{
    resetProject(Project(std::move(park)));
}

void ParkDocument::resetProject(Project project)
{
    m_undoStack.clear();
    m_project = std::move(project);
    notify(ChangeEvent::Type::ParkReset, {});
    m_undoStack.setClean();
}

QString ParkDocument::newMergeKey(const QString &prefix)
{
    return prefix + QLatin1Char('#') + QString::number(++m_mergeCounter);
}

ObjectId ParkDocument::addObject(ParkObject object, const QString &text, QStringList *problems)
{
    const ObjectIds ids = addObjects({std::move(object)}, text, problems);
    return ids.isEmpty() ? 0 : ids.front();
}

ObjectIds ParkDocument::addObjects(std::vector<ParkObject> objects, const QString &text, QStringList *problems)
{
    QStringList found;
    for (const auto &o : objects)
        found << Validation::problems(o);
    if (!found.isEmpty() || objects.empty()) {
        if (problems)
            *problems = found;
        return {};
    }
    std::vector<std::pair<int, ParkObject>> indexed;
    ObjectIds ids;
    int index = activePark().count();
    ObjectId next = activePark().nextId();
    for (auto &o : objects) {
        setId(o, next++);
        ids << idOf(o);
        indexed.emplace_back(index++, std::move(o));
    }
    QString label = text;
    if (label.isEmpty())
        label = ids.size() == 1 ? tr("Add %1").arg(displayName(kindOf(indexed.front().second)))
                                : tr("Add %n objects", nullptr, int(ids.size()));
    m_undoStack.push(new AddObjectsCommand(this, std::move(indexed), label));
    return ids;
}

bool ParkDocument::removeObjects(const ObjectIds &ids, const QString &text)
{
    ObjectIds present;
    for (ObjectId id : ids)
        if (activePark().contains(id) && !present.contains(id))
            present << id;
    if (present.isEmpty())
        return false;
    const QString label = text.isEmpty() ? tr("Delete %n object(s)", nullptr, int(present.size())) : text;
    m_undoStack.push(new RemoveObjectsCommand(this, present, label));
    return true;
}

bool ParkDocument::changeObject(const ParkObject &newValue, const QString &text, const QString &mergeKey,
                                QStringList *problems)
{
    return changeObjects({newValue}, text, mergeKey, problems);
}

bool ParkDocument::changeObjects(const std::vector<ParkObject> &newValues, const QString &text,
                                 const QString &mergeKey, QStringList *problems)
{
    QStringList found;
    std::vector<ParkObject> before, after;
    for (const auto &value : newValues) {
        const ParkObject *current = activePark().find(idOf(value));
        if (!current) {
            found << tr("object %1: no such object").arg(idOf(value));
            continue;
        }
        if (kindOf(*current) != kindOf(value)) {
            found << tr("object %1: the kind of an object cannot change").arg(idOf(value));
            continue;
        }
        for (const QString &p : Validation::problems(value))
            found << p;
        if (*current == value)
            continue;
        before.push_back(*current);
        after.push_back(value);
    }
    if (problems)
        *problems = found;
    if (!found.isEmpty() || after.empty())
        return found.isEmpty();
    m_undoStack.push(new ChangeObjectsCommand(this, std::move(before), std::move(after), text, mergeKey));
    return true;
}

bool ParkDocument::changeSite(const Site &newSite, const QString &text, const QString &mergeKey,
                              QStringList *problems)
{
    const QStringList found = Validation::problems(newSite);
    if (problems)
        *problems = found;
    if (!found.isEmpty())
        return false;
    if (newSite == activePark().site)
        return true;
    m_undoStack.push(new ChangeSiteCommand(this, activePark().site, newSite, text, mergeKey));
    return true;
}

void ParkDocument::insertObjects(const std::vector<std::pair<int, ParkObject>> &indexed)
{
    ObjectIds ids;
    // Ascending indices restore the original order when several objects come back.
    auto sorted = indexed;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[index, object] : sorted) {
        activePark().insert(index, object);
        ids << idOf(object);
    }
    notify(ChangeEvent::Type::ObjectsAdded, ids);
}

std::vector<std::pair<int, ParkObject>> ParkDocument::takeObjects(const ObjectIds &ids)
{
    std::vector<std::pair<int, ParkObject>> taken;
    ObjectIds removed;
    QSet<ObjectId> seen;
    for (ObjectId id : ids) {
        const int index = activePark().indexOf(id);
        if (index < 0 || seen.contains(id))
            continue;
        seen.insert(id);
        removed << id;
        taken.emplace_back(index, activePark().objects()[index]);
    }
    // Remove from the back so that the recorded indices stay those of the original order.
    std::sort(taken.begin(), taken.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &entry : taken)
        activePark().removeAt(entry.first);
    std::reverse(taken.begin(), taken.end());
    notify(ChangeEvent::Type::ObjectsRemoved, removed);
    return taken;
}

void ParkDocument::replaceObjects(const std::vector<ParkObject> &values)
{
    ObjectIds ids;
    for (const auto &v : values) {
        activePark().replace(v);
        ids << idOf(v);
    }
    notify(ChangeEvent::Type::ObjectsChanged, ids);
}

void ParkDocument::replaceSite(const Site &site)
{
    activePark().site = site;
    notify(ChangeEvent::Type::SiteChanged, {});
}

QStringList ParkDocument::scenarioNameProblems(const QString &name, const QString &ownId) const
{
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems << tr("A scenario needs a name.");
    else if (name.size() > 200)
        problems << tr("A scenario name has at most 200 characters.");
    const int other = m_project.indexOfName(name);
    if (other >= 0 && m_project.at(other).id != ownId)
        problems << tr("Another scenario is already called \"%1\".").arg(name);
    return problems;
}

QString ParkDocument::addScenario(const QString &name, QStringList *problems)
{
    Scenario copy = m_project.active();
    copy.id = m_project.newScenarioId();
    copy.name = name.isEmpty() ? m_project.uniqueName(tr("%1 copy").arg(copy.name).left(200)) : name;
    const QStringList found = scenarioNameProblems(copy.name);
    if (problems)
        *problems = found;
    if (!found.isEmpty())
        return {};
    const QString id = copy.id, before = activeScenarioId();
    const QString text = tr("New scenario \"%1\"").arg(copy.name);
    m_undoStack.push(new AddRemoveScenarioCommand(this, AddRemoveScenarioCommand::Direction::Add,
                                                  m_project.activeIndex() + 1, std::move(copy), id, before, text));
    return id;
}

QString ParkDocument::addScenarioWithPark(const QString &name, const QString &note, Park park, QStringList *problems)
{
    QStringList found = scenarioNameProblems(name);
    for (const ParkObject &object : park.objects())
        for (const QString &p : Validation::problems(object))
            found << tr("%1: %2").arg(nameOf(object), p);
    for (const QString &p : Validation::problems(park.site))
        found << tr("site: %1").arg(p);
    if (problems)
        *problems = found;
    if (!found.isEmpty())
        return {};
    Scenario scenario{m_project.newScenarioId(), name, note, std::move(park)};
    const QString id = scenario.id, before = activeScenarioId();
    const QString text = tr("New scenario \"%1\"").arg(name);
    m_undoStack.push(new AddRemoveScenarioCommand(this, AddRemoveScenarioCommand::Direction::Add,
                                                  m_project.activeIndex() + 1, std::move(scenario), id, before, text));
    return id;
}

bool ParkDocument::removeScenario(const QString &id)
{
    const int index = m_project.indexOf(id);
    if (index < 0 || m_project.count() <= 1)
        return false;
    const QString active = activeScenarioId();
    // Deleting the active scenario activates the next one (the previous one at the end).
    const int neighbour = index + 1 < m_project.count() ? index + 1 : index - 1;
    const QString activeAfter = active == id ? m_project.at(neighbour).id : active;
    const Scenario &scenario = m_project.at(index);
    m_undoStack.push(new AddRemoveScenarioCommand(this, AddRemoveScenarioCommand::Direction::Remove, index,
                                                  scenario, active, activeAfter,
                                                  tr("Delete scenario \"%1\"").arg(scenario.name)));
    return true;
}

bool ParkDocument::changeScenario(const QString &id, const QString &name, const QString &note,
                                  const QString &mergeKey, QStringList *problems)
{
    const int index = m_project.indexOf(id);
    QStringList found = index < 0 ? QStringList{tr("No scenario has the id \"%1\".").arg(id)}
                                  : scenarioNameProblems(name, id);
    if (problems)
        *problems = found;
    if (!found.isEmpty())
        return false;
    const Scenario &s = m_project.at(index);
    if (s.name == name && s.note == note)
        return true;
    const QString text = s.name != name ? tr("Rename scenario \"%1\"").arg(s.name)
                                        : tr("Edit note of scenario \"%1\"").arg(s.name);
    m_undoStack.push(new ChangeScenarioCommand(this, id, {s.name, s.note}, {name, note}, text, mergeKey));
    return true;
}

bool ParkDocument::moveScenario(const QString &id, int toIndex)
{
    const int from = m_project.indexOf(id);
    if (from < 0 || toIndex < 0 || toIndex >= m_project.count() || toIndex == from)
        return false;
    m_undoStack.push(new MoveScenarioCommand(this, from, toIndex,
                                             tr("Move scenario \"%1\"").arg(m_project.at(from).name)));
    return true;
}

bool ParkDocument::switchScenario(const QString &id)
{
    const int index = m_project.indexOf(id);
    if (index < 0 || index == m_project.activeIndex())
        return false;
    m_undoStack.push(new SwitchScenarioCommand(this, activeScenarioId(), id,
                                               tr("Switch to scenario \"%1\"").arg(m_project.at(index).name)));
    return true;
}

void ParkDocument::insertScenario(int index, const Scenario &scenario, const QString &activeId)
{
    const QString before = activeScenarioId();
    m_project.insert(index, scenario);
    m_project.setActiveIndex(m_project.indexOf(activeId));
    notifyScenarios(before);
}

Scenario ParkDocument::takeScenario(int index, const QString &activeId)
{
    const QString before = activeScenarioId();
    Scenario taken = m_project.takeAt(index);
    m_project.setActiveIndex(m_project.indexOf(activeId));
    notifyScenarios(before);
    return taken;
}

void ParkDocument::placeScenario(int from, int to)
{
    m_project.move(from, to);
    notify(ChangeEvent::Type::ScenariosChanged, {});
}

void ParkDocument::setScenarioInfo(const QString &id, const QString &name, const QString &note)
{
    Scenario &s = m_project.at(m_project.indexOf(id));
    s.name = name;
    s.note = note;
    notify(ChangeEvent::Type::ScenariosChanged, {});
}

void ParkDocument::activateScenario(const QString &id)
{
    const QString before = activeScenarioId();
    m_project.setActiveIndex(m_project.indexOf(id));
    notifyScenarios(before);
}

void ParkDocument::notifyScenarios(const QString &activeIdBefore)
{
    notify(activeScenarioId() == activeIdBefore ? ChangeEvent::Type::ScenariosChanged
                                                : ChangeEvent::Type::ScenarioSwitched,
           {});
}

void ParkDocument::notify(ChangeEvent::Type type, ObjectIds ids)
{
    ++m_revision;
    Q_EMIT changed(ChangeEvent{type, std::move(ids), m_revision});
}

} // namespace pz
