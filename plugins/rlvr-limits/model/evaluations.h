// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace paperlab::papers::rlvrlimits {

/// Per-problem sample counts from a researcher's own evaluation logs: for each model and
/// problem, n samples of which c were verified correct.
struct ProblemCount
{
    std::string problem;
    int64_t n = 0;
    int64_t c = 0;
};

struct ModelCounts
{
    std::string name;
    std::vector<ProblemCount> problems; ///< in order of first appearance
};

enum class EvalFormat { Auto, Csv, Jsonl };

struct EvaluationData
{
    std::vector<ModelCounts> models; ///< in order of first appearance
    EvalFormat format = EvalFormat::Auto; ///< the format actually read
    int rows = 0; ///< data rows (CSV) or objects (JSONL) read
    int pooledRows = 0; ///< rows added to an earlier (model, problem): runs pooled
    int problemCount() const; ///< over all models
};

/// A malformed input: `line` (1-based) and, where known, `column` (1-based) locate it, and
/// `field` names the offending column or key as the file spells it (empty if none).
struct EvalParseError
{
    EvalParseError(int line = 0, int column = 0, std::string message = {},
                   std::string field = {})
        : line(line), column(column), message(std::move(message)), field(std::move(field))
    {
    }

    int line = 0;
    int column = 0;
    std::string message;
    std::string field;
    /// "line 7: c = 12 exceeds n = 10" or "line 3, column 17: ...".
    std::string text() const;
};

struct EvalParseResult
{
    EvaluationData data;
    std::optional<EvalParseError> error;
    bool ok() const { return !error.has_value(); }
};

/// Parses evaluation counts from CSV or JSON Lines text.
///
/// CSV: comma-, tab- or semicolon-separated, with a header naming the columns (case does not
/// matter): `model` (optional), `problem` (optional; aliases problem_id, question_id, id,
/// task_id), `n` (aliases num_samples, samples, total) and `c` (aliases num_correct,
/// correct). Without an `n` column, a per-sample column (`correct`, `score`, `reward`,
/// `passed`, `is_correct`) of 0/1 or true/false makes every row one sample. A file of two,
/// three or four numeric columns needs no header: n,c / problem,n,c / model,problem,n,c.
/// Blank lines and lines starting with '#' are skipped; fields may be double-quoted.
///
/// JSONL: one object per line with the same keys, or a per-sample array such as
/// {"model": "rl", "problem": 7, "correct": [true, false, true]}.
///
/// Rows for the same (model, problem) are pooled (n and c added), as the authors pool seeds
/// (limit-of-RLVR math/pass@k.py::get_pass_k_data). Counts must be whole numbers with
/// n >= 1 and 0 <= c <= n; the first violation is reported with its line.
EvalParseResult parseEvaluations(std::string_view text, EvalFormat format = EvalFormat::Auto);

} // namespace paperlab::papers::rlvrlimits
