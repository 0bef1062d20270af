// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// The plugin's root: its simulators. Ids, names and views are declared in CMakeLists.txt.
#include "regimemapsimulator.h"
#include "sweepsimulator.h"
#include "trainsimulator.h"

#include <papersimulators.h>

paperlab::SimulatorList paperlab::plugin::simulators()
{
    using namespace papers::superpositionscaling;
    return {simulator<TrainSimulator>(ids::Train),
            simulator<SweepSimulator>(ids::Sweep),
            simulator<RegimeMapSimulator>(ids::RegimeMap)};
}
