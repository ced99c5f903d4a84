// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/costspanel.h"
#include "panels/panelwidgets.h"

#include "document/parkdocument.h"
#include "economics/settings.h"
#include "heat/heatsettings.h"
#include "io/economicsjson.h"
#include "panels/costfields.h"
#include "panels/formbuilder.h"
#include "panels/tariffeditor.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <cmath>

namespace pz {

namespace {

constexpr double kSpinLimit = 1e9;   // spin boxes need finite bounds; the model's are open

QFormLayout *addGroup(QVBoxLayout *page, const QString &title)
{
    QFormLayout *form = addFormGroup(page, title);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);   // long labels (heat rows) above their field
    return form;
}

// A step of about a tenth of the default's order of magnitude.
double stepFor(double shownDefault, int decimals)
{
    const double minStep = std::pow(10.0, -decimals);
    if (!(shownDefault > 0.0))
        return 1.0;
    return std::max(minStep, std::pow(10.0, std::floor(std::log10(shownDefault)) - 1.0));
}

bool isDefault(const economics::SettingField &f, const Site &site)
{
    return f.get(site.economics) == f.get(economics::EconomicsSettings{});
}

} // namespace

CostsPanel::CostsPanel(ParkDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    m_problems = createProblemsLabel(QStringLiteral("problems"));
    outer->addWidget(m_problems);

    auto *files = new QHBoxLayout;
    auto *save = new QPushButton(tr("Save cost set…"));
    save->setToolTip(tr("Saves the costs, fuel prices and tariff as a cost set (*.pzcosts) for other projects"));
    auto *load = new QPushButton(tr("Load cost set…"));
    load->setToolTip(tr("Replaces the costs, fuel prices and tariff with those of a cost set; the analysis period, "
                        "rates, direct line and BAU choice stay"));
    files->addWidget(save);
    files->addWidget(load);
    files->addStretch(1);
    outer->addLayout(files);
    connect(save, &QPushButton::clicked, this, &CostsPanel::chooseAndSave);
    connect(load, &QPushButton::clicked, this, &CostsPanel::chooseAndLoad);

    m_content = new QWidget;
    auto *page = new QVBoxLayout(m_content);
    page->setContentsMargins(0, 0, 0, 0);
    auto *note = new QLabel(tr("Costs are indicative, in CNY of 2025 (real). Defaults marked “placeholder” are "
                               "to be replaced by your own."));
    note->setWordWrap(true);
    page->addWidget(note);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);   // the form follows the dock's width
    scroll->setWidget(m_content);
    outer->addWidget(scroll, 1);

    FormBuilder<Site>::Context context;
    context.document = document;
    context.current = [document] { return std::vector<Site>{document->park().site}; };
    context.commit = [document](const std::vector<Site> &values, const QString &text, const QString &key,
                                QStringList *problems) { return document->changeSite(values.front(), text, key, problems); };
    context.report = [this](const QStringList &problems) { showProblems(problems); };
    m_form = std::make_unique<FormBuilder<Site>>(std::move(context), QStringLiteral("economics"));
    addFields(page);
    page->addStretch(1);
    m_form->addRefresher([this](const std::vector<Site> &) { updateMarks(); });
    connect(m_tariff, &TariffEditor::problemsChanged, this, [this](const QStringList &problems) {
        if (!problems.isEmpty())
            m_problems->hide();   // the editor shows them itself
    });

    connect(document, &ParkDocument::changed, this, [this](const ChangeEvent &event) {
        if (event.type == ChangeEvent::Type::SiteChanged || event.type == ChangeEvent::Type::ParkReset)
            m_form->refresh();
    });
    m_form->refresh();
}

CostsPanel::~CostsPanel()
{
    // Widgets call back into the form while being destroyed (editingFinished on focus out).
    delete m_content;
}

// One group box per CostFields::Group in the order of the enum, one row per numeric field of
// settingFields(); the tariff group holds the tariff editor above its numbers.
void CostsPanel::addFields(QVBoxLayout *page)
{
    using Group = CostFields::Group;
    for (const Group group : {Group::General, Group::Tariff, Group::Fuels, Group::Pv, Group::Wind, Group::Storage,
                              Group::Heat, Group::DirectLine}) {
        QFormLayout *form = addGroup(page, CostFields::groupTitle(group));
        if (group == Group::Tariff) {
            m_tariff = new TariffEditor(m_document);
            form->addRow(m_tariff);
        }
        for (const economics::SettingField &f : economics::settingFields()) {
            if (CostFields::groupOf(f.key) != group)
                continue;
            if (f.get)
                addField(form, f.key);
            else if (f.key == QLatin1String("bau_heat_supply"))
                addBauChoice(form);
        }
    }
}

void CostsPanel::addField(QFormLayout *form, const QString &key)
{
    const economics::SettingField *f = economics::settingField(key);
    const QString label = tr("%1:").arg(CostFields::label(key));
    const QString unit = CostFields::unit(key);
    const QString suffix = unit.isEmpty() ? QString() : QLatin1Char(' ') + unit;
    const double scale = CostFields::scale(key);
    const double shownDefault = f->get(economics::EconomicsSettings{}) * scale;
    const QString toolTip = tr("%1. The default is %2%3.")
                                .arg(CostFields::evidenceText(key), QLocale().toString(shownDefault), suffix);
    auto get = [f](const Site &s) { return f->get(s.economics); };
    auto set = [f](Site &s, double v) { f->set(s.economics, v); };
    QWidget *editor = nullptr;
    if (f->whole) {
        editor = m_form->addInteger(
            form, label, toolTip, int(std::max(f->min, -kSpinLimit)), int(std::min(f->max, kSpinLimit)), suffix,
            [get](const Site &s) { return int(std::lround(get(s))); }, [set](Site &s, int v) { set(s, v); });
    } else {
        const int decimals = CostFields::decimals(key);
        const NumberSpec spec{std::max(f->min * scale, -kSpinLimit), std::min(f->max * scale, kSpinLimit), decimals,
                              stepFor(shownDefault, decimals), suffix, scale};
        editor = m_form->addNumber(form, label, toolTip, spec, get, set);
    }
    editor->setObjectName(QStringLiteral("economics.") + key);
    // The open ranges would size the spin boxes for a billion; room for the usual values.
    editor->setMinimumWidth(editor->fontMetrics().horizontalAdvance(QLatin1String("00000.00") + suffix) + 20);
    editor->setSizePolicy(QSizePolicy::Ignored, editor->sizePolicy().verticalPolicy());
    m_editors.insert(key, editor);
    m_labels.insert(key, qobject_cast<QLabel *>(form->labelForField(editor)));
}

void CostsPanel::addBauChoice(QFormLayout *form)
{
    std::vector<std::pair<int, QString>> items{{-1, tr("Same as the design")}};
    for (int i = 0; i < economics::kHeatTechnologyCount; ++i)
        items.emplace_back(i, heat::displayName(heat::HeatSupply(i)));
    auto *combo = m_form->addChoice<int>(
        form, tr("BAU heat supply:"),
        tr("The heat supply of the business-as-usual park the design is compared with: each building's own, or one "
           "technology for all"),
        items, [](const Site &s) { return s.economics.bauHeatSupply ? int(*s.economics.bauHeatSupply) : -1; },
        [](Site &s, int v) {
            if (v < 0)
                s.economics.bauHeatSupply.reset();
            else
                s.economics.bauHeatSupply = economics::HeatTechnology(v);
        });
    combo->setObjectName(QStringLiteral("economics.bau_heat_supply"));
}

// A placeholder default is tagged as long as the field still holds it.
void CostsPanel::updateMarks()
{
    const Site &site = m_document->park().site;
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        const economics::SettingField *f = economics::settingField(it.key());
        const bool placeholder = f->isPlaceholder() && isDefault(*f, site);
        const QString text = tr("%1:").arg(CostFields::label(it.key())).toHtmlEscaped();
        it.value()->setText(placeholder ? QStringLiteral("%1 <i style=\"color:#a15c00\">%2</i>").arg(text, tr("placeholder"))
                                        : text);
        m_editors.value(it.key())->setProperty("placeholder", placeholder);
    }
}

QStringList CostsPanel::placeholderKeys() const
{
    QStringList keys;
    const QLatin1String prefix("economics.");
    for (const QWidget *w : findChildren<QWidget *>())
        if (w->property("placeholder").toBool() && w->objectName().startsWith(prefix))
            keys << w->objectName().mid(prefix.size());
    keys.sort();
    return keys;
}

QString CostsPanel::problemText() const
{
    return m_problems->isHidden() ? QString() : m_problems->text();
}

void CostsPanel::showProblems(const QStringList &problems)
{
    m_problems->setText(problems.isEmpty() ? QString() : tr("Not applied: %1").arg(problems.join(QLatin1Char('\n'))));
    m_problems->setVisible(!problems.isEmpty());
}

bool CostsPanel::saveCostSet(const QString &path)
{
    QString error;
    const bool ok = io::saveCostSet(m_document->park().site.economics, path, &error);
    showProblems(ok ? QStringList() : QStringList{tr("%1: %2").arg(QFileInfo(path).fileName(), error)});
    return ok;
}

bool CostsPanel::loadCostSet(const QString &path)
{
    Site site = m_document->park().site;
    QStringList problems;
    bool ok = io::loadCostSet(path, site.economics, &problems);
    if (ok)
        ok = m_document->changeSite(site, tr("Load cost set %1").arg(QFileInfo(path).fileName()), {}, &problems);
    showProblems(ok ? QStringList() : problems);
    return ok;
}

void CostsPanel::chooseAndSave()
{
    const QString dir = QFileInfo(m_document->filePath()).absolutePath();
    QString path = QFileDialog::getSaveFileName(this, tr("Save Cost Set"), dir, tr("Cost sets (*.pzcosts)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pzcosts");
    saveCostSet(path);
}

void CostsPanel::chooseAndLoad()
{
    const QString dir = QFileInfo(m_document->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Load Cost Set"), dir,
                                                      tr("Cost sets (*.pzcosts);;All files (*)"));
    if (!path.isEmpty())
        loadCostSet(path);
}

} // namespace pz
