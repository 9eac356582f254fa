#pragma once
// What the loader computes once per polygon with GEOS: triangles for drawing, a label anchor,
// and shared area for the lineage graph.
#include "geos_context.hpp"

namespace geodata {

/// Triangles covering every polygon (holes respected): GLU's sweep-line tessellator, GEOS's constrained
/// Delaunay triangulation where GLU reports an error.
[[nodiscard]] TriangleList triangulate(const GeosContext& geos, const std::vector<Polygon>& polygons);

struct LabelAnchor {
    Point centre;
    double radius = 0.0;
};

/// Centre of the maximum inscribed circle of the largest polygon: always inside the unit,
/// and the radius tells how much room a label has.
[[nodiscard]] LabelAnchor labelAnchor(const GeosContext& geos, const std::vector<Polygon>& polygons);

/// Area of the intersection of two polygon sets.
[[nodiscard]] double overlapArea(const GeosContext& geos, const GEOSGeometry* a, const GEOSGeometry* b);

} // namespace geodata
