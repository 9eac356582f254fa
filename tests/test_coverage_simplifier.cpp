// CoverageSimplifier on hand-made borders: a chain that simplified alone would cut across a small island
// keeps its shape, and the same chain without the island is simplified. Whole datasets are checked in
// test_lod.cpp (valid polygons, no gaps, no overlaps at every level).
#include "coverage_simplifier.hpp"

#include <algorithm>
#include <gtest/gtest.h>

namespace {

using geodata::Point;
using geodata::Polygon;
using geodata::Ring;

// Above a "tent" border (0,0)–(40,0)–(50,8)–(60,0)–(100,0): a peak 8 high, flattened at tolerance 10.
// The ring starts so that the three junctions every ring gets fall on (0,300), (40,0) and (100,0).
const Polygon kAbove{
    {{0, 300}, {0, 150}, {0, 0}, {40, 0}, {50, 8}, {60, 0}, {100, 0}, {100, 150}, {100, 300}}, {}};
const Ring kBelowOuter{{0, 0}, {0, -300}, {100, -300}, {100, 0}, {60, 0}, {50, 8}, {40, 0}};
// An island under the peak, reaching above y = 0: the flattened tent would cut through it.
const Ring kIsland{{48, -2}, {52, -2}, {52, 4}, {48, 4}};

bool has(const Ring& ring, Point p) { return std::find(ring.begin(), ring.end(), p) != ring.end(); }

} // namespace

TEST(CoverageSimplifier, ABorderWithNothingInTheWayIsSimplified) {
    const std::vector<Polygon> above{kAbove};
    const std::vector<Polygon> below{Polygon{kBelowOuter, {}}};
    geodata::CoverageSimplifier simplifier({&above, &below});
    const std::vector<std::vector<Polygon>> out = simplifier.simplify(10.0);
    ASSERT_EQ(out.size(), 2U);
    ASSERT_EQ(out[0].size(), 1U);
    ASSERT_EQ(out[1].size(), 1U);
    EXPECT_FALSE(has(out[0][0].outer, {50, 8}));
    EXPECT_FALSE(has(out[1][0].outer, {50, 8}));
    EXPECT_TRUE(has(out[1][0].outer, {40, 0})); // a junction stays
}

TEST(CoverageSimplifier, ABorderThatWouldCutAcrossAnIslandKeepsItsShape) {
    const std::vector<Polygon> above{kAbove};
    const std::vector<Polygon> below{Polygon{kBelowOuter, {kIsland}}};
    const std::vector<Polygon> island{Polygon{kIsland, {}}};
    geodata::CoverageSimplifier simplifier({&above, &below, &island});
    const std::vector<std::vector<Polygon>> out = simplifier.simplify(10.0);
    ASSERT_EQ(out.size(), 3U);
    ASSERT_EQ(out[1].size(), 1U);
    // Both sides of the border keep the peak, so the island stays inside the unit around it.
    EXPECT_TRUE(has(out[0][0].outer, {50, 8}));
    EXPECT_TRUE(has(out[1][0].outer, {50, 8}));
    ASSERT_EQ(out[1][0].holes.size(), 1U);
    // The hole and the island are still one and the same ring.
    Ring hole = out[1][0].holes[0];
    Ring islandRing = out[2][0].outer;
    std::sort(hole.begin(), hole.end(),
              [](Point a, Point b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
    std::sort(islandRing.begin(), islandRing.end(),
              [](Point a, Point b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
    EXPECT_EQ(hole, islandRing);
    for (const Point& p : hole) EXPECT_LT(p.y, 8.0 - (std::abs(p.x - 50.0) * 0.8)) << "below the tent";
}
