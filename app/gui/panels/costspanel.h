// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Costs panel: the site's economic settings (spec §15.9) — analysis period, rates, every
// cost of §15.3 with its unit, fuel prices, the tariff (TariffEditor), the BAU heat supply and
// the direct line's length. The form is generated from economics::settingFields(), one row per
// numeric field, grouped and labelled by CostFields; a default the spec calls a placeholder is
// tagged so while the value is still that default. Each edit is one undo step through
// ParkDocument::changeSite. Cost sets (*.pzcosts) save and load the costs, fuel prices and
// tariff for reuse across projects; a load is one undo step, a bad file changes nothing.

#include "model/site.h"

#include <QHash>
#include <QWidget>
#include <memory>

class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace pz {

class ParkDocument;
class TariffEditor;
template<typename T> class FormBuilder;

class CostsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CostsPanel(ParkDocument *document, QWidget *parent = nullptr);
    ~CostsPanel() override;

    TariffEditor *tariffEditor() const { return m_tariff; }
    // The editor of a settingFields() key (a spin box), null when the key has none.
    QWidget *fieldEditor(const QString &key) const { return m_editors.value(key); }
    // The keys shown as placeholders now (fields and the tariff's periods and grids).
    QStringList placeholderKeys() const;
    QString problemText() const;

    // Without dialogs (the buttons ask for a file name first); false with the reasons shown.
    bool saveCostSet(const QString &path);
    bool loadCostSet(const QString &path);

private:
    void addFields(QVBoxLayout *page);
    void addField(QFormLayout *form, const QString &key);
    void addBauChoice(QFormLayout *form);
    void updateMarks();
    void showProblems(const QStringList &problems);
    void chooseAndSave();
    void chooseAndLoad();

    ParkDocument *m_document;
    std::unique_ptr<FormBuilder<Site>> m_form;
    QWidget *m_content = nullptr;
    QLabel *m_problems = nullptr;
    TariffEditor *m_tariff = nullptr;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_labels;
};

} // namespace pz
