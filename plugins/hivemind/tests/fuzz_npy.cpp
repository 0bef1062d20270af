// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// The .npy embeddings reader on any bytes. The reader takes paths, so each input is written
// to a scratch file; its sidecar names as many rows as the input's first byte says, so both
// the matching and the mismatching row counts are reached.
#include "embeddingsio.h"

#include <unistd.h>

#include <cstdint>
#include <fstream>
#include <string>

using namespace paperlab::papers::hivemind;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const std::string base = "/tmp/paperlab-fuzz-npy-" + std::to_string(getpid());
    const std::string npy = base + ".npy", sidecar = base + ".csv";
    {
        std::ofstream out(npy, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char *>(data) + 1, std::streamsize(size - 1));
        std::ofstream rows(sidecar, std::ios::trunc);
        rows << "prompt,model\n";
        for (int i = 0; i < data[0]; ++i)
            rows << "p" << i % 3 << ",m" << i % 2 << '\n';
    }
    (void)readEmbeddingsNpy(npy, sidecar, "rows.csv");
    return 0;
}
