#pragma once
// Unit names laid out once per text style instead of every frame. Whether a name fits its unit is
// tested for every valid unit in every frame, and laying out thousands of names with sf::Text
// (FreeType glyph look-ups, outline geometry) cost milliseconds per frame at country scale.
#include "geodata/dataset.hpp"

#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/Text.hpp>
#include <optional>
#include <unordered_map>
#include <vector>

namespace render {

class LabelCache {
  public:
    explicit LabelCache(const sf::Font& font) : m_font(font) {}
    /// Text size and halo width; changing either forgets every layout made before.
    void setStyle(unsigned characterSize, float outlineThickness, sf::Color fill, sf::Color outline);
    /// The unit's name's local bounds in the current style.
    const sf::FloatRect& bounds(const geodata::UnitVersion& unit);
    /// The unit's name laid out in the current style, kept while it is asked for every frame.
    sf::Text& text(const geodata::UnitVersion& unit);
    /// Ends a frame: texts not asked for since the last call are dropped, so the memory held
    /// follows the names on screen, not all names ever shown.
    void endFrame();

  private:
    [[nodiscard]] sf::Text make(const geodata::UnitVersion& unit) const;

    const sf::Font& m_font;
    unsigned m_size = 0;
    float m_thickness = 0;
    sf::Color m_fill, m_outline;
    std::vector<std::optional<sf::FloatRect>> m_bounds; // by UnitVersion::id
    std::unordered_map<int, sf::Text> m_texts, m_previousTexts;
};

} // namespace render
