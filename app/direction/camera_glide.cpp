#include "direction/camera_glide.hpp"

#include <algorithm>
#include <cmath>

namespace app {

void CameraGlide::start(const render::Camera& from, const render::Camera& to, double seconds) {
    m_from = from;
    m_to = to;
    m_seconds = seconds;
    m_elapsed = 0;
    m_active = true;
}

void CameraGlide::advance(double dt, render::Camera& camera) {
    if (!m_active) return;
    m_elapsed += dt;
    const double t = m_seconds > 0 ? std::clamp(m_elapsed / m_seconds, 0.0, 1.0) : 1.0;
    const double eased = t * t * (3 - 2 * t); // smoothstep: no jolt at either end
    const geodata::Point a = m_from.centre();
    const geodata::Point b = m_to.centre();
    const geodata::Point centre{a.x + (b.x - a.x) * eased, a.y + (b.y - a.y) * eased};
    const double scale =
        std::exp(std::log(m_from.scale()) + (std::log(m_to.scale()) - std::log(m_from.scale())) * eased);
    camera.set(centre, scale);
    if (t >= 1.0) m_active = false;
}

} // namespace app
