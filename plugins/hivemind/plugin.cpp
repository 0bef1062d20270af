// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// The plugin's root: its simulators. Ids, names and views are declared in CMakeLists.txt.
#include "metricssimulator.h"
#include "ngramtextsimulator.h"
#include "synthetichivemindsimulator.h"
#include "textssimulator.h"

#include <papersimulators.h>

paperlab::SimulatorList paperlab::plugin::simulators()
{
    using namespace papers::hivemind;
    return {simulator<SyntheticHivemindSimulator>(ids::SyntheticHivemind),
            simulator<MetricsSimulator>(ids::Metrics),
            simulator<TextsSimulator>(ids::Texts),
            simulator<NgramTextSimulator>(ids::NgramText)};
}
