// withinDistance: the neighbour search's distance test for units that share no vertex. Each way two
// polygon sets can be near each other; Neighbours.* compares it with GEOS on whole datasets.
#include "geodata/polygon_distance.hpp"
#include "hand_made_shapes.hpp"

#include <gtest/gtest.h>

namespace {

using geodata::Polygon;
using geodata::Ring;
using geodata::withinDistance;

using fixtures::box;
using fixtures::one;

} // namespace

TEST(PolygonDistance, BordersWithinTheToleranceAndBeyond) {
    const auto a = one(box(0, 0, 10, 10));
    EXPECT_TRUE(withinDistance(a, one(box(10.5, 0, 20, 10)), 1.0));  // a gap of 0.5
    EXPECT_FALSE(withinDistance(a, one(box(11.5, 0, 20, 10)), 1.0)); // 1.5
    EXPECT_TRUE(withinDistance(a, one(box(10, 0, 20, 10)), 0.0));    // a common edge
    // Corners: the gap is the diagonal, sqrt(2) * 0.6 = 0.85 within 1, sqrt(2) * 0.8 = 1.13 not.
    EXPECT_TRUE(withinDistance(a, one(box(10.6, 10.6, 20, 20)), 1.0));
    EXPECT_FALSE(withinDistance(a, one(box(10.8, 10.8, 20, 20)), 1.0));
    // A long edge passing close to a vertex in its middle (no end point near the other).
    EXPECT_TRUE(withinDistance(one({{5, 10.5}, {6, 20}, {4, 20}}), a, 1.0));
}

TEST(PolygonDistance, OverlapsAndContainmentAreDistanceZero) {
    const auto a = one(box(0, 0, 10, 10));
    EXPECT_TRUE(withinDistance(a, one(box(5, 5, 15, 15)), 0.1)); // crossing borders
    EXPECT_TRUE(withinDistance(a, one(box(4, 4, 6, 6)), 0.1));   // wholly inside, borders 4 apart
    EXPECT_TRUE(withinDistance(one(box(4, 4, 6, 6)), a, 0.1));   // the other way round
    // In a hole, 2 away from its edge: apart.
    const auto holed = one(box(0, 0, 10, 10), {box(2, 2, 8, 8)});
    EXPECT_FALSE(withinDistance(holed, one(box(4, 4, 6, 6)), 1.0));
    EXPECT_TRUE(withinDistance(holed, one(box(4, 4, 6, 6)), 2.5));
    // A second part of a multipolygon inside the other set.
    const std::vector<Polygon> parts{Polygon{box(-50, -50, -40, -40), {}}, Polygon{box(1, 1, 2, 2), {}}};
    EXPECT_TRUE(withinDistance(parts, a, 0.1));
    EXPECT_FALSE(withinDistance(one(box(-50, -50, -40, -40)), a, 0.1));
}
