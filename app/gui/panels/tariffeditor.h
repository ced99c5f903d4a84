// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The tariff editor of the Costs panel (spec §15.4): the time-of-use periods (name, price in
// CNY/kWh, a colour each), the weekday and weekend 12 × 24 grids painted with the mouse in the
// selected period, and the peak : valley hint (NDRC 2021: at least 3 : 1; shown, not enforced).
// Every edit goes through ParkDocument::changeSite; a tariff with a problem
// (economics::tariffProblems, e.g. an hour left without a period) is refused with the reason.
// A paint stroke and a price being turned are one undo step each. While the periods and grids
// are the spec's defaults they are marked as placeholders.

#include "economics/tariff.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pz {

class ParkDocument;
class PeriodGridWidget;

class TariffEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TariffEditor(ParkDocument *document, QWidget *parent = nullptr);

    PeriodGridWidget *weekdayGrid() const { return m_weekday; }
    PeriodGridWidget *weekendGrid() const { return m_weekend; }
    QTableWidget *periodTable() const { return m_periods; }
    // The period grids paint with (the selected row).
    int selectedPeriod() const;
    void selectPeriod(int period);
    QString problemText() const;
    QString ratioText() const;

    // Reads the tariff from the document.
    void refresh();
    // Commits a tariff as one undo step (merged with others of mergeKey); false when refused.
    bool commit(const economics::Tariff &tariff, const QString &text, const QString &mergeKey = {});

    static QColor periodColor(int period);

public Q_SLOTS:
    void addPeriod();
    void removeSelectedPeriod();
    void copyWeekdayToWeekend();

Q_SIGNALS:
    // Problems of a refused edit (empty when an edit went through).
    void problemsChanged(const QStringList &problems);

private:
    const economics::Tariff &tariff() const;
    void buildPeriodRows(const economics::Tariff &tariff);
    void showProblems(const QStringList &problems);
    void updateMarks(const economics::Tariff &tariff);
    PeriodGridWidget *makeGrid(const QString &key, bool weekend);

    ParkDocument *m_document;
    QTableWidget *m_periods = nullptr;
    QPushButton *m_remove = nullptr;
    PeriodGridWidget *m_weekday = nullptr;
    PeriodGridWidget *m_weekend = nullptr;
    QLabel *m_weekdayTitle = nullptr;
    QLabel *m_weekendTitle = nullptr;
    QLabel *m_periodsTitle = nullptr;
    QLabel *m_ratio = nullptr;
    QLabel *m_problems = nullptr;
    QString m_strokeKey;
    bool m_refreshing = false;
};

} // namespace pz
