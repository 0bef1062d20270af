// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "shell/presentation.h"

#include <paperlab/parameterset.h>

#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QScrollArea;
class QQuickWidget;
class QToolButton;

namespace paperlab {
class PaperSpec;
class SimulationRunner;
} // namespace paperlab

namespace paperlab::app {

class ParameterPanel;
class QmlHost;

/// The Simulator tab: the plugin's QML view, the generated parameter panel, and a transport
/// bar (play/pause, step, reset, speed, seed, status) driving one SimulationRunner.
/// In the kiosk only the view shows; the presenter console steers it through restartWith().
class SimulatorPane : public QWidget
{
    Q_OBJECT
public:
    SimulatorPane(PaperSpec *spec, QmlHost *qml, QWidget *parent = nullptr,
                  Presentation presentation = Presentation::Desktop);
    ~SimulatorPane() override;

    SimulationRunner *runner() const { return m_runner.get(); }
    QString simulatorId() const { return m_simulatorId; }
    QList<QAction *> transportActions() const;
    /// Starts a simulator with a preset (used by --preset and the kiosk).
    bool applyPreset(const QString &presetId);
    /// Runs n steps synchronously-ish (for --screenshot): waits until the runner has done them.
    bool runSteps(int n, int timeoutMs);
    /// The validated values the current run started with.
    const ParameterSet &appliedValues() const { return m_applied; }
    /// Shows `values` in the panel (seed included) and restarts the run with them.
    void restartWith(const ParameterSet &values);

Q_SIGNALS:
    /// A run (re)started with these values, on simulatorId() (which may have changed).
    void runReset(const paperlab::ParameterSet &applied);

public Q_SLOTS:
    void playPause();
    void step();
    void resetRun();
    void resetAll();
    void newSeed();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void createSimulator(const QString &simulatorId);
    void updateStatus();
    void setStatusText(const QString &text, const QString &style);
    void updateSeedField();
    void revertRejectedValues();
    void updateMinimumSizes();

    PaperSpec *m_spec;
    QmlHost *m_qml;
    Presentation m_presentation;
    QString m_simulatorId;
    QString m_seedKey;
    std::unique_ptr<SimulationRunner> m_runner;
    ParameterSet m_applied;
    ParameterSet m_lastApplied; ///< the values before the last reset, for a rejected one
    QWidget *m_viewHost = nullptr;
    QQuickWidget *m_view = nullptr;
    QWidget *m_panelHost = nullptr;
    QScrollArea *m_panelScroll = nullptr;
    ParameterPanel *m_panel = nullptr;
    QComboBox *m_simulatorBox = nullptr;
    QToolButton *m_play = nullptr;
    QComboBox *m_speed = nullptr;
    QLineEdit *m_seed = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_restartHint = nullptr;
    QProgressBar *m_progress = nullptr;
    QAction *m_playAction, *m_stepAction, *m_stepRightAction, *m_resetAction, *m_resetAllAction;
    QAction *m_panelAction;
};

} // namespace paperlab::app
