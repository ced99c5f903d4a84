// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/propertiespanel.h"
#include "panels/panelwidgets.h"

#include "document/parkdocument.h"
#include "heat/heatdemand.h"
#include "heat/heatsupply.h"
#include "panels/formbuilder.h"
#include "selectionmodel.h"

#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace pz {

namespace {

template<typename E>
std::vector<std::pair<E, QString>> choices(std::initializer_list<E> values)
{
    std::vector<std::pair<E, QString>> out;
    for (E e : values)
        out.emplace_back(e, displayName(e));
    return out;
}

std::vector<std::pair<UseType, QString>> useTypeChoices()
{
    std::vector<std::pair<UseType, QString>> out;
    for (int i = 0; i < kUseTypeCount; ++i)
        out.emplace_back(static_cast<UseType>(i), displayName(static_cast<UseType>(i)));
    return out;
}

// A page: a scroll area holding a column of groups.
QVBoxLayout *makePage(QWidget *&page)
{
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(4, 4, 4, 4);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    page = scroll;
    return column;
}

template<typename W>
W *named(W *widget, const char *name)
{
    widget->setObjectName(QLatin1String(name));
    return widget;
}

// An optional heat parameter as the form's optional number: unset is shown as a negative value.
using HeatOptional = std::optional<double> heat::BuildingHeat::*;

std::function<double(const Building &)> heatGet(HeatOptional member)
{
    return [member](const Building &b) { return (b.heat.*member).value_or(-1.0); };
}

std::function<void(Building &, double)> heatSet(HeatOptional member)
{
    return [member](Building &b, double v) {
        if (v < 0.0)
            (b.heat.*member).reset();
        else
            b.heat.*member = v;
    };
}

std::vector<std::pair<OptimizerRole, QString>> roleChoices()
{
    return choices({OptimizerRole::Candidate, OptimizerRole::Keep, OptimizerRole::Fixed, OptimizerRole::Excluded});
}

QString roleToolTip()
{
    return QCoreApplication::translate("pz::PropertiesPanel",
                                       "What the optimizer may do with it: size it freely (candidate), keep at least "
                                       "what is placed (keep), build exactly what is placed (fixed) or leave it out "
                                       "(excluded)");
}

QString number(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

} // namespace

PropertiesPanel::PropertiesPanel(ParkDocument *document, SelectionModel *selection, QWidget *parent)
    : QWidget(parent), m_document(document), m_selection(selection)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_title = new QLabel;
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_problems = createProblemsLabel(QStringLiteral("problems"));
    layout->addWidget(m_problems);

    m_stack = new QStackedWidget;
    layout->addWidget(m_stack, 1);
    m_emptyPage = new QWidget;
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    m_emptyText = new QLabel;
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setEnabled(false);
    emptyLayout->addWidget(m_emptyText);
    m_stack->addWidget(m_emptyPage);
    m_stack->addWidget(buildBuildingPage());
    m_stack->addWidget(buildPvPage());
    m_stack->addWidget(buildStoragePage());
    m_stack->addWidget(buildTurbinePage());
    m_stack->addWidget(buildGreenPage());

    connect(document, &ParkDocument::changed, this, &PropertiesPanel::onDocumentChanged);
    connect(selection, &SelectionModel::selectionChanged, this, [this] {
        showProblems({});
        updatePage();
    });
    updatePage();
}

PropertiesPanel::~PropertiesPanel()
{
    // The forms' widgets call back into the builders (e.g. editingFinished on focus out while
    // being destroyed): remove them while the builders still exist.
    delete m_stack;
}

QString PropertiesPanel::problemText() const
{
    return m_problems->text();
}

template<typename K>
std::vector<K> PropertiesPanel::selectedOf() const
{
    std::vector<K> out;
    for (ObjectId id : m_selection->selectedIds())
        if (const ParkObject *o = m_document->park().find(id))
            if (const K *k = std::get_if<K>(o))
                out.push_back(*k);
    return out;
}

template<typename K>
std::unique_ptr<FormBuilder<K>> PropertiesPanel::makeBuilder(const QString &prefix)
{
    typename FormBuilder<K>::Context context;
    context.document = m_document;
    context.current = [this] { return selectedOf<K>(); };
    context.commit = [this](const std::vector<K> &values, const QString &text, const QString &key, QStringList *problems) {
        std::vector<ParkObject> objects(values.begin(), values.end());
        return m_document->changeObjects(objects, text, key, problems);
    };
    context.report = [this](const QStringList &problems) { showProblems(problems); };
    return std::make_unique<FormBuilder<K>>(std::move(context), prefix);
}

void PropertiesPanel::showProblems(const QStringList &problems)
{
    m_problems->setText(problems.isEmpty() ? QString() : tr("Not applied: %1").arg(problems.join(QLatin1Char('\n'))));
    m_problems->setVisible(!problems.isEmpty());
}

void PropertiesPanel::onDocumentChanged(const ChangeEvent &event)
{
    bool concerned = event.type == ChangeEvent::Type::ParkReset || event.type == ChangeEvent::Type::SiteChanged ||
                     event.type == ChangeEvent::Type::ScenarioSwitched;
    for (ObjectId id : event.ids)
        concerned = concerned || m_selection->isSelected(id);
    if (concerned)
        updatePage();
}

void PropertiesPanel::updatePage()
{
    const ObjectIds &ids = m_selection->selectedIds();
    const Park &park = m_document->park();
    std::optional<ObjectKind> kind;
    bool mixedKinds = false;
    for (ObjectId id : ids) {
        const ParkObject *o = park.find(id);
        if (!o)
            continue;
        if (kind && *kind != kindOf(*o))
            mixedKinds = true;
        kind = kindOf(*o);
    }
    if (!kind || mixedKinds) {
        m_emptyText->setText(mixedKinds ? tr("%n objects of different kinds are selected.\nSelect objects of one kind "
                                             "to edit the parameters they share.", nullptr, int(ids.size()))
                                        : tr("Select an object on the map or in the object list to edit its "
                                             "parameters."));
        m_title->setText(mixedKinds ? tr("%n objects", nullptr, int(ids.size())) : tr("No selection"));
        m_stack->setCurrentWidget(m_emptyPage);
        return;
    }
    if (ids.size() == 1)
        m_title->setText(QStringLiteral("%1 — %2").arg(displayName(*kind), nameOf(*park.find(ids.front()))));
    else
        m_title->setText(tr("%1: %n selected", nullptr, int(ids.size())).arg(displayName(*kind)));
    switch (*kind) {
    case ObjectKind::Building:
        m_stack->setCurrentWidget(m_buildingPage);
        m_building->refresh();
        break;
    case ObjectKind::PvArray:
        m_stack->setCurrentWidget(m_pvPage);
        m_pv->refresh();
        break;
    case ObjectKind::Storage:
        m_stack->setCurrentWidget(m_storagePage);
        m_storage->refresh();
        break;
    case ObjectKind::GreenSpace:
        m_stack->setCurrentWidget(m_greenPage);
        m_green->refresh();
        break;
    case ObjectKind::WindTurbine:
        m_stack->setCurrentWidget(m_turbinePage);
        m_turbine->refresh();
        break;
    }
}

QWidget *PropertiesPanel::buildBuildingPage()
{
    m_building = makeBuilder<Building>(QStringLiteral("building"));
    auto &f = *m_building;
    QVBoxLayout *page = makePage(m_buildingPage);

    QFormLayout *form = addFormGroup(page, tr("Building"));
    named(f.addText(form, tr("Name:"), tr("The building's name in lists and reports"), true, PZ_FIELD(name)),
          "building.name");
    f.addChoice<UseType>(form, tr("Use:"), tr("What the building is used for: sets its load intensity, hourly "
                                              "load shape and embodied carbon"),
                         useTypeChoices(), PZ_FIELD(useType));
    f.addChoice<BuildingStructure>(form, tr("Structure:"), tr("Load-bearing structure: sets the embodied carbon per m²"),
                                   choices({BuildingStructure::SteelFrame, BuildingStructure::Concrete}),
                                   PZ_FIELD(structure));
    named(f.addNumber(form, tr("Height:"), tr("Height of the roof above the ground; used for shading"),
                      {0.5, 500.0, 1, 0.5, tr(" m")}, PZ_FIELD(heightM)),
          "building.height");
    named(f.addInteger(form, tr("Floors:"), tr("Number of storeys: floor area = footprint × floors"), 1, 300, QString(),
                       PZ_FIELD(floors)),
          "building.floors");
    f.addDerived(form, tr("Footprint:"), tr("Area of the footprint polygon"), [](const std::vector<Building> &v) {
        return v.size() == 1 ? tr("%1 m²").arg(number(v.front().footprintAreaM2(), 0)) : QStringLiteral("—");
    });
    f.addDerived(form, tr("Floor area:"), tr("Footprint area × floors"), [](const std::vector<Building> &v) {
        double sum = 0.0;
        for (const auto &b : v)
            sum += b.floorAreaM2();
        return tr("%1 m²").arg(number(sum, 0));
    });
    auto *load = f.addOptionalNumber(form, tr("Annual load:"), tr("Set"),
                                     tr("Electricity use per year. Unset: floor area × the use type's intensity"),
                                     {0.0, 1e9, 1, 10.0, tr(" MWh"), 0.001}, PZ_FIELD(annualLoadKWhOverride), {});
    load->setSpecialValueText(tr("from use type"));

    form = addFormGroup(page, tr("Rooftop PV"));
    named(f.addCheck(form, QString(), tr("PV on the roof"), tr("Cover the usable roof area with PV modules"),
                     PZ_FIELD(rooftop.enabled)),
          "building.rooftop.enabled");
    f.addNumber(form, tr("Usable roof:"), tr("Share of the roof left after the setback that takes modules "
                                             "(skylights, HVAC and walkways excluded)"),
                {0.0, 100.0, 0, 5.0, tr(" %"), 100.0}, PZ_FIELD(rooftop.usableFraction));
    f.addNumber(form, tr("Setback:"), tr("Fire and access clearance along the roof edge"),
                {0.0, 100.0, 1, 0.5, tr(" m")}, PZ_FIELD(rooftop.setbackM));
    f.addNumber(form, tr("Tilt:"), tr("Module tilt from horizontal"), {0.0, 90.0, 1, 1.0, tr(" °")},
                PZ_FIELD(rooftop.pv.tiltDeg));
    f.addNumber(form, tr("Azimuth:"), tr("Direction the modules face, clockwise from north (180° = south)"),
                {0.0, 360.0, 1, 5.0, tr(" °")}, PZ_FIELD(rooftop.pv.azimuthDeg));
    f.addNumber(form, tr("Ground coverage:"), tr("Row slant height / row pitch (GCR); 0 = flush, not in rows"),
                {0.0, 1.0, 2, 0.05, QString()}, PZ_FIELD(rooftop.pv.gcr));
    f.addNumber(form, tr("Module power:"), tr("Module power per module area at STC"),
                {1.0, 500.0, 0, 5.0, tr(" W/m²")}, PZ_FIELD(rooftop.pv.moduleWPerM2));
    f.addChoice<Mounting>(form, tr("Mounting:"), tr("How the modules are mounted: sets the cell temperature model"),
                          choices({Mounting::OpenRack, Mounting::CloseRoof}), PZ_FIELD(rooftop.pv.mounting));
    named(f.addChoice<OptimizerRole>(form, tr("Optimizer role:"), roleToolTip(), roleChoices(),
                                     PZ_FIELD(rooftop.optimizerRole)),
          "building.rooftop.optimizerRole");
    named(f.addOptionalNumber(form, tr("Optimizer maximum:"), tr("Set"),
                              tr("The most PV the optimizer may put on this roof. Unset: the roof's peak power as drawn"),
                              {0.0, 1e7, 1, 10.0, tr(" kWp")}, PZ_FIELD(rooftop.optimizerMaxKWp), {}),
          "building.rooftop.optimizerMaxKWp")
        ->setSpecialValueText(tr("as drawn"));

    form = addFormGroup(page, tr("Process loads"));
    f.addNumber(form, tr("Electrolyser:"), tr("Rated electrical input of a hydrogen electrolyser in the building"),
                {0.0, 10000.0, 2, 0.5, tr(" MW")}, PZ_FIELD(process.electrolyserMW));
    f.addNumber(form, tr("Specific use:"), tr("Electricity per kilogram of hydrogen"),
                {30.0, 150.0, 1, 1.0, tr(" kWh/kg")}, PZ_FIELD(process.electrolyserKWhPerKg));
    f.addChoice<ElectrolyserMode>(form, tr("Operation:"), tr("Constant load, or run on the park's PV surplus"),
                                  choices({ElectrolyserMode::Constant, ElectrolyserMode::FollowPvSurplus}),
                                  PZ_FIELD(process.electrolyserMode));
    f.addNumber(form, tr("EV charging:"), tr("Energy charged into vehicles per day"),
                {0.0, 1e7, 0, 100.0, tr(" kWh/day")}, PZ_FIELD(process.evDailyKWh));
    f.addInteger(form, tr("Charging from:"), tr("Start of the daily charging window (local time)"), 0, 23, tr(" h"),
                 PZ_FIELD(process.evWindowStartHour));
    f.addInteger(form, tr("Charging until:"), tr("End of the daily charging window (local time)"), 1, 24, tr(" h"),
                 PZ_FIELD(process.evWindowEndHour));
    addHeatGroup(page);
    page->addStretch(1);
    return m_buildingPage;
}

// Heat (spec §14): the supply and the overrides of the use type's defaults.
void PropertiesPanel::addHeatGroup(QVBoxLayout *page)
{
    auto &f = *m_building;
    QFormLayout *form = addFormGroup(page, tr("Heat"));
    named(f.addChoice<heat::HeatSupply>(
              form, tr("Heat supply:"),
              tr("What serves space heat, hot water and process heat. Heat pumps and electric boilers add to the "
                 "electric load; none = heated outside the model"),
              choices({heat::HeatSupply::None, heat::HeatSupply::DistrictHeat, heat::HeatSupply::GasBoiler,
                       heat::HeatSupply::CoalBoiler, heat::HeatSupply::ElectricBoiler, heat::HeatSupply::Ashp,
                       heat::HeatSupply::Gshp}),
              [](const Building &b) { return b.heat.supply; },
              [](Building &b, heat::HeatSupply supply) {
                  b.heat.supply = supply;
                  // A fixed efficiency means nothing to a heat pump or to no supply.
                  if (heat::isHeatPump(supply) || supply == heat::HeatSupply::None)
                      b.heat.efficiency.reset();
              }),
          "building.heat.supply");
    f.addChoice<heat::Emitter>(form, tr("Emitters:"), tr("Space-heating emitters: set a heat pump's supply temperature"),
                               choices({heat::Emitter::Radiator, heat::Emitter::Floor}), PZ_FIELD(heat.emitter));
    auto *efficiency = f.addOptionalNumber(
        form, tr("Efficiency:"), tr("Set"),
        tr("Heat delivered per unit of fuel or purchased heat (lower heating value). Unset: the supply's default; "
           "heat pumps use their hourly COP instead"),
        {0.0, 110.0, 0, 1.0, tr(" %"), 100.0}, heatGet(&heat::BuildingHeat::efficiency),
        heatSet(&heat::BuildingHeat::efficiency),
        [](const Building &b) { return heat::defaultEfficiency(b.heat.supply); });
    named(efficiency, "building.heat.efficiency");
    named(f.addOptionalNumber(form, tr("Heat loss:"), tr("Set"),
                              tr("Heat-loss coefficient per m² of floor area. Unset: the use type's default"),
                              {0.0, 10.0, 2, 0.05, tr(" W/m²K")}, heatGet(&heat::BuildingHeat::heatLossWPerM2K),
                              heatSet(&heat::BuildingHeat::heatLossWPerM2K),
                              [](const Building &b) { return heat::heatUseDefaults(b.useType).heatLossWPerM2K; }),
          "building.heat.heat_loss");
    f.addOptionalNumber(form, tr("Balance temperature:"), tr("Set"),
                        tr("Outdoor temperature below which the building needs space heat. Unset: the use type's "
                           "default"),
                        {0.0, 30.0, 1, 0.5, tr(" °C")}, heatGet(&heat::BuildingHeat::balanceTempC),
                        heatSet(&heat::BuildingHeat::balanceTempC),
                        [](const Building &b) { return heat::heatUseDefaults(b.useType).balanceTempC; });
    f.addOptionalNumber(form, tr("Hot water:"), tr("Set"),
                        tr("Hot-water demand per m² of floor area and year. Unset: the use type's default"),
                        {0.0, 1000.0, 1, 1.0, tr(" kWh/m²·yr")}, heatGet(&heat::BuildingHeat::dhwKWhPerM2Yr),
                        heatSet(&heat::BuildingHeat::dhwKWhPerM2Yr),
                        [](const Building &b) { return heat::heatUseDefaults(b.useType).dhwKWhPerM2Yr; });
    f.addNumber(form, tr("Process heat:"), tr("Process heat per year, spread over the use type's working hours"),
                {0.0, 1e9, 0, 10.0, tr(" MWh/yr"), 0.001}, PZ_FIELD(heat.processHeatKWhPerYr));
    f.addCheck(form, QString(), tr("Space heating"), tr("Heat the building in the heating season"),
               PZ_FIELD(heat.spaceHeating));
}

QWidget *PropertiesPanel::buildPvPage()
{
    m_pv = makeBuilder<PvArray>(QStringLiteral("pv"));
    auto &f = *m_pv;
    QVBoxLayout *page = makePage(m_pvPage);

    QFormLayout *form = addFormGroup(page, tr("PV field"));
    named(f.addText(form, tr("Name:"), tr("The field's name in lists and reports"), true, PZ_FIELD(name)), "pv.name");
    f.addDerived(form, tr("Area:"), tr("Area of the field polygon"), [](const std::vector<PvArray> &v) {
        double sum = 0.0;
        for (const auto &a : v)
            sum += areaM2(a.outline);
        return tr("%1 ha").arg(number(sum / 10000.0, 2));
    });
    named(f.addOptionalNumber(form, tr("Peak power:"), tr("Set"),
                              tr("Nameplate DC power. Unset: area × ground coverage × module power"),
                              {0.0, 1e7, 1, 10.0, tr(" kWp")}, PZ_FIELD(kwpOverride),
                              [](const PvArray &a) {
                                  PvArray derived = a;
                                  derived.kwpOverride = -1.0;
                                  return derived.kwp();
                              }),
          "pv.kwp");

    form = addFormGroup(page, tr("Layout"));
    named(f.addNumber(form, tr("Tilt:"), tr("Module tilt from horizontal"), {0.0, 90.0, 1, 1.0, tr(" °")},
                      PZ_FIELD(pv.tiltDeg)),
          "pv.tilt");
    f.addNumber(form, tr("Azimuth:"), tr("Direction the modules face, clockwise from north (180° = south)"),
                {0.0, 360.0, 1, 5.0, tr(" °")}, PZ_FIELD(pv.azimuthDeg));
    f.addNumber(form, tr("Ground coverage:"), tr("Row slant height / row pitch (GCR); 0 = not laid in rows"),
                {0.0, 1.0, 2, 0.01, QString()}, PZ_FIELD(pv.gcr));
    f.addNumber(form, tr("Row depth:"), tr("Slant height of one row of modules"), {0.1, 50.0, 2, 0.1, tr(" m")},
                PZ_FIELD(pv.rowDepthM));
    f.addNumber(form, tr("Module power:"), tr("Module power per module area at STC"),
                {1.0, 500.0, 0, 5.0, tr(" W/m²")}, PZ_FIELD(pv.moduleWPerM2));

    form = addFormGroup(page, tr("Electrical"));
    f.addNumber(form, tr("System losses:"), tr("Soiling, wiring, mismatch, availability… (PVWatts losses)"),
                {0.0, 99.0, 1, 0.5, tr(" %")}, PZ_FIELD(pv.lossesPct));
    f.addNumber(form, tr("DC/AC ratio:"), tr("Array DC power / inverter AC rating; above 1 the inverter clips"),
                {0.1, 10.0, 2, 0.05, QString()}, PZ_FIELD(pv.dcAcRatio));
    f.addNumber(form, tr("Inverter efficiency:"), tr("Nominal inverter efficiency"),
                {50.0, 100.0, 1, 0.5, tr(" %"), 100.0}, PZ_FIELD(pv.inverterEtaNom));
    f.addNumber(form, tr("Temperature coeff.:"), tr("Change of module power per °C of cell temperature (γ)"),
                {-2.0, 1.0, 3, 0.01, tr(" %/°C"), 100.0}, PZ_FIELD(pv.gammaPdcPerC));
    f.addNumber(form, tr("Albedo:"), tr("Ground reflectance (0.2 grass/soil, 0.6+ fresh snow)"),
                {0.0, 1.0, 2, 0.05, QString()}, PZ_FIELD(pv.albedo));
    f.addChoice<Mounting>(form, tr("Mounting:"), tr("How the modules are mounted: sets the SAPM temperature coefficients"),
                          choices({Mounting::OpenRack, Mounting::CloseRoof}), PZ_FIELD(pv.mounting));
    f.addChoice<TemperatureModel>(form, tr("Cell temperature:"), tr("Cell temperature model"),
                                  choices({TemperatureModel::Sapm, TemperatureModel::Faiman}),
                                  PZ_FIELD(pv.temperatureModel));
    f.addNumber(form, tr("Faiman U₀:"), tr("Faiman constant heat-loss factor (used with the Faiman model)"),
                {1.0, 200.0, 2, 0.5, tr(" W/m²K")}, PZ_FIELD(pv.faimanU0));
    f.addNumber(form, tr("Faiman U₁:"), tr("Faiman wind heat-loss factor (used with the Faiman model)"),
                {0.0, 100.0, 2, 0.1, tr(" W·s/m³K")}, PZ_FIELD(pv.faimanU1));
    addPvOptimizerGroup(page);
    page->addStretch(1);
    return m_pvPage;
}

// What the optimizer may do with the field and how large it may make it (spec §16.1, §16.8).
void PropertiesPanel::addPvOptimizerGroup(QVBoxLayout *page)
{
    auto &f = *m_pv;
    QFormLayout *form = addFormGroup(page, tr("Optimizer"));
    named(f.addChoice<OptimizerRole>(form, tr("Role:"), roleToolTip(), roleChoices(), PZ_FIELD(optimizerRole)),
          "pv.optimizerRole");
    named(f.addOptionalNumber(form, tr("Maximum:"), tr("Set"),
                              tr("The most kWp the optimizer may build on this field. Unset: the area-derived peak "
                                 "power (area × ground coverage × module power)"),
                              {0.0, 1e7, 1, 10.0, tr(" kWp")}, PZ_FIELD(optimizerMaxKWp), {}),
          "pv.optimizerMaxKWp")
        ->setSpecialValueText(tr("area-derived"));
}

QWidget *PropertiesPanel::buildStoragePage()
{
    m_storage = makeBuilder<Storage>(QStringLiteral("storage"));
    auto &f = *m_storage;
    QVBoxLayout *page = makePage(m_storagePage);

    QFormLayout *form = addFormGroup(page, tr("Battery storage"));
    named(f.addText(form, tr("Name:"), tr("The store's name in lists and reports"), true, PZ_FIELD(name)),
          "storage.name");
    f.addChoice<Chemistry>(form, tr("Chemistry:"), tr("Cell chemistry: sets the embodied carbon per kWh"),
                           choices({Chemistry::Lfp, Chemistry::Nmc}), PZ_FIELD(chemistry));
    named(f.addNumber(form, tr("Energy:"), tr("Usable nameplate energy capacity"), {1.0, 1e8, 0, 100.0, tr(" kWh")},
                      PZ_FIELD(energyKWh)),
          "storage.energy");
    f.addNumber(form, tr("Power:"), tr("Maximum charge and discharge power"), {1.0, 1e8, 0, 100.0, tr(" kW")},
                PZ_FIELD(powerKW));
    f.addDerived(form, tr("Duration:"), tr("Energy / power"), [](const std::vector<Storage> &v) {
        return v.size() == 1 ? tr("%1 h").arg(number(v.front().energyKWh / v.front().powerKW, 2)) : QStringLiteral("—");
    });
    f.addNumber(form, tr("Round-trip efficiency:"), tr("Energy out / energy in over a full cycle"),
                {1.0, 100.0, 1, 0.5, tr(" %"), 100.0}, PZ_FIELD(roundTripEfficiency));
    named(f.addNumber(form, tr("Minimum charge:"), tr("Lowest state of charge the battery is operated at"),
                      {0.0, 100.0, 0, 1.0, tr(" %"), 100.0}, PZ_FIELD(socMin)),
          "storage.socMin");
    named(f.addNumber(form, tr("Maximum charge:"), tr("Highest state of charge the battery is operated at"),
                      {0.0, 100.0, 0, 1.0, tr(" %"), 100.0}, PZ_FIELD(socMax)),
          "storage.socMax");
    named(f.addChoice<OptimizerRole>(form, tr("Optimizer role:"), roleToolTip(), roleChoices(), PZ_FIELD(optimizerRole)),
          "storage.optimizerRole");

    form = addFormGroup(page, tr("Placement"));
    f.addNumber(form, tr("Length:"), tr("Length of the footprint (a 40 ft container is 12.2 m)"),
                {0.1, 1000.0, 2, 0.1, tr(" m")}, PZ_FIELD(lengthM));
    f.addNumber(form, tr("Width:"), tr("Width of the footprint"), {0.1, 1000.0, 2, 0.1, tr(" m")}, PZ_FIELD(widthM));
    f.addNumber(form, tr("Height:"), tr("Height of the containers; used for shading"), {0.1, 100.0, 2, 0.1, tr(" m")},
                PZ_FIELD(heightM));
    f.addNumber(form, tr("Rotation:"), tr("Rotation of the footprint, counter-clockwise from east"),
                {-360.0, 360.0, 1, 5.0, tr(" °")}, PZ_FIELD(rotationDeg));
    page->addStretch(1);
    return m_storagePage;
}

QWidget *PropertiesPanel::buildTurbinePage()
{
    m_turbine = makeBuilder<WindTurbine>(QStringLiteral("turbine"));
    auto &f = *m_turbine;
    QVBoxLayout *page = makePage(m_turbinePage);

    QFormLayout *form = addFormGroup(page, tr("Wind turbine"));
    named(f.addText(form, tr("Name:"), tr("The turbine's name in lists and reports"), true, PZ_FIELD(name)),
          "turbine.name");
    named(f.addText(form, tr("Group:"), tr("The wind group the turbine's results are summed in"), false,
                    PZ_FIELD(group)),
          "turbine.group");
    named(f.addText(form, tr("Turbine type:"),
                    tr("A built-in type (IEA-3.4-130-RWT, NREL-5MW-RWT, NREL-2020ATB-5.5MW-175) or a turbine CSV "
                       "file relative to the project"),
                    false, PZ_FIELD(turbineType)),
          "turbine.type");
    named(f.addNumber(form, tr("Hub height:"), tr("Height of the rotor's centre above the ground"),
                      {1.0, 300.0, 1, 1.0, tr(" m")}, PZ_FIELD(hubHeightM)),
          "turbine.hubHeight");
    f.addNumber(form, tr("Tower base:"), tr("Diameter of the tower at its base: the turbine's obstacle in the sun study"),
                {0.1, 30.0, 1, 0.1, tr(" m")}, PZ_FIELD(towerBaseDiameterM));
    named(f.addChoice<OptimizerRole>(form, tr("Optimizer role:"), roleToolTip(), roleChoices(), PZ_FIELD(optimizerRole)),
          "turbine.optimizerRole");
    page->addStretch(1);
    return m_turbinePage;
}

QWidget *PropertiesPanel::buildGreenPage()
{
    m_green = makeBuilder<GreenSpace>(QStringLiteral("green"));
    auto &f = *m_green;
    QVBoxLayout *page = makePage(m_greenPage);

    QFormLayout *form = addFormGroup(page, tr("Green space"));
    named(f.addText(form, tr("Name:"), tr("The area's name in lists and reports"), true, PZ_FIELD(name)),
          "green.name");
    f.addDerived(form, tr("Area:"), tr("Area of the polygon"), [](const std::vector<GreenSpace> &v) {
        double sum = 0.0;
        for (const auto &g : v)
            sum += areaM2(g.outline);
        return tr("%1 ha").arg(number(sum / 10000.0, 2));
    });
    f.addOptionalNumber(form, tr("Carbon sink:"), tr("Set"),
                        tr("CO₂ taken up per hectare and year. Unset: the site's default sink rate"),
                        {0.0, 1000.0, 1, 0.5, tr(" t/ha·yr")}, PZ_FIELD(sinkTPerHaYrOverride),
                        [this](const GreenSpace &) { return m_document->park().site.carbon.sinkTPerHaYr; });
    page->addStretch(1);
    return m_greenPage;
}

} // namespace pz
