// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "params/parameterpanel.h"

#include "params/parametereditor.h"
#include "session/comparison.h"
#include "session/parametermodel.h"
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
    m_model = new ParameterModel(session, presentation, this);
    QList<ParamGroup> groups = session.schema().groups();
    if (groups.isEmpty())
        groups.append({QString(), tr("Parameters")});
    for (const ParamGroup &g : std::as_const(groups)) {
        QGroupBox *box = nullptr;
        QFormLayout *form = nullptr;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const ParamSpec &spec = m_model->spec(row);
            if (spec.group != g.id && !g.id.isEmpty())
                continue;
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
            if (!spec.description.isEmpty()) { // technical labels: the plain words at hand
                auto *hint = new QLabel(QStringLiteral("ⓘ"), labelRow);
                hint->setObjectName(QStringLiteral("parameterHint"));
                hint->setToolTip(editor->focusWidget()->toolTip());
                hint->setAccessibleName(tr("About %1").arg(spec.label));
                labelLayout->addWidget(hint);
            }
            labelLayout->addWidget(mark);
            auto *difference = new QLabel(labelRow);
            difference->setObjectName(QStringLiteral("compareMark"));
            difference->setVisible(false);
            labelLayout->addWidget(difference);
            m_differences.insert(row, difference);
            labelLayout->addStretch();
            form->addRow(labelRow, editor);
            if (m_model->isReadOnly(row)) {
                editor->setEnabled(false);
                label->setToolTip(tr("Fixed in kiosk mode"));
            }
            m_editors.insert(row, editor);
            m_marks.insert(row, mark);
            connect(editor, &ParameterEditor::edited, this, [this, row] { onEdited(row); });
        }
    }

    QGroupBox *actions = nullptr;
    for (const CommandSpec &c : session.schema().commands()) {
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

    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to, const QList<int> &roles) {
                for (int row = from.row(); row <= to.row(); ++row)
                    showRow(row, roles.contains(ParameterModel::ValueRole));
            });
    connect(&session, &SimulationSession::restarted, this, &ParameterPanel::showActivePreset);
    for (int row = 0; row < m_model->rowCount(); ++row)
        showRow(row, true);
    showActivePreset();
}

void ParameterPanel::onEdited(int row)
{
    ParameterEditor *editor = m_editors.value(row);
    const QVariant raw = editor->value();
    m_editing = row;
    if (raw.typeId() == QMetaType::QString) {
        const Result<void> set = m_model->setText(row, raw.toString());
        editor->setError(set ? QString() : set.error().userText);
    } else {
        m_model->setData(m_model->index(row), raw);
    }
    m_editing = -1;
}

void ParameterPanel::showRow(int row, bool value)
{
    ParameterEditor *editor = m_editors.value(row);
    if (!editor)
        return;
    const QModelIndex index = m_model->index(row);
    // The editor being typed into is not rewritten under the cursor.
    if (value && row != m_editing) {
        const QSignalBlocker quiet(editor);
        editor->setValue(index.data(ParameterModel::ValueRole));
        editor->setError({});
    }
    m_marks.value(row)->setVisible(index.data(ParameterModel::RestartNeededRole).toBool());
    if (QLabel *difference = m_differences.value(row)) {
        const ParamSpec &spec = m_model->spec(row);
        const QVariant theirs = m_reference ? m_reference->applied().value(spec.id) : QVariant();
        const bool differs = m_reference && index.data(ParameterModel::ValueRole) != theirs;
        difference->setVisible(differs);
        if (differs) {
            difference->setText(tr("A: %1").arg(parameterValueText(spec, theirs)));
            difference->setToolTip(tr("Run A has %1 = %2; this panel edits B")
                                       .arg(spec.label, difference->text().mid(3)));
        }
    }
}

void ParameterPanel::setReference(const SimulationSession *reference)
{
    m_reference = reference;
    for (int row = 0; row < m_model->rowCount(); ++row)
        showRow(row, false);
}

void ParameterPanel::showActivePreset()
{
    if (m_presetBox)
        m_presetBox->setCurrentIndex(m_presetBox->findData(m_session.activePreset()));
}

} // namespace paperlab::app
