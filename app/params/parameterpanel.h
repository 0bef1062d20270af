// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "shell/presentation.h"

#include <paperlab/parameterschema.h>

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;

namespace paperlab::app {

class ParameterEditor;

/// The desktop parameter form, generated from a simulator's part of the schema: one group box per
/// group, a widget per type, units as suffixes, descriptions as tooltips, log sliders, a presets
/// menu and a "restart needed" mark on edited keys that are not live. Seeds live in the
/// transport bar, not here. In the kiosk, parameters follow their `kiosk` policy: hidden ones
/// get no editor (they keep the values presets give them), read-only ones are shown disabled.
class ParameterPanel : public QWidget
{
    Q_OBJECT
public:
    ParameterPanel(const ParameterSchema &schema, const PresetList &presets, const QString &simulatorId,
                   QWidget *parent = nullptr, Presentation presentation = Presentation::Desktop);

    /// The values the widgets show (validated; seeds included from the last applied set).
    ParameterSet values() const;
    /// Shows `values` (keys not named keep their value) without emitting liveChanged.
    void setValues(const ParameterSet &values);
    /// The set the simulator runs with now; edits that differ in non-live keys need a restart.
    void markApplied(const ParameterSet &applied);
    bool restartNeeded() const { return !m_pendingRestart.isEmpty(); }
    /// Restores every parameter to its default (the "Reset all" action).
    void restoreDefaults();

Q_SIGNALS:
    /// A live parameter changed: apply it without a restart.
    void liveChanged(const paperlab::ParameterSet &values);
    void restartNeededChanged(bool needed);
    /// A preset was chosen: the caller restarts with values().
    void presetApplied(const QString &presetId);
    void commandTriggered(const QString &commandId);

private:
    void onEdited(const QString &key);
    /// The id of the preset (of this simulator) whose values `applied` holds, or empty.
    QString activePreset(const ParameterSet &applied) const;
    void updateMark(const QString &key);

    ParameterSchema m_schema;
    PresetList m_presets;
    QString m_simulatorId;
    QHash<QString, ParameterEditor *> m_editors;
    QHash<QString, QLabel *> m_marks;
    ParameterSet m_applied;
    QStringList m_hidden;    ///< kiosk-hidden keys: no editor, but presets still set them
    ParameterSet m_hiddenValues;
    QStringList m_pendingRestart;
    QComboBox *m_presetBox = nullptr;
    bool m_silent = false;
};

} // namespace paperlab::app
