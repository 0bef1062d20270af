// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// The text readers of the hivemind paper on any bytes: embeddings as CSV and as JSON Lines,
// and response texts (plain and JSON Lines).
#include "embeddingsio.h"
#include "textset.h"

#include <cstdint>
#include <string_view>

using namespace paperlab::papers::hivemind;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    (void)parseEmbeddingsCsv(text);
    (void)parseEmbeddingsJsonl(text);
    for (TextFormat format : {TextFormat::Auto, TextFormat::Plain, TextFormat::Jsonl})
        (void)parseTexts(text, format);
    return 0;
}
