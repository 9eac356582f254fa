#pragma once
// The interactive window: events, camera gestures, playback and the ImGui panels around the map.
#include "atlas.hpp"
#include "options.hpp"

namespace app {

/// Opens the window and runs until it is closed. Returns the process exit code.
int runMapWindow(const Atlas& atlas, const Options& options);

} // namespace app
