// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "evaluations.h"
#include "passkcalculator.h"

#include <paperlab/simulator.h>

#include <QString>

namespace paperlab::papers::rlvrlimits {

/// The pass@k calculator for researchers' own evaluation logs: per-problem counts (n_i, c_i)
/// of one or more models → unbiased pass@k curves, crossovers and the coverage table.
///
/// Commands (Simulator::command):
///  - "load-evaluations" {path: file} or {text: pasted CSV/JSONL}, optional
///    {format: "auto"|"csv"|"jsonl"}, {append: bool}. A malformed input leaves the loaded
///    data unchanged and reports the error (naming its line) in the status, the readout
///    "load_error_line" and the table "load_error".
///  - "export-results" {path}: a .json path gets everything in one document; any other
///    path gets the curves as CSV plus <stem>-crossovers.csv and <stem>-coverage.csv.
///    The outcome (or the write error) is reported in the status.
///  - "clear-evaluations": back to the demo data set.
/// Loaded data survive resets; the demo set (counts sampled from the toy lab's base, RL and
/// distilled models) is shown until a file is loaded.
class PassKCalculatorSimulator final : public Simulator
{
public:
    void reset(const ParameterSet &parameters) override;
    void applyLive(const ParameterSet &parameters) override;
    void command(const QString &id, const QVariantMap &arguments) override;
    void advance(std::chrono::milliseconds budget) override;
    bool finished() const override { return m_analysed; }
    std::shared_ptr<Snapshot> snapshot() const override;

private:
    void analyse();
    void load(const QVariantMap &arguments);
    void exportResults(const QVariantMap &arguments);

    CalculatorOptions m_options;
    quint64 m_seed = 1;
    QString m_demo;
    EvaluationData m_demoData;
    EvaluationData m_loaded;
    bool m_hasLoaded = false;
    QString m_source; // what is shown: "demo" or the file / "pasted text"
    CalculatorResult m_result;
    bool m_analysed = false;
    double m_analyseMs = 0.0;
    EvalParseError m_error; // line 0 and empty message: none
    QString m_message; // last command's outcome
    qint64 m_step = 0;
};

/// Counts of the toy lab's base, RL and distilled models on its test problems (n samples
/// each): the calculator's demo data set.
EvaluationData toyEvaluations(quint64 seed);

} // namespace paperlab::papers::rlvrlimits
