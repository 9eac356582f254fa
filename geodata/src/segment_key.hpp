#pragma once
// Undirected segments and points as hash keys: the shared border network and the coverage
// simplifier both find the segments that neighbouring rings have in common this way.
#include "geodata/geometry.hpp"

#include <cstddef>
#include <functional>

namespace geodata {

/// A segment with its end points in a canonical order, so A→B and B→A are the same key.
struct SegmentKey {
    Point a, b;
    friend bool operator==(const SegmentKey&, const SegmentKey&) = default;
};

[[nodiscard]] inline bool lessPoint(Point p, Point q) { return p.x < q.x || (p.x == q.x && p.y < q.y); }

[[nodiscard]] inline SegmentKey canonical(Point p, Point q) {
    return lessPoint(q, p) ? SegmentKey{q, p} : SegmentKey{p, q};
}

struct PointHash {
    size_t operator()(const Point& p) const {
        return std::hash<double>{}(p.x) * 1000003U ^ std::hash<double>{}(p.y);
    }
};

struct SegmentHash {
    size_t operator()(const SegmentKey& k) const {
        size_t h = 0;
        for (double v : {k.a.x, k.a.y, k.b.x, k.b.y}) h = h * 1000003U ^ std::hash<double>{}(v);
        return h;
    }
};

} // namespace geodata
