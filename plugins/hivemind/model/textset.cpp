// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "textset.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <utility>

namespace paperlab::papers::hivemind {

namespace {

bool isBlank(std::string_view line)
{
    return std::all_of(line.begin(), line.end(), [](char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
    });
}

std::string_view trimEnd(std::string_view s)
{
    while (!s.empty() && (s.back() == '\r' || s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

// Splits into lines without their '\n'.
std::vector<std::string_view> splitLines(std::string_view input)
{
    std::vector<std::string_view> lines;
    size_t start = 0;
    while (start <= input.size()) {
        const size_t end = input.find('\n', start);
        if (end == std::string_view::npos) {
            if (start < input.size())
                lines.push_back(input.substr(start));
            break;
        }
        lines.push_back(input.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

TextParseResult fail(int line, std::string field, std::string message)
{
    TextParseResult r;
    r.error = TextParseError{line, std::move(field), std::move(message)};
    return r;
}

void addResponse(TextSet &set, TextResponse response)
{
    if (std::find(set.prompts.begin(), set.prompts.end(), response.prompt) == set.prompts.end())
        set.prompts.push_back(response.prompt);
    if (std::find(set.models.begin(), set.models.end(), response.model) == set.models.end())
        set.models.push_back(response.model);
    set.responses.push_back(std::move(response));
}

TextParseResult parsePlain(const std::vector<std::string_view> &lines)
{
    TextParseResult r;
    std::string block;
    int blockLine = 0;
    auto flush = [&] {
        if (!block.empty())
            addResponse(r.data, {kPlainPrompt, kPlainModel, std::move(block), blockLine});
        block.clear();
    };
    for (size_t i = 0; i < lines.size(); ++i) {
        if (isBlank(lines[i])) {
            flush();
            continue;
        }
        if (block.empty())
            blockLine = int(i) + 1;
        else
            block += '\n';
        block += trimEnd(lines[i]);
    }
    flush();
    return r;
}

TextParseResult parseJsonl(const std::vector<std::string_view> &lines)
{
    TextParseResult r;
    for (size_t i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i) + 1;
        if (isBlank(lines[i]))
            continue;
        const nlohmann::json row = nlohmann::json::parse(lines[i], nullptr, false);
        if (row.is_discarded())
            return fail(lineNo, {}, "is not valid JSON");
        if (!row.is_object())
            return fail(lineNo, {}, "is not a JSON object such as {\"text\": \"...\"}");
        TextResponse response{kPlainPrompt, kPlainModel, {}, lineNo};
        for (auto [key, target] : {std::pair{"prompt", &response.prompt},
                                   std::pair{"model", &response.model},
                                   std::pair{"text", &response.text}}) {
            const auto it = row.find(key);
            if (it == row.end()) {
                if (std::string_view(key) == "text")
                    return fail(lineNo, key, "is missing");
                continue;
            }
            if (!it->is_string())
                return fail(lineNo, key, "is not a string");
            *target = it->get<std::string>();
            if (isBlank(*target))
                return fail(lineNo, key, "is empty");
        }
        addResponse(r.data, std::move(response));
    }
    return r;
}

} // namespace

std::string TextParseError::text() const
{
    std::string s = line > 0 ? "line " + std::to_string(line) : std::string();
    if (!field.empty())
        s += (s.empty() ? "field \"" : ", field \"") + field + "\"";
    return s.empty() ? message : s + ": " + message;
}

TextParseResult parseTexts(std::string_view input, TextFormat format)
{
    const std::vector<std::string_view> lines = splitLines(input);
    if (format == TextFormat::Auto) {
        format = TextFormat::Plain;
        for (std::string_view line : lines) {
            const size_t first = line.find_first_not_of(" \t\r\f\v");
            if (first != std::string_view::npos) {
                format = line[first] == '{' ? TextFormat::Jsonl : TextFormat::Plain;
                break;
            }
        }
    }
    TextParseResult r = format == TextFormat::Jsonl ? parseJsonl(lines) : parsePlain(lines);
    if (!r.ok())
        return r;
    if (r.data.responses.empty())
        return fail(0, {}, "holds no responses");
    // Each model needs a pair of answers to one prompt to be compared with itself.
    std::map<std::pair<std::string, std::string>, int> perCell;
    for (const TextResponse &t : r.data.responses)
        ++perCell[{t.model, t.prompt}];
    for (const std::string &model : r.data.models) {
        const bool pair = std::any_of(perCell.begin(), perCell.end(), [&](const auto &cell) {
            return cell.first.first == model && cell.second >= 2;
        });
        if (!pair) {
            return fail(0, {},
                        "model \"" + model
                            + "\" has fewer than two responses to every prompt; give at least "
                              "two (separate plain-text responses by a blank line)");
        }
    }
    return r;
}

} // namespace paperlab::papers::hivemind
