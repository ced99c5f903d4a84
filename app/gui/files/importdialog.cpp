// SPDX-License-Identifier: GPL-3.0-or-later
#include "files/importdialog.h"

#include "document/parkdocument.h"
#include "document/undomacroguard.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pz {

namespace {

enum LayerColumn { ColName, ColCount, ColGeometry, ColCrs, ColKind, ColFilter, ColCount_ };

constexpr geo::ImportKind kKinds[] = {geo::ImportKind::Building, geo::ImportKind::PvField,
                                      geo::ImportKind::GreenSpace, geo::ImportKind::Boundary};

QString kindName(geo::ImportKind kind)
{
    switch (kind) {
    case geo::ImportKind::Building: return ImportDialog::tr("Buildings");
    case geo::ImportKind::PvField: return ImportDialog::tr("PV fields");
    case geo::ImportKind::GreenSpace: return ImportDialog::tr("Green space");
    case geo::ImportKind::Boundary: return ImportDialog::tr("Site boundary");
    }
    return {};
}

// Layers of areas are imported as buildings by default; lines and points (and OSM's other
// layers) are not, since they rarely hold footprints.
bool importedByDefault(const QString &driver, const geo::LayerInfo &layer)
{
    if (driver == QLatin1String("OSM"))
        return layer.name == QLatin1String("multipolygons");
    return !layer.geometryType.contains(QLatin1String("Point"), Qt::CaseInsensitive);
}

QComboBox *attributeCombo(const QStringList &fields, const QString &preferred, bool allowNone)
{
    auto *combo = new QComboBox;
    combo->setEditable(true);  // OSM's other_tags and hstore keys are not fields
    if (allowNone)
        combo->addItem(QString());
    combo->addItems(fields);
    combo->setCurrentText(preferred);
    return combo;
}

QPainterPath pathOf(const Outline &outline)
{
    QPainterPath path;
    if (outline.empty())
        return path;
    path.moveTo(outline.front().x(), -outline.front().y());
    for (const Point2 &p : outline)
        path.lineTo(p.x(), -p.y());
    path.closeSubpath();
    return path;
}

} // namespace

ImportDialog::ImportDialog(const QString &path, geo::DatasetInfo dataset, const Park &park, QWidget *parent)
    : QDialog(parent), m_path(path), m_dataset(std::move(dataset)), m_park(park)
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
    m_layers = new QTableWidget(0, ColCount_);
    buildLayerTable();

    m_previewScene = new QGraphicsScene(this);
    m_previewView = new QGraphicsView(m_previewScene);
    m_previewView->setRenderHint(QPainter::Antialiasing);
    m_previewView->setMinimumSize(320, 240);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_details = new QPlainTextEdit;
    m_details->setReadOnly(true);
    m_details->setMaximumBlockCount(5000);

    auto *settings = new QWidget;
    auto *settingsLayout = new QVBoxLayout(settings);
    settingsLayout->setContentsMargins(0, 0, 0, 0);
    settingsLayout->addWidget(buildAttributeBox());
    settingsLayout->addWidget(buildDrawingBox());
    settingsLayout->addStretch();
    auto *preview = new QWidget;
    auto *previewLayout = new QVBoxLayout(preview);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previewView, 3);
    previewLayout->addWidget(m_summary);
    previewLayout->addWidget(m_details, 1);
    auto *lower = new QSplitter;
    lower->addWidget(settings);
    lower->addWidget(preview);
    lower->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_importButton = buttons->button(QDialogButtonBox::Ok);
    m_importButton->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("%1 (%2): choose what each layer becomes.")
                                     .arg(QFileInfo(path).fileName(), m_dataset.driver)));
    layout->addWidget(m_layers, 1);
    layout->addWidget(lower, 3);
    layout->addWidget(buttons);
    resize(980, 720);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &ImportDialog::startPreview);
    connect(&m_watcher, &QFutureWatcher<ImportOutcome>::finished, this, &ImportDialog::showPreview);
    startPreview();
}

void ImportDialog::buildLayerTable()
{
    m_layers->setHorizontalHeaderLabels({tr("Layer"), tr("Features"), tr("Geometry"), tr("Coordinates"),
                                         tr("Import as"), tr("Filter (OGR SQL)")});
    m_layers->verticalHeader()->hide();
    m_layers->setSelectionMode(QAbstractItemView::NoSelection);
    for (const geo::LayerInfo &layer : m_dataset.layers) {
        const int row = m_layers->rowCount();
        m_layers->insertRow(row);
        auto fixed = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setFlags(Qt::ItemIsEnabled);
            m_layers->setItem(row, column, item);
        };
        fixed(ColName, layer.name);
        fixed(ColCount, layer.featureCount < 0 ? tr("unknown") : QLocale().toString(layer.featureCount));
        fixed(ColGeometry, layer.geometryType);
        fixed(ColCrs, layer.crsName.isEmpty() ? tr("none (drawing units)") : layer.crsName);
        auto *kind = new QComboBox;
        kind->addItem(tr("Not imported"));
        for (geo::ImportKind k : kKinds)
            kind->addItem(kindName(k), int(k));
        kind->setCurrentIndex(importedByDefault(m_dataset.driver, layer) ? 1 : 0);
        connect(kind, &QComboBox::currentIndexChanged, this, &ImportDialog::schedulePreview);  // after the default
        m_layers->setCellWidget(row, ColKind, kind);
        m_layers->setItem(row, ColFilter, new QTableWidgetItem);
    }
    connect(m_layers, &QTableWidget::itemChanged, this, &ImportDialog::schedulePreview);
    m_layers->resizeColumnsToContents();
    m_layers->horizontalHeader()->setStretchLastSection(true);
}

QWidget *ImportDialog::buildAttributeBox()
{
    QStringList fields;
    for (const geo::LayerInfo &layer : m_dataset.layers)
        for (const QString &field : layer.fieldNames)
            if (!fields.contains(field))
                fields << field;
    const geo::ImportOptions defaults;
    m_height = attributeCombo(fields, defaults.heightAttribute, true);
    m_levels = attributeCombo(fields, defaults.levelsAttribute, true);
    m_name = attributeCombo(fields, defaults.nameAttribute, true);
    m_useType = attributeCombo(fields, QString(), true);
    m_storeyHeight = new QDoubleSpinBox;
    m_storeyHeight->setRange(2.0, 20.0);
    m_storeyHeight->setSingleStep(0.1);
    m_storeyHeight->setSuffix(tr(" m"));
    m_storeyHeight->setValue(defaults.storeyHeightM);
    m_useTypeValues = new QTableWidget(0, 2);
    m_useTypeValues->setHorizontalHeaderLabels({tr("Attribute value"), tr("Use type")});
    m_useTypeValues->horizontalHeader()->setStretchLastSection(true);
    m_useTypeValues->verticalHeader()->hide();
    m_useTypeValues->setMaximumHeight(120);
    auto *addValue = new QPushButton(tr("Add value"));
    connect(addValue, &QPushButton::clicked, this, [this] {
        const int row = m_useTypeValues->rowCount();
        m_useTypeValues->insertRow(row);
        m_useTypeValues->setItem(row, 0, new QTableWidgetItem);
        auto *type = new QComboBox;
        for (int i = 0; i < kUseTypeCount; ++i)
            type->addItem(displayName(UseType(i)), i);
        connect(type, &QComboBox::currentIndexChanged, this, &ImportDialog::schedulePreview);
        m_useTypeValues->setCellWidget(row, 1, type);
    });
    connect(m_useTypeValues, &QTableWidget::itemChanged, this, &ImportDialog::schedulePreview);
    for (QComboBox *combo : {m_height, m_levels, m_name, m_useType})
        connect(combo, &QComboBox::currentTextChanged, this, &ImportDialog::schedulePreview);
    connect(m_storeyHeight, &QDoubleSpinBox::valueChanged, this, &ImportDialog::schedulePreview);

    auto *box = new QGroupBox(tr("Attributes"));
    auto *form = new QFormLayout(box);
    form->addRow(tr("Height (m above ground):"), m_height);
    form->addRow(tr("Storeys:"), m_levels);
    form->addRow(tr("Storey height:"), m_storeyHeight);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Use type:"), m_useType);
    form->addRow(tr("Use type by value\n(on top of the built-in keys):"), m_useTypeValues);
    form->addRow(QString(), addValue);
    return box;
}

QWidget *ImportDialog::buildDrawingBox()
{
    m_units = new QComboBox;
    const QString fromFile = m_dataset.metresPerDrawingUnit
                                 ? tr("From the file (%1 m per unit)").arg(*m_dataset.metresPerDrawingUnit)
                                 : tr("From the file, else metres");
    m_units->addItem(fromFile);
    m_units->addItem(tr("Millimetres"), int(geo::LengthUnit::Millimetre));
    m_units->addItem(tr("Centimetres"), int(geo::LengthUnit::Centimetre));
    m_units->addItem(tr("Metres"), int(geo::LengthUnit::Metre));
    auto spin = [this](double lo, double hi, const QString &suffix) {
        auto *s = new QDoubleSpinBox;
        s->setRange(lo, hi);
        s->setDecimals(2);
        s->setSuffix(suffix);
        connect(s, &QDoubleSpinBox::valueChanged, this, &ImportDialog::schedulePreview);
        return s;
    };
    m_rotation = spin(-360, 360, tr(" °"));
    m_offsetEast = spin(-1e7, 1e7, tr(" m"));
    m_offsetNorth = spin(-1e7, 1e7, tr(" m"));
    m_encoding = new QLineEdit;
    m_encoding->setPlaceholderText(m_dataset.dxfCodePage.isEmpty() ? tr("from the file")
                                                                  : tr("from the file (%1)").arg(m_dataset.dxfCodePage));
    m_crs = new QLineEdit;
    m_crs->setPlaceholderText(tr("the file's own, e.g. EPSG:4547"));
    connect(m_units, &QComboBox::currentIndexChanged, this, &ImportDialog::schedulePreview);
    connect(m_encoding, &QLineEdit::editingFinished, this, &ImportDialog::schedulePreview);
    connect(m_crs, &QLineEdit::editingFinished, this, &ImportDialog::schedulePreview);

    auto *box = new QGroupBox(tr("Coordinates"));
    auto *form = new QFormLayout(box);
    form->addRow(tr("Assign a CRS:"), m_crs);
    form->addRow(tr("Drawing units (no CRS):"), m_units);
    form->addRow(tr("Rotation (counter-clockwise):"), m_rotation);
    form->addRow(tr("Offset east:"), m_offsetEast);
    form->addRow(tr("Offset north:"), m_offsetNorth);
    if (m_dataset.driver == QLatin1String("DXF"))
        form->addRow(tr("Text encoding:"), m_encoding);
    else
        m_encoding->hide();
    return box;
}

int ImportDialog::layerCount() const
{
    return m_layers->rowCount();
}

void ImportDialog::setLayerKind(int row, std::optional<geo::ImportKind> kind)
{
    auto *combo = qobject_cast<QComboBox *>(m_layers->cellWidget(row, ColKind));
    combo->setCurrentIndex(kind ? combo->findData(int(*kind)) : 0);
}

void ImportDialog::setLayerFilter(int row, const QString &where)
{
    m_layers->item(row, ColFilter)->setText(where);
}

geo::ImportOptions ImportDialog::commonOptions() const
{
    geo::ImportOptions o;
    o.heightAttribute = m_height->currentText().trimmed();
    o.levelsAttribute = m_levels->currentText().trimmed();
    o.storeyHeightM = m_storeyHeight->value();
    o.nameAttribute = m_name->currentText().trimmed();
    o.useTypeAttribute = m_useType->currentText().trimmed();
    for (int row = 0; row < m_useTypeValues->rowCount(); ++row) {
        const QString value = m_useTypeValues->item(row, 0) ? m_useTypeValues->item(row, 0)->text().trimmed() : QString();
        const auto *type = qobject_cast<QComboBox *>(m_useTypeValues->cellWidget(row, 1));
        if (!value.isEmpty() && type)
            o.useTypeValues.insert(value, UseType(type->currentData().toInt()));
    }
    if (m_units->currentIndex() > 0)
        o.units = geo::LengthUnit(m_units->currentData().toInt());
    o.rotationDeg = m_rotation->value();
    o.offsetEastM = m_offsetEast->value();
    o.offsetNorthM = m_offsetNorth->value();
    o.sourceCrs = m_crs->text().trimmed();
    o.dxfEncoding = m_encoding->text().trimmed();
    return o;
}

std::vector<geo::ImportOptions> ImportDialog::layerOptions() const
{
    std::vector<geo::ImportOptions> layers;
    for (int row = 0; row < m_layers->rowCount(); ++row) {
        const auto *kind = qobject_cast<QComboBox *>(m_layers->cellWidget(row, ColKind));
        if (kind->currentIndex() == 0)
            continue;
        geo::ImportOptions options = commonOptions();
        options.layer = m_dataset.layers[size_t(row)].name;
        options.kind = geo::ImportKind(kind->currentData().toInt());
        options.where = m_layers->item(row, ColFilter)->text().trimmed();
        layers.push_back(std::move(options));
    }
    return layers;
}

ImportOutcome ImportDialog::runImport(const QString &path, const Park &park,
                                      const std::vector<geo::ImportOptions> &layers)
{
    // One placement for all layers: an empty park is centred on the first georeferenced layer,
    // and the other layers follow onto the same plan.
    Site site = park.site;
    auto placement = park.count() == 0 ? geo::SitePlacement::CentreOnData : geo::SitePlacement::KeepSite;
    const QString fileName = QFileInfo(path).fileName();
    ImportOutcome out;
    for (const geo::ImportOptions &options : layers) {
        geo::ImportResult result = geo::importFile(path, options, site, placement);
        if (!result.ok()) {
            out.error = result.error;
            return out;
        }
        if (result.siteLocation) {
            site.longitudeDeg = result.siteLocation->lonDeg;
            site.latitudeDeg = result.siteLocation->latDeg;
            placement = geo::SitePlacement::KeepSite;
        }
        out.imported += result.report.imported;
        out.repaired += result.report.repaired;
        out.skipped += result.report.skipped;
        out.details << result.report.notes << geo::describeRepairs(fileName, result.report)
                    << geo::describeSkipped(fileName, result.report);
        out.layers.push_back(std::move(result));
    }
    return out;
}

void ImportDialog::schedulePreview()
{
    m_debounce.start();
    updateImportButton();
}

void ImportDialog::updateImportButton()
{
    const bool current = !m_debounce.isActive() && !m_watcher.isRunning() && !m_pending;
    m_importButton->setEnabled(current && m_outcome.error.isEmpty() && m_outcome.imported > 0);
}

void ImportDialog::startPreview()
{
    if (m_watcher.isRunning()) {
        m_pending = true;  // the newest settings run as soon as this one is done
        return;
    }
    m_summary->setText(tr("Reading…"));
    m_watcher.setFuture(QtConcurrent::run(&ImportDialog::runImport, m_path, m_park, layerOptions()));
    updateImportButton();
}

void ImportDialog::showPreview()
{
    if (m_pending) {
        m_pending = false;
        startPreview();
        return;
    }
    m_outcome = m_watcher.result();
    m_summary->setText(summaryText());
    m_details->setPlainText(m_outcome.details.join(QLatin1Char('\n')));
    drawPreview();
    updateImportButton();
    Q_EMIT previewReady();
}

QString ImportDialog::summaryText() const
{
    if (!m_outcome.error.isEmpty())
        return tr("Nothing can be imported: %1").arg(m_outcome.error);
    return tr("%1 imported (%2 of them repaired), %3 skipped.")
        .arg(m_outcome.imported)
        .arg(m_outcome.repaired)
        .arg(m_outcome.skipped);
}

void ImportDialog::drawPreview()
{
    m_previewScene->clear();
    // When the plan moves to the data, the park's objects are elsewhere: leave them out.
    const bool moved = std::any_of(m_outcome.layers.begin(), m_outcome.layers.end(),
                                   [](const geo::ImportResult &r) { return r.siteLocation.has_value(); });
    const QPen existing(QColor(150, 150, 150), 0);
    if (!moved)
        for (const ParkObject &object : m_park.objects())
            m_previewScene->addPath(pathOf(footprintOf(object)), existing);
    const QPen imported(QColor(200, 60, 20), 0);
    for (const geo::ImportResult &layer : m_outcome.layers) {
        for (const ParkObject &object : layer.objects)
            m_previewScene->addPath(pathOf(footprintOf(object)), imported, QColor(200, 60, 20, 60));
        if (layer.boundary)
            m_previewScene->addPath(pathOf(*layer.boundary), QPen(QColor(30, 90, 200), 0, Qt::DashLine));
    }
    m_previewView->fitInView(m_previewScene->itemsBoundingRect(), Qt::KeepAspectRatio);
}

int ImportDialog::apply(ParkDocument &document, const ImportOutcome &outcome, const QString &fileName)
{
    if (!outcome.error.isEmpty() || outcome.layers.empty())
        return 0;
    Park target = document.park();
    std::vector<ParkObject> objects;
    for (const geo::ImportResult &layer : outcome.layers) {
        if (layer.siteLocation) {
            target.site.longitudeDeg = layer.siteLocation->lonDeg;
            target.site.latitudeDeg = layer.siteLocation->latDeg;
        }
        if (layer.boundary)
            target.site.boundary = *layer.boundary;
        objects.insert(objects.end(), layer.objects.begin(), layer.objects.end());
    }
    PZ_UNDO_MACRO(&document, tr("Import %1").arg(fileName));
    if (!(target.site == document.park().site))
        document.changeSite(target.site, tr("Import %1").arg(fileName));
    if (objects.empty())
        return 0;
    return int(document.addObjects(std::move(objects), tr("Import %1").arg(fileName)).size());
}

} // namespace pz
