#pragma once
// Pairs of edges from two polygon sets that may be close, found through a uniform grid over the
// region where they can meet: the shared-area and the distance tests both look only at those.
#include "geodata/geometry.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

namespace geodata {

struct Edge {
    Point p, q;
};

[[nodiscard]] inline Bounds boxOf(const Edge& e) {
    return {std::min(e.p.x, e.q.x), std::min(e.p.y, e.q.y), std::max(e.p.x, e.q.x), std::max(e.p.y, e.q.y)};
}

[[nodiscard]] inline Bounds grownBy(const Bounds& b, double by) {
    return {b.minX - by, b.minY - by, b.maxX + by, b.maxY + by};
}

// Which way o → a → b turns: +1 left, -1 right, 0 straight on or too close to tell in doubles
// (the bound covers the rounding of the differences and the products).
[[nodiscard]] inline int turn(Point o, Point a, Point b) {
    const double ax = a.x - o.x, ay = a.y - o.y, bx = b.x - o.x, by = b.y - o.y;
    const double l = ax * by;
    const double r = ay * bx;
    const double magnitude =
        std::max({std::abs(o.x), std::abs(o.y), std::abs(a.x), std::abs(a.y), std::abs(b.x), std::abs(b.y)});
    const double spread = std::abs(ax) + std::abs(ay) + std::abs(bx) + std::abs(by);
    const double bound = 1e-14 * (std::abs(l) + std::abs(r) + magnitude * spread);
    const double d = l - r;
    return d > bound ? 1 : (d < -bound ? -1 : 0);
}

/// Calls `visit(e, f)` for every edge e of `a` and f of `b` whose boxes, grown by `reach`, share a
/// grid cell of `region` (so at least every pair whose boxes come within `reach`; some pairs more
/// than once). Stops and returns false as soon as `visit` returns false.
template <class Visit>
bool forEachNearbyPair(const std::vector<const Edge*>& a, const std::vector<const Edge*>& b,
                       const Bounds& region, double reach, Visit visit) {
    if (a.empty() || b.empty()) return true;
    const int cells = std::clamp(static_cast<int>(std::sqrt(static_cast<double>(b.size()))), 1, 256);
    const double cellW = std::max(region.width(), 1e-300) / cells;
    const double cellH = std::max(region.height(), 1e-300) / cells;
    // Clamped before the conversion: far outside a thin region the quotient would not fit an int.
    const double last = cells - 1;
    auto column = [&](double x) {
        return static_cast<int>(std::clamp((x - region.minX) / cellW, 0.0, last));
    };
    auto row = [&](double y) { return static_cast<int>(std::clamp((y - region.minY) / cellH, 0.0, last)); };
    std::vector<std::vector<const Edge*>> grid(static_cast<size_t>(cells) * static_cast<size_t>(cells));
    auto cellsOf = [&](const Edge& e, auto onCell) {
        const Bounds box = grownBy(boxOf(e), reach);
        for (int y = row(box.minY); y <= row(box.maxY); ++y)
            for (int x = column(box.minX); x <= column(box.maxX); ++x)
                if (!onCell(
                        grid[static_cast<size_t>(y) * static_cast<size_t>(cells) + static_cast<size_t>(x)]))
                    return false;
        return true;
    };
    for (const Edge* f : b)
        (void)cellsOf(*f, [f](std::vector<const Edge*>& cell) {
            cell.push_back(f);
            return true;
        });
    for (const Edge* e : a) {
        const bool goOn = cellsOf(*e, [&](const std::vector<const Edge*>& cell) {
            return std::all_of(cell.begin(), cell.end(), [&](const Edge* f) { return visit(*e, *f); });
        });
        if (!goOn) return false;
    }
    return true;
}

} // namespace geodata
