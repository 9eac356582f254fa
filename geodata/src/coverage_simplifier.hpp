#pragma once
// Simplifies a coverage (polygons that share borders vertex for vertex, like municipalities) so
// that neighbours keep sharing their borders exactly. GEOS 3.11 has no coverage simplification,
// so this does it on the border network: rings are cut into chains at junctions (vertices where
// the set of polygons on the border changes), every chain is simplified once for all polygons
// that use it, and the rings are put back together from the simplified chains.
#include "geos_context.hpp"

#include <cstddef>
#include <vector>

namespace geodata {

class CoverageSimplifier {
  public:
    /// `items`: one polygon set per unit version (or context feature). Versions of different
    /// years may all be given at once: a border is simplified the same way in every year.
    explicit CoverageSimplifier(const std::vector<const std::vector<Polygon>*>& items);

    /// Simplifies every chain (Douglas–Peucker, chain ends stay put), keeps as it was every chain
    /// that would then cross or touch another, and returns every item's polygons, indexed like
    /// `items`. Each call continues from the previous one: growing tolerances give coarser and
    /// coarser levels.
    [[nodiscard]] std::vector<std::vector<Polygon>> simplify(double tolerance);

    [[nodiscard]] size_t chainCount() const { return m_chains.size(); }

  private:
    struct ChainUse {
        size_t chain = 0;
        bool reversed = false;
    };
    using RingChains = std::vector<ChainUse>;      // empty = a ring too small to draw
    using PolygonChains = std::vector<RingChains>; // outer ring first, then the holes

    [[nodiscard]] Ring rebuild(const RingChains& ring) const;

    std::vector<std::vector<Point>> m_chains; // in a canonical direction, both ends kept
    std::vector<std::vector<PolygonChains>> m_items;
};

} // namespace geodata
