#pragma once
// Joint bodies on the map: a column of badges (the bodies active in the shown year, each tappable),
// and for the highlighted or just-founded body its member municipalities outlined in the body's colour
// with lines from its badge to them. Plain drawing of one frame: the caller owns time and taps.
#include "geodata/dataset.hpp"
#include "geodata/timeline.hpp"
#include "render/map_renderer.hpp"

#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <optional>
#include <string>
#include <vector>

namespace render {

/// Where a body's badge is, in screen pixels.
struct BodyBadge {
    std::string id; // JointBody::id
    sf::FloatRect rect;
};

/// "#rrggbb" (or "rrggbb") to a colour; anything else gives a neutral grey, so bad data still draws.
[[nodiscard]] sf::Color parseBodyColour(const std::string& text);

/// Badges for `active` inside `area` (reserved by the scene plan), `columns` to a row, filled from the top
/// right.
[[nodiscard]] std::vector<BodyBadge> layoutBadgesIn(const std::vector<const geodata::JointBody*>& active,
                                                    const sf::FloatRect& area, float textScale, int columns);

/// Draws, in screen space over the map:
/// - the members in `year` of `highlighted` and of `appearing` outlined thickly in the body's colour,
///   with lines from the body's badge towards each member's label anchor, ending just short of the
///   name MapRenderer draws there;
/// - every badge in `badges` (the body's colour with its short name in black or white, whichever
///   contrasts more); the highlighted one framed. Badges whose id is not in `active` are skipped. `appearing`
///   (a body just founded) fades and grows in with `appear` 0…1, and its outlines and lines with it.
void drawBodies(sf::RenderTarget& target, const sf::Font& font, const MapFrame& frame,
                const geodata::Dataset& dataset, const std::vector<const geodata::JointBody*>& active,
                int year, const std::vector<BodyBadge>& badges, const std::optional<std::string>& highlighted,
                float appear, const std::optional<std::string>& appearing);

/// The id of the badge under `screen`, for taps.
[[nodiscard]] std::optional<std::string> badgeAt(const std::vector<BodyBadge>& badges, sf::Vector2f screen);

} // namespace render
