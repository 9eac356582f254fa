#pragma once
// The map's own gestures, the same in every mode: drag to pan, wheel (or pinch) to zoom, and a press and
// release close together as a tap. A gesture stops a camera glide under way: the user took the map.
#include "direction/camera_glide.hpp"

#include <SFML/Window/Event.hpp>
#include <optional>

namespace app {

class MapGestures {
  public:
    /// An event the panels did not take. Moves `camera`; returns where a tap landed.
    std::optional<sf::Vector2f> handle(const sf::Event& event, bool panelsTakeMouse, render::Camera& camera,
                                       CameraGlide& glide);

  private:
    bool m_dragging = false;
    sf::Vector2f m_pressAt, m_lastMouse;
};

} // namespace app
