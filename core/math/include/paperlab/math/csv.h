// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <paperlab/math/paperlabmathexport.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace paperlab::math {

/// Why a CSV line could not be split: `field` is the 1-based field (spreadsheet column) where
/// the problem starts, `message` says what it is in a reader's words.
struct CsvError
{
    int field = 0;
    std::string message;
};

/// Splits one line of a CSV file (no line terminator) into `fields`, with RFC 4180 quoting:
/// a field in double quotes may hold the delimiter and "" for a quote; spaces and tabs around
/// an unquoted field and around the quotes are dropped. Parsing is libcsv's, in strict mode,
/// so a stray quote or text after a closing quote is an error rather than a guess. Every
/// reader of outside CSV in PaperLab goes through here; callers add the file and line.
PAPERLAB_MATH_EXPORT std::optional<CsvError> splitCsvLine(std::string_view line,
                                                          std::vector<std::string> &fields,
                                                          char delimiter = ',');

/// `text` as one CSV field that splitCsvLine() reads back unchanged with any of the delimiters
/// it accepts: as it is when it needs no quoting, else in double quotes with inner quotes
/// doubled (padding, delimiters, quotes, line breaks). The one writer of CSV fields.
PAPERLAB_MATH_EXPORT std::string csvField(std::string_view text);

} // namespace paperlab::math
