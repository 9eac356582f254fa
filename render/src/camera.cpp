#include "render/camera.hpp"

#include <algorithm>

namespace render {

void Camera::fit(const geodata::Bounds& bounds, sf::Vector2f size, float margin) {
    m_viewport = size;
    const double usable = 1.0 - 2.0 * margin;
    const double sx = size.x * usable / std::max(bounds.width(), 1e-9);
    const double sy = size.y * usable / std::max(bounds.height(), 1e-9);
    m_scale = std::max(std::min(sx, sy), 1e-9);
    m_centre = bounds.center();
}

void Camera::fitInto(const geodata::Bounds& bounds, sf::Vector2f size, const sf::FloatRect& room,
                     float margin, double maxScale) {
    m_viewport = size;
    const double sx = std::max(room.width - 2.0 * margin, 1.0) / std::max(bounds.width(), 1e-9);
    const double sy = std::max(room.height - 2.0 * margin, 1.0) / std::max(bounds.height(), 1e-9);
    m_scale = std::clamp(std::min(sx, sy), 1e-9, std::max(maxScale, 1e-9));
    // The bounds' centre goes to the room's centre.
    const geodata::Point c = bounds.center();
    m_centre = {c.x - (room.left + room.width / 2.0 - size.x / 2.0) / m_scale,
                c.y + (room.top + room.height / 2.0 - size.y / 2.0) / m_scale};
}

void Camera::zoomAt(sf::Vector2f screen, double factor) {
    const geodata::Point before = toWorld(screen);
    m_scale = std::clamp(m_scale * factor, 1e-9, 1e9);
    const geodata::Point after = toWorld(screen);
    m_centre.x += before.x - after.x;
    m_centre.y += before.y - after.y;
}

void Camera::panBy(sf::Vector2f delta) {
    m_centre.x -= delta.x / m_scale;
    m_centre.y += delta.y / m_scale;
}

sf::Vector2f Camera::toScreen(geodata::Point w) const {
    return {static_cast<float>((w.x - m_centre.x) * m_scale + m_viewport.x / 2.0),
            static_cast<float>(m_viewport.y / 2.0 - (w.y - m_centre.y) * m_scale)};
}

geodata::Point Camera::toWorld(sf::Vector2f s) const {
    return {m_centre.x + (s.x - m_viewport.x / 2.0) / m_scale,
            m_centre.y - (s.y - m_viewport.y / 2.0) / m_scale};
}

sf::View Camera::viewFor(geodata::Point origin) const {
    // Mesh vertices are (x - origin.x, origin.y - y): small floats, y down like the screen.
    const sf::Vector2f centre(static_cast<float>(m_centre.x - origin.x),
                              static_cast<float>(origin.y - m_centre.y));
    return sf::View(centre, sf::Vector2f(static_cast<float>(m_viewport.x / m_scale),
                                         static_cast<float>(m_viewport.y / m_scale)));
}

geodata::Bounds Camera::visibleWorld() const {
    geodata::Bounds b = geodata::Bounds::empty();
    b.expand(toWorld({0, 0}));
    b.expand(toWorld(m_viewport));
    return b;
}

} // namespace render
