// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>

namespace paperlab::app {

/// `text` as a QR code (libqrencode, error correction M, 8-bit mode): dark modules on white
/// whatever the theme, as scanners expect, `scale` pixels per module, with the standard
/// quiet zone of 4 modules. A null image when the text does not fit a QR code.
QImage qrCodeImage(const QByteArray &text, int scale);

} // namespace paperlab::app
