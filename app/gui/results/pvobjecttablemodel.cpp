// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/pvobjecttablemodel.h"

#include <QLocale>

namespace pz {

PvObjectTableModel::PvObjectTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void PvObjectTableModel::setObjects(const std::vector<PvObjectResult> &objects)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(objects.size());
    for (const PvObjectResult &o : objects)
        m_rows.push_back({o.id, o.name, o.kind, o.kwp, o.annualAcKWh, o.specificYieldKWhPerKWp, o.shadingLossPct});
    endResetModel();
}

int PvObjectTableModel::rowOf(ObjectId id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return int(i);
    return -1;
}

ObjectId PvObjectTableModel::idAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].id : 0;
}

int PvObjectTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PvObjectTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PvObjectTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    const QLocale locale;
    const QString kindName = r.kind == PvKind::Rooftop ? tr("Rooftop") : tr("Ground");
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return r.name;
        case Kind: return kindName;
        case Kwp: return locale.toString(r.kwp, 'f', 1);
        case AnnualKWh: return locale.toString(r.annualKWh, 'f', 0);
        case SpecificYield: return locale.toString(r.specificYield, 'f', 0);
        case ShadingLoss: return locale.toString(r.shadingLossPct, 'f', 1);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Name: return r.name;
        case Kind: return kindName;
        case Kwp: return r.kwp;
        case AnnualKWh: return r.annualKWh;
        case SpecificYield: return r.specificYield;
        case ShadingLoss: return r.shadingLossPct;
        }
        break;
    case kIdRole:
        return r.id;
    case Qt::TextAlignmentRole:
        return index.column() >= Kwp ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                     : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == ShadingLoss)
            return tr("Share of the AC energy lost to shade from other park objects");
        if (index.column() == SpecificYield)
            return tr("Annual AC energy per kWp installed");
        break;
    default:
        break;
    }
    return {};
}

QVariant PvObjectTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Kind: return tr("Kind");
    case Kwp: return tr("kWp");
    case AnnualKWh: return tr("Annual (kWh)");
    case SpecificYield: return tr("kWh/kWp");
    case ShadingLoss: return tr("Shading loss (%)");
    }
    return {};
}

} // namespace pz
