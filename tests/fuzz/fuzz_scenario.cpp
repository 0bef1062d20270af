// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// A scenario file and a paperlab:// link: both arrive from outside (a download, a QR code, a
// chat message). A scenario that reads is written back as a link and read again, so the
// writer is fuzzed with every value the reader lets through.
#include "session/scenario.h"

#include <QUrl>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using paperlab::app::Scenario;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const auto file = Scenario::fromJson(bytes, QStringLiteral("fuzz.paperlab")))
        (void)Scenario::fromLink(file.value().toLink());
    const QString text = QString::fromUtf8(bytes);
    if (Scenario::isLink(text)) {
        if (const auto link = Scenario::fromLink(QUrl(text)))
            (void)Scenario::fromJson(link.value().toJson(), QStringLiteral("fuzz.paperlab"));
    }
    return 0;
}
