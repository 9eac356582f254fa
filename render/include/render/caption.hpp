#pragma once
// The caption of the current event, in the box the scene plan keeps for it: large enough to read from the
// back of a hall (title 34 px and text 24 px at text scale 1 on a 1080-line screen).
#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <string>
#include <vector>

namespace render {

struct Caption {
    std::string title; // UTF-8
    std::string text;  // UTF-8; wrapped to the caption's width
    std::string meta;  // small line under the text: year, source
};

/// Draws `caption` at the bottom of `box` (reserved by the scene plan), as high as its lines, wrapped to
/// the box's width; text that would not fit the box's height is cut with "…". Returns the band drawn
/// (empty when there is no text).
sf::FloatRect drawCaption(sf::RenderTarget& target, const sf::Font& regular, const sf::Font& bold,
                          const Caption& caption, float textScale, const sf::FloatRect& box);

/// Breaks `text` into lines no wider than `width` pixels at `size` (exposed for tests).
[[nodiscard]] std::vector<sf::String> wrapText(const sf::String& text, const sf::Font& font, unsigned size,
                                               float width);

} // namespace render
