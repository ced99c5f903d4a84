// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Site panel: the park's location, weather source, grid emission factor, export limit,
// carbon-accounting options and heat settings (heating season, how carriers count). Each edit is one undo step through ParkDocument::changeSite; the
// panel reads the site from the document on every change.

#include "model/site.h"
#include "wind/windrose.h"

#include <QWidget>
#include <memory>
#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace pz {

class ParkDocument;
class WindRoseWidget;
struct ChangeEvent;
template<typename T> class FormBuilder;

class SitePanel : public QWidget
{
    Q_OBJECT
public:
    explicit SitePanel(ParkDocument *document, QWidget *parent = nullptr);
    ~SitePanel() override;

    QComboBox *weatherCombo() const { return m_weather; }
    QComboBox *gridCombo() const { return m_grid; }

    QComboBox *irradianceCombo() const { return m_irradiance; }
    // The warnings of the latest result about the weather (e.g. a file whose irradiance does not
    // close), shown under the weather source; empty hides them.
    void setWeatherWarnings(const QStringList &warnings);
    QString weatherWarningText() const;
    // The wind rose of the latest result's weather, under the weather source.
    void setWindRose(const wind::WindRose &rose);
    WindRoseWidget *windRose() const { return m_windRose; }

    // Stores a weather file as the source (relative to the project file where possible).
    void useWeatherFile(const QString &path);
    // Sets the hourly green-power profile from a CSV of 8760 values (kWh), one undo step.
    void useGreenProfile(const QString &path);
    QLabel *greenProfileLabel() const { return m_greenProfile; }
    QPushButton *clearGreenProfileButton() const { return m_clearGreenProfile; }

private:
    void chooseWeatherFile();
    void showProblems(const QStringList &problems);
    void addHeatGroup(QVBoxLayout *page);
    void addGreenProfileRow(QFormLayout *form, const std::vector<QWidget *> &replaced);
    void chooseGreenProfile();

    ParkDocument *m_document;
    std::unique_ptr<FormBuilder<Site>> m_form;
    QWidget *m_content = nullptr;
    QLabel *m_problems = nullptr;
    QComboBox *m_weather = nullptr;
    QLineEdit *m_weatherFile = nullptr;
    QPushButton *m_browse = nullptr;
    QComboBox *m_irradiance = nullptr;
    QLabel *m_weatherWarning = nullptr;
    WindRoseWidget *m_windRose = nullptr;
    QComboBox *m_grid = nullptr;
    QLabel *m_greenProfile = nullptr;
    QPushButton *m_clearGreenProfile = nullptr;
};

} // namespace pz
