// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/turbinetablemodel.h"

#include <QLocale>

namespace pz {

TurbineTableModel::TurbineTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void TurbineTableModel::setTurbines(const std::vector<WindTurbineResult> &turbines)
{
    beginResetModel();
    m_rows = turbines;
    for (WindTurbineResult &t : m_rows)
        t.hourlyNetKW.clear();
    endResetModel();
}

int TurbineTableModel::rowOf(ObjectId id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return int(i);
    return -1;
}

int TurbineTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TurbineTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// The raw value of a column (what SortRole gives).
QVariant TurbineTableModel::value(const WindTurbineResult &t, int column) const
{
    switch (column) {
    case Name: return t.name;
    case Group: return t.group;
    case Type: return t.turbineType;
    case RatedKW: return t.ratedKW;
    case HubHeight: return t.hubHeightM;
    case AnnualMWh: return t.annualNetKWh / 1000.0;
    case CapacityFactor: return t.capacityFactorPct;
    case FullLoadHours: return t.fullLoadHours;
    case WakeLoss: return t.wakeLossPct;
    }
    return {};
}

QVariant TurbineTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const WindTurbineResult &t = m_rows[std::size_t(index.row())];
    static constexpr int kDecimals[ColumnCount] = {0, 0, 0, 0, 1, 0, 1, 0, 1};
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() <= Type)
            return value(t, index.column());
        return QLocale().toString(value(t, index.column()).toDouble(), 'f', kDecimals[index.column()]);
    case SortRole:
        return value(t, index.column());
    case kIdRole:
        return t.id;
    case Qt::TextAlignmentRole:
        return index.column() >= RatedKW ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                         : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == WakeLoss)
            return tr("Share of the turbine's energy in free wind lost to the wakes of the other turbines");
        if (index.column() == FullLoadHours)
            return tr("Net annual energy divided by the rated power");
        break;
    default:
        break;
    }
    return {};
}

QVariant TurbineTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Group: return tr("Group");
    case Type: return tr("Type");
    case RatedKW: return tr("Rated (kW)");
    case HubHeight: return tr("Hub (m)");
    case AnnualMWh: return tr("Annual (MWh)");
    case CapacityFactor: return tr("Capacity factor (%)");
    case FullLoadHours: return tr("Full-load hours");
    case WakeLoss: return tr("Wake loss (%)");
    }
    return {};
}

} // namespace pz
