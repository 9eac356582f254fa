#pragma once
// What the unit fills show, and its names on the command line (--view).
#include <string>

namespace app {

enum class MapView {
    Units,   // each municipality in its own colour
    Density, // inhabitants per km², fixed classes over all years
    Circles, // proportional circles, growing smoothly between census years
};

/// "units", "density", "circles" → MapView (Units for anything else).
[[nodiscard]] MapView parseMapView(const std::string& name);
/// The inverse: the name --view takes.
[[nodiscard]] const char* mapViewName(MapView view);

} // namespace app
