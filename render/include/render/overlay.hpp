#pragma once
// What is printed over the map in screen space, on screen and in exports alike:
// the year with the number of units in it, and the data's attribution.
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
    float bottomInset = 0.0F; // pixels at the bottom covered by panels
    sf::FloatRect area;       // the part of the target the map is in; empty = all of it
};

/// Where drawOverlay put its two boxes, in target pixels.
struct OverlayBoxes {
    sf::FloatRect card;        // year, count and detail, top left
    sf::FloatRect attribution; // bottom right; empty without an attribution
};

/// Year and count large in the top-left corner; attribution small in the bottom-right.
/// Returns both boxes, so other panels can stack below the card and a layout knows what is covered.
OverlayBoxes drawOverlay(sf::RenderTarget& target, const sf::Font& font, const sf::Font& bold,
                         const OverlayText& text);

} // namespace render
