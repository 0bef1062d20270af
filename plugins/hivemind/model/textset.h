// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

// Sets of responses for the "your own texts" simulator: plain text (one response per block
// of lines, blocks separated by blank lines) or JSON Lines {"prompt", "model", "text"}.
// Qt-free.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace paperlab::papers::hivemind {

struct TextResponse {
    std::string prompt;
    std::string model;
    std::string text;
    int line = 0; ///< where the response starts in its input (1-based)
};

/// Responses in input order, with the prompts and models in order of first appearance.
struct TextSet {
    std::vector<TextResponse> responses;
    std::vector<std::string> prompts;
    std::vector<std::string> models;
};

struct TextParseError {
    int line = 0; ///< 1-based; 0 when the problem is the input as a whole
    std::string field;
    std::string message;
    /// "line 3, field \"text\": is empty" (the file name is added by the caller).
    std::string text() const;
};

struct TextParseResult {
    TextSet data;
    std::optional<TextParseError> error;
    bool ok() const { return !error.has_value(); }
};

enum class TextFormat { Auto, Plain, Jsonl };

/// The names plain text gets: it holds one model's answers to one prompt.
inline constexpr const char *kPlainPrompt = "your prompt";
inline constexpr const char *kPlainModel = "your model";

/// Parses a whole input; Auto reads JSON Lines when the first non-blank character is '{'.
/// JSON Lines: blank lines are skipped; "text" is required (a non-empty string); "prompt"
/// and "model" are optional strings (defaults kPlainPrompt and kPlainModel). Every model must
/// have at least two responses to some prompt, or nothing could be compared.
TextParseResult parseTexts(std::string_view input, TextFormat format = TextFormat::Auto);

} // namespace paperlab::papers::hivemind
