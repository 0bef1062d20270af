// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "session/simulationsession.h"

#include <memory>

namespace paperlab::test {

/// Metadata of a paper with these simulators, each with one view of its own id.
inline PaperMetadata paperWithSimulators(const QStringList &simulatorIds)
{
    PaperMetadata m;
    m.id = QStringLiteral("test-paper");
    for (const QString &id : simulatorIds)
        m.simulators.append({id, id.toUpper(), {{id, id.toUpper()}}});
    return m;
}

/// A Headless session without a plugin: it edits, validates and applies, but never runs.
inline std::unique_ptr<app::SimulationSession> sessionFor(const ParameterSchema &schema,
                                                          const PresetList &presets = {},
                                                          const QStringList &simulators = {
                                                              QStringLiteral("sim")})
{
    return std::make_unique<app::SimulationSession>(paperWithSimulators(simulators), schema,
                                                    presets, nullptr,
                                                    app::SimulationSession::Mode::Headless);
}

} // namespace paperlab::test
