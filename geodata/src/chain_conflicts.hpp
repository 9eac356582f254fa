#pragma once
// Where simplified border chains meet in a way the full borders do not: a segment that crosses or touches
// a segment of another chain (or a non-adjacent one of its own) anywhere but at a shared end point, two
// chains that became the same segment, or a chain that shrank to a point. The coverage simplifier puts such
// chains back as they were.
#include "geodata/geometry.hpp"

#include <vector>

namespace geodata {

/// For every chain, whether one of its segments is in conflict with another segment.
[[nodiscard]] std::vector<bool> chainsInConflict(const std::vector<std::vector<Point>>& chains);

} // namespace geodata
