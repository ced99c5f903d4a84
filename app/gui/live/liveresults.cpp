// SPDX-License-Identifier: GPL-3.0-or-later
#include "liveresults.h"

#include "document/parkdocument.h"
#include "engine/computeengine.h"
#include "map/mapscene.h"
#include "results/resultspanel.h"

#include <QAction>
#include <QActionGroup>
#include <QLocale>
#include <QTimer>
#include <algorithm>

namespace pz {

namespace {

// Five-stop ramps: a sequential one for yield (more is darker, no alarm colours) and one from
// good (green) to poor (red) for losses.
QColor ramp(const QColor (&stops)[5], double t)
{
    t = std::clamp(t, 0.0, 1.0);
    const double x = t * 4.0;
    const int i = std::min(3, int(x));
    const double f = x - i;
    const QColor &a = stops[i], &b = stops[i + 1];
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * f, a.greenF() + (b.greenF() - a.greenF()) * f,
                            a.blueF() + (b.blueF() - a.blueF()) * f);
}

QColor yieldColour(double t)
{
    static const QColor stops[5] = {QColor(0xff, 0xff, 0xcc), QColor(0xc2, 0xe6, 0x99), QColor(0x78, 0xc6, 0x79),
                                    QColor(0x31, 0xa3, 0x54), QColor(0x00, 0x68, 0x37)};
    return ramp(stops, t);
}

QColor lossColour(double t)
{
    static const QColor stops[5] = {QColor(0xd7, 0x30, 0x27), QColor(0xfc, 0x8d, 0x59), QColor(0xfe, 0xe0, 0x8b),
                                    QColor(0x91, 0xcf, 0x60), QColor(0x1a, 0x98, 0x50)};
    return ramp(stops, t);
}

} // namespace

LiveResults::LiveResults(ParkDocument *document, MapScene *map, ResultsPanel *panel, QObject *parent)
    : QObject(parent), m_document(document), m_map(map), m_panel(panel), m_engine(new ComputeEngine(this)),
      m_colouringGroup(new QActionGroup(this)), m_previewTimer(new QTimer(this))
{
    m_previewTimer->setSingleShot(true);
    connect(m_previewTimer, &QTimer::timeout, this, [this] {
        if (m_heldPreview) {
            const SimulationResult held = std::move(*m_heldPreview);
            m_heldPreview.reset();
            apply(held);
        }
    });
    struct Choice {
        Colouring colouring;
        QString text;
    };
    const Choice choices[] = {{Colouring::None, tr("No PV colouring")},
                              {Colouring::SpecificYield, tr("Colour PV by specific yield")},
                              {Colouring::ShadingLoss, tr("Colour PV by shading loss")},
                              {Colouring::HeatIntensity, tr("Colour buildings by heat demand")}};
    for (const Choice &c : choices) {
        QAction *action = m_colouringGroup->addAction(c.text);
        action->setCheckable(true);
        action->setChecked(c.colouring == m_colouring);
        connect(action, &QAction::triggered, this, [this, colouring = c.colouring] { setColouring(colouring); });
    }

    connect(document, &ParkDocument::changed, this, [this] {
        if (m_panel)
            m_panel->setState(ResultState::Stale);
    });
    connect(m_engine, &ComputeEngine::started, this, [this] {
        if (m_panel)
            m_panel->setState(ResultState::Computing);
    });
    connect(m_engine, &ComputeEngine::resultReady, this, &LiveResults::onResult);
    if (m_map) {
        m_map->setToolTipProvider([this](ObjectId id) { return toolTipFor(id); });
        connect(m_map, &MapScene::previewChanged, this, &LiveResults::onPreviewChanged);
        connect(m_map, &MapScene::previewEnded, this, &LiveResults::onPreviewEnded);
    }
    if (m_panel)
        m_panel->setHeadline(document->park().site.carbon.headline);
    m_engine->watch(document);
}

LiveResults::~LiveResults()
{
    if (m_map)
        m_map->setToolTipProvider({});
}

const SimulationResult &LiveResults::result() const
{
    return m_engine->lastResult();
}

QList<QAction *> LiveResults::colouringActions() const
{
    return m_colouringGroup->actions();
}

void LiveResults::setColouring(Colouring colouring)
{
    m_colouring = colouring;
    const QList<QAction *> actions = m_colouringGroup->actions();
    actions.at(int(colouring))->setChecked(true);
    updateOverlay();
}

void LiveResults::setShadows(const QVector<QPolygonF> &shadows)
{
    m_shadows = shadows;
    updateOverlay();
}

void LiveResults::onPreviewChanged(const std::vector<ParkObject> &values)
{
    Park previewed = m_document->park();
    for (const ParkObject &value : values)
        previewed.replace(value);
    m_engine->requestPreview(previewed, m_document->revision());
}

void LiveResults::onPreviewEnded()
{
    // Cancelled: back to the document. Committed: the document's change has asked already.
    if (m_engine->lastRequestWasPreview() && m_engine->requestedRevision() == m_document->revision())
        m_engine->request(m_document->park(), m_document->revision());
}

void LiveResults::onResult(const SimulationResult &result)
{
    if (!result.preview) {
        m_heldPreview.reset();
        m_previewTimer->stop();
        apply(result);
        return;
    }
    // Applying a result redraws the panel's charts: during a drag, at most every interval.
    if (!m_sincePreviewApplied.isValid() || m_sincePreviewApplied.elapsed() >= kPreviewIntervalMs) {
        apply(result);
        return;
    }
    m_heldPreview = result;
    if (!m_previewTimer->isActive())
        m_previewTimer->start(int(kPreviewIntervalMs - m_sincePreviewApplied.elapsed()));
}

void LiveResults::apply(const SimulationResult &result)
{
    if (result.preview) {
        // A preview that arrives after the drag ended is of no use any more.
        if (!m_engine->lastRequestWasPreview())
            return;
        m_sincePreviewApplied.start();
    }
    // Only the result of the document's current revision is shown as up to date.
    if (m_panel) {
        m_panel->setHeadline(m_document->park().site.carbon.headline);
        if (result.ok) {
            m_panel->setResult(result);
            if (result.preview)
                m_panel->setState(ResultState::Preview);
            else
                m_panel->setState(result.revision == m_document->revision() ? ResultState::UpToDate
                                                                            : ResultState::Stale);
        } else {
            m_panel->setFailure(result.error);
        }
    }
    updateOverlay();
    Q_EMIT resultApplied(result);
}

void LiveResults::updateOverlay()
{
    if (!m_map)
        return;
    MapOverlay overlay = colouringOverlay(result(), m_colouring, QLocale());
    overlay.shadows = m_shadows;
    m_map->setOverlay(overlay);
}

MapOverlay LiveResults::colouringOverlay(const SimulationResult &r, Colouring colouring, const QLocale &locale)
{
    MapOverlay overlay;
    if (!r.ok || colouring == Colouring::None)
        return overlay;
    if (colouring == Colouring::HeatIntensity) {
        addHeatColouring(r, overlay, locale);
    } else if (!r.objects.empty()) {
        if (colouring == Colouring::SpecificYield) {
            double lo = r.objects.front().specificYieldKWhPerKWp, hi = lo;
            for (const PvObjectResult &o : r.objects) {
                lo = std::min(lo, o.specificYieldKWhPerKWp);
                hi = std::max(hi, o.specificYieldKWhPerKWp);
            }
            // A span of at least 100 kWh/kWp keeps kTiny differences from looking dramatic.
            if (hi - lo < 100.0)
                lo = hi - 100.0;
            for (const PvObjectResult &o : r.objects)
                overlay.fill.insert(o.id, yieldColour((o.specificYieldKWhPerKWp - lo) / (hi - lo)));
            overlay.legendTitle = tr("Specific yield (kWh/kWp)");
            for (int i = 4; i >= 0; --i)
                overlay.legend.append({yieldColour(i / 4.0), locale.toString(lo + (hi - lo) * i / 4.0, 'f', 0)});
        } else {
            double hi = 5.0;  // at least 0–5 %
            for (const PvObjectResult &o : r.objects)
                hi = std::max(hi, o.shadingLossPct);
            for (const PvObjectResult &o : r.objects)
                overlay.fill.insert(o.id, lossColour(1.0 - o.shadingLossPct / hi));
            overlay.legendTitle = tr("Shading loss (%)");
            for (int i = 0; i <= 4; ++i)
                overlay.legend.append({lossColour(1.0 - i / 4.0), locale.toString(hi * i / 4.0, 'f', 1)});
        }
    }
    addTurbineColours(r, overlay, locale);
    return overlay;
}

// Wind turbines by wake loss (spec wind.md §12.8), with the legend when there is no PV to show.
void LiveResults::addTurbineColours(const SimulationResult &r, MapOverlay &overlay, const QLocale &locale)
{
    if (r.turbines.empty())
        return;
    double hi = 20.0;  // at least 0–20 %
    for (const WindTurbineResult &t : r.turbines)
        hi = std::max(hi, t.wakeLossPct);
    for (const WindTurbineResult &t : r.turbines)
        overlay.fill.insert(t.id, lossColour(1.0 - t.wakeLossPct / hi));
    if (!overlay.legend.isEmpty())
        return;
    overlay.legendTitle = tr("Wake loss (%)");
    for (int i = 0; i <= 4; ++i)
        overlay.legend.append({lossColour(1.0 - i / 4.0), locale.toString(hi * i / 4.0, 'f', 0)});
}

// Buildings by heat demand per m² of floor area (spec §14): the whole building, light to dark red.
void LiveResults::addHeatColouring(const SimulationResult &r, MapOverlay &overlay, const QLocale &locale)
{
    if (!r.heat.present || r.buildings.empty())
        return;
    double hi = 50.0;   // at least 0–50 kWh/m²·yr
    for (const BuildingHeatResult &b : r.buildings)
        hi = std::max(hi, b.heatIntensityKWhPerM2);
    for (const BuildingHeatResult &b : r.buildings)
        overlay.body.insert(b.id, lossColour(1.0 - 0.5 * b.heatIntensityKWhPerM2 / hi));
    overlay.legendTitle = tr("Heat demand (kWh/m²·yr)");
    for (int i = 4; i >= 0; --i)
        overlay.legend.append({lossColour(1.0 - 0.5 * i / 4.0), locale.toString(hi * i / 4.0, 'f', 0)});
}

QString LiveResults::toolTipFor(ObjectId id) const
{
    const ParkObject *object = m_document->park().find(id);
    if (!object)
        return {};
    const QLocale locale;
    QString text = QStringLiteral("<b>%1</b><br/>%2").arg(nameOf(*object).toHtmlEscaped(), displayName(kindOf(*object)));
    if (const auto *b = std::get_if<Building>(object))
        text += QStringLiteral("<br/>") + tr("%1 · %2 m · floor area %3 m²")
                                             .arg(displayName(b->useType), locale.toString(b->heightM, 'f', 1),
                                                  locale.toString(b->floorAreaM2(), 'f', 0));
    for (const PvObjectResult &o : result().objects) {
        if (o.id != id)
            continue;
        text += QStringLiteral("<br/>") +
                tr("PV %1 kWp · %2 MWh/yr · %3 kWh/kWp · shading loss %4 %")
                    .arg(locale.toString(o.kwp, 'f', 0), locale.toString(o.annualAcKWh / 1000.0, 'f', 1),
                         locale.toString(o.specificYieldKWhPerKWp, 'f', 0), locale.toString(o.shadingLossPct, 'f', 1));
    }
    for (const WindTurbineResult &t : result().turbines) {
        if (t.id != id)
            continue;
        text += QStringLiteral("<br/>") +
                tr("%1 kW · %2 MWh/yr · capacity factor %3 % · wake loss %4 %")
                    .arg(locale.toString(t.ratedKW, 'f', 0), locale.toString(t.annualNetKWh / 1000.0, 'f', 1),
                         locale.toString(t.capacityFactorPct, 'f', 1), locale.toString(t.wakeLossPct, 'f', 1));
    }
    if (result().revision != m_document->revision())
        text += QStringLiteral("<br/><i>") + tr("Updating…") + QStringLiteral("</i>");
    return text;
}

} // namespace pz
