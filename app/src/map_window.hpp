#pragma once
// The interactive window: events, camera gestures, playback and the ImGui panels around the map.
#include "geodata/dataset.hpp"
#include "options.hpp"

namespace app {

/// Opens the window and runs until it is closed. Returns the process exit code.
int runMapWindow(const geodata::Dataset& dataset, const Options& options);

} // namespace app
