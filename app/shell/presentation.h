// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

namespace paperlab::app {

/// Where a paper's views are shown. Kiosk: no chrome (tabs, transport bar, links out), no
/// shortcuts of their own (the kiosk owns the keyboard), and parameters under their `kiosk`
/// policy (hidden ones left out, read-only ones shown but fixed).
enum class Presentation { Desktop, Kiosk };

} // namespace paperlab::app
