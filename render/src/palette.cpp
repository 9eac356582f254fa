#include "render/palette.hpp"

#include <array>
#include <cstdint>

namespace render::palette {

namespace {
// Paul Tol, "Colour schemes" (2021): light and muted qualitative sets, distinguishable with
// the common forms of colour blindness; pale grey entries left out so units never look like context.
const std::array<sf::Color, 14> kFills = {{
    {119, 170, 221},
    {153, 221, 255},
    {68, 187, 153},
    {187, 204, 51},
    {170, 170, 0},
    {238, 221, 136},
    {238, 136, 102},
    {255, 170, 187},
    {136, 204, 238},
    {68, 170, 153},
    {221, 204, 119},
    {204, 102, 119},
    {170, 68, 153},
    {153, 153, 51},
}};

// FNV-1a: tiny, stable across platforms and runs (std::hash is not).
std::uint32_t fnv1a(std::string_view text) {
    std::uint32_t h = 2166136261U;
    for (char c : text) {
        h ^= static_cast<unsigned char>(c);
        h *= 16777619U;
    }
    return h;
}
} // namespace

sf::Color unitFill(std::string_view code) {
    return kFills[fnv1a(code) % kFills.size()];
}

} // namespace render::palette
