// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// The evaluation-log reader (CSV and JSON Lines) on any bytes, in each of its modes.
#include "evaluations.h"

#include <cstdint>
#include <string_view>

using namespace paperlab::papers::rlvrlimits;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    for (EvalFormat format : {EvalFormat::Auto, EvalFormat::Csv, EvalFormat::Jsonl})
        (void)parseEvaluations(text, format);
    return 0;
}
