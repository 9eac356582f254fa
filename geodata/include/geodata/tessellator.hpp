#pragma once
// Triangles for drawing, from the SGI polygon tessellator in GLU (Debian's libglu1-mesa): a sweep line,
// so about n log n for a ring of n vertices, where GEOS 3.11's constrained Delaunay triangulation (the
// fallback) also refines its triangles towards Delaunay, which fills look no different for and which
// cost about half of every cold load. The tessellator needs no GL context.
#include "geodata/geometry.hpp"

#include <optional>

namespace geodata {

/// The triangles covering the polygon (holes left open; crossing edges split, the odd-winding inside
/// filled), or nullopt when GLU reports an error, so the caller can fall back.
[[nodiscard]] std::optional<TriangleList> tessellate(const Polygon& polygon);

} // namespace geodata
