// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Builds the rows of an editor form for one value type T (Building, PvArray, Storage, GreenSpace,
// Site) and binds each widget to a field of T through a getter and a setter. The form holds no
// model state: refresh() reads the current values through the context, and every user edit
// copies the current values, applies the setter to each and commits them through the document in
// one undoable step. A spin box being turned merges into one step (EditSession). With several
// values (a multi-selection) a field whose values differ is marked and an edit sets all of them.
//
// PZ_FIELD(member.path) gives the getter/setter pair for a plain data member.

#include "document/parkdocument.h"
#include "panels/editsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include <functional>
#include <type_traits>
#include <utility>
#include <vector>

#define PZ_FIELD(path) \
    [](const auto &pzValue) { return pzValue.path; }, \
    [](auto &pzValue, auto pzNew) { pzValue.path = static_cast<std::remove_reference_t<decltype(pzValue.path)>>(pzNew); }

namespace pz {

// How a number is shown: the model value times scale (e.g. 100 for a fraction shown in %).
struct NumberSpec {
    double minimum = 0.0;
    double maximum = 1e9;
    int decimals = 1;
    double step = 1.0;
    QString suffix;
    double scale = 1.0;
};

template<typename T>
class FormBuilder
{
    Q_DECLARE_TR_FUNCTIONS(pz::FormBuilder)
public:
    using Values = std::vector<T>;
    struct Context {
        ParkDocument *document = nullptr;
        // The values being edited, read fresh from the document each time.
        std::function<Values()> current;
        // Commits new values as one undo step; false with the reasons when refused.
        std::function<bool(const Values &, const QString &text, const QString &mergeKey, QStringList *problems)> commit;
        // Shows the reasons of a refused edit inline (an empty list clears them).
        std::function<void(const QStringList &)> report;
    };

    FormBuilder(Context context, QString keyPrefix) : m_context(std::move(context)), m_prefix(std::move(keyPrefix)) {}

    // Reads every field from the current values.
    void refresh()
    {
        const Values values = m_context.current();
        if (values.empty())
            return;
        for (const auto &r : m_refreshers)
            r(values);
    }

    // Applies mutate to each current value and commits; returns whether the document took it.
    bool apply(const QString &text, const QString &mergeKey, const std::function<void(T &)> &mutate)
    {
        Values values = m_context.current();
        if (values.empty())
            return false;
        for (auto &v : values)
            mutate(v);
        QStringList problems;
        const bool ok = m_context.commit(values, text, mergeKey, &problems);
        m_context.report(ok ? QStringList() : problems);
        if (!ok)
            refresh();  // the widgets show the model's value again, the reason stays visible
        return ok;
    }

    void addRefresher(std::function<void(const Values &)> refresher) { m_refreshers.push_back(std::move(refresher)); }

    QDoubleSpinBox *addNumber(QFormLayout *form, const QString &label, const QString &toolTip, const NumberSpec &spec,
                              std::function<double(const T &)> get, std::function<void(T &, double)> set)
    {
        auto *spin = makeSpin(spec, toolTip);
        auto *rowLabel = addRow(form, label, spin, toolTip);
        auto *session = new EditSession(m_context.document, spin, m_prefix);
        QObject::connect(spin, &QDoubleSpinBox::valueChanged, spin, [=, this](double shown) {
            const double v = shown / spec.scale;
            apply(changeText(label), session->key(), [&](T &value) { set(value, v); });
        });
        addRefresher([=](const Values &values) {
            const double v = get(values.front());
            setBlocked(spin, v * spec.scale);
            markMixed(rowLabel, spin, !allEqual(values, get));
        });
        return spin;
    }

    QSpinBox *addInteger(QFormLayout *form, const QString &label, const QString &toolTip, int minimum, int maximum,
                         const QString &suffix, std::function<int(const T &)> get, std::function<void(T &, int)> set)
    {
        auto *spin = new QSpinBox;
        spin->setRange(minimum, maximum);
        spin->setSuffix(suffix);
        spin->setKeyboardTracking(false);
        spin->setToolTip(toolTip);
        spin->setAlignment(Qt::AlignRight);
        spin->setFocusPolicy(Qt::StrongFocus);
        auto *rowLabel = addRow(form, label, spin, toolTip);
        auto *session = new EditSession(m_context.document, spin, m_prefix);
        QObject::connect(spin, &QSpinBox::valueChanged, spin, [=, this](int v) {
            apply(changeText(label), session->key(), [&](T &value) { set(value, v); });
        });
        addRefresher([=](const Values &values) {
            setBlocked(spin, get(values.front()));
            markMixed(rowLabel, spin, !allEqual(values, get));
        });
        return spin;
    }

    QCheckBox *addCheck(QFormLayout *form, const QString &label, const QString &text, const QString &toolTip,
                        std::function<bool(const T &)> get, std::function<void(T &, bool)> set)
    {
        auto *box = new QCheckBox(text);
        box->setToolTip(toolTip);
        auto *rowLabel = addRow(form, label, box, toolTip);
        QObject::connect(box, &QCheckBox::toggled, box, [=, this](bool on) {
            apply(changeText(label.isEmpty() ? text : label), QString(), [&](T &value) { set(value, on); });
        });
        addRefresher([=](const Values &values) {
            setBlocked(box, get(values.front()));
            markMixed(rowLabel, box, !allEqual(values, get));
        });
        return box;
    }

    template<typename E>
    QComboBox *addChoice(QFormLayout *form, const QString &label, const QString &toolTip,
                         const std::vector<std::pair<E, QString>> &items,
                         std::type_identity_t<std::function<E(const T &)>> get,
                         std::type_identity_t<std::function<void(T &, E)>> set)
    {
        auto *combo = new QComboBox;
        combo->setToolTip(toolTip);
        for (const auto &[e, name] : items)
            combo->addItem(name, int(e));
        auto *rowLabel = addRow(form, label, combo, toolTip);
        QObject::connect(combo, &QComboBox::activated, combo, [=, this](int index) {
            const E e = static_cast<E>(combo->itemData(index).toInt());
            apply(changeText(label), QString(), [&](T &value) { set(value, e); });
        });
        addRefresher([=](const Values &values) {
            const QSignalBlocker blocker(combo);
            combo->setCurrentIndex(combo->findData(int(get(values.front()))));
            markMixed(rowLabel, combo, !allEqual(values, get));
        });
        return combo;
    }

    // A text field, committed when editing finishes. Disabled for several values when
    // singleOnly (names are per object).
    QLineEdit *addText(QFormLayout *form, const QString &label, const QString &toolTip, bool singleOnly,
                       std::function<QString(const T &)> get, std::function<void(T &, const QString &)> set)
    {
        auto *edit = new QLineEdit;
        edit->setToolTip(toolTip);
        edit->setMaxLength(200);
        auto *rowLabel = addRow(form, label, edit, toolTip);
        QObject::connect(edit, &QLineEdit::editingFinished, edit, [=, this] {
            const QString text = edit->text().trimmed();
            apply(changeText(label), QString(), [&](T &value) { set(value, text); });
        });
        addRefresher([=](const Values &values) {
            const QString text = get(values.front());
            if (edit->text() != text) {
                const QSignalBlocker blocker(edit);
                edit->setText(text);
            }
            edit->setEnabled(!singleOnly || values.size() == 1);
            markMixed(rowLabel, edit, !allEqual(values, get));
        });
        return edit;
    }

    // A number that is either automatic (stored as a negative value) or set explicitly: a check
    // box "set explicitly" and a spin box that shows automaticValue while unset.
    QDoubleSpinBox *addOptionalNumber(QFormLayout *form, const QString &label, const QString &checkText,
                                      const QString &toolTip, const NumberSpec &spec,
                                      std::function<double(const T &)> get, std::function<void(T &, double)> set,
                                      std::function<double(const T &)> automaticValue)
    {
        auto *box = new QCheckBox(checkText);
        box->setToolTip(toolTip);
        auto *spin = makeSpin(spec, toolTip);
        auto *row = new QWidget;
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(box);
        layout->addWidget(spin, 1);
        auto *rowLabel = addRow(form, label, row, toolTip);
        auto *session = new EditSession(m_context.document, spin, m_prefix);
        QObject::connect(box, &QCheckBox::toggled, box, [=, this](bool on) {
            const double v = on ? spin->value() / spec.scale : -1.0;
            apply(changeText(label), QString(), [&](T &value) { set(value, v); });
        });
        QObject::connect(spin, &QDoubleSpinBox::valueChanged, spin, [=, this](double shown) {
            const double v = shown / spec.scale;
            apply(changeText(label), session->key(), [&](T &value) { set(value, v); });
        });
        addRefresher([=](const Values &values) {
            const double v = get(values.front());
            const bool explicitValue = v >= 0.0;
            setBlocked(box, explicitValue);
            spin->setEnabled(explicitValue);
            const double shown = explicitValue ? v : (automaticValue ? automaticValue(values.front()) : 0.0);
            setBlocked(spin, std::max(shown, 0.0) * spec.scale);
            markMixed(rowLabel, row, !allEqual(values, get));
        });
        return spin;
    }

    // A value derived from the others, shown read-only.
    QLabel *addDerived(QFormLayout *form, const QString &label, const QString &toolTip,
                       std::function<QString(const Values &)> text)
    {
        auto *value = new QLabel;
        value->setToolTip(toolTip);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        addRow(form, label, value, toolTip);
        addRefresher([=](const Values &values) { value->setText(text(values)); });
        return value;
    }

    QString changeText(const QString &label) const
    {
        QString field = label;
        // Labels end in ':' or, in Chinese, the full-width '：'.
        if (field.endsWith(QLatin1Char(':')) || field.endsWith(QChar(0xFF1A)))
            field.chop(1);
        return tr("Change %1").arg(field.toLower());
    }

private:
    static QDoubleSpinBox *makeSpin(const NumberSpec &spec, const QString &toolTip)
    {
        auto *spin = new QDoubleSpinBox;
        spin->setDecimals(spec.decimals);
        spin->setRange(spec.minimum, spec.maximum);
        spin->setSingleStep(spec.step);
        spin->setSuffix(spec.suffix);
        spin->setKeyboardTracking(false);  // typed numbers commit on Enter or focus out
        spin->setAccelerated(true);
        spin->setAlignment(Qt::AlignRight);
        spin->setFocusPolicy(Qt::StrongFocus);
        spin->setToolTip(toolTip);
        return spin;
    }

    static QLabel *addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &toolTip)
    {
        auto *rowLabel = new QLabel(label);
        rowLabel->setToolTip(toolTip);
        rowLabel->setBuddy(field);
        form->addRow(rowLabel, field);
        return rowLabel;
    }

    template<typename W, typename V>
    static void setBlocked(W *widget, V value)
    {
        const QSignalBlocker blocker(widget);
        if constexpr (std::is_same_v<W, QCheckBox>)
            widget->setChecked(value);
        else
            widget->setValue(value);
    }

    template<typename Getter>
    static bool allEqual(const Values &values, const Getter &get)
    {
        for (const auto &v : values)
            if (!(get(v) == get(values.front())))
                return false;
        return true;
    }

    // Several values that differ in this field: the label is italic and says so.
    static void markMixed(QLabel *label, QWidget *field, bool mixed)
    {
        QFont font = label->font();
        font.setItalic(mixed);
        label->setFont(font);
        field->setProperty("mixed", mixed);
        label->setStatusTip(mixed ? tr("The selected objects have different values") : QString());
    }

    Context m_context;
    QString m_prefix;
    std::vector<std::function<void(const Values &)>> m_refreshers;
};

} // namespace pz
