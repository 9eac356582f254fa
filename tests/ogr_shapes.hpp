#pragma once
// A unit's polygons as an OGR multipolygon, and OGR's (GEOS's overlay) intersection area: the reference
// the geometry tests measure the loader's own shortcuts against.
#include "geodata/geometry.hpp"

#include <memory>
#include <vector>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wshadow"
#include <ogr_api.h>
#include <ogr_geometry.h>
#pragma GCC diagnostic pop

namespace fixtures {

[[nodiscard]] inline std::unique_ptr<OGRMultiPolygon> toOgr(const std::vector<geodata::Polygon>& polygons) {
    auto multi = std::make_unique<OGRMultiPolygon>();
    auto ring = [](const geodata::Ring& points) {
        auto r = std::make_unique<OGRLinearRing>();
        for (const geodata::Point& p : points) r->addPoint(p.x, p.y);
        r->closeRings();
        return r;
    };
    for (const geodata::Polygon& polygon : polygons) {
        OGRPolygon ogr;
        ogr.addRingDirectly(ring(polygon.outer).release());
        for (const geodata::Ring& hole : polygon.holes) ogr.addRingDirectly(ring(hole).release());
        multi->addGeometry(&ogr);
    }
    return multi;
}

/// The area of the surfaces in `g`: lines and points (where neighbours meet) have none, and OGR would warn.
[[nodiscard]] inline double ogrSurfaceArea(const OGRGeometry& g) {
    const OGRwkbGeometryType type = wkbFlatten(g.getGeometryType());
    if (OGR_GT_IsSurface(type) || type == wkbMultiPolygon || type == wkbMultiSurface)
        return OGR_G_Area(OGRGeometry::ToHandle(const_cast<OGRGeometry*>(&g)));
    double sum = 0.0;
    if (type == wkbGeometryCollection)
        for (const OGRGeometry* part : *g.toGeometryCollection()) sum += ogrSurfaceArea(*part);
    return sum;
}

[[nodiscard]] inline double ogrSharedArea(const OGRMultiPolygon& a, const OGRMultiPolygon& b) {
    std::unique_ptr<OGRGeometry> shared(a.Intersection(&b));
    return shared ? ogrSurfaceArea(*shared) : 0.0;
}

} // namespace fixtures
