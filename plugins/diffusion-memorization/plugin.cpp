// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// The plugin's root: its simulators. Ids, names and views are declared in CMakeLists.txt.
#include "rfflowsimulator.h"
#include "sampler2dsimulator.h"
#include "score1dsimulator.h"

#include <papersimulators.h>

paperlab::SimulatorList paperlab::plugin::simulators()
{
    using namespace papers::diffusionmemorization;
    return {simulator<Sampler2dSimulator>(ids::Sampler2d),
            simulator<RfFlowSimulator>(ids::RfGepFlow),
            simulator<Score1dSimulator>(ids::Score1d)};
}
