// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "params/parameterpanel.h"

#include "params/parametereditor.h"
#include "session/simulationsession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace paperlab::app {

ParameterPanel::ParameterPanel(SimulationSession &session, QWidget *parent,
                               Presentation presentation)
    : QWidget(parent), m_session(session)
{
    setAccessibleName(tr("Parameters"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    const PresetList presets = session.presetsForSimulator();
    if (!presets.isEmpty()) {
        auto *row = new QHBoxLayout;
        auto *label = new QLabel(tr("&Preset"), this);
        m_presetBox = new QComboBox(this);
        m_presetBox->addItem(tr("Choose a preset…"), QString());
        for (const Preset &p : presets) {
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
            if (!id.isEmpty())
                m_session.applyPreset(id);
        });
    }

    // One group box per declared group, in declaration order; parameters without a known group last.
    const ParameterSchema &schema = session.schema();
    QList<ParamGroup> groups = schema.groups();
    if (groups.isEmpty())
        groups.append({QString(), tr("Parameters")});
    const QList<ParamSpec> specs = session.parameters();
    const bool kiosk = presentation == Presentation::Kiosk;
    for (const ParamGroup &g : std::as_const(groups)) {
        QGroupBox *box = nullptr;
        QFormLayout *form = nullptr;
        for (const ParamSpec &spec : specs) {
            if (spec.type == ParamType::Seed || (spec.group != g.id && !g.id.isEmpty()))
                continue;
            if (kiosk && spec.kiosk == KioskPolicy::Hidden)
                continue; // presets still set it: the session keeps every value
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

    QGroupBox *actions = nullptr;
    for (const CommandSpec &c : schema.commands()) {
        if (!c.simulators.isEmpty() && !c.simulators.contains(session.simulatorId()))
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
        connect(button, &QPushButton::clicked, this, [this, id = c.id] { m_session.command(id); });
    }
    layout->addStretch();

    connect(&session, &SimulationSession::pendingChanged, this, &ParameterPanel::showPending);
    connect(&session, &SimulationSession::restarted, this, &ParameterPanel::showApplied);
    showPending({});
    showApplied();
}

void ParameterPanel::onEdited(const QString &key)
{
    ParameterEditor *editor = m_editors.value(key);
    const QVariant raw = editor->value();
    m_editing = key;
    if (raw.typeId() == QMetaType::QString) {
        const Result<void> set = m_session.setPendingText(key, raw.toString());
        editor->setError(set ? QString() : set.error().userText);
    } else {
        m_session.setPending(key, raw);
    }
    m_editing.clear();
}

void ParameterPanel::showPending(const QString &key)
{
    const QStringList keys = key.isEmpty() ? m_editors.keys() : QStringList{key};
    for (const QString &k : keys) {
        ParameterEditor *editor = m_editors.value(k);
        if (!editor)
            continue;
        if (k != m_editing) {
            const QSignalBlocker quiet(editor);
            editor->setValue(m_session.pending().value(k));
            editor->setError({});
        }
        m_marks.value(k)->setVisible(m_session.restartNeeded(k));
    }
}

void ParameterPanel::showApplied()
{
    if (m_presetBox)
        m_presetBox->setCurrentIndex(m_presetBox->findData(m_session.activePreset()));
    for (auto it = m_marks.cbegin(); it != m_marks.cend(); ++it)
        it.value()->setVisible(m_session.restartNeeded(it.key()));
}

} // namespace paperlab::app
