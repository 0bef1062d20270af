// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// An explainer's Markdown: the parser (md4c and the blocks built from it) and the math
// tokenizer that finds $...$ and $$...$$.
#include "explainer/explainerparser.h"
#include "explainer/mathtokenizer.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString markdown = QString::fromUtf8(reinterpret_cast<const char *>(data),
                                               qsizetype(size));
    (void)paperlab::app::parseExplainer(markdown);
    for (const paperlab::app::MarkdownSegment &segment : paperlab::app::splitMarkdown(markdown)) {
        if (segment.kind == paperlab::app::MarkdownSegment::Kind::Text)
            (void)paperlab::app::scanMath(segment.text);
    }
    return 0;
}
