// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The per-turbine rows of the results (spec wind.md §12.8): each wind turbine on the plan with
// its group, type, rated power and hub height, its net energy, capacity factor, full-load hours
// and wake loss. Display text is locale-formatted; SortRole gives the raw value so that a
// QSortFilterProxyModel sorts numerically; kIdRole (as PvObjectTableModel's) the turbine's id.

#include "engine/simulationresult.h"
#include "results/pvobjecttablemodel.h"

#include <QAbstractTableModel>

namespace pz {

class TurbineTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Group, Type, RatedKW, HubHeight, AnnualMWh, CapacityFactor, FullLoadHours, WakeLoss, ColumnCount };
    static constexpr int SortRole = PvObjectTableModel::SortRole;
    static constexpr int kIdRole = PvObjectTableModel::kIdRole;

    explicit TurbineTableModel(QObject *parent = nullptr);

    void setTurbines(const std::vector<WindTurbineResult> &turbines);
    int rowOf(ObjectId id) const;  // −1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant value(const WindTurbineResult &t, int column) const;
    std::vector<WindTurbineResult> m_rows;   // without their hourly series
};

} // namespace pz
