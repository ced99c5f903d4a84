// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/supplypanel.h"

#include "document/parkdocument.h"
#include "engine/simulationresult.h"
#include "io/projectpaths.h"
#include "panels/formbuilder.h"
#include "panels/panelwidgets.h"
#include "results/resultformat.h"
#include "wind/builtinturbines.h"

#include <QCompleter>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollArea>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pz {

namespace {

enum Column { NameColumn, KindColumn, CapacityColumn, LineColumn, DeliveredColumn, ColumnCount };

// The plant's rated power in kW: kWp for PV, count × rated power of its type for wind (0 when
// the type is a file that has not been read: the result's capacity is shown then).
double ratedKW(const OffSitePlant &p)
{
    if (p.kind == PlantKind::Pv)
        return p.kwp;
    const auto type = wind::builtinTurbine(p.turbineType.toStdString());
    return type ? p.turbineCount * type->ratedKW : 0.0;
}

QString builtinTypeList()
{
    QStringList ids;
    for (const std::string &id : wind::builtinTurbineIds())
        ids << QString::fromStdString(id);
    return ids.join(QLatin1String(", "));
}

// A name not yet used by a plant: "<base> 1", "<base> 2", …
QString freeName(const std::vector<OffSitePlant> &plants, const QString &base)
{
    for (int n = 1;; ++n) {
        const QString name = QStringLiteral("%1 %2").arg(base).arg(n);
        if (std::none_of(plants.begin(), plants.end(), [&](const OffSitePlant &p) { return p.name == name; }))
            return name;
    }
}

QString passText(bool pass)
{
    return pass ? SupplyPanel::tr("✔ pass") : SupplyPanel::tr("✘ fail");
}

} // namespace

SupplyPanel::SupplyPanel(ParkDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    m_problems = createProblemsLabel(QStringLiteral("problems"));
    outer->addWidget(m_problems);
    m_content = new QWidget;
    auto *page = new QVBoxLayout(m_content);
    page->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_content);
    outer->addWidget(scroll, 1);

    FormBuilder<Site>::Context context;
    context.document = m_document;
    context.current = [this] { return std::vector<Site>{m_document->park().site}; };
    context.commit = [this](const std::vector<Site> &values, const QString &text, const QString &key,
                            QStringList *problems) { return m_document->changeSite(values.front(), text, key, problems); };
    context.report = [this](const QStringList &problems) { showProblems(problems); };
    m_form = std::make_unique<FormBuilder<Site>>(std::move(context), QStringLiteral("supply.site"));

    addPlantsGroup(page);
    addPlantForm(page);
    addChecksGroup(page);
    addSiteWindGroup(page);
    page->addStretch(1);
    fitToNarrowDock(page->parentWidget());

    connect(document, &ParkDocument::changed, this, [this](const ChangeEvent &event) {
        if (event.type == ChangeEvent::Type::SiteChanged || event.type == ChangeEvent::Type::ParkReset ||
            event.type == ChangeEvent::Type::ScenarioSwitched)
            refreshAll();
    });
    connect(document, &ParkDocument::filePathChanged, this, [this] { refreshAll(); });
    refreshAll();
}

SupplyPanel::~SupplyPanel()
{
    // Widgets call back into the forms while being destroyed (editingFinished on focus out).
    delete m_content;
}

// The site's wind (§12.2–§12.7, §13.6): what the turbines on the plan share, and what an
// off-site plant takes unless it has its own air.
void SupplyPanel::addSiteWindGroup(QVBoxLayout *page)
{
    auto &f = *m_form;
    QFormLayout *form = addFormGroup(page, tr("Site wind"));
    f.addNumber(form, tr("Anemometer height:"), tr("Height of the weather file's wind speed above ground"),
                {0.5, 200.0, 1, 1.0, tr(" m")}, PZ_FIELD(wind.anemometerHeightM))
        ->setObjectName(QStringLiteral("supply.anemometerHeight"));
    f.addChoice<WindShear>(form, tr("Shear:"), tr("How the wind speed grows with height up to the hub"),
                           {{WindShear::PowerLaw, displayName(WindShear::PowerLaw)},
                            {WindShear::Logarithmic, displayName(WindShear::Logarithmic)}},
                           PZ_FIELD(wind.air.shear));
    f.addNumber(form, tr("Shear exponent:"), tr("α of the power law (0.14 open land)"), {0.0, 1.0, 3, 0.01, QString()},
                PZ_FIELD(wind.air.shearExponent));
    f.addNumber(form, tr("Roughness length:"), tr("z₀ of the logarithmic profile"), {0.00001, 5.0, 4, 0.01, tr(" m")},
                PZ_FIELD(wind.air.roughnessLengthM));
    f.addCheck(form, QString(), tr("Normalise to the air density at the hub"),
               tr("IEC 61400-12-1: the wind speed is scaled by the cube root of the density ratio"),
               PZ_FIELD(wind.air.densityNormalisation));
    f.addNumber(form, tr("Availability:"), QString(), {0.0, 100.0, 1, 0.5, tr(" %")}, PZ_FIELD(wind.air.availabilityPct));
    f.addNumber(form, tr("Electrical losses:"), QString(), {0.0, 100.0, 1, 0.5, tr(" %")},
                PZ_FIELD(wind.air.electricalLossPct));
    f.addNumber(form, tr("Other losses:"), QString(), {0.0, 100.0, 1, 0.5, tr(" %")}, PZ_FIELD(wind.air.otherLossPct));
    f.addNumber(form, tr("Wake decay:"), tr("Jensen's wake decay constant k for the turbines on the plan"),
                {0.0, 1.0, 3, 0.005, QString()}, PZ_FIELD(wind.wakeDecay));
    f.addNumber(form, tr("Embodied carbon of wind:"),
                tr("Embodied emissions per kW of wind capacity, on site and off site (no default: 0 = not entered)"),
                {0.0, 100000.0, 0, 10.0, tr(" kg/kW")}, PZ_FIELD(wind.embodiedKgPerKW));
    f.addNumber(form, tr("Wind service life:"), QString(), {1.0, 100.0, 0, 1.0, tr(" yr")}, PZ_FIELD(wind.lifeYears));
}

void SupplyPanel::addPlantsGroup(QVBoxLayout *page)
{
    auto *group = new QGroupBox(tr("Off-site plants and direct lines"));
    auto *layout = new QVBoxLayout(group);
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("supply.plants"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Name"), tr("Kind"), tr("Capacity"), tr("Line"), tr("Delivered")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_list->setMinimumHeight(110);
    m_list->setToolTip(tr("Plants outside the site plan, each feeding the park through its own direct line (绿电直连)"));
    layout->addWidget(m_list);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_selected = item ? m_list->indexOfTopLevelItem(item) : -1;
        refreshPlantForm();
    });

    // Two rows, so that the dock stays narrow: adding, then editing the selected plant.
    auto *adds = new QHBoxLayout, *edits = new QHBoxLayout;
    auto button = [](QHBoxLayout *row, const QString &text, const QString &tip, const char *name) {
        auto *b = new QPushButton(text);
        b->setToolTip(tip);
        b->setObjectName(QString::fromLatin1(name));
        row->addWidget(b);
        return b;
    };
    connect(button(adds, tr("Add PV plant"), tr("Add an off-site PV plant"), "supply.addPv"), &QPushButton::clicked,
            this, [this] { addPlant(PlantKind::Pv); });
    connect(button(adds, tr("Add wind plant"), tr("Add an off-site wind plant"), "supply.addWind"),
            &QPushButton::clicked, this, [this] { addPlant(PlantKind::Wind); });
    adds->addStretch(1);
    m_duplicate = button(edits, tr("Duplicate"), tr("Add a copy of the selected plant"), "supply.duplicate");
    m_remove = button(edits, tr("Remove"), tr("Remove the selected plant"), "supply.remove");
    m_up = button(edits, tr("↑"), tr("Move the selected plant up"), "supply.up");
    m_down = button(edits, tr("↓"), tr("Move the selected plant down"), "supply.down");
    edits->addStretch(1);
    connect(m_duplicate, &QPushButton::clicked, this, &SupplyPanel::duplicatePlant);
    connect(m_remove, &QPushButton::clicked, this, &SupplyPanel::removePlant);
    connect(m_up, &QPushButton::clicked, this, [this] { movePlant(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { movePlant(+1); });
    layout->addLayout(adds);
    layout->addLayout(edits);
    page->addWidget(group);
}

// The selected plant: name and location, the PV or the wind part, its direct line.
void SupplyPanel::addPlantForm(QVBoxLayout *page)
{
    FormBuilder<OffSitePlant>::Context context;
    context.document = m_document;
    context.current = [this] {
        const std::vector<OffSitePlant> &plants = m_document->park().site.wind.plants;
        return m_selected >= 0 && m_selected < int(plants.size()) ? std::vector{plants[std::size_t(m_selected)]}
                                                                  : std::vector<OffSitePlant>{};
    };
    context.commit = [this](const std::vector<OffSitePlant> &values, const QString &text, const QString &key,
                            QStringList *problems) {
        Site site = m_document->park().site;
        if (m_selected < 0 || m_selected >= int(site.wind.plants.size()))
            return false;
        site.wind.plants[std::size_t(m_selected)] = values.front();
        return m_document->changeSite(site, text, key, problems);
    };
    context.report = [this](const QStringList &problems) { showProblems(problems); };
    m_plantForm = std::make_unique<FormBuilder<OffSitePlant>>(std::move(context), QStringLiteral("supply.plant"));
    auto &f = *m_plantForm;

    auto *plantPage = new QVBoxLayout;
    plantPage->setContentsMargins(0, 0, 0, 0);
    m_plantGroup = new QWidget;
    m_plantGroup->setLayout(plantPage);
    page->addWidget(m_plantGroup);

    QFormLayout *form = addFormGroup(plantPage, tr("Selected plant"));
    f.addText(form, tr("Name:"), tr("The plant's name in lists, results and reports"), true, PZ_FIELD(name))
        ->setObjectName(QStringLiteral("supply.plant.name"));
    f.addChoice<PlantKind>(form, tr("Kind:"), QString(),
                           {{PlantKind::Pv, displayName(PlantKind::Pv)}, {PlantKind::Wind, displayName(PlantKind::Wind)}},
                           PZ_FIELD(kind))
        ->setObjectName(QStringLiteral("supply.plant.kind"));
    form->addRow(tr("Weather:"), addWeatherFileRow());
    f.addCheck(form, QString(), tr("Own location"),
               tr("The plant's own coordinates for the sun and the air pressure; otherwise those of its weather file, "
                  "or the site's"),
               PZ_FIELD(ownLocation));
    f.addNumber(form, tr("Latitude:"), QString(), {-90.0, 90.0, 4, 0.01, tr(" °")}, PZ_FIELD(latitudeDeg));
    f.addNumber(form, tr("Longitude:"), QString(), {-180.0, 180.0, 4, 0.01, tr(" °")}, PZ_FIELD(longitudeDeg));
    f.addNumber(form, tr("Elevation:"), QString(), {-500.0, 9000.0, 0, 10.0, tr(" m")}, PZ_FIELD(elevationM));

    form = addFormGroup(plantPage, tr("PV plant"));
    m_pvGroup = form->parentWidget();
    f.addNumber(form, tr("Capacity:"), tr("DC capacity of the plant"), {0.0, 1e8, 0, 1000.0, tr(" kWp")}, PZ_FIELD(kwp))
        ->setObjectName(QStringLiteral("supply.plant.kwp"));
    f.addNumber(form, tr("Tilt:"), QString(), {0.0, 90.0, 1, 1.0, tr(" °")}, PZ_FIELD(pv.tiltDeg));
    f.addNumber(form, tr("Azimuth:"), tr("Clockwise from north; 180° = south"), {0.0, 360.0, 1, 5.0, tr(" °")},
                PZ_FIELD(pv.azimuthDeg));
    f.addNumber(form, tr("System losses:"), tr("PVWatts system losses"), {0.0, 99.0, 1, 0.5, tr(" %")},
                PZ_FIELD(pv.lossesPct));
    f.addNumber(form, tr("DC/AC ratio:"), QString(), {0.1, 5.0, 2, 0.05, QString()}, PZ_FIELD(pv.dcAcRatio));

    form = addFormGroup(plantPage, tr("Wind plant"));
    m_windGroup = form->parentWidget();
    QLineEdit *type = f.addText(form, tr("Turbine type:"),
                                tr("A built-in type (%1) or a turbine CSV file").arg(builtinTypeList()), true,
                                PZ_FIELD(turbineType));
    type->setObjectName(QStringLiteral("supply.plant.turbineType"));
    QStringList ids;
    for (const std::string &id : wind::builtinTurbineIds())
        ids << QString::fromStdString(id);
    type->setCompleter(new QCompleter(ids, type));
    auto *browse = new QPushButton(tr("Turbine file…"));
    browse->setToolTip(tr("Choose a turbine CSV file (power and thrust curve); it is stored relative to the project"));
    connect(browse, &QPushButton::clicked, this, [this] { choosePlantFile(false); });
    form->addRow(QString(), browse);
    f.addInteger(form, tr("Turbines:"), tr("Number of turbines of the plant"), 1, 10000, QString(), PZ_FIELD(turbineCount))
        ->setObjectName(QStringLiteral("supply.plant.turbineCount"));
    f.addOptionalNumber(form, tr("Hub height:"), tr("Set"), tr("Unset: the type's own hub height"),
                        {1.0, 300.0, 1, 1.0, tr(" m")}, PZ_FIELD(hubHeightM), {});
    f.addNumber(form, tr("Internal wake loss:"), tr("Wake loss inside the plant (placeholder, not sourced)"),
                {0.0, 100.0, 1, 0.5, tr(" %")}, PZ_FIELD(internalWakeLossPct));
    f.addNumber(form, tr("Availability:"), QString(), {0.0, 100.0, 1, 0.5, tr(" %")}, PZ_FIELD(air.availabilityPct));
    f.addNumber(form, tr("Electrical losses:"), QString(), {0.0, 100.0, 1, 0.5, tr(" %")},
                PZ_FIELD(air.electricalLossPct));
    f.addCheck(form, QString(), tr("Own shear and air density"),
               tr("Otherwise the plant takes the site's shear and density normalisation"), PZ_FIELD(ownAir));

    form = addFormGroup(plantPage, tr("Direct line"));
    f.addNumber(form, tr("Capacity:"), tr("Power the line carries at most; the plant's surplus is clipped"),
                {0.001, 1e5, 3, 5.0, tr(" MW")}, PZ_FIELD(line.capacityMW))
        ->setObjectName(QStringLiteral("supply.plant.lineCapacity"));
    f.addNumber(form, tr("Line loss:"), tr("Share of the delivered power lost on the line (placeholder, not sourced)"),
                {0.0, 100.0, 2, 0.25, tr(" %")}, PZ_FIELD(line.lossPct));
    f.addNumber(form, tr("Length:"), tr("For the line's costs; no effect on energy"), {0.0, 10000.0, 1, 1.0, tr(" km")},
                PZ_FIELD(line.lengthKm));
}

// "Site's weather" or the plant's own file, with Browse and Clear.
QWidget *SupplyPanel::addWeatherFileRow()
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_weatherFile = new QLineEdit;
    m_weatherFile->setReadOnly(true);
    m_weatherFile->setObjectName(QStringLiteral("supply.plant.weather"));
    m_weatherFile->setPlaceholderText(tr("The site's weather"));
    auto *browse = new QPushButton(tr("Browse…"));
    browse->setToolTip(tr("The plant's own EPW or TMY3 weather file, stored relative to the project file"));
    auto *clear = new QPushButton(tr("Site's"));
    clear->setToolTip(tr("Use the site's weather"));
    layout->addWidget(m_weatherFile, 1);
    layout->addWidget(browse);
    layout->addWidget(clear);
    connect(browse, &QPushButton::clicked, this, [this] { choosePlantFile(true); });
    connect(clear, &QPushButton::clicked, this, [this] {
        m_plantForm->apply(tr("Use the site's weather"), QString(), [](OffSitePlant &p) { p.weatherFilePath.clear(); });
    });
    m_plantForm->addRefresher([this](const std::vector<OffSitePlant> &plants) {
        m_weatherFile->setText(plants.front().weatherFilePath);
        m_weatherFile->setToolTip(io::resolveProjectPath(m_document->filePath(), plants.front().weatherFilePath));
    });
    return row;
}

// §13.6: the options of the checks and, from the latest result, their values.
void SupplyPanel::addChecksGroup(QVBoxLayout *page)
{
    QFormLayout *form = addFormGroup(page, tr("Direct-supply checks (650号)"));
    m_checks = new QLabel;
    m_checks->setObjectName(QStringLiteral("supply.checks"));
    m_checks->setWordWrap(true);
    m_checks->setTextFormat(Qt::RichText);
    form->addRow(m_checks);
    m_checks->setText(tr("No result yet."));
    m_form->addCheck(form, QString(), tr("The province caps the export"),
                     tr("Check export ÷ available generation against the cap (where a province applies one)"),
                     PZ_FIELD(wind.exportCapApplies))
        ->setObjectName(QStringLiteral("supply.exportCap"));
    m_form->addNumber(form, tr("Export cap:"), tr("Largest share of the available generation that may be exported"),
                      {0.0, 100.0, 1, 1.0, tr(" %")}, PZ_FIELD(wind.maxExportSharePct));
}

void SupplyPanel::refreshAll()
{
    m_form->refresh();
    refreshList();
}

void SupplyPanel::refreshList()
{
    const std::vector<OffSitePlant> &plants = m_document->park().site.wind.plants;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (std::size_t i = 0; i < plants.size(); ++i) {
        const OffSitePlant &p = plants[i];
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, p.name);
        item->setText(KindColumn, displayName(p.kind));
        const double kw = ratedKW(p);
        item->setText(CapacityColumn, kw > 0 ? ResultFormat::power(kw) : tr("file"));
        item->setText(LineColumn, ResultFormat::power(p.line.capacityMW * 1000.0));
        item->setText(DeliveredColumn, m_haveResult && i < m_deliveredKWh.size()
                                           ? tr("%1/yr").arg(ResultFormat::energy(m_deliveredKWh[i]))
                                           : QStringLiteral("—"));
        for (int c = CapacityColumn; c < ColumnCount; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (m_selected >= int(plants.size()) || (m_selected < 0 && !plants.empty()))
        m_selected = plants.empty() ? -1 : std::min(std::max(m_selected, 0), int(plants.size()) - 1);
    if (m_selected >= 0)
        m_list->setCurrentItem(m_list->topLevelItem(m_selected));
    refreshPlantForm();
}

void SupplyPanel::refreshPlantForm()
{
    const std::vector<OffSitePlant> &plants = m_document->park().site.wind.plants;
    const bool valid = m_selected >= 0 && m_selected < int(plants.size());
    m_plantGroup->setVisible(valid);
    m_duplicate->setEnabled(valid);
    m_remove->setEnabled(valid);
    m_up->setEnabled(valid && m_selected > 0);
    m_down->setEnabled(valid && m_selected + 1 < int(plants.size()));
    if (!valid)
        return;
    const bool pv = plants[std::size_t(m_selected)].kind == PlantKind::Pv;
    m_pvGroup->setVisible(pv);
    m_windGroup->setVisible(!pv);
    m_plantForm->refresh();
}

void SupplyPanel::selectPlant(int index)
{
    if (QTreeWidgetItem *item = m_list->topLevelItem(index))
        m_list->setCurrentItem(item);
}

bool SupplyPanel::editPlants(const QString &text, const std::function<void(std::vector<OffSitePlant> &)> &edit)
{
    Site site = m_document->park().site;
    edit(site.wind.plants);
    QStringList problems;
    const bool ok = m_document->changeSite(site, text, QString(), &problems);
    showProblems(ok ? QStringList() : problems);
    return ok;
}

void SupplyPanel::addPlant(PlantKind kind)
{
    OffSitePlant plant;
    plant.kind = kind;
    if (kind == PlantKind::Pv) {
        plant.kwp = 20000.0;
        plant.line.capacityMW = 20.0;
    }
    const int index = int(m_document->park().site.wind.plants.size());
    if (editPlants(kind == PlantKind::Pv ? tr("Add off-site PV plant") : tr("Add off-site wind plant"),
                   [&](std::vector<OffSitePlant> &plants) {
                       plant.name = freeName(plants, kind == PlantKind::Pv ? tr("Off-site PV") : tr("Off-site wind"));
                       plants.push_back(plant);
                   }))
        selectPlant(index);
}

void SupplyPanel::duplicatePlant()
{
    const int from = m_selected;
    if (editPlants(tr("Duplicate off-site plant"), [&](std::vector<OffSitePlant> &plants) {
            OffSitePlant copy = plants[std::size_t(from)];
            copy.name = freeName(plants, copy.name);
            plants.insert(plants.begin() + from + 1, copy);
        }))
        selectPlant(from + 1);
}

void SupplyPanel::removePlant()
{
    const int at = m_selected;
    editPlants(tr("Remove off-site plant"), [&](std::vector<OffSitePlant> &plants) { plants.erase(plants.begin() + at); });
}

void SupplyPanel::movePlant(int delta)
{
    const int from = m_selected, to = m_selected + delta;
    if (editPlants(tr("Move off-site plant"), [&](std::vector<OffSitePlant> &plants) {
            std::swap(plants[std::size_t(from)], plants[std::size_t(to)]);
        }))
        selectPlant(to);
}

void SupplyPanel::choosePlantFile(bool weather)
{
    const QString dir = QFileInfo(m_document->filePath()).absolutePath();
    const QString path = weather
        ? QFileDialog::getOpenFileName(this, tr("Choose the Plant's Weather File"), dir,
                                       tr("Weather files (*.epw *.csv);;All files (*)"))
        : QFileDialog::getOpenFileName(this, tr("Choose a Turbine File"), dir,
                                       tr("Turbine files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString stored = m_document->filePath().isEmpty() ? QFileInfo(path).absoluteFilePath()
                                                            : io::relativeProjectPath(m_document->filePath(), path);
    m_plantForm->apply(weather ? tr("Change plant weather file") : tr("Change turbine type"), QString(),
                       [&](OffSitePlant &p) { (weather ? p.weatherFilePath : p.turbineType) = stored; });
}

void SupplyPanel::setResult(const SimulationResult &result)
{
    m_haveResult = true;
    m_deliveredKWh.clear();
    for (const OffSitePlantResult &p : result.offsite)
        m_deliveredKWh.push_back(p.deliveredKWh);
    refreshList();

    const DirectSupplySummary &d = result.park.directSupply;
    if (!result.hasWind && result.offsite.empty()) {
        m_checks->setText(tr("The checks apply to parks with wind or off-site plants."));
        return;
    }
    auto row = [](const QString &what, const QString &value, const QString &threshold, const QString &verdict) {
        return QStringLiteral("<tr><td>%1</td><td align=right>&nbsp;%2</td><td align=right>&nbsp;%3</td>"
                              "<td>&nbsp;%4</td></tr>")
            .arg(what.toHtmlEscaped(), value.toHtmlEscaped(), threshold.toHtmlEscaped(), verdict.toHtmlEscaped());
    };
    QString html = tr("Available %1, used by the park %2, exported %3.")
                       .arg(ResultFormat::energy(d.availableKWh), ResultFormat::energy(d.selfUseKWh),
                            ResultFormat::energy(d.exportKWh))
                       .toHtmlEscaped();
    html += QStringLiteral("<table>") + row(tr("Check"), tr("Value"), tr("Threshold"), tr("Result"));
    html += row(tr("Self-use ÷ available"), ResultFormat::percent(d.selfUseOfAvailablePct),
                QStringLiteral("≥ ") + ResultFormat::percent(d.minSelfUseOfAvailablePct), passText(d.selfUseOfAvailablePass));
    html += row(tr("Self-use ÷ consumption"), ResultFormat::percent(d.selfUseOfConsumptionPct),
                QStringLiteral("≥ ") + ResultFormat::percent(d.minSelfUseOfConsumptionPct),
                passText(d.selfUseOfConsumptionPass));
    html += row(tr("Self-use ÷ consumption by 2030"), ResultFormat::percent(d.selfUseOfConsumptionPct),
                QStringLiteral("≥ ") + ResultFormat::percent(d.minSelfUseOfConsumption2030Pct),
                passText(d.selfUseOfConsumption2030Pass));
    html += row(tr("Export ÷ available"), ResultFormat::percent(d.exportOfAvailablePct),
                d.exportCapApplies ? QStringLiteral("≤ ") + ResultFormat::percent(d.maxExportOfAvailablePct)
                                   : tr("not applied"),
                d.exportCapApplies ? passText(d.exportOfAvailablePass) : QStringLiteral("—"));
    html += QStringLiteral("</table><p style='color:#555'><small>%1</small></p>").arg(d.sourceNote.toHtmlEscaped());
    m_checks->setText(html);
}

QString SupplyPanel::checksText() const
{
    QTextDocument doc;
    doc.setHtml(m_checks->text());
    return doc.toPlainText();
}

QString SupplyPanel::problemsText() const
{
    return m_problems->isHidden() ? QString() : m_problems->text();
}

void SupplyPanel::showProblems(const QStringList &problems)
{
    m_problems->setText(problems.isEmpty() ? QString() : tr("Not applied: %1").arg(problems.join(QLatin1Char('\n'))));
    m_problems->setVisible(!problems.isEmpty());
}

} // namespace pz
