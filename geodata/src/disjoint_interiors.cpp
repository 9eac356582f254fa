#include "disjoint_interiors.hpp"

#include "edge_grid.hpp"

#include <algorithm>

namespace geodata {

namespace {

// One side of a pair: its edges in ring order, interior on the left, and what the pass over nearby edge
// pairs found out about each. Kept per thread and reused, so a pair allocates next to nothing.
struct Side {
    std::vector<Edge> edges;
    std::vector<size_t> ringEnds;    // edges[ringEnds[i - 1] .. ringEnds[i]) is ring i
    std::vector<const Edge*> near;   // edges whose box meets the overlap of the two boxes
    std::vector<long> twin;          // index of the other side's edge that is this one reversed, or -1
    std::vector<char> startsOnOther; // the edge starts at a vertex of the other side
};

void fill(Side& side, const OrientedShape& shape, const Bounds& overlap) {
    side.edges.clear();
    side.ringEnds.clear();
    side.near.clear();
    for (const OrientedShape::RingRef& ref : shape.rings) {
        const Ring& ring = *ref.ring;
        const size_t n = ring.size();
        const size_t start = side.edges.size();
        // As sharedAreaWithoutCrossings turns them: the same edges, the same order.
        for (size_t i = 0; i < n && n >= 3; ++i) {
            Point p = ring[i];
            Point q = ring[(i + 1) % n];
            if (ref.reversed) std::swap(p, q);
            if (p == q) continue;
            side.edges.push_back({p, q});
        }
        if (ref.reversed) std::reverse(side.edges.begin() + static_cast<long>(start), side.edges.end());
        side.ringEnds.push_back(side.edges.size());
    }
    // Pointers only now: the vector above has stopped growing.
    for (const Edge& e : side.edges)
        if (boxOf(e).intersects(overlap)) side.near.push_back(&e);
    side.twin.assign(side.edges.size(), -1);
    side.startsOnOther.assign(side.edges.size(), 0);
}

// Records that edge i of one side is edge j of the other reversed; false if i already had another twin
// (an edge twice in one set, which no valid polygon set has: leave it to the measurement).
bool pairUp(std::vector<long>& twin, size_t i, size_t j) {
    if (twin[i] >= 0 && twin[i] != static_cast<long>(j)) return false;
    twin[i] = static_cast<long>(j);
    return true;
}

// Every pair of nearby edges: they may meet only at common ends, or be the same segment run the other
// way. Marks those twins and the edges that start at a vertex of the other side.
bool bordersOnlyTouch(Side& a, Side& b, const Bounds& overlap) {
    return forEachNearbyPair(a.near, b.near, overlap, 0.0, [&](const Edge& e, const Edge& f) {
        if (!meetOnlyAtEnds(e, f)) return false; // a crossing, a touch mid-edge, or too close to tell
        const auto i = static_cast<size_t>(&e - a.edges.data());
        const auto j = static_cast<size_t>(&f - b.edges.data());
        if (e.p == f.p && e.q == f.q) return false; // both interiors on the same side of a common edge
        if (e.p == f.q && e.q == f.p) return pairUp(a.twin, i, j) && pairUp(b.twin, j, i);
        if (e.p == f.p || e.p == f.q) a.startsOnOther[i] = 1;
        if (f.p == e.p || f.p == e.q) b.startsOnOther[j] = 1;
        return true;
    });
}

bool contains(const OrientedShape& shape, Point p) {
    if (!shape.box.contains(p)) return false;
    return std::any_of(shape.polygons->begin(), shape.polygons->end(),
                       [p](const Polygon& polygon) { return polygonContains(polygon, p); });
}

// No edge of `side` lies inside `other`. Borders do not cross (bordersOnlyTouch), so an edge's inside or
// outside can change only where its ring passes through a vertex of the other or leaves a common edge:
// one point-in-polygon test serves a whole run, as in sharedAreaWithoutCrossings.
bool noEdgeInside(const Side& side, const OrientedShape& other) {
    size_t begin = 0;
    for (const size_t end : side.ringEnds) {
        bool known = false;
        bool inside = false;
        for (size_t i = begin; i < end; ++i) {
            const Edge& e = side.edges[i];
            if (!boxOf(e).intersects(other.box)) { // wholly outside the other
                inside = false;
                known = true;
                continue;
            }
            if (side.twin[i] >= 0) { // on the common border, the other's interior on its far side
                known = false;
                continue;
            }
            if (!known || side.startsOnOther[i]) {
                inside = contains(other, {(e.p.x + e.q.x) / 2, (e.p.y + e.q.y) / 2});
                known = true;
            }
            if (inside) return false;
        }
        begin = end;
    }
    return true;
}

} // namespace

OrientedShape orientedShape(const std::vector<Polygon>& polygons) {
    OrientedShape shape;
    shape.polygons = &polygons;
    auto add = [&](const Ring& ring, bool counterClockwise) {
        if (ring.size() < 3) return;
        shape.rings.push_back({&ring, (signedTwiceRingArea(ring) > 0) != counterClockwise});
        for (const Point& p : ring) shape.box.expand(p);
    };
    for (const Polygon& polygon : polygons) {
        add(polygon.outer, true);
        for (const Ring& hole : polygon.holes) add(hole, false);
    }
    return shape;
}

bool interiorsCannotMeet(const OrientedShape& a, const OrientedShape& b) {
    if (a.box.isEmpty() || b.box.isEmpty() || !a.box.intersects(b.box)) return true;
    const Bounds overlap{std::max(a.box.minX, b.box.minX), std::max(a.box.minY, b.box.minY),
                         std::min(a.box.maxX, b.box.maxX), std::min(a.box.maxY, b.box.maxY)};
    thread_local Side sa;
    thread_local Side sb;
    fill(sa, a, overlap);
    fill(sb, b, overlap);
    return bordersOnlyTouch(sa, sb, overlap) && noEdgeInside(sa, b) && noEdgeInside(sb, a);
}

} // namespace geodata
