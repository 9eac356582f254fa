#pragma once
// The command-line action that needs no window: --list.
#include "geodata/dataset.hpp"

#include <iosfwd>

namespace app {

/// One JSON object per line for each unit valid in `year`: code, name, kind, area_km2.
void listUnits(const geodata::Dataset& dataset, int year, std::ostream& out);

} // namespace app
