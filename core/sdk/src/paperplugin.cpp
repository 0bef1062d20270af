// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/paperplugin.h>

namespace paperlab {

// Out of line, so the interface's vtable and typeinfo have exactly one home.
PaperPlugin::~PaperPlugin() = default;

} // namespace paperlab
