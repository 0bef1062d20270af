// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "params/parameterpanel.h"

#include "params/parametereditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace paperlab::app {

ParameterPanel::ParameterPanel(const ParameterSchema &schema, const PresetList &presets,
                               const QString &simulatorId, QWidget *parent,
                               Presentation presentation)
    : QWidget(parent), m_schema(schema), m_simulatorId(simulatorId)
{
    setAccessibleName(tr("Parameters"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    for (const Preset &p : presets) {
        if (p.simulator.isEmpty() || p.simulator == simulatorId)
            m_presets.append(p);
    }
    if (!m_presets.isEmpty()) {
        auto *row = new QHBoxLayout;
        auto *label = new QLabel(tr("&Preset"), this);
        m_presetBox = new QComboBox(this);
        m_presetBox->addItem(tr("Choose a preset…"), QString());
        for (const Preset &p : std::as_const(m_presets)) {
            m_presetBox->addItem(p.label, p.id);
            m_presetBox->setItemData(m_presetBox->count() - 1, p.description, Qt::ToolTipRole);
        }
        m_presetBox->setAccessibleName(tr("Preset"));
        m_presetBox->setAccessibleDescription(tr("Named parameter sets; choosing one restarts the run"));
        label->setBuddy(m_presetBox);
        row->addWidget(label);
        row->addWidget(m_presetBox, 1);
        layout->addLayout(row);
        connect(m_presetBox, &QComboBox::activated, this, [this](int index) {
            const QString id = m_presetBox->itemData(index).toString();
            for (const Preset &p : std::as_const(m_presets)) {
                if (p.id != id)
                    continue;
                setValues(m_schema.defaults().mergedWith(p.values));
                Q_EMIT presetApplied(id);
            }
        });
    }

    // One group box per declared group, in declaration order; parameters without a known group last.
    QList<ParamGroup> groups = schema.groups();
    if (groups.isEmpty())
        groups.append({QString(), tr("Parameters")});
    const QList<ParamSpec> specs = schema.parametersFor(simulatorId);
    const bool kiosk = presentation == Presentation::Kiosk;
    for (const ParamGroup &g : std::as_const(groups)) {
        QGroupBox *box = nullptr;
        QFormLayout *form = nullptr;
        for (const ParamSpec &spec : specs) {
            if (spec.type == ParamType::Seed || (spec.group != g.id && !g.id.isEmpty()))
                continue;
            if (kiosk && spec.kiosk == KioskPolicy::Hidden) {
                m_hidden.append(spec.id);
                continue;
            }
            if (!box) {
                box = new QGroupBox(g.label, this);
                form = new QFormLayout(box);
                form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
                // A long label goes above its field rather than widening the panel past a
                // small screen's edge.
                form->setRowWrapPolicy(QFormLayout::WrapLongRows);
                layout->addWidget(box);
            }
            auto *editor = new ParameterEditor(spec, box);
            auto *labelRow = new QWidget(box);
            auto *labelLayout = new QHBoxLayout(labelRow);
            labelLayout->setContentsMargins(0, 0, 0, 0);
            auto *label = new QLabel(spec.label, labelRow);
            label->setBuddy(editor->focusWidget());
            label->setToolTip(editor->focusWidget()->toolTip());
            auto *mark = new QLabel(QStringLiteral("⟳"), labelRow);
            mark->setObjectName(QStringLiteral("restartMark"));
            mark->setToolTip(tr("Changed: applies when you reset the run (R)"));
            mark->setAccessibleName(tr("Restart needed"));
            mark->setVisible(false);
            labelLayout->addWidget(label);
            labelLayout->addWidget(mark);
            labelLayout->addStretch();
            form->addRow(labelRow, editor);
            if (kiosk && spec.kiosk == KioskPolicy::ReadOnly) {
                editor->setEnabled(false);
                label->setToolTip(tr("Fixed in kiosk mode"));
            }
            m_editors.insert(spec.id, editor);
            m_marks.insert(spec.id, mark);
            connect(editor, &ParameterEditor::edited, this, [this, id = spec.id] { onEdited(id); });
        }
    }

    const QList<CommandSpec> commands = schema.commands();
    QGroupBox *actions = nullptr;
    for (const CommandSpec &c : commands) {
        if (!c.simulators.isEmpty() && !c.simulators.contains(simulatorId))
            continue;
        if (!actions) {
            actions = new QGroupBox(tr("Actions"), this);
            actions->setLayout(new QVBoxLayout);
            layout->addWidget(actions);
        }
        auto *button = new QPushButton(c.label, actions);
        button->setToolTip(c.description);
        button->setAccessibleName(c.label);
        button->setAccessibleDescription(c.description);
        if (!c.shortcut.isEmpty())
            button->setShortcut(QKeySequence(c.shortcut));
        actions->layout()->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, id = c.id] { Q_EMIT commandTriggered(id); });
    }
    layout->addStretch();

    m_applied = m_schema.defaults();
    setValues(m_applied);
}

ParameterSet ParameterPanel::values() const
{
    ParameterSet set = m_applied.mergedWith(m_hiddenValues);
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const ParamSpec &spec = it.value()->spec();
        const QVariant raw = it.value()->value();
        auto checked = raw.typeId() == QMetaType::QString ? m_schema.parseValue(spec.id, raw.toString())
                                                          : Result<QVariant>(raw);
        if (checked)
            set.set(spec.id, checked.value());
    }
    auto validated = m_schema.validate(set);
    return validated ? validated.value() : m_applied;
}

void ParameterPanel::setValues(const ParameterSet &values)
{
    m_silent = true;
    for (const QString &key : values.keys()) {
        if (ParameterEditor *e = m_editors.value(key)) {
            e->setValue(values.value(key));
            e->setError({});
        } else if (m_hidden.contains(key)) {
            m_hiddenValues.set(key, values.value(key));
        }
    }
    m_silent = false;
    for (const QString &key : m_editors.keys())
        updateMark(key);
}

void ParameterPanel::markApplied(const ParameterSet &applied)
{
    m_applied = applied;
    if (m_presetBox)
        m_presetBox->setCurrentIndex(m_presetBox->findData(activePreset(applied)));
    for (const QString &key : m_editors.keys())
        updateMark(key);
}

QString ParameterPanel::activePreset(const ParameterSet &applied) const
{
    // The preset whose values the run has, seeds aside: a new seed keeps the set-up. Derived
    // from the values, so a preset typed in by hand shows too, and an edit clears it.
    const ParameterSet defaults = m_schema.defaults();
    for (const Preset &p : m_presets) {
        const ParameterSet expected = defaults.mergedWith(p.values);
        bool same = true;
        for (const ParamSpec &spec : m_schema.parametersFor(m_simulatorId)) {
            if (spec.type != ParamType::Seed && expected.value(spec.id) != applied.value(spec.id)) {
                same = false;
                break;
            }
        }
        if (same)
            return p.id;
    }
    return {};
}

void ParameterPanel::restoreDefaults()
{
    setValues(m_schema.defaults());
}

void ParameterPanel::onEdited(const QString &key)
{
    if (m_silent)
        return;
    ParameterEditor *editor = m_editors.value(key);
    const QVariant raw = editor->value();
    if (raw.typeId() == QMetaType::QString) {
        const auto checked = m_schema.parseValue(key, raw.toString());
        editor->setError(checked ? QString() : checked.error().userText);
        if (!checked)
            return;
    }
    updateMark(key);
    if (editor->spec().live)
        Q_EMIT liveChanged(values());
}

void ParameterPanel::updateMark(const QString &key)
{
    ParameterEditor *editor = m_editors.value(key);
    const bool wasNeeded = restartNeeded();
    const bool differs = !editor->spec().live && values().value(key) != m_applied.value(key);
    m_marks.value(key)->setVisible(differs);
    m_pendingRestart.removeAll(key);
    if (differs)
        m_pendingRestart.append(key);
    if (wasNeeded != restartNeeded())
        Q_EMIT restartNeededChanged(restartNeeded());
}

} // namespace paperlab::app
