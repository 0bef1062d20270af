// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#include <paperlab/simulator.h>

namespace paperlab {

Simulator::~Simulator() = default;

void Simulator::command(const QString &id, const QVariantMap &)
{
    throw SimulationError("unsupported command \"" + id.toStdString() + "\"");
}

} // namespace paperlab
