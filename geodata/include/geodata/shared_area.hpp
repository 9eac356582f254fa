#pragma once
// The area two polygon sets share, without a polygon overlay, for the common case in boundary data:
// their borders meet only at common vertices or along common segments (a coverage, or two versions
// of a coverage). Then the shared region's boundary consists of whole edges — those of each set
// that lie inside the other, and the common edges with the interior on the same side — and its
// area is the shoelace sum over them (Green's theorem). The lineage builder asks this first and
// overlays with GEOS only when it returns nothing.
#include "geodata/geometry.hpp"

#include <optional>
#include <vector>

namespace geodata {

/// Area of the intersection of `a` and `b` (each a valid polygon set: parts and holes do not
/// overlap), or std::nullopt when their borders cross, touch in the middle of an edge, overlap
/// along part of an edge, or come so close that the test cannot tell: then only an overlay can say.
[[nodiscard]] std::optional<double> sharedAreaWithoutCrossings(const std::vector<Polygon>& a,
                                                               const std::vector<Polygon>& b);

} // namespace geodata
