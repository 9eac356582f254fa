#include "chain_conflicts.hpp"

#include "edge_grid.hpp"

#include <cstdint>

namespace geodata {

namespace {

struct Segment {
    Edge edge;
    std::uint32_t chain = 0;
};

} // namespace

std::vector<bool> chainsInConflict(const std::vector<std::vector<Point>>& chains) {
    std::vector<Segment> segments;
    std::vector<bool> conflict(chains.size(), false);
    Bounds region = Bounds::empty();
    for (size_t c = 0; c < chains.size(); ++c)
        for (size_t k = 0; k + 1 < chains[c].size(); ++k) {
            // A chain that starts and ends at one point, simplified to nothing: its ring would collapse.
            if (chains[c][k] == chains[c][k + 1]) conflict[c] = true;
            segments.push_back({{chains[c][k], chains[c][k + 1]}, static_cast<std::uint32_t>(c)});
            region.expand(chains[c][k]);
            region.expand(chains[c][k + 1]);
        }
    if (segments.size() < 2) return conflict;

    // A uniform grid with about one segment per cell; a segment is listed in every cell its box meets.
    const CellGrid cells(region, segments.size(), 2048);
    std::vector<std::vector<std::uint32_t>> grid(cells.cellCount());
    for (size_t i = 0; i < segments.size(); ++i)
        (void)cells.forEachCell(boxOf(segments[i].edge), [&](size_t cell) {
            grid[cell].push_back(static_cast<std::uint32_t>(i));
            return true;
        });
    for (const std::vector<std::uint32_t>& cell : grid)
        for (size_t i = 0; i < cell.size(); ++i)
            for (size_t j = i + 1; j < cell.size(); ++j) {
                const Segment& s = segments[cell[i]];
                const Segment& t = segments[cell[j]];
                // Neighbours along a chain meet at their common vertex, which is fine unless one folds
                // back over the other. Unlike two polygons' borders, two segments that are one and the
                // same mean two borders collapsed onto each other (or a chain folding back).
                if (sameSegment(s.edge, t.edge) || !meetOnlyAtEnds(s.edge, t.edge))
                    conflict[s.chain] = conflict[t.chain] = true;
            }
    return conflict;
}

} // namespace geodata
