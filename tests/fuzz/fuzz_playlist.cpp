// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// A kiosk playlist file.
#include "kiosk/playlist.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)paperlab::app::Playlist::fromJson(bytes, QStringLiteral("playlist.json"));
    return 0;
}
