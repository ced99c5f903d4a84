// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/panelwidgets.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace pz {

QLabel *createProblemsLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; background: #fdecea; border: 1px solid #f1b5ae;"
                                        " border-radius: 3px; padding: 4px; }"));
    label->hide();
    return label;
}

QFormLayout *addFormGroup(QVBoxLayout *page, const QString &title)
{
    auto *group = new QGroupBox(title);
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    page->addWidget(group);
    return form;
}

void fitToNarrowDock(QWidget *page)
{
    constexpr int kComboCharacters = 14;
    for (QComboBox *combo : page->findChildren<QComboBox *>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(std::min(combo->minimumContentsLength() > 0 ? combo->minimumContentsLength()
                                                                                    : kComboCharacters,
                                                 kComboCharacters + 2));
    }
}

} // namespace pz
