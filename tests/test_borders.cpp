// Shared borders: stored once, with the years they exist.
#include "bundled_dataset.hpp"
#include "geodata/dataset.hpp"

#include <gtest/gtest.h>

using geodata::BorderNetwork;
using geodata::UnitVersion;

namespace {

UnitVersion square(int id, const std::string& code, double x0, int from, int to) {
    UnitVersion u;
    u.id = id;
    u.code = code;
    u.fromYear = from;
    u.toYear = to;
    u.polygons = {{{{x0, 0}, {x0 + 10, 0}, {x0 + 10, 10}, {x0, 10}}, {}}};
    return u;
}

const geodata::BorderGroup* groupWith(const BorderNetwork& n, geodata::Point a, geodata::Point b) {
    for (const auto& g : n.groups)
        for (const auto& s : g.segments)
            if ((s.a == a && s.b == b) || (s.a == b && s.b == a)) return &g;
    return nullptr;
}

} // namespace

TEST(Borders, ASharedEdgeIsStoredOnceWithTheUnionOfItsYears) {
    // A and B side by side until 1950; from 1951 a merged AB covers both.
    UnitVersion merged = square(2, "AB", 0, 1951, 9999);
    merged.polygons = {{{{0, 0}, {10, 0}, {20, 0}, {20, 10}, {10, 10}, {0, 10}}, {}}};
    const BorderNetwork n =
        geodata::buildBorders({square(0, "A", 0, 1900, 1950), square(1, "B", 10, 1900, 1950), merged});
    const auto* shared = groupWith(n, {10, 0}, {10, 10});
    ASSERT_NE(shared, nullptr);
    EXPECT_TRUE(shared->existsIn(1950));
    EXPECT_FALSE(shared->existsIn(1951)); // the border between A and B vanishes in the merger
    const auto* outer = groupWith(n, {0, 0}, {0, 10});
    ASSERT_NE(outer, nullptr);
    EXPECT_TRUE(outer->existsIn(1900));
    EXPECT_TRUE(outer->existsIn(2000)); // the outline stays through the merger
    EXPECT_EQ(n.segmentCount(), 7U);    // 4 + 4 - 1 shared, and the merged outline reuses six of them
}

TEST(Borders, BundledDataHasBordersThatVanishAndAppearAtTheReforms) {
    const BorderNetwork& n = fixtures::bundledDataset().borders;
    size_t vanishing1971 = 0, appearing1983 = 0, appearing1999 = 0;
    for (const auto& g : n.groups) {
        if (g.existsIn(1970) && !g.existsIn(1971)) vanishing1971 += g.segments.size();
        if (!g.existsIn(1982) && g.existsIn(1983)) appearing1983 += g.segments.size();
        if (!g.existsIn(1998) && g.existsIn(1999)) appearing1999 += g.segments.size();
    }
    EXPECT_GT(vanishing1971, 50U);
    EXPECT_GT(appearing1983, 10U); // Salem's border with Botkyrka comes back
    EXPECT_GT(appearing1999, 10U); // Nykvarn's border with Södertälje is new
}
