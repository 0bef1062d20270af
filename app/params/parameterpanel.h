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
class SimulationSession;

/// The desktop parameter form of a session's current simulator: one group box per group, a
/// widget per type, units as suffixes, descriptions as tooltips, log sliders, a presets menu
/// and a "restart needed" mark on edited keys that are not live. It shows and edits the
/// session's pending values, so two panels of one session (desktop and presenter console)
/// always agree. Seeds live in the transport bar, not here. In the kiosk, parameters follow
/// their `kiosk` policy: hidden ones get no editor, read-only ones are shown disabled.
/// Built for one simulator: its owner makes a new one on SimulationSession::simulatorChanged.
class ParameterPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ParameterPanel(SimulationSession &session, QWidget *parent = nullptr,
                            Presentation presentation = Presentation::Desktop);

private:
    void onEdited(const QString &key);
    void showPending(const QString &key);
    void showApplied();

    SimulationSession &m_session;
    QHash<QString, ParameterEditor *> m_editors;
    QHash<QString, QLabel *> m_marks;
    QComboBox *m_presetBox = nullptr;
    QString m_editing; ///< the key being typed into: its editor is not rewritten under the cursor
};

} // namespace paperlab::app
