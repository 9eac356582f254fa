#pragma once
// Pairs of edges from two polygon sets that may be close, found through a uniform grid over the
// region where they can meet: the shared-area and the distance tests both look only at those.
#include "geodata/geometry.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <utility>
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

/// The same segment, either way round.
[[nodiscard]] inline bool sameSegment(const Edge& e, const Edge& f) {
    return (e.p == f.p && e.q == f.q) || (e.p == f.q && e.q == f.p);
}

/// True when the two edges meet nowhere but at a common end point, or are the same segment. "Too close
/// to tell" counts as meeting: both callers would rather do more work (an overlay, an unsimplified
/// border) than miss a touch.
[[nodiscard]] inline bool meetOnlyAtEnds(const Edge& e, const Edge& f) {
    if (!boxOf(e).intersects(boxOf(f))) return true;
    if (sameSegment(e, f)) return true;
    const Point* common = nullptr;
    const Point* eOther = nullptr;
    const Point* fOther = nullptr;
    for (const auto& [ce, oe] : {std::pair{&e.p, &e.q}, std::pair{&e.q, &e.p}})
        for (const auto& [cf, of] : {std::pair{&f.p, &f.q}, std::pair{&f.q, &f.p}})
            if (*ce == *cf) {
                common = ce;
                eOther = oe;
                fOther = of;
            }
    if (common) {
        // Two different lines meet once; only collinear edges running the same way overlap.
        if (turn(*common, *eOther, *fOther) != 0) return true;
        const double dot = (eOther->x - common->x) * (fOther->x - common->x) +
                           (eOther->y - common->y) * (fOther->y - common->y);
        return dot < 0;
    }
    if (turn(e.p, e.q, f.p) * turn(e.p, e.q, f.q) > 0) return true; // f wholly on one side of e
    if (turn(f.p, f.q, e.p) * turn(f.p, f.q, e.q) > 0) return true;
    return false; // a crossing, a touch mid-edge, or too close to tell
}

/// A uniform grid of about `items` cells (at most maxSide × maxSide) over `region`, and which cells a box
/// meets: the pair searches below list each item in the cells its box meets and compare within cells.
class CellGrid {
  public:
    CellGrid(const Bounds& region, size_t items, int maxSide)
        : m_region(region),
          m_side(std::clamp(static_cast<int>(std::sqrt(static_cast<double>(items))), 1, maxSide)),
          m_cellW(std::max(region.width(), 1e-300) / m_side),
          m_cellH(std::max(region.height(), 1e-300) / m_side) {}

    [[nodiscard]] size_t cellCount() const {
        return static_cast<size_t>(m_side) * static_cast<size_t>(m_side);
    }

    /// Calls `f(cell index)` for every cell `box` meets, until f returns false; false if it did.
    template <class F> bool forEachCell(const Bounds& box, F f) const {
        for (int y = row(box.minY); y <= row(box.maxY); ++y)
            for (int x = column(box.minX); x <= column(box.maxX); ++x)
                if (!f(static_cast<size_t>(y) * static_cast<size_t>(m_side) + static_cast<size_t>(x)))
                    return false;
        return true;
    }

  private:
    // Clamped before the conversion: far outside a thin region the quotient would not fit an int.
    [[nodiscard]] int column(double x) const {
        return static_cast<int>(std::clamp((x - m_region.minX) / m_cellW, 0.0, m_side - 1.0));
    }
    [[nodiscard]] int row(double y) const {
        return static_cast<int>(std::clamp((y - m_region.minY) / m_cellH, 0.0, m_side - 1.0));
    }

    Bounds m_region;
    int m_side;
    double m_cellW, m_cellH;
};

/// Calls `visit(e, f)` for every edge e of `a` and f of `b` whose boxes, grown by `reach`, share a
/// grid cell of `region` (so at least every pair whose boxes come within `reach`; some pairs more
/// than once). Stops and returns false as soon as `visit` returns false.
template <class Visit>
bool forEachNearbyPair(const std::vector<const Edge*>& a, const std::vector<const Edge*>& b,
                       const Bounds& region, double reach, Visit visit) {
    if (a.empty() || b.empty()) return true;
    const CellGrid cells(region, b.size(), 256);
    std::vector<std::vector<const Edge*>> grid(cells.cellCount());
    for (const Edge* f : b)
        (void)cells.forEachCell(grownBy(boxOf(*f), reach), [&](size_t cell) {
            grid[cell].push_back(f);
            return true;
        });
    for (const Edge* e : a) {
        const bool goOn = cells.forEachCell(grownBy(boxOf(*e), reach), [&](size_t cell) {
            return std::all_of(grid[cell].begin(), grid[cell].end(),
                               [&](const Edge* f) { return visit(*e, *f); });
        });
        if (!goOn) return false;
    }
    return true;
}

} // namespace geodata
