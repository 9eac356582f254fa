// Population views: density classes that are the same in every year, "no data" where no figure exists,
// smooth values between whole years, circles whose area is proportional to the population, and
// offscreen renders under Xvfb that check the pixels.
#include "bundled_dataset.hpp"
#include "render/fonts.hpp"
#include "render/population_layer.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <cmath>
#include <gtest/gtest.h>

namespace {

const geodata::PopulationTable& bundledPopulation() {
    static const geodata::PopulationTable table = [] {
        std::set<std::string> codes;
        for (const auto& u : fixtures::bundledDataset().units) codes.insert(u.code);
        auto r = geodata::loadPopulationCsv(std::string(TIDSATLAS_DATA_DIR) + "/population.csv", codes);
        return r.table;
    }();
    return table;
}

const geodata::UnitVersion* byName(const std::string& name, int year) {
    for (const geodata::UnitVersion* u : fixtures::bundledDataset().unitsValidIn(year))
        if (u->name == name) return u;
    return nullptr;
}

geodata::PopulationTable twoFigures() {
    geodata::PopulationTable t;
    t.add({"X", 1950, 1000, "a", "", 2});
    t.add({"X", 1960, 2000, "b", "", 3});
    return t;
}

} // namespace

TEST(PopulationLayer, DensityOnABreakBelongsToTheClassAbove) {
    EXPECT_EQ(render::densityClass(0), 0);
    EXPECT_EQ(render::densityClass(24.99), 0);
    EXPECT_EQ(render::densityClass(25), 1);
    EXPECT_EQ(render::densityClass(49.99), 1);
    EXPECT_EQ(render::densityClass(50), 2);
    EXPECT_EQ(render::densityClass(100), 3);
    EXPECT_EQ(render::densityClass(250), 4);
    EXPECT_EQ(render::densityClass(499.9), 4);
    EXPECT_EQ(render::densityClass(500), 5);
    EXPECT_EQ(render::densityClass(999.9), 5);
    EXPECT_EQ(render::densityClass(1000), 6);
    EXPECT_EQ(render::densityClass(50000), 6);
}

TEST(PopulationLayer, RampGetsDarkerClassByClassAndNoDataIsOffIt) {
    auto luma = [](sf::Color c) { return 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b; };
    for (int c = 1; c < render::kDensityClasses; ++c)
        EXPECT_LT(luma(render::densityClassColour(c)), luma(render::densityClassColour(c - 1))) << c;
    for (int c = 0; c < render::kDensityClasses; ++c)
        EXPECT_NE(render::densityClassColour(c), render::kNoDataFill);
}

TEST(PopulationLayer, UnitsWithoutFiguresAreNoDataAndOthersGetTheirClass) {
    const geodata::Dataset& ds = fixtures::bundledDataset();
    const auto fills = render::densityFills(ds, bundledPopulation(), 1960);
    ASSERT_EQ(fills.size(), ds.units.size());
    int known = 0, unknown = 0;
    for (const geodata::UnitVersion* u : ds.unitsValidIn(1960)) {
        const render::UnitFill& f = fills[static_cast<size_t>(u->id)];
        const auto value = bundledPopulation().at(u->code, 1960);
        if (!value) {
            EXPECT_TRUE(f.noData) << u->fullName();
            EXPECT_EQ(f.colour, render::kNoDataFill);
            ++unknown;
        } else {
            EXPECT_FALSE(f.noData) << u->fullName();
            EXPECT_EQ(f.colour,
                      render::densityClassColour(render::densityClass(value->value / (u->areaM2 / 1e6))));
            ++known;
        }
    }
    // 1960: Tyresö (exact) and Södertälje stad (interpolated 1950–1970) are known, most are not.
    EXPECT_GE(known, 2);
    EXPECT_GT(unknown, known);
    const geodata::UnitVersion* tyreso = byName("Tyresö", 1960);
    ASSERT_NE(tyreso, nullptr);
    EXPECT_FALSE(fills[static_cast<size_t>(tyreso->id)].noData);
}

TEST(PopulationLayer, PopulationAtInterpolatesBetweenWholeYearsAndSaysSo) {
    const geodata::PopulationTable t = twoFigures();
    const auto exact = render::populationAt(t, "X", 1950.0);
    ASSERT_TRUE(exact);
    EXPECT_DOUBLE_EQ(exact->value, 1000);
    EXPECT_FALSE(exact->interpolated);
    const auto mid = render::populationAt(t, "X", 1955.5);
    ASSERT_TRUE(mid);
    EXPECT_NEAR(mid->value, 1550, 1e-9);
    EXPECT_TRUE(mid->interpolated);
    EXPECT_EQ(mid->fromYear, 1950);
    EXPECT_EQ(mid->toYear, 1960);
    EXPECT_EQ(mid->source, "a | b");
    const auto justAfter = render::populationAt(t, "X", 1950.25);
    ASSERT_TRUE(justAfter);
    EXPECT_NEAR(justAfter->value, 1025, 1e-9);
    EXPECT_TRUE(justAfter->interpolated); // not exactly at the known year any more
    // Continuous across a whole year: no jump as playback passes 1957.
    EXPECT_NEAR(render::populationAt(t, "X", 1956.9999)->value, t.at("X", 1957)->value, 0.05);
    // Outside the known figures nothing is guessed, not even half a year past the last one.
    EXPECT_FALSE(render::populationAt(t, "X", 1960.5));
    EXPECT_FALSE(render::populationAt(t, "X", 1949.5));
    EXPECT_FALSE(render::populationAt(t, "Y", 1955));
    EXPECT_FALSE(render::populationAt(t, "X", std::nan("")));
}

TEST(PopulationLayer, PopulationAtOnTheBundledFiguresMatchesTheTable) {
    // Tyresö has figures for 2003 (40 097) and 2004 (40 605).
    const auto v = render::populationAt(bundledPopulation(), "013800000", 2003.5);
    ASSERT_TRUE(v);
    EXPECT_NEAR(v->value, (40097.0 + 40605.0) / 2, 1e-6);
    EXPECT_TRUE(v->interpolated);
    EXPECT_EQ(render::populationAt(bundledPopulation(), "013800000", 2003)->value, 40097);
}

TEST(PopulationLayer, CircleAreaIsProportionalToPopulation) {
    const render::CircleStyle style;
    const double r1 = render::circleRadiusMetres(10000, style);
    const double r2 = render::circleRadiusMetres(40000, style);
    EXPECT_NEAR((r2 * r2) / (r1 * r1), 4.0, 1e-9);
    // The area on the map is the area the people would cover at the reference density.
    EXPECT_NEAR(M_PI * r1 * r1 / 1e6, 10000 / style.referenceDensity, 1e-9);
    EXPECT_EQ(render::circleRadiusMetres(0, style), 0.0);
    EXPECT_EQ(render::circleRadiusMetres(-5, style), 0.0);
}

TEST(PopulationLayer, CirclesAreLargestFirstAtTheMapScale) {
    const geodata::Dataset& ds = fixtures::bundledDataset();
    render::MapFrame frame;
    frame.camera.fit(ds.bounds, {1600.0F, 900.0F});
    const render::CircleStyle style;
    const auto circles = render::populationCircles(frame, ds, bundledPopulation(), 2008.5, style);
    ASSERT_GE(circles.size(), 8U);
    for (size_t i = 1; i < circles.size(); ++i) EXPECT_GE(circles[i - 1].radius, circles[i].radius);
    for (const render::PopulationCircle& c : circles) {
        const double expected = render::circleRadiusMetres(c.value.value, style) * frame.camera.scale();
        EXPECT_NEAR(c.radius, expected, 1e-3);
        EXPECT_TRUE(c.value.interpolated); // half way between two years
        const auto& u = ds.units[static_cast<size_t>(c.unitId)];
        EXPECT_EQ(c.centre, frame.camera.toScreen(u.labelAnchor));
    }
    // Area ratio of two circles equals the ratio of their populations.
    const double areaRatio = std::pow(circles.front().radius / circles.back().radius, 2);
    EXPECT_NEAR(areaRatio, circles.front().value.value / circles.back().value.value, 1e-3 * areaRatio);
}

TEST(PopulationLayer, ThousandsAreGroupedWithTheLegendSeparator) {
    EXPECT_EQ(render::formatThousands(100000, " "), "100 000");
    EXPECT_EQ(render::formatThousands(1000, ","), "1,000");
    EXPECT_EQ(render::formatThousands(999, " "), "999");
    EXPECT_EQ(render::formatThousands(0, " "), "0");
}

namespace {

class PopulationRender : public ::testing::Test {
  protected:
    void SetUp() override {
        if (!fixtures::hasDisplay()) GTEST_SKIP() << "no X display (run under xvfb-run)";
        ASSERT_TRUE(m_texture.create(1280, 720)); // no antialiasing: pixels are exact
        m_frame.camera.fit(fixtures::bundledDataset().bounds, {1280.0F, 720.0F});
        m_frame.labels = false;
    }
    sf::Image image() {
        m_texture.display();
        return m_texture.getTexture().copyToImage();
    }
    static sf::Color at(const sf::Image& image, sf::Vector2f p) {
        return image.getPixel(static_cast<unsigned>(p.x), static_cast<unsigned>(p.y));
    }
    sf::RenderTexture m_texture;
    render::MapFrame m_frame;
};

} // namespace

TEST_F(PopulationRender, AUnitWithAFigureShowsItsClassColourAtItsAnchor) {
    const geodata::Dataset& ds = fixtures::bundledDataset();
    render::MapRenderer renderer(ds, nullptr);
    m_frame.year = 2009;
    m_frame.fills = render::densityFills(ds, bundledPopulation(), 2009);
    renderer.draw(m_texture, m_frame);
    const sf::Image img = image();
    int checked = 0;
    for (const geodata::UnitVersion* u : ds.unitsValidIn(2009)) {
        const auto v = bundledPopulation().at(u->code, 2009);
        if (!v) continue;
        const sf::Color expected =
            render::densityClassColour(render::densityClass(v->value / (u->areaM2 / 1e6)));
        EXPECT_EQ(at(img, m_frame.camera.toScreen(u->labelAnchor)), expected) << u->fullName();
        ++checked;
    }
    EXPECT_EQ(checked, 8); // all eight municipalities of 2009 have a figure
}

TEST_F(PopulationRender, ACircleShowsOverTheFillAtItsCentre) {
    const geodata::Dataset& ds = fixtures::bundledDataset();
    render::MapRenderer renderer(ds, nullptr);
    m_frame.year = 2009;
    m_frame.fills = render::densityFills(ds, bundledPopulation(), 2009);
    renderer.draw(m_texture, m_frame);
    const sf::Image before = image();
    const render::CircleStyle style;
    render::drawPopulationCircles(m_texture, m_frame, ds, bundledPopulation(), 2009, style);
    const sf::Image after = image();
    const auto circles = render::populationCircles(m_frame, ds, bundledPopulation(), 2009, style);
    ASSERT_FALSE(circles.empty());
    for (const render::PopulationCircle& c : circles) {
        EXPECT_NE(at(after, c.centre), at(before, c.centre)) << ds.units[static_cast<size_t>(c.unitId)].name;
        // Well outside every circle the map is untouched.
    }
    EXPECT_EQ(at(after, {2, 2}), at(before, {2, 2}));
}

TEST_F(PopulationRender, AnInterpolatedCircleHasADashedOutline) {
    geodata::PopulationTable t = twoFigures();
    const geodata::Dataset& ds = fixtures::bundledDataset();
    const geodata::UnitVersion* tyreso = byName("Tyresö", 1955);
    ASSERT_NE(tyreso, nullptr);
    t.add({tyreso->code, 1950, 20000, "s", "", 4});
    t.add({tyreso->code, 1960, 40000, "s", "", 5});
    render::CircleStyle style;
    style.outline = sf::Color(200, 0, 0);
    m_texture.clear(sf::Color::White);
    m_frame.textScale = 2.0F; // wide dashes, easy to probe
    render::drawPopulationCircles(m_texture, m_frame, ds, t, 1955.5, style);
    const sf::Image img = image();
    const auto circles = render::populationCircles(m_frame, ds, t, 1955.5, style);
    ASSERT_EQ(circles.size(), 1U);
    int ink = 0, gap = 0;
    const float r = circles[0].radius + style.outlineThickness * m_frame.textScale / 2;
    for (int i = 0; i < 360; ++i) {
        const double a = i * M_PI / 180;
        const sf::Vector2f p = circles[0].centre + sf::Vector2f(float(std::cos(a)), float(std::sin(a))) * r;
        (at(img, p) == style.outline ? ink : gap)++;
    }
    EXPECT_GT(ink, 60);
    EXPECT_GT(gap, 60);
}

TEST_F(PopulationRender, LegendsFitTheirMeasuredCards) {
    sf::Font font;
    if (!render::loadFont(font, render::kSansPath)) GTEST_SKIP() << "DejaVu Sans not installed";
    m_texture.clear(sf::Color::Black);
    const sf::FloatRect d = render::drawDensityLegend(&m_texture, font, {20, 200}, 1.0F);
    EXPECT_EQ(d, render::drawDensityLegend(nullptr, font, {20, 200}, 1.0F, {}));
    const sf::FloatRect c =
        render::drawCircleLegend(&m_texture, font, {400, 200}, 1.0F, m_frame.camera.scale());
    const sf::Image img = image();
    EXPECT_GT(d.height, 7 * 30.0F);
    EXPECT_GT(c.height, 50.0F);
    // The cards are drawn where they say; outside them the target is untouched.
    EXPECT_NE(at(img, {d.left + 3, d.top + 3}), sf::Color::Black);
    EXPECT_EQ(at(img, {d.left + d.width + 3, d.top + 3}), sf::Color::Black);
    EXPECT_NE(at(img, {c.left + c.width - 3, c.top + c.height - 3}), sf::Color::Black);
    EXPECT_EQ(at(img, {c.left + c.width + 3, c.top + 3}), sf::Color::Black);
}
