// geodata::TriangleList: it reads back exactly the triangle soup it was made from, point for point and bit
// for bit, however its corners are stored (16- or 32-bit indices), and it holds each corner once: a loaded
// dataset's triangles take well under the 48 bytes a triangle that three stored points took
// (docs/PERFORMANCE.md, "Memory at country scale (part 8)").
#include "bundled_dataset.hpp"
#include "dataset_codec.hpp"
#include "geodata/tessellator.hpp"
#include "hand_made_shapes.hpp"

#include <bit>
#include <gtest/gtest.h>

namespace {

using geodata::Point;
using geodata::TriangleList;

std::vector<Point> soupOf(const TriangleList& triangles) { return {triangles.begin(), triangles.end()}; }

bool sameBits(const std::vector<Point>& a, const std::vector<Point>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (std::bit_cast<std::uint64_t>(a[i].x) != std::bit_cast<std::uint64_t>(b[i].x) ||
            std::bit_cast<std::uint64_t>(a[i].y) != std::bit_cast<std::uint64_t>(b[i].y))
            return false;
    return true;
}

// A fan of `n` triangles around the origin with n + 1 distinct rim points.
std::vector<Point> fan(size_t n, double offset) {
    std::vector<Point> soup;
    for (size_t i = 0; i < n; ++i) {
        soup.push_back({offset, offset});
        soup.push_back({offset + static_cast<double>(i), offset + 1.0});
        soup.push_back({offset + static_cast<double>(i + 1), offset + 1.0});
    }
    return soup;
}

} // namespace

TEST(TriangleList, ReadsBackTheSoupItWasMadeFromBitForBit) {
    const std::vector<Point> soup = {{0, 0}, {1, 0},    {0, 1},   {1, 0}, {1, 1},
                                     {0, 1}, {-0.0, 0}, {0.0, 2}, {1, 0}};
    const TriangleList triangles = TriangleList::fromSoup(soup);
    ASSERT_EQ(triangles.size(), soup.size());
    EXPECT_TRUE(sameBits(soupOf(triangles), soup)) << "-0.0 stays -0.0, every point where it was";
    EXPECT_EQ(triangles.corners().size(), 6U) << "(0,0) and (-0,0) are different bits, so both are kept";
    for (size_t i = 0; i < soup.size(); ++i) EXPECT_EQ(triangles[i], soup[i]) << i;
    EXPECT_EQ(triangles.end() - triangles.begin(), static_cast<std::ptrdiff_t>(soup.size()));
}

TEST(TriangleList, ManyCornersSwitchToWideIndicesAndStillReadTheSame) {
    // 40 000 + 40 000 distinct corners: each part fits 16-bit indices, together they do not.
    const std::vector<Point> first = fan(40000, 0.0);
    const std::vector<Point> second = fan(40000, 1e6);
    TriangleList triangles = TriangleList::fromSoup(first);
    EXPECT_FALSE(triangles.smallIndices().empty());
    EXPECT_TRUE(triangles.largeIndices().empty());
    triangles.append(TriangleList::fromSoup(second));
    EXPECT_TRUE(triangles.smallIndices().empty());
    EXPECT_EQ(triangles.largeIndices().size(), first.size() + second.size());
    std::vector<Point> both = first;
    both.insert(both.end(), second.begin(), second.end());
    EXPECT_TRUE(sameBits(soupOf(triangles), both));
    EXPECT_TRUE(triangles == TriangleList::fromSoup(both)) << "the same triangles, however they were built";
}

TEST(TriangleList, StorageThatNamesAMissingCornerIsRefused) {
    EXPECT_FALSE(TriangleList::fromStorage({{0, 0}, {1, 0}}, {0, 1, 2}, {}).has_value());
    EXPECT_FALSE(TriangleList::fromStorage({{0, 0}, {1, 0}, {0, 1}}, {}, {0, 1, 2}).has_value())
        << "few corners are always named by 16-bit indices";
    EXPECT_FALSE(TriangleList::fromIndices({{0, 0}, {1, 0}}, {0, 1, 7}).has_value());
    const std::optional<TriangleList> fine =
        TriangleList::fromStorage({{0, 0}, {1, 0}, {0, 1}}, {0, 1, 2}, {});
    ASSERT_TRUE(fine);
    EXPECT_DOUBLE_EQ(geodata::trianglesArea(*fine), 0.5);
}

TEST(TriangleList, CornersNoTriangleUsesAreNotKept) {
    const std::optional<TriangleList> triangles =
        TriangleList::fromIndices({{9, 9}, {0, 0}, {1, 0}, {8, 8}, {0, 1}}, {1, 2, 4});
    ASSERT_TRUE(triangles);
    EXPECT_EQ(triangles->corners().size(), 3U);
    EXPECT_TRUE(sameBits(soupOf(*triangles), {{0, 0}, {1, 0}, {0, 1}}));
}

TEST(TriangleList, ATessellatedPolygonKeepsEachVertexOnce) {
    const geodata::Polygon polygon{fixtures::box(0, 0, 1000, 1000), {fixtures::box(400, 400, 600, 600)}};
    const std::optional<TriangleList> triangles = geodata::tessellate(polygon);
    ASSERT_TRUE(triangles);
    EXPECT_EQ(triangles->corners().size(), 8U) << "the eight vertices of the two rings";
    EXPECT_EQ(triangles->size(), 3U * 8U);
}

TEST(TriangleList, ALoadedDatasetsTrianglesTakeUnder24BytesATriangle) {
    // Three stored points took 48 bytes a triangle; each corner once (16 bytes, used by about three
    // triangles) and three 16-bit indices take about 22. At country scale that is 43 MB less.
    const geodata::Dataset& dataset = fixtures::bundledDataset();
    size_t bytes = 0;
    size_t corners = 0;
    auto add = [&](const TriangleList& t) {
        bytes += t.heapBytes();
        corners += t.size();
    };
    for (const geodata::UnitVersion& u : dataset.units) add(u.triangles);
    for (const geodata::ContextFeature& c : dataset.context) add(c.triangles);
    for (const geodata::DetailLevel& level : dataset.levels) {
        for (const geodata::SimplifiedShape& s : level.units) add(s.triangles);
        for (const geodata::SimplifiedShape& s : level.context) add(s.triangles);
    }
    ASSERT_GT(corners, 30000U);
    EXPECT_LT(static_cast<double>(bytes) / static_cast<double>(corners / 3), 24.0);
}

TEST(TriangleList, TheCacheCodecReadsBackTheSameTriangles) {
    const geodata::Dataset& dataset = fixtures::bundledDataset();
    const std::string bytes = geodata::encodeDataset(dataset);
    // Read in small pieces, as the cache reads its file: the same dataset as from memory.
    size_t at = 0;
    geodata::BinaryReader pieces(
        [&](char* into, size_t size) {
            std::memcpy(into, bytes.data() + at, size);
            at += size;
        },
        bytes.size());
    const geodata::Dataset back = geodata::decodeDataset(pieces);
    EXPECT_EQ(at, bytes.size());
    ASSERT_EQ(back.units.size(), dataset.units.size());
    for (size_t i = 0; i < dataset.units.size(); ++i)
        EXPECT_TRUE(sameBits(soupOf(back.units[i].triangles), soupOf(dataset.units[i].triangles))) << i;
    // And written through a sink, a chunk at a time, the same bytes as in one string.
    std::string streamed;
    geodata::BinaryWriter sink([&](const char* data, size_t size) { streamed.append(data, size); });
    geodata::encodeDataset(dataset, sink);
    EXPECT_EQ(streamed, bytes);
}
