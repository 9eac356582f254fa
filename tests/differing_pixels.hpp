#pragma once
// Pixel-exact comparison of two renders of the same size, for tests that assert a change to how the map
// is drawn (culling, batching, reuse) leaves the picture as it was.
#include <SFML/Graphics/Image.hpp>
#include <cstddef>

namespace fixtures {

/// How many pixels differ between two images of the same size.
[[nodiscard]] inline size_t differingPixels(const sf::Image& a, const sf::Image& b) {
    size_t n = 0;
    for (unsigned y = 0; y < a.getSize().y; ++y)
        for (unsigned x = 0; x < a.getSize().x; ++x) n += a.getPixel(x, y) != b.getPixel(x, y) ? 1 : 0;
    return n;
}

} // namespace fixtures
