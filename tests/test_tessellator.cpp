// geodata::tessellate, GLU's sweep-line tessellator: the triangles cover each polygon exactly (the same
// area, the fewest triangles a triangulation without new points can have), holes stay open, crossing edges
// are split, and what GLU refuses is reported so the loader can fall back to GEOS.
#include "bundled_dataset.hpp"
#include "geodata/tessellator.hpp"
#include "hand_made_shapes.hpp"

#include <gtest/gtest.h>

namespace {

using geodata::Point;
using geodata::Polygon;
using geodata::TriangleList;

using fixtures::box;

// A triangulation of a polygon with V vertices and H holes, adding no vertex, has V + 2H - 2 triangles.
size_t fewestTriangles(const Polygon& polygon) {
    size_t vertices = polygon.outer.size();
    for (const geodata::Ring& hole : polygon.holes) vertices += hole.size();
    return vertices + 2 * polygon.holes.size() - 2;
}

Point centroid(const TriangleList& triangles, size_t first) {
    return {(triangles[first].x + triangles[first + 1].x + triangles[first + 2].x) / 3,
            (triangles[first].y + triangles[first + 1].y + triangles[first + 2].y) / 3};
}

} // namespace

TEST(Tessellator, BoxWithAHoleIsCoveredAroundTheHole) {
    const Polygon polygon{box(0, 0, 1000, 1000), {box(400, 400, 600, 600)}};
    const std::optional<TriangleList> triangles = geodata::tessellate(polygon);
    ASSERT_TRUE(triangles);
    EXPECT_EQ(triangles->size() / 3, fewestTriangles(polygon));
    EXPECT_DOUBLE_EQ(geodata::trianglesArea(*triangles), 1000.0 * 1000 - 200.0 * 200);
    for (size_t t = 0; t < triangles->size(); t += 3) {
        const Point c = centroid(*triangles, t);
        EXPECT_FALSE(c.x > 400 && c.x < 600 && c.y > 400 && c.y < 600)
            << "triangle " << t / 3 << " in the hole";
    }
}

TEST(Tessellator, ClockwiseRingsAreCoveredToo) {
    geodata::Ring clockwise = box(0, 0, 30, 20);
    std::reverse(clockwise.begin(), clockwise.end());
    const std::optional<TriangleList> triangles = geodata::tessellate(Polygon{clockwise, {}});
    ASSERT_TRUE(triangles);
    EXPECT_EQ(triangles->size(), 6U);
    EXPECT_DOUBLE_EQ(geodata::trianglesArea(*triangles), 600.0);
}

TEST(Tessellator, CrossingEdgesAreSplitWhereTheyCross) {
    // A bow tie the loader would have repaired first: GLU makes a vertex at the crossing, (500, 500).
    const Polygon bowTie{{{0, 0}, {1000, 1000}, {1000, 0}, {0, 1000}}, {}};
    const std::optional<TriangleList> triangles = geodata::tessellate(bowTie);
    ASSERT_TRUE(triangles);
    EXPECT_EQ(triangles->size(), 6U);
    EXPECT_DOUBLE_EQ(geodata::trianglesArea(*triangles), 500000.0);
    EXPECT_TRUE(std::any_of(triangles->begin(), triangles->end(),
                            [](Point p) { return p.x == 500.0 && p.y == 500.0; }));
}

TEST(Tessellator, ARingWithoutAreaGivesNoTriangles) {
    const std::optional<TriangleList> triangles =
        geodata::tessellate(Polygon{{{0, 0}, {10, 0}, {20, 0}}, {}});
    ASSERT_TRUE(triangles);
    EXPECT_DOUBLE_EQ(geodata::trianglesArea(*triangles), 0.0);
}

TEST(Tessellator, EveryBundledPolygonIsCoveredExactlyWithTheFewestTriangles) {
    const geodata::Dataset& dataset = fixtures::bundledDataset();
    std::vector<const std::vector<Polygon>*> all;
    for (const geodata::UnitVersion& u : dataset.units) all.push_back(&u.polygons);
    for (const geodata::ContextFeature& c : dataset.context) all.push_back(&c.polygons);
    size_t checked = 0;
    for (const std::vector<Polygon>* polygons : all)
        for (const Polygon& polygon : *polygons) {
            const std::optional<TriangleList> triangles = geodata::tessellate(polygon);
            ASSERT_TRUE(triangles) << "polygon " << checked;
            EXPECT_EQ(triangles->size() / 3, fewestTriangles(polygon)) << "polygon " << checked;
            // Within a square metre: the coordinates are near 6.5·10⁶ m, and the shoelace sums products
            // of them, so both areas round at about 10⁻³ m² per vertex.
            const double area = geodata::polygonArea(polygon);
            EXPECT_NEAR(geodata::trianglesArea(*triangles), area, 1.0) << "polygon " << checked;
            ++checked;
        }
    EXPECT_GT(checked, 60U);
}

TEST(Tessellator, WhatGluRefusesIsReportedForTheFallback) {
    // GLU refuses coordinates beyond 10¹⁵⁰ (GLU_TESS_COORD_TOO_LARGE); the loader never passes any beyond
    // 10⁸, so this is the one way to see the refusal that makes triangulate() use GEOS instead.
    const Polygon far{{{0, 0}, {1e200, 0}, {0, 1e200}}, {}};
    EXPECT_FALSE(geodata::tessellate(far).has_value());
}
