// sharedAreaWithoutCrossings: the lineage's overlap areas without a polygon overlay, for borders
// that meet only at common vertices. Hand-made cases for each way borders can meet, then every
// pair the lineage looks at in the bundled data and in a generated dataset, against OGR's
// intersection (GEOS's overlay), and the lineage itself against links computed from OGR's areas.
#include "bundled_dataset.hpp"
#include "fixture_writer.hpp"
#include "generator/generator.hpp"
#include "geodata/dataset.hpp"
#include "geodata/shared_area.hpp"
#include "hand_made_shapes.hpp"
#include "ogr_shapes.hpp"
#include "small_generated.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <gtest/gtest.h>
#include <memory>
#include <optional>
#include <set>
#include <tuple>
#include <vector>

namespace {

using geodata::Point;
using geodata::Polygon;
using geodata::Ring;
using geodata::sharedAreaWithoutCrossings;

using fixtures::box;
using fixtures::ogrSharedArea;
using fixtures::one;
using fixtures::toOgr;

// The area, or NaN (which no expectation accepts) when there is no answer without an overlay.
double answer(const std::vector<Polygon>& a, const std::vector<Polygon>& b) {
    return sharedAreaWithoutCrossings(a, b).value_or(std::nan(""));
}

struct PairCheck {
    size_t pairs = 0;
    size_t answered = 0;
};

// Every pair the lineage looks at (the earlier version ends the year before the later one starts,
// and their boxes meet): the answer, when there is one, is OGR's intersection area.
PairCheck checkLineagePairs(const geodata::Dataset& d) {
    std::vector<std::unique_ptr<OGRMultiPolygon>> shapes;
    for (const geodata::UnitVersion& u : d.units) shapes.push_back(toOgr(u.polygons));
    PairCheck check;
    for (const geodata::UnitVersion& later : d.units)
        for (const geodata::UnitVersion& earlier : d.units) {
            if (earlier.toYear != later.fromYear - 1 || !earlier.bounds.intersects(later.bounds)) continue;
            ++check.pairs;
            const std::optional<double> area = sharedAreaWithoutCrossings(earlier.polygons, later.polygons);
            if (!area) continue;
            ++check.answered;
            const double expected = ogrSharedArea(*shapes[static_cast<size_t>(earlier.id)],
                                                  *shapes[static_cast<size_t>(later.id)]);
            EXPECT_NEAR(*area, expected, 1e-9 * std::max(earlier.areaM2, later.areaM2) + 1e-3)
                << earlier.code << " (" << earlier.fromYear << ") into " << later.code << " ("
                << later.fromYear << ")";
        }
    return check;
}

// The lineage links as the rule says (overlap above 1 % of the smaller version), from OGR's areas.
void expectLineageAsOgrSays(const geodata::Dataset& d) {
    std::vector<std::unique_ptr<OGRMultiPolygon>> shapes;
    for (const geodata::UnitVersion& u : d.units) shapes.push_back(toOgr(u.polygons));
    std::set<std::tuple<int, int, int>> expected;
    for (const geodata::UnitVersion& later : d.units)
        for (const geodata::UnitVersion& earlier : d.units) {
            if (earlier.toYear != later.fromYear - 1 || !earlier.bounds.intersects(later.bounds)) continue;
            const double shared = ogrSharedArea(*shapes[static_cast<size_t>(earlier.id)],
                                                *shapes[static_cast<size_t>(later.id)]);
            if (shared > 0.01 * std::min(earlier.areaM2, later.areaM2))
                expected.insert({earlier.id, later.id, later.fromYear});
        }
    std::set<std::tuple<int, int, int>> actual;
    for (const geodata::LineageLink& link : d.lineage.links) actual.insert({link.from, link.to, link.year});
    EXPECT_EQ(actual, expected);
    EXPECT_FALSE(expected.empty());
}

} // namespace

TEST(SharedArea, NeighboursSharingAnEdgeShareNoArea) {
    EXPECT_EQ(sharedAreaWithoutCrossings(one(box(0, 0, 10, 10)), one(box(10, 0, 20, 10))), 0.0);
    // Only a corner in common.
    EXPECT_EQ(sharedAreaWithoutCrossings(one(box(0, 0, 10, 10)), one(box(10, 10, 20, 20))), 0.0);
}

TEST(SharedArea, APartInsideAWholeSharesAllOfItself) {
    // The left half of a square, sharing three of its edges' pieces with the square's vertices.
    const auto whole = one({{0, 0}, {5, 0}, {10, 0}, {10, 10}, {5, 10}, {0, 10}});
    const auto left = one(box(0, 0, 5, 10));
    EXPECT_NEAR(answer(left, whole), 50.0, 1e-9);
    EXPECT_NEAR(answer(whole, left), 50.0, 1e-9);
    // Wholly inside, touching nothing.
    EXPECT_NEAR(answer(one(box(2, 2, 4, 4)), whole), 4.0, 1e-9);
    EXPECT_NEAR(answer(whole, whole), 100.0, 1e-9);
}

TEST(SharedArea, RingDirectionDoesNotMatter) {
    Ring clockwise = box(0, 0, 5, 10);
    std::reverse(clockwise.begin(), clockwise.end());
    const auto whole = one({{0, 0}, {5, 0}, {10, 0}, {10, 10}, {5, 10}, {0, 10}});
    EXPECT_NEAR(answer(one(clockwise), whole), 50.0, 1e-9);
}

TEST(SharedArea, HolesAndEnclaves) {
    // A square with a hole, the enclave that fills the hole, and a bigger version without the hole.
    const auto holed = one(box(0, 0, 10, 10), {box(4, 4, 6, 6)});
    const auto enclave = one(box(4, 4, 6, 6));
    const auto filled = one(box(0, 0, 10, 10));
    EXPECT_EQ(answer(holed, enclave), 0.0);
    EXPECT_NEAR(answer(enclave, filled), 4.0, 1e-9);
    EXPECT_NEAR(answer(holed, filled), 96.0, 1e-9);
    // Two parts (a multipolygon) into one version that covers both, one reaching its corner.
    const std::vector<Polygon> parts{Polygon{box(1, 1, 2, 2), {}},
                                     Polygon{{{9, 9}, {10, 9}, {10, 10}, {9, 10}}, {}}};
    const auto filledWithCorner = one({{0, 0}, {10, 0}, {10, 9}, {10, 10}, {9, 10}, {0, 10}});
    EXPECT_NEAR(answer(parts, filledWithCorner), 2.0, 1e-9);
}

TEST(SharedArea, BordersThatCrossOrTouchMidEdgeNeedAnOverlay) {
    // Crossing: two squares overlapping by a quarter.
    EXPECT_FALSE(sharedAreaWithoutCrossings(one(box(0, 0, 10, 10)), one(box(5, 5, 15, 15))));
    // A vertex in the middle of the other's edge (a T junction).
    EXPECT_FALSE(sharedAreaWithoutCrossings(one(box(0, 0, 10, 10)), one(box(10, 5, 20, 15))));
    // Collinear edges overlapping along part of their length.
    EXPECT_FALSE(sharedAreaWithoutCrossings(one(box(0, 0, 10, 10)), one(box(10, 0, 20, 5))));
    // Not a valid polygon set: the same edge twice.
    const std::vector<Polygon> twice{Polygon{box(0, 0, 10, 10), {}}, Polygon{box(0, 0, 10, 10), {}}};
    EXPECT_FALSE(sharedAreaWithoutCrossings(twice, one(box(0, 0, 10, 10))));
}

TEST(SharedArea, BundledLineagePairsEqualOgrsIntersection) {
    const PairCheck check = checkLineagePairs(fixtures::bundledDataset());
    EXPECT_GT(check.pairs, 20U);
    std::printf("bundled: %zu of %zu pairs without an overlay\n", check.answered, check.pairs);
    expectLineageAsOgrSays(fixtures::bundledDataset());
}

TEST(SharedArea, GeneratedLineagePairsEqualOgrsIntersection) {
    const std::filesystem::path folder = fixtures::freshFolder();
    (void)generator::generateDataset(fixtures::smallGenerated(folder.string(), 4),
                                     [](const std::string&, double) {});
    geodata::LoadResult r = geodata::loadDataset(folder.string(), geodata::LoadOptions{false, {}});
    ASSERT_TRUE(r) << r.error->toString();
    const PairCheck check = checkLineagePairs(*r.dataset);
    // A generated coverage's borders never cross: every pair is answered without an overlay.
    EXPECT_GT(check.pairs, 30U);
    EXPECT_EQ(check.answered, check.pairs);
    expectLineageAsOgrSays(*r.dataset);
    std::filesystem::remove_all(folder);
}
