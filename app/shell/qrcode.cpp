// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include "shell/qrcode.h"

#include <qrencode.h>

#include <memory>

namespace paperlab::app {

QImage qrCodeImage(const QByteArray &text, int scale)
{
    constexpr int kQuietZone = 4;
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(text.size()), reinterpret_cast<const unsigned char *>(text.constData()),
                          0, QR_ECLEVEL_M),
        &QRcode_free);
    if (!code || scale < 1)
        return {};
    const int modules = code->width + 2 * kQuietZone;
    QImage image(modules * scale, modules * scale, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            // Bit 0 of each byte is the module's colour (1: dark); the others are libqrencode's.
            if (!(code->data[y * code->width + x] & 1))
                continue;
            for (int dy = 0; dy < scale; ++dy) {
                QRgb *line = reinterpret_cast<QRgb *>(image.scanLine((y + kQuietZone) * scale + dy));
                for (int dx = 0; dx < scale; ++dx)
                    line[(x + kQuietZone) * scale + dx] = qRgb(0, 0, 0);
            }
        }
    }
    return image;
}

} // namespace paperlab::app
