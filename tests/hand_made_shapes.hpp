#pragma once
// Hand-made polygons for the geometry tests: an axis-aligned box and a one-part polygon set.
#include "geodata/geometry.hpp"

#include <utility>
#include <vector>

namespace fixtures {

/// The box from (x0, y0) to (x1, y1), counter-clockwise, without a closing point.
[[nodiscard]] inline geodata::Ring box(double x0, double y0, double x1, double y1) {
    return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
}

/// A unit's polygons with one part.
[[nodiscard]] inline std::vector<geodata::Polygon> one(geodata::Ring outer,
                                                       std::vector<geodata::Ring> holes = {}) {
    return {geodata::Polygon{std::move(outer), std::move(holes)}};
}

} // namespace fixtures
