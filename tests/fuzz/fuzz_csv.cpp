// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// The CSV line splitter on any bytes, with every delimiter; and a property: the fields of a
// line that splits, written back with csvField(), split into the same fields.
#include <paperlab/math/csv.h>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view line(reinterpret_cast<const char *>(data), size);
    std::vector<std::string> fields, back;
    for (char delimiter : {',', ';', '\t'}) {
        if (paperlab::math::splitCsvLine(line, fields, delimiter))
            continue;
        std::string written;
        bool oneLine = true;
        for (size_t i = 0; i < fields.size(); ++i) {
            oneLine = oneLine && fields[i].find('\n') == std::string::npos;
            written += (i ? std::string(1, delimiter) : std::string())
                       + paperlab::math::csvField(fields[i]);
        }
        if (!oneLine) // a line splitter cannot read a field across lines
            continue;
        if (paperlab::math::splitCsvLine(written, back, delimiter) || back != fields)
            std::abort();
    }
    return 0;
}
