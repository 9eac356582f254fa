#pragma once
// Maps dataset coordinates (projected metres, y up) to target pixels (y down). Pure math:
// the app moves it, the renderer reads it, tests set it directly.
#include "geodata/geometry.hpp"

#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/View.hpp>
#include <SFML/System/Vector2.hpp>
#include <limits>

namespace render {

class Camera {
  public:
    /// Shows all of `bounds` in a viewport of `size` pixels, with a margin share on each side.
    void fit(const geodata::Bounds& bounds, sf::Vector2f size, float margin = 0.05F);
    /// Shows all of `bounds` as large as fits in `room` (pixels of a viewport of `size`), `margin` pixels
    /// inside its edges, centred in it; no larger than `maxScale` pixels per map unit.
    void fitInto(const geodata::Bounds& bounds, sf::Vector2f size, const sf::FloatRect& room, float margin,
                 double maxScale = std::numeric_limits<double>::infinity());
    void setViewport(sf::Vector2f size) { m_viewport = size; }
    /// Zooms by `factor` keeping the map point under `screen` where it is.
    void zoomAt(sf::Vector2f screen, double factor);
    void panBy(sf::Vector2f screenDelta);

    [[nodiscard]] sf::Vector2f toScreen(geodata::Point world) const;
    [[nodiscard]] geodata::Point toWorld(sf::Vector2f screen) const;
    /// Pixels per map unit.
    [[nodiscard]] double scale() const { return m_scale; }
    [[nodiscard]] geodata::Point centre() const { return m_centre; }
    [[nodiscard]] sf::Vector2f viewport() const { return m_viewport; }
    /// An sf::View for geometry stored relative to `origin` with y flipped (see MapMesh).
    [[nodiscard]] sf::View viewFor(geodata::Point origin) const;
    [[nodiscard]] geodata::Bounds visibleWorld() const;

    void set(geodata::Point centre, double scale) {
        m_centre = centre;
        m_scale = scale;
    }

  private:
    geodata::Point m_centre;
    double m_scale = 1.0;
    sf::Vector2f m_viewport{1.0F, 1.0F};
};

} // namespace render
