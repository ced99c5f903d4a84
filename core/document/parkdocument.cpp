// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/parkdocument.h"

#include "document/addobjectscommand.h"
#include "document/changeobjectscommand.h"
#include "document/changesitecommand.h"
#include "document/removeobjectscommand.h"
#include "model/validation.h"

#include <QSet>

#include <algorithm>

namespace pz {

ParkDocument::ParkDocument(QObject *parent) : ParkDocument(Park{}, parent) {}

ParkDocument::ParkDocument(Park park, QObject *parent) : QObject(parent), m_park(std::move(park))
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
    m_undoStack.clear();
    m_park = std::move(park);
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
    int index = m_park.count();
    ObjectId next = m_park.nextId();
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
        if (m_park.contains(id) && !present.contains(id))
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
        const ParkObject *current = m_park.find(idOf(value));
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
    if (newSite == m_park.site)
        return true;
    m_undoStack.push(new ChangeSiteCommand(this, m_park.site, newSite, text, mergeKey));
    return true;
}

void ParkDocument::insertObjects(const std::vector<std::pair<int, ParkObject>> &indexed)
{
    ObjectIds ids;
    // Ascending indices restore the original order when several objects come back.
    auto sorted = indexed;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[index, object] : sorted) {
        m_park.insert(index, object);
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
        const int index = m_park.indexOf(id);
        if (index < 0 || seen.contains(id))
            continue;
        seen.insert(id);
        removed << id;
        taken.emplace_back(index, m_park.objects()[index]);
    }
    // Remove from the back so that the recorded indices stay those of the original order.
    std::sort(taken.begin(), taken.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &entry : taken)
        m_park.removeAt(entry.first);
    std::reverse(taken.begin(), taken.end());
    notify(ChangeEvent::Type::ObjectsRemoved, removed);
    return taken;
}

void ParkDocument::replaceObjects(const std::vector<ParkObject> &values)
{
    ObjectIds ids;
    for (const auto &v : values) {
        m_park.replace(v);
        ids << idOf(v);
    }
    notify(ChangeEvent::Type::ObjectsChanged, ids);
}

void ParkDocument::replaceSite(const Site &site)
{
    m_park.site = site;
    notify(ChangeEvent::Type::SiteChanged, {});
}

void ParkDocument::notify(ChangeEvent::Type type, ObjectIds ids)
{
    ++m_revision;
    Q_EMIT changed(ChangeEvent{type, std::move(ids), m_revision});
}

} // namespace pz
