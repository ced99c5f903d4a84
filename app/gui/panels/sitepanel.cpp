// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/sitepanel.h"
#include "panels/panelwidgets.h"
#include "panels/windrosewidget.h"

#include "document/parkdocument.h"
#include "energy/gridfactors.h"
#include "energy/profilecsv.h"
#include "heat/heatsettings.h"
#include "io/projectpaths.h"
#include "panels/formbuilder.h"
#include "weather/climatenormals.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <numeric>

namespace pz {

namespace {

// Weather combo entries: the data is "builtin:<id>" ("builtin:" = nearest) or "file".
const QString kBuiltinPrefix = QStringLiteral("builtin:");
const QString kFileEntry = QStringLiteral("file");

} // namespace

SitePanel::SitePanel(ParkDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
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
    context.document = document;
    context.current = [document] { return std::vector<Site>{document->park().site}; };
    context.commit = [document](const std::vector<Site> &values, const QString &text, const QString &key,
                                QStringList *problems) { return document->changeSite(values.front(), text, key, problems); };
    context.report = [this](const QStringList &problems) { showProblems(problems); };
    m_form = std::make_unique<FormBuilder<Site>>(std::move(context), QStringLiteral("site"));
    auto &f = *m_form;

    QFormLayout *form = addFormGroup(page, tr("Location"));
    f.addText(form, tr("Name:"), tr("The site's name in reports"), true, PZ_FIELD(name))
        ->setObjectName(QStringLiteral("site.name"));
    f.addNumber(form, tr("Latitude:"), tr("Degrees north of the equator (south is negative)"),
                {-90.0, 90.0, 4, 0.01, tr(" °")}, PZ_FIELD(latitudeDeg))
        ->setObjectName(QStringLiteral("site.latitude"));
    f.addNumber(form, tr("Longitude:"), tr("Degrees east of Greenwich (west is negative)"),
                {-180.0, 180.0, 4, 0.01, tr(" °")}, PZ_FIELD(longitudeDeg));
    f.addNumber(form, tr("Elevation:"), tr("Height above sea level"), {-500.0, 9000.0, 0, 10.0, tr(" m")},
                PZ_FIELD(elevationM));
    f.addNumber(form, tr("UTC offset:"), tr("Fixed standard-time offset of the local clock (no daylight saving)"),
                {-12.0, 14.0, 2, 0.5, tr(" h")}, PZ_FIELD(utcOffsetHours));
    f.addNumber(form, tr("North rotation:"), tr("Angle of the plan's up direction from true north, clockwise"),
                {-360.0, 360.0, 1, 1.0, tr(" °")}, PZ_FIELD(northRotationDeg));

    form = addFormGroup(page, tr("Weather"));
    m_weather = new QComboBox;
    // Long entries must not widen the dock: the list shows them in full.
    m_weather->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_weather->setMinimumContentsLength(16);
    m_weather->setToolTip(tr("Hourly weather for the simulation: a typical year made from the monthly normals "
                             "of a built-in location, or a weather file"));
    m_weather->addItem(tr("Nearest built-in location"), kBuiltinPrefix);
    for (const auto &climate : weather::builtinClimates())
        m_weather->addItem(climate.displayName(), kBuiltinPrefix + QString::fromLatin1(climate.id));
    m_weather->insertSeparator(m_weather->count());
    m_weather->addItem(tr("Weather file (EPW or TMY3)"), kFileEntry);
    form->addRow(tr("Source:"), m_weather);
    auto *fileRow = new QWidget;
    auto *fileLayout = new QHBoxLayout(fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    m_weatherFile = new QLineEdit;
    m_weatherFile->setReadOnly(true);
    m_weatherFile->setPlaceholderText(tr("No file chosen"));
    m_browse = new QPushButton(tr("Browse…"));
    m_browse->setToolTip(tr("Choose an EPW or TMY3 weather file; it is stored relative to the project file"));
    fileLayout->addWidget(m_weatherFile, 1);
    fileLayout->addWidget(m_browse);
    form->addRow(tr("File:"), fileRow);
    m_irradiance = new QComboBox;
    m_irradiance->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_irradiance->setMinimumContentsLength(16);
    m_irradiance->addItem(tr("As given (GHI, DNI, DHI)"), int(IrradianceInput::AsGiven));
    m_irradiance->addItem(tr("Beam from GHI and DHI"), int(IrradianceInput::BeamFromGhiDhi));
    m_irradiance->setToolTip(tr("Which irradiance of the weather file feeds the model. Some files (many CSWD years) "
                                "carry a DNI far below what their GHI and DHI imply; taking the beam from GHI "
                                "and DHI corrects that."));
    form->addRow(tr("Irradiance:"), m_irradiance);
    connect(m_irradiance, &QComboBox::activated, this, [this](int index) {
        const auto input = IrradianceInput(m_irradiance->itemData(index).toInt());
        m_form->apply(tr("Change weather irradiance"), QString(), [&](Site &s) { s.weather.irradiance = input; });
    });
    m_weatherWarning = new QLabel;
    m_weatherWarning->setWordWrap(true);
    m_weatherWarning->setVisible(false);
    m_weatherWarning->setStyleSheet(QStringLiteral("color: #a15c00;"));
    form->addRow(m_weatherWarning);
    m_windRose = new WindRoseWidget;
    m_windRose->setToolTip(tr("Wind rose of the weather: how often the wind blows from each direction, by speed at "
                              "the anemometer; the outlined sector holds the most wind energy"));
    auto *roseLabel = new QLabel(tr("Wind rose:"));
    form->addRow(roseLabel);
    form->addRow(m_windRose);
    connect(m_browse, &QPushButton::clicked, this, &SitePanel::chooseWeatherFile);
    connect(m_weather, &QComboBox::activated, this, [this](int index) {
        const QString data = m_weather->itemData(index).toString();
        if (data == kFileEntry) {
            if (m_document->park().site.weather.filePath.isEmpty())
                chooseWeatherFile();
            else
                m_form->apply(tr("Change weather source"), QString(),
                              [](Site &s) { s.weather.kind = WeatherKind::File; });
            m_form->refresh();
            return;
        }
        const QString id = data.mid(kBuiltinPrefix.size());
        m_form->apply(tr("Change weather source"), QString(), [&](Site &s) {
            s.weather.kind = WeatherKind::BuiltIn;
            s.weather.builtinId = id;
        });
    });
    f.addRefresher([this](const std::vector<Site> &sites) {
        const WeatherSource &w = sites.front().weather;
        const QSignalBlocker blocker(m_weather);
        m_weather->setCurrentIndex(
            m_weather->findData(w.kind == WeatherKind::File ? kFileEntry : kBuiltinPrefix + w.builtinId));
        m_weatherFile->setText(w.filePath);
        m_weatherFile->setToolTip(io::resolveProjectPath(m_document->filePath(), w.filePath));
        m_weatherFile->setEnabled(w.kind == WeatherKind::File);
        const QSignalBlocker irradianceBlocker(m_irradiance);
        m_irradiance->setCurrentIndex(m_irradiance->findData(int(w.irradiance)));
        m_irradiance->setEnabled(w.kind == WeatherKind::File);
    });

    form = addFormGroup(page, tr("Grid"));
    m_grid = new QComboBox;
    m_grid->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_grid->setMinimumContentsLength(16);
    m_grid->setToolTip(tr("Emission factor of electricity taken from the grid"));
    for (const auto &factor : energy::gridFactors())
        m_grid->addItem(tr("%1 — %2 kg/kWh").arg(energy::displayName(factor)).arg(factor.kgPerKWh, 0, 'f', 4),
                        QString::fromLatin1(factor.key));
    m_grid->insertSeparator(m_grid->count());
    m_grid->addItem(tr("Custom factor"), QString());
    form->addRow(tr("Emission factor:"), m_grid);
    connect(m_grid, &QComboBox::activated, this, [this](int index) {
        const QString key = m_grid->itemData(index).toString();
        m_form->apply(tr("Change grid emission factor"), QString(), [&](Site &s) { s.grid.factorKey = key; });
    });
    auto *custom = f.addNumber(form, tr("Custom factor:"), tr("Grid emission factor used when “Custom factor” is chosen"),
                               {0.0, 5.0, 4, 0.01, tr(" kgCO₂/kWh")}, PZ_FIELD(grid.customFactorKgPerKWh));
    f.addRefresher([this, custom](const std::vector<Site> &sites) {
        const QSignalBlocker blocker(m_grid);
        const int index = m_grid->findData(sites.front().grid.factorKey);
        m_grid->setCurrentIndex(index >= 0 ? index : m_grid->count() - 1);
        custom->setEnabled(sites.front().grid.factorKey.isEmpty());
    });
    f.addOptionalNumber(form, tr("Export limit:"), tr("Limit"),
                        tr("Largest power the park may feed into the grid. Unset: no limit"),
                        {0.0, 1e9, 0, 100.0, tr(" kW")}, PZ_FIELD(grid.exportLimitKW), {});

    form = addFormGroup(page, tr("Carbon accounting"));
    auto *green = f.addNumber(form, tr("Green power:"), tr("Green electricity bought per year (market-based accounting)"),
                              {0.0, 1e10, 0, 100.0, tr(" MWh/yr"), 0.001}, PZ_FIELD(carbon.greenPowerKWh));
    auto *share = f.addNumber(form, tr("Green power share:"), tr("Or: the share of grid import bought as green power"),
                              {0.0, 100.0, 1, 5.0, tr(" %"), 100.0}, PZ_FIELD(carbon.greenPowerShare));
    green->setObjectName(QStringLiteral("site.carbon.green_power_kWh"));
    share->setObjectName(QStringLiteral("site.carbon.green_power_share"));
    addGreenProfileRow(form, {green, share});
    f.addCheck(form, QString(), tr("Credit exported electricity"),
               tr("Subtract the grid factor × export from the emissions (off by default, as in the GHG Protocol)"),
               PZ_FIELD(carbon.exportCredit));
    f.addChoice<HeadlineEmissions>(form, tr("Headline figure:"), tr("Which emissions the headline tCO₂/tce indicator counts"),
                                   {{HeadlineEmissions::Operational, tr("Operational only")},
                                    {HeadlineEmissions::WithEmbodied, tr("Operational + embodied (annualised)")}},
                                   PZ_FIELD(carbon.headline));
    f.addNumber(form, tr("Green space sink:"), tr("CO₂ taken up per hectare of green space per year (default)"),
                {0.0, 1000.0, 1, 0.5, tr(" t/ha·yr")}, PZ_FIELD(carbon.sinkTPerHaYr));
    f.addNumber(form, tr("Coal equivalent:"), tr("Standard coal equivalent of 1 kWh of electricity (GB/T 2589)"),
                {0.01, 1.0, 4, 0.001, tr(" kgce/kWh")}, PZ_FIELD(carbon.kgcePerKWh));
    f.addNumber(form, tr("Zero-carbon threshold:"), tr("The park counts as zero-carbon at or below this intensity"),
                {0.0, 10.0, 3, 0.01, tr(" tCO₂/tce")}, PZ_FIELD(carbon.thresholdTCO2PerTce));
    f.addChoice<DispatchStrategy>(form, tr("Battery dispatch:"), tr("How the batteries are charged and discharged"),
                                  {{DispatchStrategy::SelfConsumption, displayName(DispatchStrategy::SelfConsumption)},
                                   {DispatchStrategy::CarbonAware, displayName(DispatchStrategy::CarbonAware)}},
                                  PZ_FIELD(carbon.dispatch));

    form = addFormGroup(page, tr("Embodied carbon"));
    f.addNumber(form, tr("PV modules:"), tr("Embodied emissions per kWp of PV"), {0.0, 10000.0, 0, 10.0, tr(" kg/kWp")},
                PZ_FIELD(carbon.pvEmbodiedKgPerKWp));
    f.addNumber(form, tr("PV service life:"), QString(), {1.0, 100.0, 0, 1.0, tr(" yr")}, PZ_FIELD(carbon.pvLifeYears));
    f.addNumber(form, tr("LFP batteries:"), tr("Embodied emissions per kWh of LFP storage"),
                {0.0, 10000.0, 0, 1.0, tr(" kg/kWh")}, PZ_FIELD(carbon.storageEmbodiedKgPerKWhLfp));
    f.addNumber(form, tr("NMC batteries:"), tr("Embodied emissions per kWh of NMC storage"),
                {0.0, 10000.0, 0, 1.0, tr(" kg/kWh")}, PZ_FIELD(carbon.storageEmbodiedKgPerKWhNmc));
    f.addNumber(form, tr("Battery service life:"), QString(), {1.0, 100.0, 0, 1.0, tr(" yr")},
                PZ_FIELD(carbon.storageLifeYears));
    f.addNumber(form, tr("Steel-frame buildings:"), tr("Embodied emissions per m² of floor area"),
                {0.0, 10000.0, 0, 5.0, tr(" kg/m²")}, PZ_FIELD(carbon.buildingEmbodiedKgPerM2Steel));
    f.addNumber(form, tr("Concrete buildings:"), tr("Embodied emissions per m² of floor area"),
                {0.0, 10000.0, 0, 5.0, tr(" kg/m²")}, PZ_FIELD(carbon.buildingEmbodiedKgPerM2Concrete));
    f.addNumber(form, tr("Building service life:"), QString(), {1.0, 200.0, 0, 1.0, tr(" yr")},
                PZ_FIELD(carbon.buildingLifeYears));
    addHeatGroup(page);
    page->addStretch(1);
    fitToNarrowDock(m_content);

    connect(document, &ParkDocument::changed, this, [this](const ChangeEvent &event) {
        if (event.type == ChangeEvent::Type::SiteChanged || event.type == ChangeEvent::Type::ParkReset ||
            event.type == ChangeEvent::Type::ScenarioSwitched)
            m_form->refresh();
    });
    connect(document, &ParkDocument::filePathChanged, this, [this] { m_form->refresh(); });
    m_form->refresh();
}

SitePanel::~SitePanel()
{
    // Widgets call back into the form while being destroyed (editingFinished on focus out).
    delete m_content;
}

void SitePanel::setWeatherWarnings(const QStringList &warnings)
{
    m_weatherWarning->setText(warnings.isEmpty() ? QString() : QStringLiteral("⚠ ") + warnings.join(QLatin1Char('\n')));
    m_weatherWarning->setVisible(!warnings.isEmpty());
}

void SitePanel::setWindRose(const wind::WindRose &rose)
{
    m_windRose->setRose(rose);
}

QString SitePanel::weatherWarningText() const
{
    return m_weatherWarning->isHidden() ? QString() : m_weatherWarning->text();
}

void SitePanel::useWeatherFile(const QString &path)
{
    const QString stored = m_document->filePath().isEmpty() ? QFileInfo(path).absoluteFilePath()
                                                            : io::relativeProjectPath(m_document->filePath(), path);
    m_form->apply(tr("Change weather file"), QString(), [&](Site &s) {
        s.weather.kind = WeatherKind::File;
        s.weather.filePath = stored;
    });
}

void SitePanel::chooseWeatherFile()
{
    const QString current = io::resolveProjectPath(m_document->filePath(), m_document->park().site.weather.filePath);
    const QString dir = !current.isEmpty() ? QFileInfo(current).absolutePath()
                                           : QFileInfo(m_document->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose Weather File"), dir,
                                                      tr("Weather files (*.epw *.csv);;All files (*)"));
    if (!path.isEmpty())
        useWeatherFile(path);
}

// The hourly green-power profile: what is set (the optimizer's Apply writes one with an hourly
// grid factor), import from a CSV, clear. While one is set, the annual amount and share (which
// it replaces) are read-only.
void SitePanel::addGreenProfileRow(QFormLayout *form, const std::vector<QWidget *> &replaced)
{
    auto *row = new QWidget;
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    m_greenProfile = new QLabel;
    m_greenProfile->setWordWrap(true);
    auto *import = new QPushButton(tr("Import…"));
    import->setToolTip(tr("Read green power bought hour by hour from a CSV of 8760 values in kWh"));
    m_clearGreenProfile = new QPushButton(tr("Clear"));
    m_clearGreenProfile->setToolTip(tr("Go back to the annual amount and share"));
    layout->addWidget(m_greenProfile);
    buttons->addWidget(import);
    buttons->addWidget(m_clearGreenProfile);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    form->addRow(tr("Hourly green power:"), row);
    connect(import, &QPushButton::clicked, this, &SitePanel::chooseGreenProfile);
    connect(m_clearGreenProfile, &QPushButton::clicked, this, [this] {
        m_form->apply(tr("Clear hourly green power"), QString(), [](Site &s) { s.carbon.greenPowerHourlyKWh.clear(); });
    });
    m_form->addRefresher([this, replaced](const std::vector<Site> &sites) {
        const std::vector<double> &hourly = sites.front().carbon.greenPowerHourlyKWh;
        const bool set = !hourly.empty();
        const double sum = std::accumulate(hourly.begin(), hourly.end(), 0.0);
        m_greenProfile->setText(set ? tr("%1 MWh/yr over %2 h; replaces the amount and share")
                                          .arg(QLocale().toString(sum / 1000.0, 'f', 1))
                                          .arg(QLocale().toString(qlonglong(hourly.size())))
                                    : tr("None: the amount is spread over the hours in proportion to import"));
        m_clearGreenProfile->setEnabled(set);
        for (QWidget *w : replaced)
            w->setEnabled(!set);
    });
}

// Reads a green-power profile (one value per hour, kWh) and sets it as one undo step; a file
// that cannot be read says why and changes nothing.
void SitePanel::useGreenProfile(const QString &path)
{
    const energy::ProfileReadResult read = energy::readProfileCsv(path);
    if (!read.error.isEmpty()) {
        showProblems({read.error});
        return;
    }
    m_form->apply(tr("Import hourly green power"), QString(),
                  [&](Site &s) { s.carbon.greenPowerHourlyKWh = read.valuesKWh; });
}

void SitePanel::chooseGreenProfile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Hourly Green Power"),
                                                      QFileInfo(m_document->filePath()).absolutePath(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        useGreenProfile(path);
}

void SitePanel::showProblems(const QStringList &problems)
{
    m_problems->setText(problems.isEmpty() ? QString() : tr("Not applied: %1").arg(problems.join(QLatin1Char('\n'))));
    m_problems->setVisible(!problems.isEmpty());
}

namespace {

// "MM-DD" as typed; anything else becomes a day that validation refuses with the field's path.
heat::SeasonDay typedDay(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('-'));
    bool monthOk = false, dayOk = false;
    const int month = parts.size() == 2 ? parts[0].toInt(&monthOk) : 0;
    const int day = parts.size() == 2 ? parts[1].toInt(&dayOk) : 0;
    return monthOk && dayOk ? heat::SeasonDay{month, day} : heat::SeasonDay{0, 0};
}

} // namespace

// Heat and fuels (spec §14): the heating season, the ground temperature and how carriers count.
void SitePanel::addHeatGroup(QVBoxLayout *page)
{
    auto &f = *m_form;
    QFormLayout *form = addFormGroup(page, tr("Heat and fuels"));
    f.addText(form, tr("Heating from:"), tr("First day of the heating season, as MM-DD (included)"), false,
              [](const Site &s) { return heat::formatSeasonDay(s.heat.season.start); },
              [](Site &s, const QString &text) { s.heat.season.start = typedDay(text); })
        ->setObjectName(QStringLiteral("site.heat.season_start"));
    f.addText(form, tr("Heating until:"), tr("Last day of the heating season, as MM-DD (included)"), false,
              [](const Site &s) { return heat::formatSeasonDay(s.heat.season.end); },
              [](Site &s, const QString &text) { s.heat.season.end = typedDay(text); })
        ->setObjectName(QStringLiteral("site.heat.season_end"));
    f.addOptionalNumber(form, tr("Ground temperature:"), tr("Set"),
                        tr("Ground temperature of ground-source heat pumps. Unset: the weather year's mean"),
                        {0.0, 40.0, 1, 0.5, tr(" °C")},
                        [](const Site &s) { return s.heat.groundTempC.value_or(-1.0); },
                        [](Site &s, double v) {
                            if (v < 0.0)
                                s.heat.groundTempC.reset();
                            else
                                s.heat.groundTempC = v;
                        },
                        {});
    f.addChoice<heat::ElectricityConversion>(
        form, tr("Electricity to coal:"),
        tr("How electricity counts in standard coal for the indicator over all carriers. The results show both; "
           "the verdict uses this one"),
        {{heat::ElectricityConversion::CalorificEquivalent, tr("Calorific equivalent (0.1229 kgce/kWh)")},
         {heat::ElectricityConversion::CoalConsumption, tr("Coal-consumption method (0.3055 kgce/kWh)")}},
        [](const Site &s) {
            return s.heat.electricityKgcePerKWh == heat::kKgcePerKWhCoalConsumption
                ? heat::ElectricityConversion::CoalConsumption
                : heat::ElectricityConversion::CalorificEquivalent;
        },
        [](Site &s, heat::ElectricityConversion method) { s.heat.electricityKgcePerKWh = heat::kgcePerKWh(method); })
        ->setObjectName(QStringLiteral("site.heat.conversion"));
    f.addNumber(form, tr("Heat emission factor:"), tr("CO₂ of purchased (district) heat; 0 for waste or renewable heat"),
                {0.0, 1.0, 3, 0.01, tr(" tCO₂/GJ")}, PZ_FIELD(heat.heatFactorTCO2PerGJ));
    f.addNumber(form, tr("Clean district heat:"), tr("Share of the district heat counted as clean and renewable"),
                {0.0, 100.0, 0, 5.0, tr(" %"), 100.0}, PZ_FIELD(heat.districtHeatCleanShare));
    f.addCheck(form, QString(), tr("Natural gas counts as clean"),
               tr("Count natural gas in the clean-energy share (never in the renewable share)"),
               PZ_FIELD(heat.gasCountsAsClean));
}

} // namespace pz
