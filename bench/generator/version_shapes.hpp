#pragma once
// The outline of every version: the GEOS coverage union of its cells (exact, because the cells
// share their edges), checked for validity and kept as WKB for the writer.
#include "history.hpp"
#include "progress.hpp"
#include "tessellation.hpp"

#include <cstddef>
#include <vector>

namespace generator {

struct VersionShape {
    std::vector<unsigned char> wkb; // a Polygon or MultiPolygon
    std::size_t vertices = 0;       // coordinates as stored, each ring's closing point included
    std::size_t rings = 0;
};

struct VersionShapes {
    std::vector<VersionShape> shapes; // in the order of the versions
    std::size_t vertices = 0;
    std::size_t rings = 0;
    /// Boundary segments counted once however many versions have them (either direction):
    /// what a reader that matches shared borders exactly finds.
    std::size_t distinctSegments = 0;
};

/// Unions the cells of every version on all cores. Throws if GEOS makes an invalid polygon.
[[nodiscard]] VersionShapes buildShapes(const Tessellation& tessellation,
                                        const std::vector<Version>& versions, const Progress& progress);

} // namespace generator
