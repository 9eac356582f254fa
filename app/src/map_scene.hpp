#pragma once
// The map with its overlay, as the window and every export draw it: one place, so an export
// is exactly what the screen shows.
#include "geodata/dataset.hpp"
#include "render/map_renderer.hpp"
#include "render/overlay.hpp"

namespace app {

class MapScene {
  public:
    explicit MapScene(const geodata::Dataset& dataset);
    void draw(sf::RenderTarget& target);
    render::MapFrame frame;
    bool overlay = true;
    [[nodiscard]] const geodata::Dataset& dataset() const { return m_dataset; }

  private:
    const geodata::Dataset& m_dataset;
    sf::Font m_font;
    sf::Font m_bold;
    bool m_fontsOk;
    render::MapRenderer m_renderer;
};

} // namespace app
