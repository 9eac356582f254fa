#pragma once
// Boxes in target pixels, as tests compare them.
#include <SFML/Graphics/Rect.hpp>

namespace fixtures {

/// Whether two boxes overlap by more than `tolerance` pixels each way (0: any shared inside at all;
/// touching edges do not overlap).
[[nodiscard]] inline bool boxesOverlap(const sf::FloatRect& a, const sf::FloatRect& b,
                                       float tolerance = 0.0F) {
    return a.left < b.left + b.width - tolerance && b.left < a.left + a.width - tolerance &&
           a.top < b.top + b.height - tolerance && b.top < a.top + a.height - tolerance;
}

} // namespace fixtures
