// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// The plugin's root: its simulators. Ids, names and views are declared in CMakeLists.txt.
#include "onlinesimulator.h"
#include "u4mazecriticsimulator.h"

#include <papersimulators.h>

paperlab::SimulatorList paperlab::plugin::simulators()
{
    using namespace papers::deepcrl;
    return {simulator<U4MazeCriticSimulator>(ids::U4MazeCritic),
            simulator<OnlineSimulator>(ids::Online)};
}
