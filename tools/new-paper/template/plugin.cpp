#include "flipssimulator.h"

#include <papersimulators.h>

paperlab::SimulatorList paperlab::plugin::simulators()
{
    return {simulator<@IDENT@::FlipsSimulator>(ids::Flips)};
}
