#pragma once
// Where everything drawn over the map goes, and the part of the screen left for the map itself. Print
// layouts keep the legend and title off the map and web maps pad the camera by what their UI covers (see
// docs/ARCHITECTURE.md, "The picture"); here the year card, legend, caption, badges and attribution get
// reserved boxes first, and the map is fitted into the largest free rectangle between them. The boxes
// depend only on the screen, the text size and what kinds of overlay are shown, never on the year, so the
// framing stays still while years change. Pure arithmetic: text is measured by the caller.
#include "geodata/geometry.hpp"

#include <SFML/Graphics/Rect.hpp>
#include <SFML/System/Vector2.hpp>
#include <vector>

namespace render {

struct PlanRequest {
    sf::Vector2f size;                  // the target, in pixels
    float textScale = 1.0F;             // every overlay's size multiplies this
    sf::Vector2f card;                  // the year card's size; zero = no card
    sf::Vector2f legend;                // the legend's largest size; zero = none
    sf::Vector2f attribution;           // the attribution's size; zero = none
    bool caption = false;               // room for a caption
    size_t badges = 0;                  // joint-body badges to make room for (the most in any year)
    std::vector<sf::FloatRect> covered; // what the app draws over the target (panels, bars): left alone
    geodata::Bounds bounds;             // what the map must show: decides which arrangement fits it best
    bool bandsOnly = false;             // overlays above and below the map only (one half of a comparison)
    friend bool operator==(const PlanRequest&, const PlanRequest&) = default;
};

struct ScenePlan {
    sf::FloatRect stage;       // the target without the strips the app covers
    sf::FloatRect card;        // empty rectangles: not reserved
    sf::FloatRect legend;      // its top-left corner is where the legend is drawn
    sf::FloatRect caption;     // the caption is drawn at the bottom of this box, as high as its text
    sf::FloatRect badges;      // badges are laid out inside, in `badgeColumns` columns
    sf::FloatRect attribution; // bottom right
    sf::FloatRect map;         // where the map is fitted
    int badgeColumns = 1;
    [[nodiscard]] std::vector<sf::FloatRect> reserved() const; // the non-empty boxes above
};

/// Badge size and gap at text scale 1 (bodies_layer draws them in these boxes).
inline constexpr float kBadgeWidth = 184.0F;
inline constexpr float kBadgeHeight = 52.0F;
inline constexpr float kBadgeGap = 10.0F;
/// The caption's lines at text scale 1: title, text and meta (caption.cpp draws at these sizes).
inline constexpr float kCaptionTitlePx = 34.0F;
inline constexpr float kCaptionTextPx = 24.0F;
inline constexpr float kCaptionMetaPx = 16.0F;
inline constexpr float kCaptionPadPx = 18.0F;
inline constexpr float kCaptionLineSpacing = 1.25F;

[[nodiscard]] ScenePlan planScene(const PlanRequest& request);

/// The smallest rectangle holding both; an empty `a` gives `b`.
[[nodiscard]] sf::FloatRect unionOf(const sf::FloatRect& a, const sf::FloatRect& b);

/// The rectangle inside `stage` that overlaps none of `boxes` (kept `gap` away from them) in which
/// `bounds` is shown largest; `stage` itself when nothing is in the way.
[[nodiscard]] sf::FloatRect largestFreeRect(const sf::FloatRect& stage,
                                            const std::vector<sf::FloatRect>& boxes,
                                            const geodata::Bounds& bounds, float gap);

} // namespace render
