#pragma once
// A smooth camera move from one view to another (a presenter's scene change), instead of a jump that
// loses the audience. Zoom is interpolated in log space so zooming in and out feel equally fast.
#include "render/camera.hpp"

namespace app {

class CameraGlide {
  public:
    /// Starts a move from `from` to `to` over `seconds`; 0 seconds = jump.
    void start(const render::Camera& from, const render::Camera& to, double seconds);
    /// Frame time. While gliding, writes the in-between view into `camera` (keeping its viewport).
    void advance(double dt, render::Camera& camera);
    /// Stops where it is (the user grabbed the map).
    void stop() { m_active = false; }
    [[nodiscard]] bool active() const { return m_active; }

  private:
    render::Camera m_from, m_to;
    double m_seconds = 0;
    double m_elapsed = 0;
    bool m_active = false;
};

} // namespace app
