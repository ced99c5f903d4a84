// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Backgrounds panel: the site's background images as a list (bottom first, a missing file
// marked) with import, remove and reorder, and the selected one's form: name, opacity (a slider
// and a spin box), visible, locked, its place (the top-left corner's plan coordinates) and
// recalibration, both only while unlocked. Backgrounds are part of Site: every edit is one undo
// step through ParkDocument::changeSite, and a slider drag merges into one.

#include "model/site.h"

#include <QWidget>
#include <functional>
#include <memory>

class QLabel;
class QFormLayout;
class QListWidget;
class QPushButton;
class QSlider;
class QVBoxLayout;

namespace pz {

class ParkDocument;
class EditSession;
template<typename T> class FormBuilder;

class BackgroundsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BackgroundsPanel(ParkDocument *document, QWidget *parent = nullptr);
    ~BackgroundsPanel() override;

    QListWidget *list() const { return m_list; }
    QSlider *opacitySlider() const { return m_opacity; }
    int selectedBackground() const { return m_selected; }
    void selectBackground(int index);
    QString problemsText() const;

Q_SIGNALS:
    // The Import… button: the window asks for a file (File › Import Background…).
    void importRequested();

private:
    void addListGroup(QVBoxLayout *page);
    void addForm(QVBoxLayout *page);
    void addOpacityRow(QFormLayout *form);
    void refreshList();
    void refreshForm();
    bool editBackgrounds(const QString &text, const std::function<void(std::vector<Background> &)> &edit);
    void removeBackground();
    void moveBackground(int delta);
    void showProblems(const QStringList &problems);

    ParkDocument *m_document;
    std::unique_ptr<FormBuilder<Background>> m_form;
    QLabel *m_problems = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_remove = nullptr, *m_up = nullptr, *m_down = nullptr, *m_recalibrate = nullptr;
    QWidget *m_formGroup = nullptr;
    QWidget *m_east = nullptr, *m_north = nullptr;   // the placement, disabled while locked
    QSlider *m_opacity = nullptr;
    EditSession *m_opacitySession = nullptr;
    int m_selected = -1;
};

} // namespace pz
