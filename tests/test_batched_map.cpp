// The renderer draws all fills (and all borders) of a level from one vertex buffer, in few draw
// calls, opaque ones without blending. These tests hold it to the plain way of drawing: every unit
// on its own, in the dataset's order, blended, must give exactly the same pixels; a unit fading in
// mid-transition is blended with the right alpha; and only what is drawn is built.
#include "bundled_dataset.hpp"
#include "differing_pixels.hpp"
#include "render/context_fade.hpp"
#include "render/map_renderer.hpp"
#include "render/palette.hpp"
#include "render/stroke.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <cmath>
#include <functional>
#include <gtest/gtest.h>
#include <optional>
#include <set>

namespace {

constexpr unsigned kWidth = 960, kHeight = 540;

class BatchedMap : public ::testing::Test {
  protected:
    void SetUp() override {
        if (!fixtures::hasDisplay()) GTEST_SKIP() << "no X display (run under xvfb-run)";
        ASSERT_TRUE(m_texture.create(kWidth, kHeight)); // no antialiasing: pixels are exact
    }
    sf::Image render(render::MapRenderer& renderer, const render::MapFrame& frame) {
        renderer.draw(m_texture, frame);
        m_texture.display();
        return m_texture.getTexture().copyToImage();
    }
    sf::RenderTexture m_texture;
};

render::MapFrame frameFor(const geodata::Dataset& ds, int year) {
    render::MapFrame frame;
    frame.year = year;
    frame.labels = false;
    frame.camera.fit(ds.bounds, {kWidth, kHeight});
    return frame;
}

// The map as drawn before batching: context, then one draw per unit fill in dataset order, then
// one per border piece, all with SFML's default alpha blending, from the given level's geometry.
sf::Image renderOneByOne(sf::RenderTexture& texture, const render::MapRenderer& renderer,
                         const geodata::Dataset& ds, const render::MapFrame& frame, size_t level) {
    const render::MapMesh& mesh = renderer.mesh();
    texture.clear(render::palette::kWater);
    texture.setView(frame.camera.viewFor(mesh.origin()));
    auto triangles = [&](const geodata::TriangleList& points, sf::Color colour) {
        std::vector<sf::Vertex> v;
        for (const geodata::Point& p : points) v.emplace_back(mesh.local(p), colour);
        texture.draw(v.data(), v.size(), sf::Triangles);
    };
    for (size_t i = 0; i < ds.context.size(); ++i)
        if (ds.context[i].validIn(frame.year))
            triangles(level == 0 ? ds.context[i].triangles : ds.levels[level - 1].context[i].triangles,
                      render::palette::kContext);
    for (size_t i : mesh.contextOrder()) { // overlapping smooth edges blend in the batch's order
        if (!ds.context[i].validIn(frame.year)) continue;
        const auto& polygons = level == 0 ? ds.context[i].polygons : ds.levels[level - 1].context[i].polygons;
        std::vector<sf::Vertex> lines;
        mesh.appendOutline(polygons, render::palette::kContextBorder, lines);
        render::drawStrokes(texture, lines, render::kBorderWidth);
    }
    // The context land fades out around the data, under the units.
    geodata::Bounds context = geodata::Bounds::empty();
    for (const geodata::ContextFeature& f : ds.context) context.expand(f.bounds);
    if (!ds.context.empty()) {
        const std::vector<sf::Vertex> fade = render::contextFade(
            mesh, ds.bounds, context, frame.camera.visibleWorld(), render::palette::kWater);
        texture.draw(fade.data(), fade.size(), sf::Triangles);
    }
    for (const geodata::UnitVersion& u : ds.units)
        if (u.validIn(frame.year))
            triangles(level == 0 ? u.triangles
                                 : ds.levels[level - 1].units[static_cast<size_t>(u.id)].triangles,
                      renderer.fillColour(u.code));
    // Each piece of border on its own (in the order of the pieces, as the batch has them).
    render::MapMesh ownMesh(ds);
    const render::MeshLevel& pieces = ownMesh.level(level);
    for (const render::BorderPiece& piece : pieces.borders) {
        if (!pieces.network->groups[piece.group].existsIn(frame.year)) continue;
        std::vector<sf::Vertex> lines;
        mesh.appendPiece(pieces, piece, render::palette::kBorder, lines);
        render::drawStrokes(texture, lines, render::kBorderWidth);
    }
    texture.setView(texture.getDefaultView());
    texture.display();
    return texture.getTexture().copyToImage();
}

using fixtures::differingPixels;

} // namespace

TEST_F(BatchedMap, EveryDistinctYearLooksExactlyAsDrawnUnitByUnit) {
    const geodata::Dataset& ds = fixtures::bundledDataset();
    render::MapRenderer renderer(ds, nullptr);
    std::vector<int> years{ds.firstYear()};
    for (int y : ds.changeYears()) years.push_back(y);
    for (bool levelOfDetail : {false, true}) {
        renderer.setDetail({.culling = true, .levelOfDetail = levelOfDetail});
        for (int year : years) {
            const render::MapFrame frame = frameFor(ds, year);
            const sf::Image batched = render(renderer, frame);
            const size_t level = renderer.lastDraw().level;
            EXPECT_EQ(levelOfDetail, level > 0) << year;
            const sf::Image plain = renderOneByOne(m_texture, renderer, ds, frame, level);
            EXPECT_EQ(differingPixels(batched, plain), 0U) << year << " at level " << level;
        }
    }
}

TEST_F(BatchedMap, OneYearsFillsTakeAtMostOneDrawCallPerSpanOfYears) {
    const geodata::Dataset& ds = fixtures::bundledDataset();
    render::MapRenderer renderer(ds, nullptr);
    for (int year : ds.changeYears()) {
        std::set<std::pair<int, int>> spans;
        for (const geodata::UnitVersion* u : ds.unitsValidIn(year)) spans.emplace(u->fromYear, u->toYear);
        (void)render(renderer, frameFor(ds, year));
        EXPECT_EQ(renderer.lastDraw().units, ds.unitsValidIn(year).size()) << year;
        EXPECT_GE(renderer.lastDraw().fillCalls, 1U) << year;
        EXPECT_LE(renderer.lastDraw().fillCalls, spans.size()) << year;
        EXPECT_LT(renderer.lastDraw().borderCalls, renderer.lastDraw().borderPieces) << year;
    }
}

TEST_F(BatchedMap, AUnitFadingInMidTransitionIsBlendedHalfway) {
    const geodata::Dataset& ds = fixtures::bundledDataset();
    render::MapRenderer renderer(ds, nullptr);
    // A change year with a new version whose label anchor lies in an old unit of another colour.
    for (int year : ds.changeYears()) {
        const int before = year - 1;
        for (const geodata::UnitVersion* u : ds.unitsValidIn(year)) {
            if (u->validIn(before)) continue;
            const geodata::UnitVersion* old = ds.unitAt(u->labelAnchor, before);
            if (!old || renderer.fillColour(old->code) == renderer.fillColour(u->code)) continue;
            // The old unit stays fully drawn under the new one only when something replaces it.
            if (!old->validIn(year) && ds.lineage.wentTo(old->id).empty()) continue;
            render::MapFrame frame = frameFor(ds, year);
            frame.transition = geodata::Transition{before, year, 0.5F}; // smoothed: 0.5 too
            const sf::Image mid = render(renderer, frame);
            const sf::Vector2f p = frame.camera.toScreen(u->labelAnchor);
            const sf::Color got = mid.getPixel(static_cast<unsigned>(p.x), static_cast<unsigned>(p.y));
            const sf::Color from = renderer.fillColour(old->code), to = renderer.fillColour(u->code);
            const double alpha = 128.0 / 255.0; // lround(255 × 0.5)
            auto blend = [&](sf::Uint8 a, sf::Uint8 b) { return alpha * b + (1 - alpha) * a; };
            EXPECT_NEAR(got.r, blend(from.r, to.r), 1.0) << u->name;
            EXPECT_NEAR(got.g, blend(from.g, to.g), 1.0) << u->name;
            EXPECT_NEAR(got.b, blend(from.b, to.b), 1.0) << u->name;
            // And the next frame without the transition shows the new colour fully again.
            frame.transition.reset();
            const sf::Image after = render(renderer, frame);
            EXPECT_EQ(after.getPixel(static_cast<unsigned>(p.x), static_cast<unsigned>(p.y)), to) << u->name;
            return;
        }
    }
    FAIL() << "no new unit over an old one of another colour in the bundled data";
}

TEST_F(BatchedMap, ALevelIsBuiltOnlyWhenDrawn) {
    const geodata::Dataset& ds = fixtures::bundledDataset();
    ASSERT_FALSE(ds.levels.empty());
    render::MapRenderer renderer(ds, nullptr);
    for (size_t l = 0; l < renderer.mesh().levelCount(); ++l) EXPECT_FALSE(renderer.mesh().isBuilt(l)) << l;
    (void)render(renderer, frameFor(ds, ds.firstYear()));
    const size_t drawn = renderer.lastDraw().level;
    for (size_t l = 0; l < renderer.mesh().levelCount(); ++l)
        EXPECT_EQ(renderer.mesh().isBuilt(l), l == drawn) << l;
}

TEST_F(BatchedMap, ATransitionFrameMayUseTheNextCoarserLevel) {
    // At a zoom where a level's borders lie between one and two pixels from the true ones, a still
    // frame keeps the finer level and a transition frame takes that one.
    const geodata::Dataset& ds = fixtures::bundledDataset();
    render::MapRenderer renderer(ds, nullptr);
    ASSERT_GE(renderer.mesh().levelCount(), 3U);
    const double coarse = renderer.mesh().tolerance(2);
    ASSERT_LT(renderer.mesh().tolerance(1), coarse / render::kMovingErrorPixels);
    render::MapFrame frame = frameFor(ds, ds.changeYears()[0]);
    frame.camera.set(ds.bounds.center(), 0.95 * render::kMovingErrorPixels / coarse); // coarse: 1.9 px
    (void)render(renderer, frame);
    EXPECT_EQ(renderer.lastDraw().level, 1U);
    frame.transition = geodata::Transition{ds.firstYear(), ds.changeYears()[0], 0.5F};
    (void)render(renderer, frame);
    EXPECT_EQ(renderer.lastDraw().level, 2U);
}

TEST_F(BatchedMap, TheSelectedUnitsOutlineFollowsTheSelection) {
    const geodata::Dataset& ds = fixtures::bundledDataset();
    render::MapRenderer renderer(ds, nullptr);
    render::MapFrame frame = frameFor(ds, ds.firstYear());
    const sf::Image plain = render(renderer, frame);
    const std::vector<const geodata::UnitVersion*> valid = ds.unitsValidIn(frame.year);
    for (const geodata::UnitVersion* u : {valid.front(), valid.back()}) {
        frame.selectedUnit = u->id;
        const sf::Image selected = render(renderer, frame);
        // Dark outline pixels appear, all of them within the unit's bounds (plus the outline's width).
        size_t dark = 0, outside = 0;
        for (unsigned y = 0; y < kHeight; ++y)
            for (unsigned x = 0; x < kWidth; ++x) {
                if (selected.getPixel(x, y) == plain.getPixel(x, y)) continue;
                ++dark;
                const geodata::Point w = frame.camera.toWorld({static_cast<float>(x), static_cast<float>(y)});
                const double slack = 3.0 / frame.camera.scale();
                outside += w.x < u->bounds.minX - slack || w.x > u->bounds.maxX + slack ||
                                   w.y < u->bounds.minY - slack || w.y > u->bounds.maxY + slack
                               ? 1
                               : 0;
            }
        EXPECT_GT(dark, 50U) << u->name;
        EXPECT_EQ(outside, 0U) << u->name << ": the outline of another unit?";
    }
}

TEST_F(BatchedMap, AnUnchangedMapIsCopiedBackAndAnyChangeDrawsItAgain) {
    const geodata::Dataset& ds = fixtures::bundledDataset();
    render::MapRenderer reusing(ds, nullptr);
    render::MapRenderer drawing(ds, nullptr);
    drawing.setDetail({.reuseImage = false});
    const std::vector<int> changes = ds.changeYears();
    ASSERT_GE(changes.size(), 2U);
    render::MapFrame frame = frameFor(ds, ds.firstYear());
    // Two consecutive years with the same units, context features and borders: the same map.
    auto sameMap = [&](int a, int b) {
        for (const geodata::UnitVersion& u : ds.units)
            if (u.validIn(a) != u.validIn(b)) return false;
        for (const geodata::ContextFeature& f : ds.context)
            if (f.validIn(a) != f.validIn(b)) return false;
        for (const geodata::BorderGroup& g : ds.borders.groups)
            if (g.existsIn(a) != g.existsIn(b)) return false;
        return true;
    };
    int quiet = ds.firstYear() + 1;
    while (quiet < ds.lastYear() && !sameMap(quiet - 1, quiet)) ++quiet;
    ASSERT_LT(quiet, ds.lastYear()) << "the test needs two years with the same map";
    const int last = changes.back();
    // Each step changes one thing the map depends on (or nothing), and says whether the image
    // may be reused (nullopt: either).
    struct Step {
        const char* what;
        std::function<void(render::MapFrame&)> change;
        std::optional<bool> reused;
    };
    const std::vector<Step> steps{
        {"first frame", [](render::MapFrame&) {}, false},
        {"the same frame", [](render::MapFrame&) {}, true},
        {"a year", [&](render::MapFrame& f) { f.year = quiet - 1; }, std::nullopt},
        {"the next year, the same map", [&](render::MapFrame& f) { f.year = quiet; }, true},
        {"a change year", [&](render::MapFrame& f) { f.year = changes[0]; }, false},
        {"held", [](render::MapFrame&) {}, true},
        {"mid-transition",
         [&](render::MapFrame& f) {
             f.transition = geodata::Transition{changes[0], changes[1], 0.3F};
         },
         false},
        {"later in it", [&](render::MapFrame& f) { f.transition->progress = 0.6F; }, false},
        {"transition over",
         [&](render::MapFrame& f) {
             f.transition.reset();
             f.year = last;
         },
         false},
        {"ghost borders of the first year", [&](render::MapFrame& f) { f.ghostYear = ds.firstYear(); },
         false},
        {"no ghost", [&](render::MapFrame& f) { f.ghostYear.reset(); }, false},
        {"a unit selected",
         [&](render::MapFrame& f) { f.selectedUnit = ds.unitsValidIn(f.year).front()->id; }, false},
        {"held selected", [](render::MapFrame&) {}, true},
        {"another selected",
         [&](render::MapFrame& f) { f.selectedUnit = ds.unitsValidIn(f.year).back()->id; }, false},
        {"panned a pixel",
         [&](render::MapFrame& f) {
             f.camera.panBy({1.0F, 0.0F});
         },
         false},
        {"zoomed",
         [&](render::MapFrame& f) {
             f.camera.zoomAt({kWidth / 2.0F, kHeight / 2.0F}, 2.0);
         },
         false},
        {"themed fills",
         [&](render::MapFrame& f) {
             for (const geodata::UnitVersion& u : ds.units)
                 f.fills.push_back({sf::Color(200, 10, 10), u.id % 2 == 0});
         },
         false},
        {"held themed", [](render::MapFrame&) {}, true},
    };
    for (const Step& step : steps) {
        step.change(frame);
        const sf::Image got = render(reusing, frame);
        if (step.reused) {
            EXPECT_EQ(reusing.lastDraw().reused, *step.reused) << step.what;
        }
        const sf::Image drawn = render(drawing, frame);
        EXPECT_FALSE(drawing.lastDraw().reused);
        EXPECT_EQ(differingPixels(got, drawn), 0U) << step.what;
    }
}

TEST_F(BatchedMap, ASplitViewIsNeverCopiedBack) {
    const geodata::Dataset& ds = fixtures::bundledDataset();
    render::MapRenderer renderer(ds, nullptr);
    render::MapFrame frame = frameFor(ds, ds.firstYear());
    frame.area = {0, 0, kWidth / 2.0F, kHeight};
    for (int i = 0; i < 2; ++i) {
        (void)render(renderer, frame);
        EXPECT_FALSE(renderer.lastDraw().reused);
    }
}
