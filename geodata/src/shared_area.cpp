#include "geodata/shared_area.hpp"

#include "edge_grid.hpp"
#include "segment_key.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace geodata {

namespace {

// One polygon set's edges, every ring turned so that the interior lies on the left (outer rings
// counter-clockwise, holes clockwise), with lookups for the other set's questions. Only edges that
// reach into the other set's box can touch it, so only those are indexed.
struct Side {
    std::vector<std::vector<Edge>> rings;
    std::unordered_map<SegmentKey, bool, SegmentHash> runsForward; // edge → it runs key.a → key.b
    std::unordered_set<Point, PointHash> vertices;
    std::vector<const Edge*> near; // edges whose box meets the overlap of the two sets' boxes
    Bounds box = Bounds::empty();
    bool valid = true; // false: an edge appears twice, which no valid polygon set has
};

void addRing(Side& side, const Ring& ring, bool counterClockwise) {
    const size_t n = ring.size();
    if (n < 3) return;
    const bool reverse = (signedTwiceRingArea(ring) > 0) != counterClockwise;
    std::vector<Edge>& edges = side.rings.emplace_back();
    edges.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        Point p = ring[i];
        Point q = ring[(i + 1) % n];
        if (reverse) std::swap(p, q);
        if (p == q) continue;
        edges.push_back({p, q});
        side.box.expand(p);
    }
    if (reverse) std::reverse(edges.begin(), edges.end());
}

void indexNear(Side& side, const Bounds& overlap) {
    for (const auto& ring : side.rings)
        for (const Edge& e : ring) {
            if (!boxOf(e).intersects(overlap)) continue;
            side.near.push_back(&e);
            side.vertices.insert(e.p);
            side.vertices.insert(e.q);
            const SegmentKey key = canonical(e.p, e.q);
            if (!side.runsForward.try_emplace(key, key.a == e.p).second) side.valid = false;
        }
}

Side sideOf(const std::vector<Polygon>& polygons) {
    Side side;
    for (const Polygon& polygon : polygons) {
        addRing(side, polygon.outer, true);
        for (const Ring& hole : polygon.holes) addRing(side, hole, false);
    }
    return side;
}

// Checks every pair of edges that could meet, found through a grid over the boxes' overlap.
bool bordersMeetOnlyAtCommonPoints(const Side& a, const Side& b, const Bounds& overlap) {
    const std::vector<const Edge*>& nearA = a.near;
    const std::vector<const Edge*>& nearB = b.near;
    if (nearA.empty() || nearB.empty()) return true;

    // The grid reaches no further than the overlap: only there can the borders meet.
    return forEachNearbyPair(nearA, nearB, overlap, 0.0,
                             [](const Edge& e, const Edge& f) { return meetOnlyAtEnds(e, f); });
}

bool anyContains(const std::vector<Polygon>& polygons, const Bounds& box, Point p) {
    if (!box.contains(p)) return false;
    return std::any_of(polygons.begin(), polygons.end(),
                       [p](const Polygon& polygon) { return polygonContains(polygon, p); });
}

// Twice the signed area that `side`'s edges contribute to the boundary of the shared region:
// edges inside the other set, and (if `countCommon`) common edges with the interior on the same
// side in both. An edge's inside/outside can only change where its ring passes through a vertex
// of the other set (borders do not cross), so one point-in-polygon test serves a whole run.
double contribution(const Side& side, const Side& other, const std::vector<Polygon>& otherPolygons,
                    bool countCommon, Point origin) {
    double sum = 0.0;
    for (const auto& ring : side.rings) {
        bool known = false;
        bool inside = false;
        for (const Edge& e : ring) {
            if (!boxOf(e).intersects(other.box)) { // wholly outside the other set
                inside = false;
                known = true;
                continue;
            }
            // Relative to a nearby origin: products of small numbers lose less (the sum over closed
            // loops does not depend on the origin).
            const double cross =
                (e.p.x - origin.x) * (e.q.y - origin.y) - (e.q.x - origin.x) * (e.p.y - origin.y);
            const SegmentKey key = canonical(e.p, e.q);
            if (auto it = other.runsForward.find(key); it != other.runsForward.end()) {
                if (countCommon && it->second == (key.a == e.p)) sum += cross;
                known = false;
                continue;
            }
            if (!known || other.vertices.contains(e.p)) {
                inside = anyContains(otherPolygons, other.box, {(e.p.x + e.q.x) / 2, (e.p.y + e.q.y) / 2});
                known = true;
            }
            if (inside) sum += cross;
        }
    }
    return sum;
}

} // namespace

std::optional<double> sharedAreaWithoutCrossings(const std::vector<Polygon>& a,
                                                 const std::vector<Polygon>& b) {
    Side sa = sideOf(a);
    Side sb = sideOf(b);
    if (sa.box.isEmpty() || sb.box.isEmpty() || !sa.box.intersects(sb.box)) return 0.0;
    const Bounds overlap{std::max(sa.box.minX, sb.box.minX), std::max(sa.box.minY, sb.box.minY),
                         std::min(sa.box.maxX, sb.box.maxX), std::min(sa.box.maxY, sb.box.maxY)};
    indexNear(sa, overlap);
    indexNear(sb, overlap);
    if (!sa.valid || !sb.valid) return std::nullopt;
    if (!bordersMeetOnlyAtCommonPoints(sa, sb, overlap)) return std::nullopt;
    const Point origin{std::max(sa.box.minX, sb.box.minX), std::max(sa.box.minY, sb.box.minY)};
    const double twice = contribution(sa, sb, b, true, origin) + contribution(sb, sa, a, false, origin);
    return std::max(twice / 2.0, 0.0);
}

} // namespace geodata
