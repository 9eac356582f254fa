// The label layout on hand-made units with made-up text sizes (no font, no display): names go inside
// where they fit, beside their units over free space where they do not, in priority order, and never
// over one another, a leader, an overlay or the frame's edge.
#include "boxes.hpp"
#include "label_grid.hpp"
#include "render/label_layout.hpp"
#include "render/label_priority.hpp"

#include <cmath>
#include <gtest/gtest.h>

namespace {

using render::PlacedLabel;
using render::Placement;

bool inFrame(const sf::FloatRect& r, sf::Vector2f size) {
    return r.left >= 0 && r.top >= 0 && r.left + r.width <= size.x && r.top + r.height <= size.y;
}

// Whether the segment passes through the box's inside (sampled every half pixel).
bool crosses(sf::Vector2f a, sf::Vector2f b, const sf::FloatRect& box) {
    const sf::FloatRect inner(box.left + 0.5F, box.top + 0.5F, box.width - 1, box.height - 1);
    const int steps = 2 * static_cast<int>(std::hypot(b.x - a.x, b.y - a.y)) + 1;
    for (int i = 0; i <= steps; ++i)
        if (inner.contains(a + (b - a) * (static_cast<float>(i) / static_cast<float>(steps)))) return true;
    return false;
}

std::vector<render::LabelInput> inputs(const std::vector<geodata::UnitVersion>& units, float letter = 8.0F,
                                       float height = 16.0F) {
    std::vector<render::LabelInput> out;
    for (const geodata::UnitVersion& u : units)
        out.push_back({&u, nullptr, {letter * static_cast<float>(u.name.size()), height}, u.areaM2});
    return out;
}

// A camera where map units are pixels: screen (x, y) is map (x, size.y - y).
render::Camera pixelCamera(sf::Vector2f size) {
    render::Camera camera;
    camera.setViewport(size);
    camera.set({size.x / 2, size.y / 2}, 1.0);
    return camera;
}

bool onLand(const std::vector<geodata::UnitVersion>& units, const render::Camera& camera, sf::Vector2f p) {
    const geodata::Point w = camera.toWorld(p);
    for (const geodata::UnitVersion& u : units)
        for (const geodata::Polygon& polygon : u.polygons)
            if (geodata::polygonContains(polygon, w)) return true;
    return false;
}

} // namespace

TEST(LabelLayout, NameThatFitsGoesInsideOnTheAnchor) {
    const std::vector<geodata::UnitVersion> units{fixtures::squareUnit(0, "Storby", 0, 0, 300, 200)};
    const render::Camera camera = pixelCamera({800, 600});
    const std::vector<PlacedLabel> labels = render::layoutLabels(inputs(units), camera, {800, 600}, {});
    ASSERT_EQ(labels.size(), 1U);
    EXPECT_EQ(labels[0].placement, Placement::Inside);
    EXPECT_EQ(labels[0].unit, 0);
    EXPECT_EQ(labels[0].text, "Storby");
    const sf::Vector2f anchor = camera.toScreen(units[0].labelAnchor);
    EXPECT_NEAR(labels[0].box.left + labels[0].box.width / 2, anchor.x, 0.5F);
    EXPECT_NEAR(labels[0].box.top + labels[0].box.height / 2, anchor.y, 0.5F);
}

TEST(LabelLayout, NameThatSticksOutAtTheAnchorMovesAlongTheUnitAndStaysInside) {
    // An L of two arms 40 px thick; the most open point is the corner, where a 64 px name centred on it
    // would stick out of the left edge. Along the lower arm it fits.
    geodata::UnitVersion u = fixtures::squareUnit(0, "Vinkelby", 0, 0, 200, 200);
    u.polygons = fixtures::one({{0, 0}, {200, 0}, {200, 40}, {40, 40}, {40, 200}, {0, 200}});
    u.labelAnchor = {20, 20};
    u.labelRadius = 20;
    const std::vector<geodata::UnitVersion> units{u};
    const render::Camera camera = pixelCamera({800, 600});
    const std::vector<PlacedLabel> labels = render::layoutLabels(inputs(units), camera, {800, 600}, {});
    ASSERT_EQ(labels.size(), 1U);
    ASSERT_EQ(labels[0].placement, Placement::Inside);
    const sf::FloatRect& b = labels[0].box;
    EXPECT_NE(b.left + b.width / 2, camera.toScreen(u.labelAnchor).x);
    for (float x = b.left; x <= b.left + b.width; x += 1)
        for (float y = b.top; y <= b.top + b.height; y += 1)
            EXPECT_TRUE(onLand(units, camera, {x, y})) << x << "," << y;
}

TEST(LabelLayout, LongNameOfASmallUnitBySeaGetsACalloutOverWater) {
    // A big unit on the left, a small one on its coast; the sea east of both.
    const std::vector<geodata::UnitVersion> units{
        fixtures::squareUnit(0, "Fastland", 100, 100, 400, 500),
        fixtures::squareUnit(1, "Mycket långt namn på en liten kommun", 400, 280, 420, 320)};
    const sf::Vector2f size(900, 600);
    const render::Camera camera = pixelCamera(size);
    const std::vector<PlacedLabel> labels = render::layoutLabels(inputs(units), camera, size, {});
    ASSERT_EQ(labels.size(), 2U);
    EXPECT_EQ(labels[0].placement, Placement::Inside);
    ASSERT_EQ(labels[1].placement, Placement::Callout);
    const PlacedLabel& c = labels[1];
    EXPECT_EQ(c.leaderFrom, camera.toScreen(units[1].labelAnchor));
    // The leader ends on the box's edge.
    const sf::FloatRect& b = c.box;
    EXPECT_TRUE(c.leaderTo.x == b.left || c.leaderTo.x == b.left + b.width || c.leaderTo.y == b.top ||
                c.leaderTo.y == b.top + b.height);
    EXPECT_GE(c.leaderTo.x, b.left);
    EXPECT_LE(c.leaderTo.x, b.left + b.width);
    int water = 0, all = 0;
    for (float x = b.left + 1; x < b.left + b.width; x += 2)
        for (float y = b.top + 1; y < b.top + b.height; y += 2, ++all)
            water += onLand(units, camera, {x, y}) ? 0 : 1;
    EXPECT_GT(water, all * 9 / 10) << water << " of " << all << " samples over water";
    EXPECT_FALSE(fixtures::boxesOverlap(labels[0].box, c.box));
}

TEST(LabelLayout, AnchorOutsideTheFrameIsDroppedWithoutABox) {
    const std::vector<geodata::UnitVersion> units{fixtures::squareUnit(0, "Bortom", 1000, 1000, 1300, 1200)};
    const std::vector<PlacedLabel> labels =
        render::layoutLabels(inputs(units), pixelCamera({800, 600}), {800, 600}, {});
    ASSERT_EQ(labels.size(), 1U);
    EXPECT_EQ(labels[0].placement, Placement::Dropped);
    EXPECT_EQ(labels[0].box.width, 0.0F);
}

TEST(LabelLayout, TheMoreImportantUnitGetsTheOnlyFreePlace) {
    // Two tiny units by each other; overlays leave one strip 50 px high free, with room for one name 30 px
    // high only: a second beside the first would have its leader through the first.
    const sf::Vector2f size(400, 200);
    const render::Camera camera = pixelCamera(size);
    const std::vector<geodata::UnitVersion> units{fixtures::squareUnit(0, "Första", 58, 103, 62, 107),
                                                  fixtures::squareUnit(1, "Andra", 58, 93, 62, 97)};
    const std::vector<sf::FloatRect> obstacles{{0, 0, 400, 75}, {0, 125, 400, 75}};
    for (const int first : {0, 1}) {
        std::vector<render::LabelInput> in = inputs(units);
        for (render::LabelInput& i : in) i.textSize = {150, 30};
        in[static_cast<size_t>(first)].priority = 2;
        in[static_cast<size_t>(1 - first)].priority = 1;
        const std::vector<PlacedLabel> labels = render::layoutLabels(in, camera, size, obstacles);
        ASSERT_EQ(labels.size(), 2U);
        EXPECT_EQ(labels[static_cast<size_t>(first)].placement, Placement::Callout) << "first " << first;
        EXPECT_EQ(labels[static_cast<size_t>(1 - first)].placement, Placement::Dropped) << "first " << first;
    }
}

TEST(LabelLayout, AGridOfTwoThousandUnitsNeverOverlapsAnythingOrLeavesTheFrame) {
    const std::vector<geodata::UnitVersion> units = fixtures::unitGrid(50, 40, 1000.0);
    const sf::Vector2f size(1920, 1080);
    render::Camera camera;
    geodata::Bounds all = geodata::Bounds::empty();
    for (const geodata::UnitVersion& u : units) all.expand(u.bounds);
    camera.fit(all, size, 0.1F);
    const std::vector<sf::FloatRect> obstacles{{0, 0, 420, 160}, {300, 960, 1320, 120}};
    // Squares of about 21 px: names of four letters 5 px wide fit inside, longer ones must go beside.
    const std::vector<PlacedLabel> labels =
        render::layoutLabels(inputs(units, 5.0F, 12.0F), camera, size, obstacles);
    ASSERT_EQ(labels.size(), units.size());
    int inside = 0, callouts = 0, dropped = 0;
    std::vector<const PlacedLabel*> shown;
    for (const PlacedLabel& l : labels) {
        inside += l.placement == Placement::Inside;
        callouts += l.placement == Placement::Callout;
        dropped += l.placement == Placement::Dropped;
        if (l.placement != Placement::Dropped) shown.push_back(&l);
    }
    EXPECT_GT(inside, 50);
    EXPECT_GT(callouts, 0);
    EXPECT_GT(dropped, 0);
    for (size_t i = 0; i < shown.size(); ++i) {
        const PlacedLabel& a = *shown[i];
        EXPECT_TRUE(inFrame(a.box, size)) << a.text << " " << a.unit;
        for (const sf::FloatRect& o : obstacles) EXPECT_FALSE(fixtures::boxesOverlap(a.box, o)) << a.unit;
        for (size_t j = 0; j < shown.size(); ++j) {
            if (i == j) continue;
            const PlacedLabel& b = *shown[j];
            if (j > i) {
                EXPECT_FALSE(fixtures::boxesOverlap(a.box, b.box)) << a.unit << " and " << b.unit;
            }
            if (b.placement == Placement::Callout) {
                EXPECT_FALSE(crosses(b.leaderFrom, b.leaderTo, a.box))
                    << "leader of " << b.unit << " through " << a.unit;
            }
        }
    }
}

TEST(LabelPriority, ByAreaAloneWithoutPopulation) {
    geodata::Dataset ds;
    ds.units = {fixtures::squareUnit(0, "a", 0, 0, 10, 10), fixtures::squareUnit(1, "b", 0, 0, 30, 30),
                fixtures::squareUnit(2, "c", 0, 0, 20, 20)};
    const std::vector<double> p = render::labelPriorities(ds, nullptr);
    ASSERT_EQ(p.size(), 3U);
    EXPECT_GT(p[1], p[2]);
    EXPECT_GT(p[2], p[0]);
}

TEST(LabelPriority, PopulationLiftsASmallPopulousUnit) {
    geodata::Dataset ds;
    ds.units = {fixtures::squareUnit(0, "stad", 0, 0, 10, 10), fixtures::squareUnit(1, "land", 0, 0, 30, 30),
                fixtures::squareUnit(2, "by", 0, 0, 20, 20), fixtures::squareUnit(3, "okänd", 0, 0, 25, 25)};
    geodata::PopulationTable population;
    ASSERT_TRUE(population.add({"U0", 1950, 90000, "test", "", 1}));
    ASSERT_TRUE(population.add({"U1", 1950, 2000, "test", "", 2}));
    ASSERT_TRUE(population.add({"U2", 1950, 1000, "test", "", 3}));
    ASSERT_TRUE(population.add({"U2", 1850, 50000, "test", "", 4})); // before the version: not its figure
    const std::vector<double> p = render::labelPriorities(ds, &population);
    // Areas rank 0, 1, 1/3, 2/3; people 1, 1/2, 0 and unknown.
    EXPECT_DOUBLE_EQ(p[0], 0.0 + 1.0);
    EXPECT_DOUBLE_EQ(p[1], 1.0 + 0.5);
    EXPECT_DOUBLE_EQ(p[2], 1.0 / 3 + 0.0);
    EXPECT_DOUBLE_EQ(p[3], 2.0 / 3 + 2.0 / 3); // no figure: its area rank twice
}
