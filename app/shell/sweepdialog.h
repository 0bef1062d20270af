// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/parameterschema.h>

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QQuickWidget;
class QSpinBox;

namespace paperlab {
class PaperSpec;
}

namespace paperlab::app {

class QmlHost;
class SimulationSession;
class SweepExecutor;

/// Simulation ▸ Sweep: how a readout depends on one numeric parameter. The runs start from
/// the simulator's current parameters with the chosen parameter set to each value of a range,
/// several seeds per value, and run on a thread pool (SweepExecutor, as `paperlab sweep`);
/// the chart shows the mean over the seeds ± one standard error, growing as runs finish, and
/// exports like every chart.
class SweepDialog : public QDialog
{
    Q_OBJECT
public:
    SweepDialog(const PaperSpec &spec, const SimulationSession &source, QmlHost *qml,
                QWidget *parent = nullptr);
    ~SweepDialog() override;

    /// The values of the range, as the runs get them (ints rounded, repeats dropped).
    QList<double> values() const;
    /// What the chart shows: [{id, label, x, y}] for the mean and mean ∓ SE.
    QVariantList chartSeries() const { return m_series; }
    bool isRunning() const;

public Q_SLOTS:
    void startSweep();
    void stopSweep();

Q_SIGNALS:
    /// Every run ended or was stopped.
    void sweepFinished();

private:
    void onParameterChanged();
    void onRunFinished(int index);
    void updateChart();
    void updateState();
    const ParamSpec *currentParameter() const;
    /// The first readout (by name) whose value differs between runs: a better first plot
    /// than a constant.
    QString firstVaryingReadout() const;

    const PaperSpec &m_spec;
    const SimulationSession &m_source;
    QList<ParamSpec> m_parameters; ///< the numeric ones the simulator uses, seed aside
    QComboBox *m_parameter = nullptr;
    QDoubleSpinBox *m_from = nullptr;
    QDoubleSpinBox *m_to = nullptr;
    QSpinBox *m_points = nullptr;
    QCheckBox *m_log = nullptr;
    QSpinBox *m_seeds = nullptr;
    QSpinBox *m_steps = nullptr;
    QComboBox *m_readout = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_stop = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QQuickWidget *m_chart = nullptr;
    SweepExecutor *m_executor = nullptr;

    // The sweep being shown: its parameter, values, and each run's value and readouts.
    QString m_key;
    QString m_xLabel;
    bool m_logX = false;
    QList<double> m_runValue;
    QList<QMap<QString, double>> m_runReadouts;
    QVariantList m_series;
    bool m_readoutChosen = false; ///< the user picked the readout: keep it
    bool m_failed = false;        ///< a run failed: its message stays
};

} // namespace paperlab::app
