// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// The plugin's root: its simulators. Ids, names and views are declared in CMakeLists.txt.
#include "boundssimulator.h"
#include "censussimulator.h"
#include "exactgamesimulator.h"

#include <papersimulators.h>

paperlab::SimulatorList paperlab::plugin::simulators()
{
    using namespace papers::transductiveonline;
    return {simulator<ExactGameSimulator>(ids::ExactGame),
            simulator<CensusSimulator>(ids::Census),
            simulator<BoundsSimulator>(ids::Bounds)};
}
