#pragma once
// Draws one moment of the map into any sf::RenderTarget (a window, or a RenderTexture in tests and
// exports). It reads no clock and keeps no state about time: everything it shows is in MapFrame.
#include "render/camera.hpp"
#include "render/map_mesh.hpp"

#include <SFML/Graphics/Font.hpp>
#include <map>
#include <optional>
#include <string>

namespace render {

struct MapFrame {
    int year = 0;
    Camera camera;
    std::optional<int> selectedUnit; // UnitVersion id drawn with a heavy outline
    bool labels = true;
    float textScale = 1.0F;   // projector-size text multiplies this
    float bottomInset = 0.0F; // pixels at the bottom that panels cover
};

class MapRenderer {
  public:
    /// `font` may be null: then no labels are drawn (pixel tests, headless exports without fonts).
    MapRenderer(const geodata::Dataset& dataset, const sf::Font* font);
    void draw(sf::RenderTarget& target, const MapFrame& frame);
    [[nodiscard]] const MapMesh& mesh() const { return m_mesh; }
    /// The fill a unit code is drawn with (stable for a dataset).
    [[nodiscard]] sf::Color fillColour(const std::string& code) const;

  private:
    void drawLabels(sf::RenderTarget& target, const MapFrame& frame) const;

    const geodata::Dataset& m_dataset;
    const sf::Font* m_font;
    MapMesh m_mesh;
    std::map<std::string, sf::Color> m_fills;
};

} // namespace render
