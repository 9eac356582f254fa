// The temporal model read from the bundled Södertörn data: counts, triangulation, hit tests, lineage.
#include "bundled_dataset.hpp"
#include "geodata/dataset.hpp"

#include <algorithm>
#include <gtest/gtest.h>
#include <set>

using geodata::Dataset;
using geodata::UnitVersion;

namespace {

const Dataset& bundled() { return fixtures::bundledDataset(); }

const UnitVersion& version(const std::string& name, int year) {
    for (const UnitVersion* u : bundled().unitsValidIn(year))
        if (u->name == name) return *u;
    throw std::runtime_error("no " + name + " in " + std::to_string(year));
}

std::set<std::string> predecessorNames(const UnitVersion& u) {
    std::set<std::string> names;
    for (const auto& link : bundled().lineage.cameFrom(u.id))
        names.insert(bundled().units[static_cast<size_t>(link.from)].name);
    return names;
}

} // namespace

TEST(Dataset, LoadsEveryRecordWithoutFatalWarnings) {
    EXPECT_EQ(bundled().units.size(), 54U);
    EXPECT_GT(bundled().context.size(), 0U);
}

TEST(Dataset, UnitCountsPerYearMatchTheHistory) {
    const std::pair<int, size_t> expected[] = {{1900, 27}, {1952, 17}, {1971, 9},
                                               {1974, 6},  {1983, 7},  {2009, 8}};
    for (auto [year, count] : expected)
        EXPECT_EQ(bundled().unitsValidIn(year).size(), count) << "year " << year;
}

TEST(Dataset, TriangulatedAreaEqualsPolygonAreaWithinHalfAPercent) {
    for (const UnitVersion& u : bundled().units) {
        const double tri = geodata::trianglesArea(u.triangles);
        EXPECT_NEAR(tri, u.areaM2, u.areaM2 * 0.005) << u.fullName() << " " << u.fromYear;
    }
}

TEST(Dataset, LabelAnchorHitsItsOwnUnit) {
    for (const UnitVersion& u : bundled().units) {
        const int year = std::max(u.fromYear, 1863);
        const UnitVersion* hit = bundled().unitAt(u.labelAnchor, year);
        ASSERT_NE(hit, nullptr) << u.fullName() << " " << year;
        EXPECT_EQ(hit->id, u.id) << u.fullName() << " " << year;
        EXPECT_GT(u.labelRadius, 0.0);
    }
}

TEST(Dataset, PointOutsideEveryUnitHitsNothing) {
    const auto& b = bundled().bounds;
    EXPECT_EQ(bundled().unitAt({b.minX - 1000, b.minY - 1000}, 1952), nullptr);
}

TEST(Lineage, HaningeCameFromOsterhaningeAndVasterhaninge) {
    EXPECT_EQ(predecessorNames(version("Haninge", 1971)),
              (std::set<std::string>{"Österhaninge", "Västerhaninge"}));
}

TEST(Lineage, JarnaCameFromOverjarnaVardingeAndYtterjarna) {
    EXPECT_EQ(predecessorNames(version("Järna", 1952)),
              (std::set<std::string>{"Överjärna", "Vårdinge", "Ytterjärna"}));
}

TEST(Lineage, NykvarnCameFromSodertalje) {
    EXPECT_EQ(predecessorNames(version("Nykvarn", 1999)), (std::set<std::string>{"Södertälje"}));
}

TEST(Lineage, SalemCameFromBotkyrka) {
    EXPECT_EQ(predecessorNames(version("Salem", 1983)), (std::set<std::string>{"Botkyrka"}));
}

TEST(Lineage, SodertaljeWentToNykvarnAndItsOwnNextVersion) {
    const UnitVersion& before = version("Södertälje", 1998);
    std::set<std::string> names;
    for (const auto& link : bundled().lineage.wentTo(before.id))
        names.insert(bundled().units[static_cast<size_t>(link.to)].name);
    EXPECT_EQ(names, (std::set<std::string>{"Södertälje", "Nykvarn"}));
}

TEST(Dataset, ChangeYearsIncludeTheReforms) {
    const auto years = bundled().changeYears();
    for (int y : {1952, 1971, 1974, 1983, 1999})
        EXPECT_NE(std::find(years.begin(), years.end(), y), years.end()) << y;
}
