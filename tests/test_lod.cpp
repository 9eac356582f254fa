// Levels of detail and culling: a simplified level keeps the map's area and its shared borders
// (no gaps, no overlaps between neighbours), gets lighter level by level, is picked from the zoom,
// and what lies off screen is not drawn while what is on screen looks exactly the same.
#include "bundled_dataset.hpp"
#include "differing_pixels.hpp"
#include "fixture_writer.hpp"
#include "render/map_renderer.hpp"
#include "small_generated.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <cmath>
#include <filesystem>
#include <gtest/gtest.h>
#include <map>
#include <memory>
#include <set>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wshadow"
#include <ogr_geometry.h>
#pragma GCC diagnostic pop

namespace {

using geodata::Polygon;

// Every year in which the map changes, and the first: each distinct map once.
std::vector<int> distinctYears(const geodata::Dataset& ds) {
    std::vector<int> years{ds.firstYear()};
    for (int y : ds.changeYears()) years.push_back(y);
    return years;
}

size_t vertexCount(const std::vector<Polygon>& polygons) {
    size_t n = 0;
    for (const Polygon& p : polygons) {
        n += p.outer.size();
        for (const auto& hole : p.holes) n += hole.size();
    }
    return n;
}

// The polygons of every unit valid in `year`, at level 0 (full) or a simplified level (1, 2, …).
std::vector<const std::vector<Polygon>*> polygonsIn(const geodata::Dataset& ds, size_t level, int year) {
    std::vector<const std::vector<Polygon>*> out;
    for (const geodata::UnitVersion& u : ds.units)
        if (u.validIn(year))
            out.push_back(level == 0 ? &u.polygons
                                     : &ds.levels[level - 1].units[static_cast<size_t>(u.id)].polygons);
    return out;
}

std::unique_ptr<OGRPolygon> toOgr(const Polygon& polygon) {
    auto ring = [](const geodata::Ring& r) {
        auto out = std::make_unique<OGRLinearRing>();
        for (const geodata::Point& p : r) out->addPoint(p.x, p.y);
        out->closeRings();
        return out;
    };
    auto out = std::make_unique<OGRPolygon>();
    out->addRingDirectly(ring(polygon.outer).release());
    for (const auto& hole : polygon.holes) out->addRingDirectly(ring(hole).release());
    return out;
}

struct Coverage {
    double sumOfAreas = 0;
    double unionArea = 0;
    int unionRings = 0; // outer rings and holes of the union: a gap between neighbours adds one
    bool valid = true;  // every unit's polygons are valid
};

Coverage coverageOf(const std::vector<const std::vector<Polygon>*>& units) {
    Coverage c;
    OGRMultiPolygon all;
    for (const std::vector<Polygon>* polygons : units)
        for (const Polygon& p : *polygons) {
            auto g = toOgr(p);
            c.sumOfAreas += g->get_Area();
            c.valid = c.valid && g->IsValid();
            all.addGeometryDirectly(g.release());
        }
    std::unique_ptr<OGRGeometry> merged(all.UnionCascaded());
    if (!merged) return c;
    // By type: a multipolygon is not an OGRSurface (toSurface() on it is undefined behaviour; UBSan).
    if (wkbFlatten(merged->getGeometryType()) == wkbMultiPolygon) {
        c.unionArea = merged->toMultiPolygon()->get_Area();
        for (const OGRPolygon* part : *merged->toMultiPolygon())
            c.unionRings += 1 + part->getNumInteriorRings();
    } else if (wkbFlatten(merged->getGeometryType()) == wkbPolygon) {
        c.unionArea = merged->toPolygon()->get_Area();
        c.unionRings = 1 + merged->toPolygon()->getNumInteriorRings();
    }
    return c;
}

} // namespace

TEST(DetailLevels, TheBundledDataHasCoarserAndCoarserLevels) {
    const geodata::Dataset& ds = fixtures::bundledDataset();
    ASSERT_FALSE(ds.levels.empty());
    size_t previous = 0;
    for (const geodata::UnitVersion& u : ds.units) previous += vertexCount(u.polygons);
    double tolerance = 0;
    for (size_t l = 0; l < ds.levels.size(); ++l) {
        const geodata::DetailLevel& level = ds.levels[l];
        ASSERT_EQ(level.units.size(), ds.units.size());
        ASSERT_EQ(level.context.size(), ds.context.size());
        EXPECT_GT(level.tolerance, tolerance);
        tolerance = level.tolerance;
        size_t count = 0;
        for (const geodata::SimplifiedShape& s : level.units) count += vertexCount(s.polygons);
        EXPECT_LT(count, previous) << "level " << l + 1 << " has fewer vertices than the one before";
        std::printf("level %zu: tolerance %.1f map units, %zu unit vertices, %zu border segments\n", l + 1,
                    level.tolerance, count, level.borders.segmentCount());
        EXPECT_LT(level.borders.segmentCount(), ds.borders.segmentCount());
        previous = count;
    }
}

TEST(DetailLevels, EveryLevelKeepsTheAreaOfEveryYearWithinHalfAPercent) {
    const geodata::Dataset& ds = fixtures::bundledDataset();
    for (int year : distinctYears(ds)) {
        double full = 0;
        for (const auto* polygons : polygonsIn(ds, 0, year))
            for (const Polygon& p : *polygons) full += geodata::polygonArea(p);
        for (size_t l = 1; l <= ds.levels.size(); ++l) {
            double area = 0;
            double triangles = 0;
            for (const geodata::UnitVersion* u : ds.unitsValidIn(year)) {
                const geodata::SimplifiedShape& s = ds.levels[l - 1].units[static_cast<size_t>(u->id)];
                for (const Polygon& p : s.polygons) area += geodata::polygonArea(p);
                triangles += geodata::trianglesArea(s.triangles);
            }
            EXPECT_NEAR(area, full, 0.005 * full) << "year " << year << " level " << l;
            EXPECT_NEAR(triangles, area, 1e-6 * area)
                << "the triangles cover the simplified polygons, year " << year << " level " << l;
        }
    }
}

// Every level of every distinct year: valid polygons, no overlaps, no gaps.
void expectSharedBordersKept(const geodata::Dataset& ds) {
    for (int year : distinctYears(ds)) {
        const Coverage full = coverageOf(polygonsIn(ds, 0, year));
        for (size_t l = 1; l <= ds.levels.size(); ++l) {
            SCOPED_TRACE("year " + std::to_string(year) + ", level " + std::to_string(l));
            const Coverage level = coverageOf(polygonsIn(ds, l, year));
            EXPECT_TRUE(level.valid) << "simplified polygons are valid";
            // Overlaps: the union would be smaller than the sum of the parts.
            EXPECT_NEAR(level.unionArea, level.sumOfAreas, 1e-7 * level.sumOfAreas);
            // Gaps: a sliver between neighbours would be a hole in the union that the full map has not.
            EXPECT_EQ(level.unionRings, full.unionRings);
        }
    }
}

TEST(DetailLevels, NeighboursKeepSharingTheirBordersWithoutGapsOrOverlaps) {
    expectSharedBordersKept(fixtures::bundledDataset());
}

TEST(DetailLevels, GeneratedNeighboursKeepSharingTheirBordersToo) {
    // Voronoi cells with jagged borders: many small units whose chains, simplified alone, would cut
    // across their neighbours, so the conflict check is exercised here.
    const std::filesystem::path folder = fixtures::freshFolder();
    (void)generator::generateDataset(fixtures::smallGenerated(folder.string(), 5),
                                     [](const std::string&, double) {});
    const geodata::LoadResult r = geodata::loadDataset(folder.string(), geodata::LoadOptions{false, {}});
    ASSERT_TRUE(r.dataset) << r.error->toString();
    ASSERT_FALSE(r.dataset->levels.empty());
    expectSharedBordersKept(*r.dataset);
}

TEST(DetailLevels, AYearsBordersAtALevelAreTheOutlinesOfItsUnits) {
    // Every simplified segment of a unit in `year` is either shared with one neighbour (drawn once)
    // or on the outside: the same border network the renderer draws for that level.
    const geodata::Dataset& ds = fixtures::bundledDataset();
    for (size_t l = 1; l <= ds.levels.size(); ++l) {
        const geodata::DetailLevel& level = ds.levels[l - 1];
        for (int year : distinctYears(ds)) {
            size_t unitSegments = 0;
            for (const auto* polygons : polygonsIn(ds, l, year)) unitSegments += vertexCount(*polygons);
            size_t borderSegments = 0;
            for (const geodata::BorderGroup& g : level.borders.groups)
                if (g.existsIn(year)) borderSegments += g.segments.size();
            // Shared segments count twice among the units' rings and once in the network.
            EXPECT_LE(borderSegments, unitSegments) << "year " << year << " level " << l;
            EXPECT_GE(2 * borderSegments, unitSegments) << "year " << year << " level " << l;
        }
    }
}

namespace {

class Culling : public ::testing::Test {
  protected:
    void SetUp() override {
        if (!fixtures::hasDisplay()) GTEST_SKIP() << "no X display (run under xvfb-run)";
        ASSERT_TRUE(m_texture.create(kWidth, kHeight));
    }
    sf::Image render(render::MapRenderer& renderer, const render::MapFrame& frame) {
        renderer.draw(m_texture, frame);
        m_texture.display();
        return m_texture.getTexture().copyToImage();
    }
    static constexpr unsigned kWidth = 960, kHeight = 540;
    sf::RenderTexture m_texture;
};

using fixtures::differingPixels;

} // namespace

TEST_F(Culling, AnOffScreenUnitCostsNoDrawAndTheScreenLooksTheSame) {
    const geodata::Dataset& ds = fixtures::bundledDataset();
    const int year = ds.firstYear();
    const std::vector<const geodata::UnitVersion*> valid = ds.unitsValidIn(year);
    render::MapRenderer renderer(ds, nullptr);
    render::MapFrame frame;
    frame.year = year;
    frame.labels = false;
    frame.camera.fit(ds.bounds, {kWidth, kHeight});
    // Zoom into the first unit's label: most of the map is now off screen.
    frame.camera.zoomAt(frame.camera.toScreen(valid.front()->labelAnchor), 8.0);
    const geodata::Bounds visible = frame.camera.visibleWorld();
    size_t inView = 0;
    for (const geodata::UnitVersion* u : valid) inView += u->bounds.intersects(visible) ? 1 : 0;
    ASSERT_LT(inView, valid.size()) << "the test needs a unit off screen";

    renderer.setDetail({.culling = false, .levelOfDetail = false});
    const sf::Image everything = render(renderer, frame);
    EXPECT_EQ(renderer.lastDraw().units, valid.size());
    const size_t allPieces = renderer.lastDraw().borderPieces;

    renderer.setDetail({.culling = true, .levelOfDetail = false});
    const sf::Image culled = render(renderer, frame);
    EXPECT_EQ(renderer.lastDraw().level, 0U);
    EXPECT_LE(renderer.lastDraw().units, inView) << "off-screen units are not drawn";
    EXPECT_GE(renderer.lastDraw().units, 1U);
    EXPECT_LT(renderer.lastDraw().borderPieces, allPieces) << "nor are off-screen border pieces";
    EXPECT_EQ(differingPixels(everything, culled), 0U) << "culling changes no pixel";
}

TEST_F(Culling, TheLevelFollowsTheZoomAndLooksAlmostTheSame) {
    const geodata::Dataset& ds = fixtures::bundledDataset();
    ASSERT_FALSE(ds.levels.empty());
    render::MapRenderer renderer(ds, nullptr);
    render::MapFrame frame;
    frame.year = ds.firstYear();
    frame.labels = false;
    frame.camera.fit(ds.bounds, {kWidth, kHeight});
    const sf::Image simplified = render(renderer, frame);
    const size_t fitted = renderer.lastDraw().level;
    EXPECT_GE(fitted, 1U) << "the whole map in view uses a simplified level";
    EXPECT_LE(ds.levels[fitted - 1].tolerance, 1.0 / frame.camera.scale()) << "within a pixel";

    renderer.setDetail({.culling = true, .levelOfDetail = false});
    const sf::Image full = render(renderer, frame);
    // Borders move by at most a pixel: only pixels along borders may differ.
    EXPECT_LT(differingPixels(simplified, full), kWidth * kHeight / 20);

    renderer.setDetail({});
    frame.camera.zoomAt({kWidth / 2.0F, kHeight / 2.0F}, 0.25);
    (void)render(renderer, frame);
    EXPECT_GT(renderer.lastDraw().level, fitted) << "zoomed out, a coarser level";
    frame.camera.zoomAt({kWidth / 2.0F, kHeight / 2.0F}, 4.0 * 16.0);
    (void)render(renderer, frame);
    EXPECT_EQ(renderer.lastDraw().level, 0U) << "zoomed in, the full geometry";
}
