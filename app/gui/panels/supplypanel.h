// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Supply panel (spec wind.md §12–§13): what the park's own turbines share (the site's wind:
// anemometer height, shear, air density, losses, wake decay, embodied carbon of wind), the
// off-site plants with their direct lines (a list with each plant's delivered energy, add,
// duplicate, remove, reorder, and the selected plant's form), and the 650号 direct-supply
// checks of the latest result — values, thresholds, pass or fail and their source — beside
// their options. Plants are part of Site: every edit is one undo step through
// ParkDocument::changeSite, and the panel reads the site again on every change.

#include "model/site.h"

#include <QWidget>
#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QVBoxLayout;

namespace pz {

class ParkDocument;
struct SimulationResult;
template<typename T> class FormBuilder;

class SupplyPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SupplyPanel(ParkDocument *document, QWidget *parent = nullptr);
    ~SupplyPanel() override;

    // The latest result: each plant's delivered energy in the list, and the direct-supply checks.
    void setResult(const SimulationResult &result);

    QTreeWidget *plantList() const { return m_list; }
    int selectedPlant() const { return m_selected; }
    void selectPlant(int index);
    // The checks as shown (plain text), and the inline reason of a refused edit.
    QString checksText() const;
    QString problemsText() const;

private:
    void addSiteWindGroup(QVBoxLayout *page);
    void addPlantsGroup(QVBoxLayout *page);
    void addPlantForm(QVBoxLayout *page);
    QWidget *addWeatherFileRow();
    void addChecksGroup(QVBoxLayout *page);
    void refreshAll();
    void refreshList();
    void refreshPlantForm();
    bool editPlants(const QString &text, const std::function<void(std::vector<OffSitePlant> &)> &edit);
    void addPlant(PlantKind kind);
    void duplicatePlant();
    void removePlant();
    void movePlant(int delta);
    void choosePlantFile(bool weather);
    void showProblems(const QStringList &problems);

    ParkDocument *m_document;
    std::unique_ptr<FormBuilder<Site>> m_form;
    std::unique_ptr<FormBuilder<OffSitePlant>> m_plantForm;
    QWidget *m_content = nullptr;
    QLabel *m_problems = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_duplicate = nullptr, *m_remove = nullptr, *m_up = nullptr, *m_down = nullptr;
    QWidget *m_plantGroup = nullptr, *m_pvGroup = nullptr, *m_windGroup = nullptr;
    QLineEdit *m_weatherFile = nullptr;
    QLabel *m_checks = nullptr;
    int m_selected = -1;
    std::vector<double> m_deliveredKWh;   // per plant, from the latest result (same order)
    bool m_haveResult = false;
};

} // namespace pz
