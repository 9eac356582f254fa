#pragma once
// What is printed over the map in screen space, on screen and in exports alike: the year card (the year
// with the number of units in it) and the data's attribution. Each has a size that does not change with
// the year, so the scene plan (scene_plan.hpp) can reserve its box once.
#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <string>

namespace render {

struct OverlayText {
    std::string title; // dataset title
    int year = 0;
    size_t unitCount = 0;    // units valid in `year`
    std::string countLabel;  // "kommuner" / "municipalities"
    std::string detail;      // a smaller line under the count, e.g. the known population
    std::string attribution; // "Källa: …"
    float textScale = 1.0F;
};

/// The year card's size for `text`: room for the year, the count, one detail line and the title, whatever
/// the year (a longer detail line is cut with "…").
[[nodiscard]] sf::Vector2f yearCardSize(const sf::Font& font, const OverlayText& text);
/// Draws the year card filling `box` (from yearCardSize); returns `box`.
sf::FloatRect drawYearCard(sf::RenderTarget& target, const sf::Font& font, const sf::Font& bold,
                           const OverlayText& text, const sf::FloatRect& box);

/// The attribution's size, no wider than `maxWidth` (a longer one is cut with "…").
[[nodiscard]] sf::Vector2f attributionSize(const sf::Font& font, const OverlayText& text, float maxWidth);
/// Draws the attribution in `box` (from attributionSize); returns `box`, or nothing when there is none.
sf::FloatRect drawAttribution(sf::RenderTarget& target, const sf::Font& font, const OverlayText& text,
                              const sf::FloatRect& box);

/// `text` shortened with "…" until it is no wider than `width` in `font` at `size` (exposed for tests).
[[nodiscard]] sf::String fitWidth(const sf::String& text, const sf::Font& font, unsigned size, float width);

} // namespace render
