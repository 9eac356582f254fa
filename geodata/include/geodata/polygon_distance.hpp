#pragma once
// Whether two polygon sets lie within a distance of each other, as GEOS's distance test says
// (0 when they overlap), with a grid over the few edges that can come close. The neighbour search
// uses it for units that share no vertex; GEOS 3.11's prepared distance test compares every edge
// of one with every edge of the other for shapes that do not touch.
#include "geodata/geometry.hpp"

#include <vector>

namespace geodata {

/// True when the borders of `a` and `b` (valid polygon sets) come within `tolerance` of each
/// other, or one lies (partly) inside the other.
[[nodiscard]] bool withinDistance(const std::vector<Polygon>& a, const std::vector<Polygon>& b,
                                  double tolerance);

} // namespace geodata
