#include "render/palette.hpp"

#include <array>
#include <cstdint>
#include <set>

namespace render::palette {

namespace {
// Paul Tol, "Colour schemes" (2021): the "light" set plus two of "muted", distinguishable with the
// common forms of colour blindness. Pale grey is left out so units never look like context, and
// near-twins (muted teal beside light mint, say) are left out so that neighbours never look alike.
const std::array<sf::Color, 10> kFills = {{
    {119, 170, 221}, // light blue
    {238, 136, 102}, // orange
    {68, 187, 153},  // mint
    {238, 221, 136}, // light yellow
    {170, 68, 153},  // purple
    {187, 204, 51},  // pear
    {255, 170, 187}, // pink
    {153, 221, 255}, // light cyan
    {170, 170, 0},   // olive
    {204, 102, 119}, // rose
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

sf::Color unitFill(std::string_view code) { return kFills[fnv1a(code) % kFills.size()]; }

std::map<std::string, sf::Color> unitFills(const geodata::Dataset& dataset) {
    std::map<std::string, std::set<std::string>> adjacent;
    for (const geodata::UnitVersion& u : dataset.units) adjacent[u.code];
    for (const auto& [a, b] : dataset.neighbours) {
        adjacent[a].insert(b);
        adjacent[b].insert(a);
    }
    std::map<std::string, size_t> slot;
    for (const auto& [code, others] : adjacent) {
        std::set<size_t> taken;
        for (const std::string& other : others)
            if (auto it = slot.find(other); it != slot.end()) taken.insert(it->second);
        size_t choice = fnv1a(code) % kFills.size();
        for (size_t step = 0; step < kFills.size() && taken.count(choice); ++step)
            choice = (choice + 1) % kFills.size();
        slot[code] = choice;
    }
    std::map<std::string, sf::Color> fills;
    for (const auto& [code, index] : slot) fills[code] = kFills[index];
    return fills;
}

} // namespace render::palette
