#pragma once
// What the viewer chose about the map, shared by every mode: what the fills show, the badges, the
// selection and the view. The shell owns one; a mode switch keeps it.
#include "content/map_view.hpp"
#include "render/camera.hpp"

#include <optional>
#include <string>

namespace app {

struct MapChoices {
    MapView view = MapView::Units;
    bool bodies = true;                      // joint bodies' badges, and the chosen one's members
    std::optional<int> selectedUnit;         // UnitVersion id
    std::optional<std::string> selectedBody; // JointBody id
    render::Camera camera;
};

} // namespace app
