// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The per-object rows of the results table: each PV field and rooftop array with its size,
// yield and shading loss. Display text is locale-formatted; SortRole gives the raw number so
// that a QSortFilterProxyModel sorts numerically.

#include "engine/simulationresult.h"

#include <QAbstractTableModel>

namespace pz {

class PvObjectTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Kind, Kwp, AnnualKWh, SpecificYield, ShadingLoss, ColumnCount };
    enum Role { SortRole = Qt::UserRole, kIdRole };

    explicit PvObjectTableModel(QObject *parent = nullptr);

    void setObjects(const std::vector<PvObjectResult> &objects);
    int rowOf(ObjectId id) const;  // −1 when absent
    ObjectId idAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        ObjectId id = 0;
        QString name;
        PvKind kind = PvKind::Ground;
        double kwp = 0.0;
        double annualKWh = 0.0;
        double specificYield = 0.0;
        double shadingLossPct = 0.0;
    };
    std::vector<Row> m_rows;
};

} // namespace pz
