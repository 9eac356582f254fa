#include "shell/map_gestures.hpp"

#include <cmath>

namespace app {

namespace {
// A press and release closer than this (in pixels) is a click or tap, not a drag.
constexpr float kClickSlop = 6.0F;

sf::Vector2f at(int x, int y) { return {static_cast<float>(x), static_cast<float>(y)}; }
} // namespace

std::optional<sf::Vector2f> MapGestures::handle(const sf::Event& event, bool panelsTakeMouse,
                                                render::Camera& camera, CameraGlide& glide) {
    switch (event.type) {
    case sf::Event::MouseWheelScrolled:
        if (!panelsTakeMouse) {
            glide.stop();
            camera.zoomAt(at(event.mouseWheelScroll.x, event.mouseWheelScroll.y),
                          std::pow(1.2, event.mouseWheelScroll.delta));
        }
        break;
    case sf::Event::MouseButtonPressed:
        if (!panelsTakeMouse && event.mouseButton.button == sf::Mouse::Left) {
            m_dragging = true;
            m_pressAt = m_lastMouse = at(event.mouseButton.x, event.mouseButton.y);
        }
        break;
    case sf::Event::MouseMoved:
        if (m_dragging) {
            const sf::Vector2f to = at(event.mouseMove.x, event.mouseMove.y);
            glide.stop();
            camera.panBy(to - m_lastMouse);
            m_lastMouse = to;
        }
        break;
    case sf::Event::MouseButtonReleased:
        if (m_dragging && event.mouseButton.button == sf::Mouse::Left) {
            m_dragging = false;
            const sf::Vector2f to = at(event.mouseButton.x, event.mouseButton.y);
            if (std::hypot(to.x - m_pressAt.x, to.y - m_pressAt.y) < kClickSlop) return to;
        }
        break;
    default:
        break;
    }
    return std::nullopt;
}

} // namespace app
