// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace paperlab::papers::rlvrlimits::json {

/// A parsed JSON value (RFC 8259). Small and Qt-free: the model library reads JSONL
/// evaluation logs without QtCore, so that its parser can be tested on its own.
struct Value
{
    enum class Type { Null, Bool, Number, String, Array, Object };
    Type type = Type::Null;
    bool boolean = false;
    double number = 0.0;
    std::string string;
    std::vector<Value> array;
    std::vector<std::pair<std::string, Value>> object; ///< in file order; duplicates kept

    /// The last member named `key` (JSON leaves duplicates undefined; most parsers keep the
    /// last), or null if absent or not an object.
    const Value *find(std::string_view key) const;
};

/// Where and why parsing failed; `offset` is the byte offset into the text.
struct Error
{
    size_t offset = 0;
    std::string message;
};

/// Parses `text` as exactly one JSON value with optional surrounding whitespace. Returns
/// false and fills `error` on malformed input (nesting deeper than 64 levels included).
bool parse(std::string_view text, Value &out, Error &error);

} // namespace paperlab::papers::rlvrlimits::json
