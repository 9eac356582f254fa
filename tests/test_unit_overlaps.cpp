// The same-land check (unit_overlaps.cpp) and the quick proof it asks first, interiorsCannotMeet: two
// units that only touch are cleared without measuring their shared area, and nothing that shares land is
// ever cleared. Hand-made cases for each way two shapes can meet; every candidate pair of the bundled data
// and of a generated dataset against OGR's intersection; the sliver tolerance on both sides of the line.
#include "bundled_dataset.hpp"
#include "disjoint_interiors.hpp"
#include "fixture_writer.hpp"
#include "generator/generator.hpp"
#include "geodata/dataset.hpp"
#include "hand_made_shapes.hpp"
#include "lineage_builder.hpp"
#include "ogr_shapes.hpp"
#include "small_generated.hpp"
#include "unit_overlaps.hpp"

#include <algorithm>
#include <filesystem>
#include <gtest/gtest.h>
#include <numeric>
#include <string>
#include <vector>

namespace {

using fixtures::box;
using fixtures::one;
using geodata::Polygon;
using geodata::Ring;

bool cannotMeet(const std::vector<Polygon>& a, const std::vector<Polygon>& b) {
    const bool ab = geodata::interiorsCannotMeet(geodata::orientedShape(a), geodata::orientedShape(b));
    EXPECT_EQ(ab, geodata::interiorsCannotMeet(geodata::orientedShape(b), geodata::orientedShape(a)))
        << "the answer depends on the order";
    return ab;
}

struct Cleared {
    size_t candidates = 0;
    size_t cleared = 0;
};

// Every pair the check looks at (different codes, a common year, boxes that meet): a pair cleared as
// only touching must share no area by OGR's intersection.
Cleared expectClearedPairsShareNoLand(const geodata::Dataset& d) {
    std::vector<std::unique_ptr<OGRMultiPolygon>> ogr;
    std::vector<geodata::OrientedShape> shapes;
    for (const geodata::UnitVersion& u : d.units) {
        ogr.push_back(fixtures::toOgr(u.polygons));
        shapes.push_back(geodata::orientedShape(u.polygons));
    }
    Cleared result;
    for (size_t i = 0; i < d.units.size(); ++i)
        for (size_t j = i + 1; j < d.units.size(); ++j) {
            const geodata::UnitVersion& a = d.units[i];
            const geodata::UnitVersion& b = d.units[j];
            if (a.code == b.code || std::max(a.fromYear, b.fromYear) > std::min(a.toYear, b.toYear) ||
                !a.bounds.intersects(b.bounds))
                continue;
            ++result.candidates;
            if (!geodata::interiorsCannotMeet(shapes[i], shapes[j])) continue;
            ++result.cleared;
            EXPECT_LE(fixtures::ogrSharedArea(*ogr[i], *ogr[j]), 1e-9 * std::max(a.areaM2, b.areaM2))
                << a.code << " (" << a.fromYear << ") and " << b.code << " (" << b.fromYear << ")";
        }
    return result;
}

geodata::UnitVersion unit(const std::string& code, std::vector<Polygon> polygons) {
    geodata::UnitVersion u;
    u.code = code;
    u.name = code;
    u.fromYear = 1900;
    u.toYear = geodata::kOpenEndYear;
    u.polygons = std::move(polygons);
    u.bounds = geodata::boundsOf(u.polygons);
    for (const Polygon& p : u.polygons) u.areaM2 += geodata::polygonArea(p);
    return u;
}

} // namespace

TEST(UnitOverlaps, NeighboursThatOnlyTouchAreCleared) {
    EXPECT_TRUE(cannotMeet(one(box(0, 0, 10, 10)), one(box(10, 0, 20, 10))));
    EXPECT_TRUE(cannotMeet(one(box(0, 0, 10, 10)), one(box(10, 10, 20, 20)))); // a corner
    EXPECT_TRUE(cannotMeet(one(box(0, 0, 10, 10)), one(box(30, 0, 40, 10))));  // apart
    // A border of several edges, the neighbour's ring turned the other way (clockwise).
    Ring clockwise{{10, 0}, {10, 4}, {12, 5}, {10, 6}, {10, 10}, {20, 10}, {20, 0}};
    EXPECT_TRUE(
        cannotMeet(one({{0, 0}, {10, 0}, {10, 4}, {12, 5}, {10, 6}, {10, 10}, {0, 10}}), one(clockwise)));
    // An enclave filling a hole, and an island beside a part of a multipolygon.
    EXPECT_TRUE(cannotMeet(one(box(0, 0, 10, 10), {box(4, 4, 6, 6)}), one(box(4, 4, 6, 6))));
    const std::vector<Polygon> parts{Polygon{box(0, 0, 2, 2), {}}, Polygon{box(5, 0, 7, 2), {}}};
    EXPECT_TRUE(cannotMeet(parts, one(box(2, 0, 5, 2))));
}

TEST(UnitOverlaps, ShapesThatShareLandOrCannotBeToldAreNotCleared) {
    const auto square = one(box(0, 0, 10, 10));
    EXPECT_FALSE(cannotMeet(square, square));               // a copy: every edge the same way
    EXPECT_FALSE(cannotMeet(one(box(2, 2, 4, 4)), square)); // inside, touching nothing
    EXPECT_FALSE(cannotMeet(one(box(0, 0, 5, 10)),          // a part sharing three edges
                            one({{0, 0}, {5, 0}, {10, 0}, {10, 10}, {5, 10}, {0, 10}})));
    EXPECT_FALSE(cannotMeet(square, one(box(5, 5, 15, 15))));               // crossing borders
    EXPECT_FALSE(cannotMeet(square, one(box(10, 5, 20, 15))));              // a T junction: too close to tell
    EXPECT_FALSE(cannotMeet(square, one(box(10, 0, 20, 5))));               // collinear, part of an edge
    EXPECT_FALSE(cannotMeet(one(box(0, 0, 10, 10)), one(box(4, 4, 6, 6)))); // the enclave, hole filled
    // A neighbour reaching one vertex into the square: its borders meet the square's only at vertices.
    EXPECT_FALSE(cannotMeet(one({{0, 0}, {10, 0}, {10, 10}, {0, 10}}),
                            one({{10, 0}, {20, 0}, {20, 10}, {10, 10}, {5, 5}})));
    // Not a valid polygon set: the same edge twice in one of them.
    const std::vector<Polygon> twice{Polygon{box(0, 0, 10, 10), {}}, Polygon{box(0, 0, 10, 10), {}}};
    EXPECT_FALSE(cannotMeet(twice, one(box(10, 0, 20, 10))));
}

TEST(UnitOverlaps, BundledPairsClearedShareNoLand) {
    const Cleared c = expectClearedPairsShareNoLand(fixtures::bundledDataset());
    std::printf("bundled: %zu of %zu candidate pairs cleared\n", c.cleared, c.candidates);
    EXPECT_GT(c.candidates, 50U);
    EXPECT_GT(c.cleared, 0U);
}

// A generated coverage: every neighbour pair is cleared, none measured (before the quick proof every
// candidate's shared area was measured), and each of them does share no land.
TEST(UnitOverlaps, AGeneratedCoverageIsClearedWithoutMeasuring) {
    const std::filesystem::path folder = fixtures::freshFolder();
    (void)generator::generateDataset(fixtures::smallGenerated(folder.string(), 5),
                                     [](const std::string&, double) {});
    geodata::LoadResult r = geodata::loadDataset(folder.string(), geodata::LoadOptions{false, {}});
    ASSERT_TRUE(r) << r.error->toString();
    const geodata::Dataset& d = *r.dataset;
    const Cleared c = expectClearedPairsShareNoLand(d);
    EXPECT_EQ(c.cleared, c.candidates);
    std::vector<long> fids(d.units.size());
    std::iota(fids.begin(), fids.end(), 0L);
    geodata::OverlapCheckCounts counts;
    EXPECT_FALSE(geodata::checkUnitsDisjoint("units.shp", d.units, fids, &counts));
    EXPECT_GT(counts.candidates, 30U);
    EXPECT_EQ(counts.measured, 0U);

    // One unit copied under a new code is still found, named, and measured.
    std::vector<geodata::UnitVersion> withCopy = d.units;
    geodata::UnitVersion copy = d.units[3];
    copy.code = "COPY";
    copy.id = static_cast<int>(withCopy.size());
    withCopy.push_back(copy);
    fids.push_back(999);
    const auto error = geodata::checkUnitsDisjoint("units.shp", withCopy, fids, &counts);
    ASSERT_TRUE(error);
    EXPECT_NE(error->message.find("and feature 999 (COPY"), std::string::npos) << error->message;
    EXPECT_NE(error->message.find("100 % of the smaller"), std::string::npos) << error->message;
    EXPECT_GE(counts.measured, 1U);
    std::filesystem::remove_all(folder);
}

// The tolerance is the lineage's sliver: up to 1 % of the smaller unit may be shared (generalised
// borders), more is an error. Both sides of the line, with borders that cross (measured by GEOS).
TEST(UnitOverlaps, ASliverIsAllowedAndMoreIsNot) {
    ASSERT_EQ(geodata::kSliverShare, 0.01);
    const std::vector<long> fids{0, 1};
    // A 100 × 100 square and its neighbour with a spike 20 wide reaching 5 (0.5 % of the square) or 20
    // (2 %) into it, from the middle of the square's edge (a T junction: measured by GEOS).
    for (const double reach : {5.0, 20.0}) {
        const std::vector<geodata::UnitVersion> units{
            unit("A", one(box(0, 0, 100, 100))),
            unit("B",
                 one({{100, 0}, {200, 0}, {200, 100}, {100, 100}, {100, 60}, {100 - reach, 50}, {100, 40}}))};
        geodata::OverlapCheckCounts counts;
        const auto error = geodata::checkUnitsDisjoint("units.shp", units, fids, &counts);
        EXPECT_EQ(counts.candidates, 1U);
        EXPECT_EQ(counts.measured, 1U);
        if (reach < 10.0) {
            EXPECT_FALSE(error) << error->message;
        } else {
            ASSERT_TRUE(error);
            EXPECT_NE(error->message.find("(0.00 km² in common, 2 % of the smaller)"), std::string::npos)
                << error->message;
        }
    }
}
