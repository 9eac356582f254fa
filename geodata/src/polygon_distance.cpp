#include "geodata/polygon_distance.hpp"

#include "edge_grid.hpp"

#include <algorithm>

namespace geodata {

namespace {

void collectEdges(const Ring& ring, const Bounds& region, std::vector<Edge>& out) {
    for (size_t i = 0, n = ring.size(); i < n; ++i) {
        const Edge e{ring[i], ring[(i + 1) % n]};
        if (boxOf(e).intersects(region)) out.push_back(e);
    }
}

std::vector<Edge> edgesIn(const std::vector<Polygon>& polygons, const Bounds& region) {
    std::vector<Edge> edges;
    for (const Polygon& polygon : polygons) {
        collectEdges(polygon.outer, region, edges);
        for (const Ring& hole : polygon.holes) collectEdges(hole, region, edges);
    }
    return edges;
}

double squaredDistance(Point p, const Edge& e) {
    const double dx = e.q.x - e.p.x, dy = e.q.y - e.p.y;
    const double length2 = dx * dx + dy * dy;
    double t = length2 > 0 ? ((p.x - e.p.x) * dx + (p.y - e.p.y) * dy) / length2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const double cx = e.p.x + t * dx - p.x, cy = e.p.y + t * dy - p.y;
    return cx * cx + cy * cy;
}

// Edges that do not cross are closest at one of their four end points.
double squaredDistance(const Edge& e, const Edge& f) {
    if (turn(e.p, e.q, f.p) * turn(e.p, e.q, f.q) < 0 && turn(f.p, f.q, e.p) * turn(f.p, f.q, e.q) < 0)
        return 0.0;
    return std::min(
        {squaredDistance(e.p, f), squaredDistance(e.q, f), squaredDistance(f.p, e), squaredDistance(f.q, e)});
}

bool anyPartInside(const std::vector<Polygon>& parts, const std::vector<Polygon>& other) {
    return std::any_of(parts.begin(), parts.end(), [&](const Polygon& part) {
        return !part.outer.empty() && std::any_of(other.begin(), other.end(), [&](const Polygon& polygon) {
            return polygonContains(polygon, part.outer.front());
        });
    });
}

std::vector<const Edge*> pointersTo(const std::vector<Edge>& edges) {
    std::vector<const Edge*> out;
    out.reserve(edges.size());
    for (const Edge& e : edges) out.push_back(&e);
    return out;
}

} // namespace

bool withinDistance(const std::vector<Polygon>& a, const std::vector<Polygon>& b, double tolerance) {
    const Bounds boxA = boundsOf(a);
    const Bounds boxB = boundsOf(b);
    if (boxA.isEmpty() || boxB.isEmpty()) return false;
    const Bounds reachA = grownBy(boxA, tolerance);
    const Bounds reachB = grownBy(boxB, tolerance);
    if (!reachA.intersects(boxB)) return false;
    // Only edges in the region where both boxes, grown by the tolerance, overlap can come close.
    const Bounds region{std::max(reachA.minX, reachB.minX), std::max(reachA.minY, reachB.minY),
                        std::min(reachA.maxX, reachB.maxX), std::min(reachA.maxY, reachB.maxY)};
    const std::vector<Edge> edgesA = edgesIn(a, region);
    const std::vector<Edge> edgesB = edgesIn(b, region);
    const double limit = tolerance * tolerance;
    const bool allFar =
        forEachNearbyPair(pointersTo(edgesA), pointersTo(edgesB), region, tolerance,
                          [limit](const Edge& e, const Edge& f) { return squaredDistance(e, f) > limit; });
    if (!allFar) return true;
    // The borders stay apart: the sets meet only where a part of one lies inside the other.
    return anyPartInside(a, b) || anyPartInside(b, a);
}

} // namespace geodata
