#pragma once
// The finest level of the synthetic map: a GEOS Voronoi diagram of seeded random points, cut to
// an irregular "country" by keeping the cells that lie inside it. Neighbouring cells share their
// edges exactly (the same Voronoi vertices), so any grouping of cells into units has borders
// that match to the last bit.
#include "progress.hpp"
#include "random.hpp"

#include <cstddef>
#include <vector>

namespace generator {

struct TessellationSpec {
    double centreX = 0; // projected coordinates of the country's centre, metres
    double centreY = 0;
    double areaM2 = 0;     // the country's area
    std::size_t cells = 0; // about this many cells inside the country
};

struct Tessellation {
    std::vector<double> xy;                   // every cell's closed outer ring, x and y interleaved
    std::vector<std::size_t> start;           // cell i's points are [start[i], start[i + 1])
    std::vector<std::vector<int>> neighbours; // cells that share an edge with cell i, ascending

    [[nodiscard]] std::size_t cellCount() const { return start.empty() ? 0 : start.size() - 1; }
    [[nodiscard]] std::size_t pointCount(std::size_t cell) const { return start[cell + 1] - start[cell]; }
    [[nodiscard]] const double* points(std::size_t cell) const { return xy.data() + 2 * start[cell]; }
};

/// Draws the points, computes the Voronoi diagram with GEOS and keeps the cells inside the country.
[[nodiscard]] Tessellation tessellate(const TessellationSpec& spec, Random& random, const Progress& progress);

} // namespace generator
