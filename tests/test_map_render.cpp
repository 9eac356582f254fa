// Offscreen renders under Xvfb, checked pixel by pixel: the map draws what the model says.
#include "bundled_dataset.hpp"
#include "render/map_renderer.hpp"
#include "render/palette.hpp"
#include "render/stroke.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <gtest/gtest.h>

namespace {

class MapRender : public ::testing::Test {
  protected:
    void SetUp() override {
        if (!fixtures::hasDisplay()) GTEST_SKIP() << "no X display (run under xvfb-run)";
        ASSERT_TRUE(m_texture.create(1280, 720)); // no antialiasing: pixels are exact
    }

    sf::Image renderYear(render::MapRenderer& renderer, render::MapFrame& frame, int year) {
        frame.year = year;
        frame.labels = false;
        frame.camera.fit(fixtures::bundledDataset().bounds, {1280.0F, 720.0F});
        renderer.draw(m_texture, frame);
        m_texture.display();
        return m_texture.getTexture().copyToImage();
    }

    static sf::Color at(const sf::Image& image, sf::Vector2f p) {
        return image.getPixel(static_cast<unsigned>(p.x), static_cast<unsigned>(p.y));
    }

    sf::RenderTexture m_texture;
};

// A screen point over open water: inside the frame, in no unit and no context feature.
std::optional<geodata::Point> findSea(const geodata::Dataset& ds, const render::Camera& camera, int year) {
    for (float y = 20; y < 700; y += 17)
        for (float x = 20; x < 1260; x += 17) {
            const geodata::Point w = camera.toWorld({x, y});
            bool land = ds.unitAt(w, year) != nullptr;
            for (const auto& f : ds.context)
                for (const auto& p : f.polygons) land = land || geodata::polygonContains(p, w);
            if (!land) return w;
        }
    return std::nullopt;
}

} // namespace

TEST_F(MapRender, EveryUnitIsFilledWithItsColourAtItsLabelAnchor) {
    const geodata::Dataset& ds = fixtures::bundledDataset();
    render::MapRenderer renderer(ds, nullptr);
    render::MapFrame frame;
    const sf::Image image = renderYear(renderer, frame, 1952);
    ASSERT_EQ(ds.unitsValidIn(1952).size(), 17U);
    for (const geodata::UnitVersion* u : ds.unitsValidIn(1952)) {
        const sf::Vector2f p = frame.camera.toScreen(u->labelAnchor);
        EXPECT_EQ(at(image, p), renderer.fillColour(u->code)) << u->fullName() << " at " << p.x << "," << p.y;
    }
}

TEST_F(MapRender, OpenWaterHasTheWaterColour) {
    const geodata::Dataset& ds = fixtures::bundledDataset();
    render::MapRenderer renderer(ds, nullptr);
    render::MapFrame frame;
    const sf::Image image = renderYear(renderer, frame, 1952);
    const auto sea = findSea(ds, frame.camera, 1952);
    ASSERT_TRUE(sea.has_value());
    EXPECT_EQ(at(image, frame.camera.toScreen(*sea)), render::palette::kWater);
}

TEST_F(MapRender, NeighboursNeverShareAFill) {
    const geodata::Dataset& ds = fixtures::bundledDataset();
    render::MapRenderer renderer(ds, nullptr);
    ASSERT_FALSE(ds.neighbours.empty());
    for (const auto& [a, b] : ds.neighbours)
        EXPECT_NE(renderer.fillColour(a), renderer.fillColour(b)) << a << " " << b;
}

TEST_F(MapRender, AUnitThatIsGoneIsNotDrawn) {
    const geodata::Dataset& ds = fixtures::bundledDataset();
    render::MapRenderer renderer(ds, nullptr);
    render::MapFrame frame;
    // Nykvarn exists from 1999: before that its anchor shows Södertälje's colour.
    const geodata::UnitVersion* nykvarn = nullptr;
    for (const geodata::UnitVersion* u : ds.unitsValidIn(2009))
        if (u->name == "Nykvarn") nykvarn = u;
    ASSERT_NE(nykvarn, nullptr);
    const sf::Image before = renderYear(renderer, frame, 1990);
    const sf::Vector2f p = frame.camera.toScreen(nykvarn->labelAnchor);
    EXPECT_EQ(at(before, p), renderer.fillColour(ds.unitAt(nykvarn->labelAnchor, 1990)->code));
    const sf::Image after = renderYear(renderer, frame, 2000);
    EXPECT_EQ(at(after, p), renderer.fillColour(nykvarn->code));
}

TEST_F(MapRender, ZoomKeepsThePointUnderTheCursor) {
    render::Camera camera;
    camera.fit(fixtures::bundledDataset().bounds, {1280.0F, 720.0F});
    const sf::Vector2f cursor(300.0F, 200.0F);
    const geodata::Point before = camera.toWorld(cursor);
    camera.zoomAt(cursor, 2.5);
    const geodata::Point after = camera.toWorld(cursor);
    EXPECT_NEAR(before.x, after.x, 1e-6);
    EXPECT_NEAR(before.y, after.y, 1e-6);
}

namespace {

// A segment of a border that exists in `before` and not in `after`, long enough on screen to probe.
std::optional<geodata::Segment> vanishingSegment(const geodata::Dataset& ds, const render::Camera& camera,
                                                 int before, int after) {
    for (const auto& g : ds.borders.groups) {
        if (!g.existsIn(before) || g.existsIn(after)) continue;
        for (const auto& s : g.segments) {
            const sf::Vector2f a = camera.toScreen(s.a), b = camera.toScreen(s.b);
            // Long and axis-aligned enough that its midpoint pixel is on the line, without antialiasing.
            if (std::abs(a.x - b.x) > 12.0F && std::abs(a.y - b.y) < 1.0F) return s;
            if (std::abs(a.y - b.y) > 12.0F && std::abs(a.x - b.x) < 1.0F) return s;
        }
    }
    return std::nullopt;
}

int channelDistance(sf::Color a, sf::Color b) {
    return std::abs(a.r - b.r) + std::abs(a.g - b.g) + std::abs(a.b - b.b);
}

} // namespace

TEST_F(MapRender, AVanishingBorderIsHalfVisibleMidTransition) {
    const geodata::Dataset& ds = fixtures::bundledDataset();
    render::MapRenderer renderer(ds, nullptr);
    render::MapFrame frame;
    frame.camera.fit(ds.bounds, {1280.0F, 720.0F});
    frame.camera.zoomAt({640.0F, 360.0F}, 3.0); // closer, so that segments span many pixels
    const auto segment = vanishingSegment(ds, frame.camera, 1970, 1971);
    ASSERT_TRUE(segment.has_value()) << "no probe-able border vanishes in 1971";
    const geodata::Point mid{(segment->a.x + segment->b.x) / 2, (segment->a.y + segment->b.y) / 2};
    const sf::Vector2f p = frame.camera.toScreen(mid);

    auto pixelAt = [&](std::optional<geodata::Transition> t, int year) {
        frame.year = year;
        frame.transition = t;
        frame.labels = false;
        renderer.draw(m_texture, frame);
        m_texture.display();
        return at(m_texture.getTexture().copyToImage(), p);
    };
    const sf::Color before = pixelAt(std::nullopt, 1970);
    const sf::Color after = pixelAt(std::nullopt, 1971);
    const geodata::UnitVersion* merged = ds.unitAt(mid, 1971);
    ASSERT_NE(merged, nullptr);
    EXPECT_EQ(after, renderer.fillColour(merged->code));
    // The line covers the pixel (wholly without antialiasing, in part with analytic smoothing, which
    // shades the pixel by the share it covers). Mid-transition it fades: half way the pixel is clearly
    // away from both the full border and the bare fill, and the further the transition, the closer
    // the pixel is to the fill.
    EXPECT_GT(channelDistance(before, after), 90) << "the border darkens the pixel";
    std::vector<int> distances;
    for (const float progress : {0.25F, 0.5F, 0.75F}) {
        const sf::Color between = pixelAt(geodata::Transition{1970, 1971, progress}, 1971);
        distances.push_back(channelDistance(between, after));
        if (progress == 0.5F) {
            EXPECT_GT(channelDistance(between, before), 30);
        }
    }
    EXPECT_GT(distances[1], 30);
    EXPECT_GT(distances[0], distances[1]);
    EXPECT_GT(distances[1], distances[2]);
    render::setAntialiasing(render::Antialiasing::None);
    EXPECT_EQ(pixelAt(std::nullopt, 1970), render::palette::kBorder) << "a hard edge covers the pixel whole";
    render::setAntialiasing(render::Antialiasing::Analytic);
    const geodata::BorderGroup* group = nullptr;
    for (const auto& g : ds.borders.groups)
        for (const auto& s : g.segments)
            if (s.a == segment->a && s.b == segment->b) group = &g;
    ASSERT_NE(group, nullptr);
    frame.transition = geodata::Transition{1970, 1971, 0.5F};
    EXPECT_NEAR(renderer.borderOpacity(*group, frame), 0.5F, 1e-6);
}

TEST_F(MapRender, ThemedFillsReplaceThePaletteAndNoDataIsHatched) {
    const geodata::Dataset& ds = fixtures::bundledDataset();
    render::MapRenderer renderer(ds, nullptr);
    render::MapFrame frame;
    const sf::Color known(10, 120, 200);
    const sf::Color unknown(240, 240, 240);
    const auto valid = ds.unitsValidIn(1952);
    frame.fills.assign(ds.units.size(), render::UnitFill{known, false});
    const geodata::UnitVersion& noData = *valid[0];
    const geodata::UnitVersion& withData = *valid[1];
    frame.fills[static_cast<size_t>(noData.id)] = render::UnitFill{unknown, true};
    const sf::Image image = renderYear(renderer, frame, 1952);
    EXPECT_EQ(at(image, frame.camera.toScreen(withData.labelAnchor)), known);
    // Within an 8-pixel run across the anchor some pixels are stripe and some are ground.
    const sf::Vector2f p = frame.camera.toScreen(noData.labelAnchor);
    int ground = 0, stripe = 0;
    for (int dx = 0; dx < 8; ++dx) {
        const sf::Color c = at(image, {p.x + static_cast<float>(dx), p.y});
        (c == unknown ? ground : stripe)++;
    }
    EXPECT_GT(ground, 0);
    EXPECT_GT(stripe, 0);
}

TEST_F(MapRender, SplitViewDrawsTwoYearsSideBySide) {
    const geodata::Dataset& ds = fixtures::bundledDataset();
    render::MapRenderer renderer(ds, nullptr);
    render::MapFrame left, right;
    left.year = 1900;
    right.year = 2009;
    left.labels = right.labels = false;
    left.area = {0, 0, 640, 720};
    right.area = {640, 0, 640, 720};
    left.camera.fit(ds.bounds, {640.0F, 720.0F});
    right.camera.fit(ds.bounds, {640.0F, 720.0F});
    m_texture.clear(sf::Color::Black);
    renderer.draw(m_texture, left);
    renderer.draw(m_texture, right);
    m_texture.display();
    const sf::Image image = m_texture.getTexture().copyToImage();
    for (const geodata::UnitVersion* u : ds.unitsValidIn(1900))
        EXPECT_EQ(at(image, left.camera.toScreen(u->labelAnchor)), renderer.fillColour(u->code)) << u->name;
    for (const geodata::UnitVersion* u : ds.unitsValidIn(2009)) {
        const sf::Vector2f p = right.camera.toScreen(u->labelAnchor) + sf::Vector2f(640.0F, 0.0F);
        EXPECT_EQ(at(image, p), renderer.fillColour(u->code)) << u->name;
    }
}

TEST_F(MapRender, GhostBordersOfAnEarlierYearShowOverTheLaterMap) {
    const geodata::Dataset& ds = fixtures::bundledDataset();
    render::MapRenderer renderer(ds, nullptr);
    render::MapFrame frame;
    frame.camera.fit(ds.bounds, {1280.0F, 720.0F});
    frame.camera.zoomAt({640.0F, 360.0F}, 3.0);
    const auto segment = vanishingSegment(ds, frame.camera, 1951, 2009);
    ASSERT_TRUE(segment.has_value());
    const sf::Vector2f p =
        frame.camera.toScreen({(segment->a.x + segment->b.x) / 2, (segment->a.y + segment->b.y) / 2});
    frame.year = 2009;
    frame.labels = false;
    renderer.draw(m_texture, frame);
    m_texture.display();
    const sf::Color without = at(m_texture.getTexture().copyToImage(), p);
    frame.ghostYear = 1951;
    renderer.draw(m_texture, frame);
    m_texture.display();
    const sf::Color with = at(m_texture.getTexture().copyToImage(), p);
    EXPECT_GT(channelDistance(with, without), 100);
    EXPECT_LT(channelDistance(with, render::palette::kGhost), 60);
}
