#pragma once
// A small synthetic dataset for tests that need one written by the generator (bench/generator).
#include "generator/generator.hpp"

#include <cstdint>
#include <string>

namespace fixtures {

/// Generator options small enough for a second or two: 30 first-year units, about 6 000 vertices,
/// written into `folder` with `seed`.
[[nodiscard]] inline generator::GeneratorOptions smallGenerated(const std::string& folder,
                                                                std::uint64_t seed) {
    generator::GeneratorOptions o;
    o.folder = folder;
    o.units = 30;
    o.vertices = 6000;
    o.seed = seed;
    return o;
}

} // namespace fixtures
