// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// The plugin's root: its simulators. Ids, names and views are declared in CMakeLists.txt.
#include "passkcalculatorsimulator.h"
#include "tabularrlvrsimulator.h"

#include <papersimulators.h>

paperlab::SimulatorList paperlab::plugin::simulators()
{
    using namespace papers::rlvrlimits;
    return {simulator<TabularRlvrSimulator>(ids::TabularRlvr),
            simulator<PassKCalculatorSimulator>(ids::PasskCalculator)};
}
