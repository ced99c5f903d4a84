// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/backgroundspanel.h"

#include "document/parkdocument.h"
#include "files/backgroundimport.h"
#include "io/projectpaths.h"
#include "panels/editsession.h"
#include "panels/formbuilder.h"
#include "panels/panelwidgets.h"

#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>
#include <numbers>

namespace pz {

BackgroundsPanel::BackgroundsPanel(ParkDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    m_problems = createProblemsLabel(QStringLiteral("problems"));
    outer->addWidget(m_problems);
    auto *content = new QWidget;
    auto *page = new QVBoxLayout(content);
    page->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    addListGroup(page);
    addForm(page);
    page->addStretch(1);
    fitToNarrowDock(content);

    connect(document, &ParkDocument::changed, this, [this](const ChangeEvent &event) {
        if (event.type == ChangeEvent::Type::SiteChanged || event.type == ChangeEvent::Type::ParkReset ||
            event.type == ChangeEvent::Type::ScenarioSwitched)
            refreshList();
    });
    connect(document, &ParkDocument::filePathChanged, this, [this] { refreshList(); });
    refreshList();
}

BackgroundsPanel::~BackgroundsPanel() = default;

void BackgroundsPanel::addListGroup(QVBoxLayout *page)
{
    auto *group = new QGroupBox(tr("Background images"));
    auto *layout = new QVBoxLayout(group);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("backgrounds.list"));
    m_list->setMinimumHeight(90);
    m_list->setToolTip(tr("Pictures under the site plan; later ones are drawn over earlier ones"));
    layout->addWidget(m_list);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_selected = row;
        refreshForm();
    });
    auto *buttons = new QHBoxLayout;
    auto button = [&](const QString &text, const QString &tip, const char *name) {
        auto *b = new QPushButton(text);
        b->setToolTip(tip);
        b->setObjectName(QString::fromLatin1(name));
        buttons->addWidget(b);
        return b;
    };
    connect(button(tr("Import…"), tr("Import a GeoTIFF, PNG or JPEG as a background"), "backgrounds.import"),
            &QPushButton::clicked, this, &BackgroundsPanel::importRequested);
    m_remove = button(tr("Remove"), tr("Remove the selected background"), "backgrounds.remove");
    m_up = button(tr("↑"), tr("Draw the selected background over the next one"), "backgrounds.up");
    m_down = button(tr("↓"), tr("Draw the selected background under the previous one"), "backgrounds.down");
    buttons->addStretch(1);
    connect(m_remove, &QPushButton::clicked, this, &BackgroundsPanel::removeBackground);
    connect(m_up, &QPushButton::clicked, this, [this] { moveBackground(+1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveBackground(-1); });
    layout->addLayout(buttons);
    page->addWidget(group);
}

void BackgroundsPanel::addForm(QVBoxLayout *page)
{
    FormBuilder<Background>::Context context;
    context.document = m_document;
    context.current = [this] {
        const std::vector<Background> &all = m_document->park().site.backgrounds;
        return m_selected >= 0 && m_selected < int(all.size()) ? std::vector{all[std::size_t(m_selected)]}
                                                               : std::vector<Background>{};
    };
    context.commit = [this](const std::vector<Background> &values, const QString &text, const QString &key,
                            QStringList *problems) {
        Site site = m_document->park().site;
        if (m_selected < 0 || m_selected >= int(site.backgrounds.size()))
            return false;
        site.backgrounds[std::size_t(m_selected)] = values.front();
        return m_document->changeSite(site, text, key, problems);
    };
    context.report = [this](const QStringList &problems) { showProblems(problems); };
    m_form = std::make_unique<FormBuilder<Background>>(std::move(context), QStringLiteral("backgrounds.form"));
    auto &f = *m_form;

    auto *group = new QGroupBox(tr("Selected background"));
    m_formGroup = group;
    auto *form = new QFormLayout(group);
    f.addText(form, tr("Name:"), tr("The background's name in this list"), true, PZ_FIELD(name));
    addOpacityRow(form);
    f.addCheck(form, QString(), tr("Visible"), tr("Draw the image under the plan"), PZ_FIELD(visible));
    f.addCheck(form, QString(), tr("Locked"), tr("Keep the image where it is: its place cannot be changed"),
               PZ_FIELD(locked));
    m_east = f.addNumber(form, tr("Top-left east:"), tr("Plan x of the image's top-left corner"),
                         {-1e6, 1e6, 2, 1.0, tr(" m")}, PZ_FIELD(pixelToPlan.c));
    m_north = f.addNumber(form, tr("Top-left north:"), tr("Plan y of the image's top-left corner"),
                          {-1e6, 1e6, 2, 1.0, tr(" m")}, PZ_FIELD(pixelToPlan.f));
    f.addDerived(form, tr("Scale:"), QString(), [](const std::vector<Background> &values) {
        const PixelToPlan &t = values.front().pixelToPlan;
        return tr("%1 m per pixel, rotated %2°")
            .arg(std::sqrt(std::abs(t.determinant())), 0, 'g', 4)
            .arg(std::atan2(t.d, t.a) * 180.0 / std::numbers::pi, 0, 'f', 1);
    });
    f.addDerived(form, tr("File:"), QString(), [this](const std::vector<Background> &values) {
        const QString path = io::resolveProjectPath(m_document->filePath(), values.front().filePath);
        return QFileInfo::exists(path) ? QDir::toNativeSeparators(values.front().filePath)
                                       : tr("%1 (missing)").arg(QDir::toNativeSeparators(values.front().filePath));
    });
    m_recalibrate = new QPushButton(tr("Recalibrate…"));
    m_recalibrate->setObjectName(QStringLiteral("backgrounds.recalibrate"));
    m_recalibrate->setToolTip(tr("Place the image again by two points"));
    form->addRow(m_recalibrate);
    connect(m_recalibrate, &QPushButton::clicked, this,
            [this] { BackgroundImport::recalibrate(*m_document, m_selected, this); });
    f.addRefresher([this](const std::vector<Background> &values) {
        const bool locked = values.front().locked;
        m_east->setEnabled(!locked);
        m_north->setEnabled(!locked);
        m_recalibrate->setEnabled(!locked);
    });
    page->addWidget(group);
}

// Opacity as a slider (0–100 %); a drag is one undo step.
void BackgroundsPanel::addOpacityRow(QFormLayout *form)
{
    m_opacity = new QSlider(Qt::Horizontal);
    m_opacity->setObjectName(QStringLiteral("backgrounds.opacity"));
    m_opacity->setRange(0, 100);
    m_opacity->setToolTip(tr("How strongly the image shows: 0 % invisible, 100 % opaque"));
    form->addRow(tr("Opacity:"), m_opacity);
    m_opacitySession = new EditSession(m_document, m_opacity, QStringLiteral("backgrounds.opacity"));
    connect(m_opacity, &QSlider::valueChanged, this, [this](int percent) {
        m_form->apply(tr("Change background opacity"), m_opacitySession->key(),
                      [&](Background &g) { g.opacity = percent / 100.0; });
    });
    connect(m_opacity, &QSlider::sliderReleased, m_opacitySession, &EditSession::finish);
    m_form->addRefresher([this](const std::vector<Background> &values) {
        const QSignalBlocker blocker(m_opacity);
        m_opacity->setValue(int(std::lround(values.front().opacity * 100.0)));
    });
}

void BackgroundsPanel::refreshList()
{
    const std::vector<Background> &all = m_document->park().site.backgrounds;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const Background &g : all) {
            const bool found = QFileInfo::exists(io::resolveProjectPath(m_document->filePath(), g.filePath));
            QString text = g.name.isEmpty() ? QFileInfo(g.filePath).fileName() : g.name;
            if (!found)
                text = tr("%1 (missing)").arg(text);
            if (g.locked)
                text = tr("%1 (locked)").arg(text);
            m_list->addItem(text);
        }
        if (m_selected >= int(all.size()) || (m_selected < 0 && !all.empty()))
            m_selected = all.empty() ? -1 : std::min(std::max(m_selected, 0), int(all.size()) - 1);
        if (m_selected >= 0)
            m_list->setCurrentRow(m_selected);
    }
    refreshForm();
}

void BackgroundsPanel::refreshForm()
{
    const int count = int(m_document->park().site.backgrounds.size());
    const bool valid = m_selected >= 0 && m_selected < count;
    m_formGroup->setVisible(valid);
    m_remove->setEnabled(valid);
    m_up->setEnabled(valid && m_selected + 1 < count);
    m_down->setEnabled(valid && m_selected > 0);
    if (valid)
        m_form->refresh();
}

void BackgroundsPanel::selectBackground(int index)
{
    m_list->setCurrentRow(index);
}

bool BackgroundsPanel::editBackgrounds(const QString &text, const std::function<void(std::vector<Background> &)> &edit)
{
    Site site = m_document->park().site;
    edit(site.backgrounds);
    QStringList problems;
    const bool ok = m_document->changeSite(site, text, QString(), &problems);
    showProblems(ok ? QStringList() : problems);
    return ok;
}

void BackgroundsPanel::removeBackground()
{
    const int at = m_selected;
    editBackgrounds(tr("Remove background"),
                    [&](std::vector<Background> &all) { all.erase(all.begin() + at); });
}

void BackgroundsPanel::moveBackground(int delta)
{
    const int from = m_selected, to = m_selected + delta;
    if (editBackgrounds(tr("Move background"), [&](std::vector<Background> &all) {
            std::swap(all[std::size_t(from)], all[std::size_t(to)]);
        }))
        selectBackground(to);
}

QString BackgroundsPanel::problemsText() const
{
    return m_problems->isVisible() ? m_problems->text() : QString();
}

void BackgroundsPanel::showProblems(const QStringList &problems)
{
    m_problems->setText(problems.isEmpty() ? QString() : tr("Not applied: %1").arg(problems.join(QLatin1Char('\n'))));
    m_problems->setVisible(!problems.isEmpty());
}

} // namespace pz
