#pragma once
// The map with everything drawn over it, as the window and every export draw it: one place, so
// an export is exactly what the screen shows.
#include "atlas.hpp"
#include "change_text.hpp"
#include "render/map_renderer.hpp"
#include "render/overlay.hpp"

namespace app {

class MapScene {
  public:
    explicit MapScene(const Atlas& atlas);
    void draw(sf::RenderTarget& target);
    /// Fits the camera to the data in a target of `size`, above the panels and the caption band.
    void fitCamera(sf::Vector2f size);

    render::MapFrame frame;
    Language language = Language::Swedish;
    bool overlay = true;
    bool caption = true;
    [[nodiscard]] const Atlas& atlas() const { return m_atlas; }
    [[nodiscard]] const render::MapRenderer& renderer() const { return m_renderer; }
    [[nodiscard]] bool fontsLoaded() const { return m_fontsOk; }

  private:
    const Atlas& m_atlas;
    sf::Font m_font;
    sf::Font m_bold;
    bool m_fontsOk;
    render::MapRenderer m_renderer;
};

} // namespace app
