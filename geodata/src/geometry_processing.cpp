#include "geometry_processing.hpp"

#include "geodata/tessellator.hpp"

#include <algorithm>

namespace geodata {

namespace {
void appendTriangles(GEOSContextHandle_t h, const GEOSGeometry* collection, TriangleList& triangles) {
    std::vector<Point> out;
    const int n = GEOSGetNumGeometries_r(h, collection);
    for (int i = 0; i < n; ++i) {
        const GEOSGeometry* triangle = GEOSGetGeometryN_r(h, collection, i);
        const GEOSGeometry* ring = GEOSGetExteriorRing_r(h, triangle);
        const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(h, ring);
        for (unsigned k = 0; k < 3; ++k) {
            Point p;
            GEOSCoordSeq_getXY_r(h, seq, k, &p.x, &p.y);
            out.push_back(p);
        }
    }
    triangles.append(TriangleList::fromSoup(out));
}
} // namespace

TriangleList triangulate(const GeosContext& geos, const std::vector<Polygon>& polygons) {
    TriangleList triangles;
    for (const Polygon& polygon : polygons) {
        if (std::optional<TriangleList> swept = tessellate(polygon)) {
            triangles.append(*swept);
            continue;
        }
        auto g = geos.toGeos(polygon);
        auto tris = geos.wrap(GEOSConstrainedDelaunayTriangulation_r(geos.handle(), g.get()));
        if (tris) appendTriangles(geos.handle(), tris.get(), triangles);
    }
    triangles.shrinkToFit();
    return triangles;
}

LabelAnchor labelAnchor(const GeosContext& geos, const std::vector<Polygon>& polygons) {
    if (polygons.empty()) return {};
    const auto largest = std::max_element(polygons.begin(), polygons.end(), [](const auto& a, const auto& b) {
        return polygonArea(a) < polygonArea(b);
    });
    auto g = geos.toGeos(*largest);
    const Bounds b = boundsOf({*largest});
    // GEOS refines a grid of cells until the best circle is within `tolerance` of the largest one;
    // the work grows with every halving of it. 1/250 of the polygon's extent keeps the radius within
    // 3 % of the best one (measured on the bundled and a generated country-scale dataset), which is
    // all a label needs, at about a third less work than 1/1000.
    const double tolerance = std::max(b.width(), b.height()) / 250.0;
    auto line = geos.wrap(GEOSMaximumInscribedCircle_r(geos.handle(), g.get(), tolerance));
    if (!line) return {b.center(), 0.0};
    const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(geos.handle(), line.get());
    LabelAnchor anchor;
    GEOSCoordSeq_getXY_r(geos.handle(), seq, 0, &anchor.centre.x, &anchor.centre.y);
    GEOSGeomGetLength_r(geos.handle(), line.get(), &anchor.radius);
    return anchor;
}

double overlapArea(const GeosContext& geos, const GEOSGeometry* a, const GEOSGeometry* b) {
    auto shared = geos.wrap(GEOSIntersection_r(geos.handle(), a, b));
    double area = 0.0;
    if (shared) GEOSArea_r(geos.handle(), shared.get(), &area);
    return area;
}

} // namespace geodata
