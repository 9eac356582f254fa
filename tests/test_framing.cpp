// What "the whole map" frames (geodata/framing.hpp): the units that lie together; a unit far beyond
// them (a mistyped coordinate the outlier check let through, a remote exclave) is left out and named, and
// contiguous data, or a far group that is a real part of the map, is framed whole.
#include "geodata/framing.hpp"
#include "label_grid.hpp"

#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace {

using fixtures::squareUnit;
using fixtures::unitGrid;

geodata::Bounds boundsOfAll(const std::vector<geodata::UnitVersion>& units) {
    geodata::Bounds b = geodata::Bounds::empty();
    for (const geodata::UnitVersion& u : units) b.expand(u.bounds);
    return b;
}

// A unit of `side` metres at (x, y), its next id, with a code of its own.
void addSquare(std::vector<geodata::UnitVersion>& units, double x, double y, double side) {
    units.push_back(squareUnit(static_cast<int>(units.size()), "far", x, y, x + side, y + side));
}

} // namespace

TEST(Framing, ContiguousDataIsFramedByItsBoundingBoxAtAnyScale) {
    for (const double side : {1000.0, 50000.0}) {
        const std::vector<geodata::UnitVersion> units = unitGrid(12, 9, side);
        const geodata::Framing f = geodata::frameUnits(units);
        EXPECT_EQ(f.frame, boundsOfAll(units));
        EXPECT_TRUE(f.leftOut.empty());
    }
}

// The case of issue 19: ten units spanning 50 km and one far out. Framed with it, the ten would be a dot.
TEST(Framing, ALoneUnitFarFromTheRestIsLeftOutAndTheRestFramed) {
    std::vector<geodata::UnitVersion> units = unitGrid(5, 2, 10000); // 50 km × 20 km
    const geodata::Bounds rest = boundsOfAll(units);
    for (const double x : {9e6, 120000.0, -9e6}) { // far; just beyond open space of 70 km > 50 km; far west
        std::vector<geodata::UnitVersion> withFar = units;
        addSquare(withFar, x, 0, 5000);
        const geodata::Framing f = geodata::frameUnits(withFar);
        EXPECT_EQ(f.frame, rest) << "far unit at x " << x;
        EXPECT_EQ(f.leftOut, std::vector<int>{10});
    }
    // Far in both directions, and far north only.
    for (const geodata::Point at : {geodata::Point{9e6, 9e6}, geodata::Point{10000, 5e6}}) {
        std::vector<geodata::UnitVersion> withFar = units;
        addSquare(withFar, at.x, at.y, 5000);
        EXPECT_EQ(geodata::frameUnits(withFar).frame, rest);
    }
}

// Open space narrower than the rest's extent is part of the map: the unit is framed (the map shrinks to
// no less than about half).
TEST(Framing, AUnitCloserThanTheRestsExtentIsFramed) {
    std::vector<geodata::UnitVersion> units = unitGrid(5, 2, 10000);
    addSquare(units, 50000 + 45000, 0, 5000); // 45 km of water beyond a 50 km wide map
    const geodata::Framing f = geodata::frameUnits(units);
    EXPECT_EQ(f.frame, boundsOfAll(units));
    EXPECT_TRUE(f.leftOut.empty());
}

// A spike: one vertex of a unit typed far out (below what the load refuses, or any distance here). The unit
// stays in the frame by its body; its spike does not stretch the frame.
TEST(Framing, AVertexFarOutOfAUnitsBodyDoesNotStretchTheFrame) {
    std::vector<geodata::UnitVersion> units = unitGrid(5, 2, 10000);
    const geodata::Bounds rest = boundsOfAll(units);
    geodata::UnitVersion& spiked = units[4]; // column 4, row 0: x 40–50 km, y 0–10 km
    spiked.polygons[0].outer.insert(spiked.polygons[0].outer.begin() + 2, geodata::Point{9e6, 5000});
    spiked.bounds = geodata::boundsOf(spiked.polygons);
    ASSERT_EQ(spiked.bounds.maxX, 9e6);
    const geodata::Framing f = geodata::frameUnits(units);
    EXPECT_TRUE(f.leftOut.empty()); // its body is on the map
    EXPECT_LE(f.frame.maxX, 50000 + geodata::kFramingReachSides * 10000);
    EXPECT_EQ(f.frame.minX, rest.minX);
    EXPECT_EQ(f.frame.minY, rest.minY);
    EXPECT_EQ(f.frame.maxY, rest.maxY);
}

// Two units mistyped the same way lie together far out: each has the other near, so the outlier check
// passes them; together they are still a small far group, and left out.
TEST(Framing, ASmallFarGroupIsLeftOut) {
    std::vector<geodata::UnitVersion> units = unitGrid(6, 4, 10000); // 24 units: up to 2 may go
    const geodata::Bounds rest = boundsOfAll(units);
    addSquare(units, 6.8e6, 0, 10000);
    addSquare(units, 6.81e6, 0, 10000);
    const geodata::Framing f = geodata::frameUnits(units);
    EXPECT_EQ(f.frame, rest);
    EXPECT_EQ(f.leftOut, (std::vector<int>{24, 25}));
}

// Islands that are a real part of the country: a far group of more than a tenth of the units is framed.
TEST(Framing, AFarGroupThatIsAMeaningfulPartOfTheMapIsFramed) {
    std::vector<geodata::UnitVersion> units = unitGrid(4, 4, 10000);            // 16 units, 40 km
    for (int i = 0; i < 2; ++i) addSquare(units, 200000 + i * 10000, 0, 10000); // 2 of 18: more than a tenth
    const geodata::Framing f = geodata::frameUnits(units);
    EXPECT_EQ(f.frame, boundsOfAll(units));
    EXPECT_TRUE(f.leftOut.empty());
}

// The versions of one unit count once: a far unit with many versions is still one unit.
TEST(Framing, VersionsOfOneFarUnitCountAsOneUnit) {
    std::vector<geodata::UnitVersion> units = unitGrid(5, 2, 10000);
    const geodata::Bounds rest = boundsOfAll(units);
    for (int v = 0; v < 4; ++v) {
        addSquare(units, 9e6, 0, 5000 + 100 * v);
        units.back().code = "FAR";
    }
    const geodata::Framing f = geodata::frameUnits(units);
    EXPECT_EQ(f.frame, rest);
    EXPECT_EQ(f.leftOut, (std::vector<int>{10, 11, 12, 13}));
}

// With two units there is no rest to judge either by; with none there is nothing to frame.
TEST(Framing, TwoUnitsAreFramedTogetherAndNoneFrameNothing) {
    std::vector<geodata::UnitVersion> units = unitGrid(1, 1, 10000);
    addSquare(units, 9e6, 0, 10000);
    EXPECT_EQ(geodata::frameUnits(units).frame, boundsOfAll(units));
    EXPECT_TRUE(geodata::frameUnits({}).frame.isEmpty());
}
