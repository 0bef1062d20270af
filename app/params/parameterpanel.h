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
class ParameterModel;
class SimulationSession;

/// The desktop parameter form of a session's current simulator, generated from its
/// ParameterModel (which also applies the kiosk policy): one group box per group, a widget
/// per type, units as suffixes, descriptions as tooltips, log sliders, a presets menu and a
/// "restart needed" mark on edited keys that are not live. It shows and edits the
/// session's pending values, so two panels of one session (desktop and presenter console)
/// always agree. Seeds live in the transport bar, not here.
/// Built for one simulator: its owner makes a new one on SimulationSession::simulatorChanged.
class ParameterPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ParameterPanel(SimulationSession &session, QWidget *parent = nullptr,
                            Presentation presentation = Presentation::Desktop);

    /// The run this panel's session is compared with (A/B compare: this panel edits B): each
    /// parameter whose value differs from the reference's says so beside its label, with the
    /// reference's value. Null: no marks.
    void setReference(const SimulationSession *reference);

private:
    void onEdited(int row);
    /// Shows a row's restart mark, and its value too when `value`.
    void showRow(int row, bool value);
    void showActivePreset();

    SimulationSession &m_session;
    ParameterModel *m_model;
    QHash<int, ParameterEditor *> m_editors; ///< by model row
    QHash<int, QLabel *> m_marks;
    QHash<int, QLabel *> m_differences; ///< "A: value", while it differs from m_reference
    const SimulationSession *m_reference = nullptr;
    QComboBox *m_presetBox = nullptr;
    int m_editing = -1; ///< the row being typed into: its editor is not rewritten under the cursor
};

} // namespace paperlab::app
