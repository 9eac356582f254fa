#pragma once
// The command-line actions that need no window: --list and --export-png.
#include "atlas.hpp"
#include "i18n.hpp"
#include "options.hpp"

#include <iosfwd>

namespace app {

/// One JSON object per line for each unit valid in `year`: code, name, kind, area_km2.
void listUnits(const geodata::Dataset& dataset, int year, std::ostream& out);

/// Renders `year` offscreen into a PNG of `size`, worded in `strings`' language. Returns 0, or 1 with a
/// message on stderr.
int exportPng(const Atlas& atlas, const Strings& strings, const Options& options, int year);

} // namespace app
