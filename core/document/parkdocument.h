// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The document: owns the project (its scenarios of the park) and its QUndoStack, and is the
// single channel through which the model changes. Every edit is a QUndoCommand whose redo/undo
// ends with one changed() signal. park() is the active scenario's park: tools, panels and the
// engine see only that one. Tools and panels call the edit methods below; they never touch the
// Park directly.

#include "document/changeevent.h"
#include "model/project.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUndoStack>

namespace pz {

class ParkDocument : public QObject
{
    Q_OBJECT
public:
    explicit ParkDocument(QObject *parent = nullptr);
    explicit ParkDocument(Park park, QObject *parent = nullptr);
    ~ParkDocument() override;

    const Park &park() const { return m_project.activePark(); }
    const Project &project() const { return m_project; }
    QString activeScenarioId() const { return m_project.active().id; }
    QUndoStack *undoStack() { return &m_undoStack; }
    // Increases by one with every applied change (also on undo); results carry it.
    quint64 revision() const { return m_revision; }

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    bool isModified() const { return !m_undoStack.isClean(); }
    void markSaved() { m_undoStack.setClean(); }

    // Replaces the whole project (load, new); clears the undo history. resetPark() makes park
    // the only scenario.
    void resetProject(Project project);
    void resetPark(Park park);

    // --- Edits. Each validates, pushes one undoable command and returns false (with the reasons
    // in *problems) when the value is refused. A non-empty mergeKey merges consecutive edits with
    // the same key into one undo step (a drag, a spin box being turned); start a new key for each
    // gesture so that separate gestures stay separate steps.
    ObjectId addObject(ParkObject object, const QString &text = {}, QStringList *problems = nullptr);
    ObjectIds addObjects(std::vector<ParkObject> objects, const QString &text, QStringList *problems = nullptr);
    bool removeObjects(const ObjectIds &ids, const QString &text = {});
    bool changeObject(const ParkObject &newValue, const QString &text, const QString &mergeKey = {},
                      QStringList *problems = nullptr);
    bool changeObjects(const std::vector<ParkObject> &newValues, const QString &text,
                       const QString &mergeKey = {}, QStringList *problems = nullptr);
    bool changeSite(const Site &newSite, const QString &text, const QString &mergeKey = {},
                    QStringList *problems = nullptr);

    // --- Scenario edits, each one undo step; ids are Scenario::id. addScenario() copies the
    // active scenario, puts the copy after it and makes it active (name: empty = "<name> copy",
    // made unique); returns the new id or an empty string when the name is refused.
    QString addScenario(const QString &name = {}, QStringList *problems = nullptr);
    // A new scenario holding `park` (e.g. an optimum applied to the active one, spec §16.9),
    // after the active one and made active, in one undo step; refused (empty id, reasons in
    // *problems) for a bad name or an object or site the validation refuses.
    QString addScenarioWithPark(const QString &name, const QString &note, Park park, QStringList *problems = nullptr);
    bool removeScenario(const QString &id);   // refused for the last scenario
    bool changeScenario(const QString &id, const QString &name, const QString &note,
                        const QString &mergeKey = {}, QStringList *problems = nullptr);
    bool moveScenario(const QString &id, int toIndex);
    bool switchScenario(const QString &id);
    // Why a scenario may not be called name (empty, too long, taken by another than ownId).
    QStringList scenarioNameProblems(const QString &name, const QString &ownId = {}) const;

    // A fresh key for one gesture: "<prefix>#<counter>".
    QString newMergeKey(const QString &prefix);

Q_SIGNALS:
    void changed(const pz::ChangeEvent &event);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    friend class AddObjectsCommand;
    friend class RemoveObjectsCommand;
    friend class ChangeObjectsCommand;
    friend class ChangeSiteCommand;
    friend class AddRemoveScenarioCommand;
    friend class ChangeScenarioCommand;
    friend class MoveScenarioCommand;
    friend class SwitchScenarioCommand;

    // Only commands call these.
    void insertObjects(const std::vector<std::pair<int, ParkObject>> &indexed);
    // Removes the objects of ids that exist, each once, and returns them with their indices in
    // ascending order (what insertObjects() needs to put them back). The ObjectsRemoved event
    // names exactly the ids removed, in the order requested; ids not in the park are skipped.
    std::vector<std::pair<int, ParkObject>> takeObjects(const ObjectIds &ids);
    void replaceObjects(const std::vector<ParkObject> &values);
    void replaceSite(const Site &site);
    // Scenario changes; activeId: the active scenario afterwards.
    void insertScenario(int index, const Scenario &scenario, const QString &activeId);
    Scenario takeScenario(int index, const QString &activeId);
    void placeScenario(int from, int to);
    void setScenarioInfo(const QString &id, const QString &name, const QString &note);
    void activateScenario(const QString &id);
    // ScenarioSwitched when the active scenario is no longer activeIdBefore, else ScenariosChanged.
    void notifyScenarios(const QString &activeIdBefore);
    void notify(ChangeEvent::Type type, ObjectIds ids);
    Park &activePark() { return m_project.activePark(); }

    Project m_project;
    QUndoStack m_undoStack;
    QString m_filePath;
    quint64 m_revision = 0;
    quint64 m_mergeCounter = 0;
};

} // namespace pz
