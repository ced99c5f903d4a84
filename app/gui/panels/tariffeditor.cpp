// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/tariffeditor.h"
#include "panels/panelwidgets.h"

#include "document/parkdocument.h"
#include "panels/editsession.h"
#include "panels/periodgridwidget.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace pz {

namespace {

enum Column { ColorColumn, NameColumn, PriceColumn, ColumnCount };
constexpr int kShownProblems = 3;

QString placeholderTitle(const QString &title, bool placeholder)
{
    if (!placeholder)
        return title.toHtmlEscaped();
    return QStringLiteral("%1 <i style=\"color:#a15c00\">%2</i>")
        .arg(title.toHtmlEscaped(), TariffEditor::tr("placeholder").toHtmlEscaped());
}

} // namespace

QColor TariffEditor::periodColor(int period)
{
    // Okabe–Ito hues: valley blue, flat yellow, peak vermillion, then the others.
    static const QList<QColor> colors{QColor(0x56B4E9), QColor(0xF0E442), QColor(0xD55E00), QColor(0x009E73),
                                      QColor(0xCC79A7), QColor(0x0072B2), QColor(0xE69F00), QColor(0x999999)};
    return colors[period % colors.size()];
}

TariffEditor::TariffEditor(ParkDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_problems = createProblemsLabel(QStringLiteral("tariffProblems"));
    layout->addWidget(m_problems);

    m_periodsTitle = new QLabel;
    layout->addWidget(m_periodsTitle);
    m_periods = new QTableWidget(0, ColumnCount);
    m_periods->setObjectName(QStringLiteral("economics.tariff.periods"));
    m_periods->setHorizontalHeaderLabels({QString(), tr("Period"), tr("Price")});
    m_periods->verticalHeader()->hide();
    m_periods->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_periods->setSelectionMode(QAbstractItemView::SingleSelection);
    m_periods->horizontalHeader()->setSectionResizeMode(ColorColumn, QHeaderView::Fixed);
    m_periods->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_periods->horizontalHeader()->setSectionResizeMode(PriceColumn, QHeaderView::ResizeToContents);
    m_periods->setColumnWidth(ColorColumn, m_periods->fontMetrics().height() + 6);
    m_periods->setToolTip(tr("The time-of-use periods with every per-kWh charge; the selected period is the one the "
                             "grids below paint with"));
    layout->addWidget(m_periods);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add Period"));
    m_remove = new QPushButton(tr("Remove Period"));
    m_remove->setToolTip(tr("Removes the selected period; its hours must first be painted with another period"));
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_ratio = new QLabel;
    m_ratio->setObjectName(QStringLiteral("peakValleyRatio"));
    m_ratio->setWordWrap(true);
    layout->addWidget(m_ratio);

    m_weekdayTitle = new QLabel;
    layout->addWidget(m_weekdayTitle);
    m_weekday = makeGrid(QStringLiteral("economics.tariff.weekday"), false);
    layout->addWidget(m_weekday);
    m_weekendTitle = new QLabel;
    layout->addWidget(m_weekendTitle);
    m_weekend = makeGrid(QStringLiteral("economics.tariff.weekend"), true);
    layout->addWidget(m_weekend);
    auto *copy = new QPushButton(tr("Weekends as Weekdays"));
    copy->setToolTip(tr("Sets the weekend grid to the weekday grid"));
    auto *copyRow = new QHBoxLayout;
    copyRow->addWidget(copy);
    copyRow->addStretch(1);
    layout->addLayout(copyRow);
    auto *hint = new QLabel(tr("Press and drag over a grid to paint the selected period (rows are months, columns "
                               "hours of the day)."));
    hint->setWordWrap(true);
    layout->addWidget(hint);

    connect(add, &QPushButton::clicked, this, &TariffEditor::addPeriod);
    connect(m_remove, &QPushButton::clicked, this, &TariffEditor::removeSelectedPeriod);
    connect(copy, &QPushButton::clicked, this, &TariffEditor::copyWeekdayToWeekend);
    connect(m_periods, &QTableWidget::itemSelectionChanged, this, [this] {
        m_weekday->setPaintPeriod(selectedPeriod());
        m_weekend->setPaintPeriod(selectedPeriod());
    });
    connect(m_periods, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_refreshing || item->column() != NameColumn)
            return;
        economics::Tariff t = tariff();
        if (item->row() < int(t.periods.size())) {
            t.periods[std::size_t(item->row())].name = item->text().trimmed();
            commit(t, tr("Rename tariff period"));
        }
    });
    connect(document, &ParkDocument::changed, this, [this](const ChangeEvent &event) {
        if (event.type == ChangeEvent::Type::SiteChanged || event.type == ChangeEvent::Type::ParkReset)
            refresh();
    });
    refresh();
    selectPeriod(0);
}

PeriodGridWidget *TariffEditor::makeGrid(const QString &key, bool weekend)
{
    auto *grid = new PeriodGridWidget;
    grid->setObjectName(key);
    connect(grid, &PeriodGridWidget::strokeStarted, this,
            [this] { m_strokeKey = m_document->newMergeKey(QStringLiteral("tariff.grid")); });
    connect(grid, &PeriodGridWidget::stroked, this, [this, weekend](const economics::PeriodGrid &cells) {
        economics::Tariff t = tariff();
        (weekend ? t.weekend : t.weekday) = cells;
        commit(t, weekend ? tr("Paint weekend periods") : tr("Paint weekday periods"), m_strokeKey);
    });
    connect(grid, &PeriodGridWidget::strokeFinished, this, [this] {
        m_strokeKey.clear();
        refresh();
    });
    return grid;
}

const economics::Tariff &TariffEditor::tariff() const
{
    return m_document->park().site.economics.tariff;
}

int TariffEditor::selectedPeriod() const
{
    const auto rows = m_periods->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.front().row();
}

void TariffEditor::selectPeriod(int period)
{
    m_periods->selectRow(std::clamp(period, 0, std::max(0, m_periods->rowCount() - 1)));
}

QString TariffEditor::problemText() const
{
    return m_problems->isHidden() ? QString() : m_problems->text();
}

QString TariffEditor::ratioText() const
{
    return m_ratio->text();
}

bool TariffEditor::commit(const economics::Tariff &t, const QString &text, const QString &mergeKey)
{
    QStringList problems = economics::tariffProblems(t, QStringLiteral("economics.tariff."));
    bool ok = problems.isEmpty();
    if (ok) {
        Site site = m_document->park().site;
        site.economics.tariff = t;
        ok = m_document->changeSite(site, text, mergeKey, &problems);
    }
    showProblems(ok ? QStringList() : problems);
    if (!ok)
        refresh();
    return ok;
}

void TariffEditor::showProblems(const QStringList &problems)
{
    QStringList shown = problems.mid(0, kShownProblems);
    if (problems.size() > kShownProblems)
        shown << tr("… and %n more", nullptr, int(problems.size()) - kShownProblems);
    m_problems->setText(problems.isEmpty() ? QString() : tr("Not applied: %1").arg(shown.join(QLatin1Char('\n'))));
    m_problems->setVisible(!problems.isEmpty());
    Q_EMIT problemsChanged(problems);
}

void TariffEditor::refresh()
{
    const economics::Tariff &t = tariff();
    buildPeriodRows(t);
    QStringList names;
    QList<QColor> colors;
    for (std::size_t i = 0; i < t.periods.size(); ++i) {
        names << t.periods[i].name;
        colors << periodColor(int(i));
    }
    for (PeriodGridWidget *grid : {m_weekday, m_weekend})
        grid->setPeriods(names, colors);
    m_weekday->setGrid(t.weekday);
    m_weekend->setGrid(t.weekend);
    m_remove->setEnabled(t.periods.size() > 1);

    const economics::PeakValleyRatio ratio = economics::peakValleyRatio(t);
    const QString value = std::isfinite(ratio.ratio) ? QString::number(ratio.ratio, 'f', 2) : QStringLiteral("∞");
    QString text = tr("Peak : valley = %1 : 1").arg(value);
    if (!ratio.meetsNationalMinimum && !ratio.hint.isEmpty())
        text += QLatin1Char('\n') + ratio.hint;
    m_ratio->setText(text);
    m_ratio->setStyleSheet(ratio.meetsNationalMinimum ? QString() : QStringLiteral("color: #a15c00;"));
    updateMarks(t);
}

// The spec's default periods and grids are placeholders until the user changes them.
void TariffEditor::updateMarks(const economics::Tariff &t)
{
    const economics::Tariff d = economics::defaultTariff();
    bool samePrices = t.periods.size() == d.periods.size();
    for (std::size_t i = 0; samePrices && i < t.periods.size(); ++i)
        samePrices = t.periods[i].priceCNYPerKWh == d.periods[i].priceCNYPerKWh;
    const QString tip = tr("Default: placeholder (spec %1) — enter your own").arg(QStringLiteral("§15.4"));
    const struct {
        QWidget *widget;
        QLabel *title;
        QString text;
        bool placeholder;
    } marks[] = {{m_periods, m_periodsTitle, tr("Periods and prices (CNY/kWh)"), samePrices},
                 {m_weekday, m_weekdayTitle, tr("Weekdays (Monday–Friday)"), t.weekday == d.weekday},
                 {m_weekend, m_weekendTitle, tr("Weekends (Saturday and Sunday)"), t.weekend == d.weekend}};
    for (const auto &m : marks) {
        m.widget->setProperty("placeholder", m.placeholder);
        m.title->setText(placeholderTitle(m.text, m.placeholder));
        m.title->setToolTip(m.placeholder ? tip : QString());
    }
}

void TariffEditor::buildPeriodRows(const economics::Tariff &t)
{
    m_refreshing = true;
    const int selected = selectedPeriod();
    if (m_periods->rowCount() != int(t.periods.size())) {
        m_periods->setRowCount(0);
        m_periods->setRowCount(int(t.periods.size()));
        for (int row = 0; row < int(t.periods.size()); ++row) {
            auto *swatch = new QTableWidgetItem;
            swatch->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_periods->setItem(row, ColorColumn, swatch);
            m_periods->setItem(row, NameColumn, new QTableWidgetItem);
            auto *price = new QDoubleSpinBox;
            price->setObjectName(QStringLiteral("tariff.price.%1").arg(row));
            price->setDecimals(4);
            price->setRange(-10.0, 10.0);
            price->setSingleStep(0.01);
            price->setSuffix(tr(" CNY/kWh"));
            price->setKeyboardTracking(false);
            price->setFrame(false);
            price->setAlignment(Qt::AlignRight);
            auto *session = new EditSession(m_document, price, QStringLiteral("tariff.price"));
            connect(price, &QDoubleSpinBox::valueChanged, this, [this, row, session](double v) {
                economics::Tariff changed = tariff();
                if (row >= int(changed.periods.size()))
                    return;
                changed.periods[std::size_t(row)].priceCNYPerKWh = v;
                commit(changed, tr("Change period price"), session->key());
            });
            m_periods->setCellWidget(row, PriceColumn, price);
        }
        m_periods->setFixedHeight(m_periods->horizontalHeader()->height() + 2 * m_periods->frameWidth() +
                                  std::max(3, int(t.periods.size())) * m_periods->verticalHeader()->defaultSectionSize());
        selectPeriod(selected);
    }
    for (int row = 0; row < int(t.periods.size()); ++row) {
        m_periods->item(row, ColorColumn)->setBackground(periodColor(row));
        m_periods->item(row, NameColumn)->setText(t.periods[std::size_t(row)].name);
        auto *price = static_cast<QDoubleSpinBox *>(m_periods->cellWidget(row, PriceColumn));
        const QSignalBlocker blocker(price);
        price->setValue(t.periods[std::size_t(row)].priceCNYPerKWh);
    }
    m_refreshing = false;
}

void TariffEditor::addPeriod()
{
    economics::Tariff t = tariff();
    const double price = t.periods.empty() ? 0.40 : t.periods.back().priceCNYPerKWh;
    t.periods.push_back({tr("period %1").arg(t.periods.size() + 1), price});
    if (commit(t, tr("Add tariff period")))
        selectPeriod(int(t.periods.size()) - 1);
}

// Later periods move down one index; the removed period's hours are left without a period,
// so the tariff is refused until they are painted with another one.
void TariffEditor::removeSelectedPeriod()
{
    economics::Tariff t = tariff();
    const int removed = selectedPeriod();
    if (removed < 0 || removed >= int(t.periods.size()))
        return;
    t.periods.erase(t.periods.begin() + removed);
    for (economics::PeriodGrid *grid : {&t.weekday, &t.weekend})
        for (auto &month : *grid)
            for (int &p : month)
                p = p == removed ? -1 : p > removed ? p - 1 : p;
    if (commit(t, tr("Remove tariff period")))
        selectPeriod(std::max(0, removed - 1));
}

void TariffEditor::copyWeekdayToWeekend()
{
    economics::Tariff t = tariff();
    t.weekend = t.weekday;
    commit(t, tr("Weekends as weekdays"));
}

} // namespace pz
