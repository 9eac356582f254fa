#pragma once
// What is drawn over the map this frame, each with its box in target pixels: the year card, legend,
// caption, attribution and badges the scene drew, the open ImGui panels, a mode's own cards. One list per
// frame, so a layout asks "what is covered" in one place.
#include "render/scene_renderer.hpp"

#include <SFML/Graphics/Rect.hpp>
#include <string>
#include <vector>

namespace app {

struct Overlay {
    std::string
        name; // "card", "legend", "caption", "attribution", "badge", "panel:###timeline", "kiosk:prompt" …
    sf::FloatRect box;
};

using Overlays = std::vector<Overlay>;

/// Adds `box` under `name` unless it is empty (not drawn this frame).
void addOverlay(Overlays& overlays, std::string name, sf::FloatRect box);

/// Adds what the scene drew over the map: "card", "legend", "caption", "attribution" and "badge:" + id.
void addSceneOverlays(Overlays& overlays, const render::SceneLayout& layout);

/// Adds every ImGui window shown in the frame being built (call after the panels, before rendering), as
/// "panel:" and its name.
void addImGuiWindows(Overlays& overlays);

} // namespace app
