// SPDX-FileCopyrightText: 2026 The PaperLab authors
// SPDX-License-Identifier: MIT
// The plugin's root: its simulators. Ids, names and views are declared in CMakeLists.txt.
#include "bigrambackcopysimulator.h"
#include "gatearithmeticsimulator.h"

#include <papersimulators.h>

paperlab::SimulatorList paperlab::plugin::simulators()
{
    using namespace papers::gatedattention;
    return {simulator<BigramBackcopySimulator>(ids::BigramBackcopy),
            simulator<GateArithmeticSimulator>(ids::GateArithmetic)};
}
