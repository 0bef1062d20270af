// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/math/csv.h>

#include <csv.h>

namespace paperlab::math {
namespace {

struct Collector
{
    std::vector<std::string> *fields;
    int rows = 0;
};

void onField(void *text, size_t size, void *data)
{
    auto *c = static_cast<Collector *>(data);
    c->fields->emplace_back(static_cast<const char *>(text), size);
}

void onRowEnd(int, void *data) { ++static_cast<Collector *>(data)->rows; }

// With a tab delimiter a tab must not count as padding.
int isSpaceOrTab(unsigned char c) { return c == CSV_SPACE || c == CSV_TAB; }
int isSpace(unsigned char c) { return c == CSV_SPACE; }
// Rows end only where the caller's line ends: a stray CR inside a line is data.
int isNeverTerminator(unsigned char) { return 0; }

} // namespace

std::optional<CsvError> splitCsvLine(std::string_view line, std::vector<std::string> &fields,
                                     char delimiter)
{
    fields.clear();
    csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0)
        return CsvError{1, "out of memory"};
    csv_set_delim(&parser, static_cast<unsigned char>(delimiter));
    csv_set_space_func(&parser, delimiter == '\t' ? isSpace : isSpaceOrTab);
    csv_set_term_func(&parser, isNeverTerminator);
    Collector collector{&fields};
    std::optional<CsvError> error;
    const size_t parsed = csv_parse(&parser, line.data(), line.size(), onField, onRowEnd,
                                    &collector);
    if (parsed < line.size()) {
        const int field = int(fields.size()) + 1;
        error = csv_error(&parser) == CSV_EPARSE
                    ? CsvError{field, parser.quoted ? "unexpected text after a closing quote"
                                                    : "a quote inside an unquoted field"}
                    : CsvError{field, csv_strerror(csv_error(&parser))};
    } else if (csv_fini(&parser, onField, onRowEnd, &collector) != 0) {
        error = CsvError{int(fields.size()) + 1, "unterminated quoted field"};
    }
    csv_free(&parser);
    if (!error && fields.empty())
        fields.emplace_back(); // an empty line is one empty field, as in a spreadsheet
    return error;
}

std::string csvField(std::string_view text)
{
    const bool padded = !text.empty() && (text.front() == ' ' || text.front() == '\t'
                                          || text.back() == ' ' || text.back() == '\t');
    if (!padded && text.find_first_of(",;\t\"\n\r") == std::string_view::npos)
        return std::string(text);
    std::string out = "\"";
    for (char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + '"';
}

} // namespace paperlab::math
