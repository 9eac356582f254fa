#pragma once
// A quick proof that two units only touch: the common case of two versions of one year, which share
// a border and no land. The same-land check (unit_overlaps.cpp) asks this first and measures the
// shared area (sharedAreaWithoutCrossings, then GEOS) only for the pairs it cannot clear.
#include "geodata/geometry.hpp"

#include <vector>

namespace geodata {

/// One polygon set, its rings turned once so that the interior lies on the left of every edge (outer
/// rings counter-clockwise, holes clockwise): the pair test reads it for every neighbour.
struct OrientedShape {
    struct RingRef {
        const Ring* ring = nullptr;
        bool reversed = false;
    };
    const std::vector<Polygon>* polygons = nullptr;
    std::vector<RingRef> rings;
    Bounds box = Bounds::empty();
};

/// Refers to `polygons`, which must outlive it.
[[nodiscard]] OrientedShape orientedShape(const std::vector<Polygon>& polygons);

/// True only when the interiors of the two shapes cannot meet: their borders meet nowhere but at common
/// vertices and along common edges, every common edge has the two interiors on opposite sides, and no
/// edge of either lies inside the other. That is sharedAreaWithoutCrossings's reasoning when it would
/// sum no edge at all (a shared area of exactly 0), found without its hash tables. False says nothing:
/// the borders cross or come too close to tell, or the shapes do share land, so the caller measures.
[[nodiscard]] bool interiorsCannotMeet(const OrientedShape& a, const OrientedShape& b);

} // namespace geodata
