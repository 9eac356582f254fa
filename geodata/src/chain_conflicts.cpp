#include "chain_conflicts.hpp"

#include "edge_grid.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace geodata {

namespace {

struct Segment {
    Point a, b;
    std::uint32_t chain = 0;
    std::uint32_t index = 0; // the segment's place in its chain
};

bool between(double v, double p, double q) { return std::min(p, q) <= v && v <= std::max(p, q); }

// p lies on the segment a–b (given that it is in line with it).
bool withinBox(Point a, Point b, Point p) { return between(p.x, a.x, b.x) && between(p.y, a.y, b.y); }

// Two segments that share the end point s, with other ends p and q: they meet only at s unless they run
// out of s in the same direction.
bool overlapFrom(Point s, Point p, Point q) {
    return turn(s, p, q) == 0 && (p.x - s.x) * (q.x - s.x) + (p.y - s.y) * (q.y - s.y) > 0;
}

bool inConflict(const Segment& s, const Segment& t) {
    const Point a = s.a, b = s.b, c = t.a, d = t.b;
    if ((a == c && b == d) || (a == d && b == c)) return true; // two borders became one segment
    if (a == c) return overlapFrom(a, b, d);
    if (a == d) return overlapFrom(a, b, c);
    if (b == c) return overlapFrom(b, a, d);
    if (b == d) return overlapFrom(b, a, c);
    const int o1 = turn(a, b, c), o2 = turn(a, b, d), o3 = turn(c, d, a), o4 = turn(c, d, b);
    if (o1 * o2 < 0 && o3 * o4 < 0) return true; // they cross
    // One ends on the other (a T), or they lie in line and overlap. "Too close to tell" counts too:
    // a conflict found wrongly costs only some simplification.
    return (o1 == 0 && withinBox(a, b, c)) || (o2 == 0 && withinBox(a, b, d)) ||
           (o3 == 0 && withinBox(c, d, a)) || (o4 == 0 && withinBox(c, d, b));
}

} // namespace

std::vector<bool> chainsInConflict(const std::vector<std::vector<Point>>& chains) {
    std::vector<Segment> segments;
    std::vector<bool> conflict(chains.size(), false);
    Bounds region = Bounds::empty();
    for (size_t c = 0; c < chains.size(); ++c)
        for (size_t k = 0; k + 1 < chains[c].size(); ++k) {
            // A chain that starts and ends at one point, simplified to nothing: its ring would collapse.
            if (chains[c][k] == chains[c][k + 1]) conflict[c] = true;
            segments.push_back({chains[c][k], chains[c][k + 1], static_cast<std::uint32_t>(c),
                                static_cast<std::uint32_t>(k)});
            region.expand(chains[c][k]);
            region.expand(chains[c][k + 1]);
        }
    if (segments.size() < 2) return conflict;

    // A uniform grid with about one segment per cell; a segment is listed in every cell its box meets.
    const CellGrid cells(region, segments.size(), 2048);
    std::vector<std::vector<std::uint32_t>> grid(cells.cellCount());
    for (size_t i = 0; i < segments.size(); ++i)
        (void)cells.forEachCell(boxOf(Edge{segments[i].a, segments[i].b}), [&](size_t cell) {
            grid[cell].push_back(static_cast<std::uint32_t>(i));
            return true;
        });
    for (const std::vector<std::uint32_t>& cell : grid)
        for (size_t i = 0; i < cell.size(); ++i)
            for (size_t j = i + 1; j < cell.size(); ++j) {
                const Segment& s = segments[cell[i]];
                const Segment& t = segments[cell[j]];
                // Neighbours along one chain share a vertex by construction: only folding back counts.
                const bool adjacent =
                    s.chain == t.chain && (s.index + 1 == t.index || t.index + 1 == s.index);
                if (adjacent &&
                    !(s.index + 1 == t.index ? overlapFrom(s.b, s.a, t.b) : overlapFrom(s.a, s.b, t.a)))
                    continue;
                if (!boxOf(Edge{s.a, s.b}).intersects(boxOf(Edge{t.a, t.b}))) continue;
                if (adjacent || inConflict(s, t)) conflict[s.chain] = conflict[t.chain] = true;
            }
    return conflict;
}

} // namespace geodata
