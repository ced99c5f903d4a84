// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Properties panel: edits the selected objects' parameters with units, ranges and tool tips.
// One page per object kind; a multi-selection of one kind edits the fields they share. Every
// change is one undo step through the document; refused values show their reasons inline. The
// panel holds no model state: it reads the document on every change and selection event.

#include "model/building.h"
#include "model/greenspace.h"
#include "model/pvarray.h"
#include "model/storage.h"
#include "model/windturbine.h"

#include <QWidget>
#include <memory>

class QLabel;
class QVBoxLayout;
class QStackedWidget;
class QFormLayout;

namespace pz {

class ParkDocument;
class SelectionModel;
struct ChangeEvent;
template<typename T> class FormBuilder;

class PropertiesPanel : public QWidget
{
    Q_OBJECT
public:
    PropertiesPanel(ParkDocument *document, SelectionModel *selection, QWidget *parent = nullptr);
    ~PropertiesPanel() override;

    // The reasons of the last refused edit, as shown (empty when the last edit was taken).
    QString problemText() const;

private:
    void onDocumentChanged(const pz::ChangeEvent &event);
    void updatePage();
    void showProblems(const QStringList &problems);

    template<typename K> std::vector<K> selectedOf() const;
    template<typename K> std::unique_ptr<FormBuilder<K>> makeBuilder(const QString &prefix);
    QWidget *buildBuildingPage();
    void addHeatGroup(QVBoxLayout *page);
    void addPvOptimizerGroup(QVBoxLayout *page);
    QWidget *buildPvPage();
    QWidget *buildStoragePage();
    QWidget *buildGreenPage();
    QWidget *buildTurbinePage();

    ParkDocument *m_document;
    SelectionModel *m_selection;
    QLabel *m_title = nullptr;
    QLabel *m_problems = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_emptyPage = nullptr;
    QLabel *m_emptyText = nullptr;
    QWidget *m_buildingPage = nullptr;
    QWidget *m_pvPage = nullptr;
    QWidget *m_storagePage = nullptr;
    QWidget *m_greenPage = nullptr;
    QWidget *m_turbinePage = nullptr;
    std::unique_ptr<FormBuilder<Building>> m_building;
    std::unique_ptr<FormBuilder<PvArray>> m_pv;
    std::unique_ptr<FormBuilder<Storage>> m_storage;
    std::unique_ptr<FormBuilder<GreenSpace>> m_green;
    std::unique_ptr<FormBuilder<WindTurbine>> m_turbine;
};

} // namespace pz
