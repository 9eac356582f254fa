#pragma once
// Undirected segments and points as hash keys: the shared border network and the coverage
// simplifier both find the segments that neighbouring rings have in common this way.
#include "geodata/geometry.hpp"

#include <bit>
#include <cstddef>
#include <cstdint>
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

// A fast mix of a double's bits (std::hash<double> hashes the bytes one by one, which was a
// noticeable share of a country-scale load). +0.0 and -0.0 compare equal, so they hash alike.
[[nodiscard]] inline size_t mixBits(double v) {
    auto x = std::bit_cast<std::uint64_t>(v == 0.0 ? 0.0 : v);
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return static_cast<size_t>(x);
}

struct PointHash {
    size_t operator()(const Point& p) const { return mixBits(p.x) * 1000003U ^ mixBits(p.y); }
};

struct SegmentHash {
    size_t operator()(const SegmentKey& k) const {
        size_t h = 0;
        for (double v : {k.a.x, k.a.y, k.b.x, k.b.y}) h = h * 1000003U ^ mixBits(v);
        return h;
    }
};

} // namespace geodata
