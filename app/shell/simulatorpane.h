// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "shell/presentation.h"

#include <paperlab/parameterset.h>

#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QBoxLayout;
class QHBoxLayout;
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

class ElidedLabel;
class ParameterPanel;
class QmlHost;
class SimulationSession;
class SweepDialog;
class FrameProfiler;

/// The Simulator tab: the plugin's QML view of a SimulationSession, and on the desktop the
/// generated parameter panel and a transport bar (play/pause, step, reset, speed, seed,
/// status). The kiosk shows the view with the progress and status only; its presenter
/// console steers the same session.
class SimulatorPane : public QWidget
{
    Q_OBJECT
public:
    SimulatorPane(PaperSpec *spec, QmlHost *qml, QWidget *parent = nullptr,
                  Presentation presentation = Presentation::Desktop);
    ~SimulatorPane() override;

    SimulationSession *session() const { return m_session; }
    SimulationRunner *runner() const;
    QList<QAction *> transportActions() const;
    /// Runs n steps synchronously-ish (for --screenshot): waits until the runner has done them.
    /// False at once when there is no runner (the plugin made no simulator).
    bool runSteps(int n, int timeoutMs);
    /// Waits until the run is no longer running (an opened scenario's replay, for
    /// --screenshot); false on timeout or without a runner.
    bool waitWhileRunning(int timeoutMs);

    /// The frame-time overlay, while it is on (F12, --profile).
    FrameProfiler *frameProfiler() const { return m_profiler; }
    void setFrameProfilerShown(bool shown);
    /// The Sweep dialog of this pane, while it is open.
    SweepDialog *sweepDialog() const;

    /// A/B compare: run B, a clone of the current run with its own parameters, beside it.
    bool isComparing() const { return m_compare != nullptr; }
    /// B's session while comparing, else null. The panel edits B while comparing.
    SimulationSession *compareSession() const { return m_compare; }
    QQuickWidget *view() const { return m_view; }
    QQuickWidget *compareView() const { return m_compareView; }

public Q_SLOTS:
    void playPause();
    /// Opens (or raises) the Sweep dialog for the current simulator.
    void openSweep();
    void step();
    void resetRun();
    /// Starts comparing (B cloned from the current run's parameters) or stops (B goes).
    void setComparing(bool on);
    /// A one-click pair: A runs `presetA`, B `presetB` (the paper's "compareWith").
    void comparePresets(const QString &presetA, const QString &presetB);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void fitPlayButton();
    void buildTransport(QWidget *transport, QHBoxLayout *bar);
    void onSimulatorChanged();
    void showView();
    void updateStatus();
    void setStatusText(const QString &text, const QString &style);
    void showErrorNotice(const QString &error);
    void updateSeedField();
    void updateMinimumSizes();
    void showCompareView();
    /// Hands a view that declares a `parameters` property a ParameterModel of `session`.
    void giveParameterModel(QQuickWidget &view, SimulationSession &session) const;
    /// Gives each chart of view A and its twin in view B one axis group (shared axes).
    void linkTwinCharts();
    void updateCompareHeaders();
    /// A and B side by side when both have room, else B below A.
    void arrangeColumns();

    PaperSpec *m_spec;
    QmlHost *m_qml;
    Presentation m_presentation;
    SimulationSession *m_session;
    QString m_error; ///< the last failed request, shown until the next restart
    QPointer<SweepDialog> m_sweep;
    FrameProfiler *m_profiler = nullptr; ///< while the frame profiler (F12) is on
    QWidget *m_viewHost = nullptr;
    QBoxLayout *m_columns = nullptr;    ///< of m_viewHost: A's column, then B's
    QWidget *m_viewColumn = nullptr;    ///< A's header and view
    QQuickWidget *m_view = nullptr;
    QLabel *m_aHeader = nullptr;        ///< "A", shown while comparing
    SimulationSession *m_compare = nullptr; ///< B, while comparing
    QWidget *m_compareColumn = nullptr; ///< B's header and view
    QLabel *m_bHeader = nullptr;
    QQuickWidget *m_compareView = nullptr;
    ParameterPanel *m_comparePanel = nullptr;
    QLabel *m_compareNote = nullptr;    ///< over B's panel: what it edits
    QWidget *m_panelHost = nullptr;
    QScrollArea *m_panelScroll = nullptr;
    ParameterPanel *m_panel = nullptr;
    QComboBox *m_simulatorBox = nullptr;
    QToolButton *m_play = nullptr;
    QComboBox *m_speed = nullptr;
    QLineEdit *m_seed = nullptr;
    QList<QWidget *> m_seedWidgets; ///< the seed's label, field and "New seed"
    ElidedLabel *m_status = nullptr;
    // The whole of an error the status line has to cut short, above the transport bar.
    QWidget *m_notice = nullptr;
    QLabel *m_noticeText = nullptr;
    QString m_dismissedError;
    QToolButton *m_applyButton = nullptr; ///< shown while edited parameters wait for a restart
    QProgressBar *m_progress = nullptr;
    QAction *m_playAction, *m_stepAction, *m_stepRightAction, *m_resetAction, *m_resetAllAction;
    QAction *m_panelAction;
    QAction *m_profileAction;
    QAction *m_compareAction;
};

} // namespace paperlab::app
