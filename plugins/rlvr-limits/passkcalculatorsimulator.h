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
/// The file parameter "evaluations" names a CSV or JSONL file; reset() reads it completely
/// before changing anything and throws InputError (file, line, field) if it is malformed, so
/// the previous analysis stays. Without a file the demo data are shown.
///
/// Snapshot: one series "passk_<model>" per model (x = k, y = mean unbiased pass@k) and the
/// readout "crossover_k": for the first two models, the smallest k at which the model behind
/// at k = 1 reaches the other (0 if it never does up to the largest k both curves reach;
/// absent with fewer than two models).
///
/// Commands (Simulator::command):
///  - "load-evaluations" {path: file} or {text: pasted CSV/JSONL}, optional
///    {format: "auto"|"csv"|"jsonl"}, {append: bool}. A malformed input leaves the loaded
///    data unchanged and reports the error (naming its line) in the status, the readout
///    "load_error_line" and the table "load_error".
///  - "export-results" {path}: a .json path gets everything in one document; any other
///    path gets the curves as CSV plus <stem>-crossovers.csv and <stem>-coverage.csv.
///    The outcome (or the write error) is reported in the status.
///  - "clear-evaluations": forget pasted or added data: back to the file, or the demo set.
/// Pasted data survive resets until another file is chosen; the demo set (counts sampled from
/// the toy lab's base, RL and distilled models) is shown when there is neither.
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
    const EvaluationData &shownData() const;

    CalculatorOptions m_options;
    quint64 m_seed = 1;
    QString m_demo;
    EvaluationData m_demoData;
    QString m_filePath; // the "evaluations" parameter
    EvaluationData m_fileData;
    EvaluationData m_loaded; // by command: pasted text or added files, over the file
    bool m_hasLoaded = false;
    QString m_source; // what is shown: "demo" or the file / "pasted text"
    CalculatorResult m_result;
    bool m_analysed = false;
    double m_analyseMs = 0.0;
    EvalParseError m_error; // line 0 and empty message: none
    QString m_message; // last command's outcome
    qint64 m_step = 0;
};

/// Reads and parses an evaluations file (a path or a ":/" resource): CSV, or JSON Lines for
/// *.jsonl and text starting with '{'. Throws InputError naming the file, line and field.
EvaluationData readEvaluationsFile(const QString &path);

/// Counts of the toy lab's base, RL and distilled models on its test problems (n samples
/// each): the calculator's demo data set.
EvaluationData toyEvaluations(quint64 seed);

} // namespace paperlab::papers::rlvrlimits
