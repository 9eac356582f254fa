// Names on the bundled map as MapRenderer lays them out with the real font: every unit named in every
// change year at exhibition sizes, nothing overlapping, the least important dropped first when the map is
// tiny, and the layout reused while nothing it depends on changes.
#include "boxes.hpp"
#include "bundled_dataset.hpp"
#include "render/fonts.hpp"
#include "render/label_priority.hpp"
#include "render/map_renderer.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <algorithm>
#include <gtest/gtest.h>
#include <map>

namespace {

using render::PlacedLabel;
using render::Placement;

class LabelPlacement : public ::testing::Test {
  protected:
    void SetUp() override {
        if (!fixtures::hasDisplay()) GTEST_SKIP() << "no X display (run under xvfb-run)";
        ASSERT_TRUE(render::loadFont(m_font, render::kSansPath));
    }

    const std::vector<PlacedLabel>& draw(render::MapRenderer& renderer, sf::Vector2u size, int year,
                                         std::vector<sf::FloatRect> obstacles = {}) {
        if (m_texture.getSize() != size) {
            EXPECT_TRUE(m_texture.create(size.x, size.y));
        }
        m_frame.year = year;
        m_frame.camera.fit(fixtures::bundledDataset().bounds, sf::Vector2f(size));
        m_frame.obstacles = std::move(obstacles);
        renderer.draw(m_texture, m_frame);
        return renderer.lastLabels();
    }

    static std::vector<int> years() {
        std::vector<int> out = fixtures::bundledDataset().changeYears();
        out.insert(out.begin(), fixtures::bundledDataset().firstYear());
        return out;
    }

    // Every name shown: inside the frame, over no other name and no obstacle.
    static void expectApart(const std::vector<PlacedLabel>& labels, sf::Vector2u size,
                            const std::vector<sf::FloatRect>& obstacles, int year) {
        for (size_t i = 0; i < labels.size(); ++i) {
            const PlacedLabel& a = labels[i];
            if (a.placement == Placement::Dropped) continue;
            EXPECT_GE(a.box.left, 0) << a.text << " " << year;
            EXPECT_GE(a.box.top, 0) << a.text << " " << year;
            EXPECT_LE(a.box.left + a.box.width, static_cast<float>(size.x)) << a.text << " " << year;
            EXPECT_LE(a.box.top + a.box.height, static_cast<float>(size.y)) << a.text << " " << year;
            for (const sf::FloatRect& o : obstacles)
                EXPECT_FALSE(fixtures::boxesOverlap(a.box, o)) << a.text << " " << year;
            for (size_t j = i + 1; j < labels.size(); ++j)
                if (labels[j].placement != Placement::Dropped) {
                    EXPECT_FALSE(fixtures::boxesOverlap(a.box, labels[j].box))
                        << a.text << " / " << labels[j].text << " " << year;
                }
        }
    }

    sf::Font m_font;
    sf::RenderTexture m_texture;
    render::MapFrame m_frame;
};

} // namespace

TEST_F(LabelPlacement, EveryUnitIsNamedInEveryChangeYearAtExhibitionSizes) {
    const geodata::Dataset& ds = fixtures::bundledDataset();
    render::MapRenderer renderer(ds, &m_font);
    for (const sf::Vector2u size : {sf::Vector2u(1600, 900), sf::Vector2u(1920, 1080)})
        for (const int year : years()) {
            const std::vector<PlacedLabel>& labels = draw(renderer, size, year);
            ASSERT_EQ(labels.size(), ds.unitsValidIn(year).size()) << year;
            for (const PlacedLabel& l : labels) {
                EXPECT_NE(l.placement, Placement::Dropped) << l.text << " in " << year << " at " << size.x;
                EXPECT_TRUE(ds.units[static_cast<size_t>(l.unit)].validIn(year));
                EXPECT_EQ(l.text, ds.units[static_cast<size_t>(l.unit)].name);
            }
            expectApart(labels, size, {}, year);
        }
}

TEST_F(LabelPlacement, NoNameUnderAnOverlay) {
    const geodata::Dataset& ds = fixtures::bundledDataset();
    render::MapRenderer renderer(ds, &m_font);
    const sf::Vector2u size(1920, 1080);
    // Where the year card and the caption go, and a panel over the middle of the map.
    const std::vector<sf::FloatRect> obstacles{{0, 0, 480, 210}, {260, 910, 1400, 170}, {800, 350, 300, 200}};
    for (const int year : years()) {
        const std::vector<PlacedLabel>& labels = draw(renderer, size, year, obstacles);
        expectApart(labels, size, obstacles, year);
        const auto named = std::count_if(labels.begin(), labels.end(), [](const PlacedLabel& l) {
            return l.placement != Placement::Dropped;
        });
        EXPECT_GE(named * 10, static_cast<long>(labels.size()) * 8) << year << ": most still named";
    }
}

TEST_F(LabelPlacement, OnATinyMapTheLeastImportantDropFirst) {
    const geodata::Dataset& ds = fixtures::bundledDataset();
    render::MapRenderer renderer(ds, &m_font);
    const std::vector<double> priority = render::labelPriorities(ds, &fixtures::bundledAtlas().population);
    renderer.setLabelPriority(priority);
    const int year = ds.firstYear();
    const std::vector<PlacedLabel>& labels = draw(renderer, {400, 300}, year);
    std::vector<double> named, dropped;
    for (const PlacedLabel& l : labels)
        (l.placement == Placement::Dropped ? dropped : named)
            .push_back(priority[static_cast<size_t>(l.unit)]);
    ASSERT_FALSE(dropped.empty()) << "400×300 has no room for all names of " << year;
    ASSERT_FALSE(named.empty());
    expectApart(labels, {400, 300}, {}, year);
    // The three most important units keep their names, and the dropped ones are the less important on the
    // whole: inside names go first whatever their priority, so a small unit named inside can outlast a
    // bigger one whose name needed a callout.
    std::vector<double> valid;
    for (const PlacedLabel& l : labels) valid.push_back(priority[static_cast<size_t>(l.unit)]);
    std::sort(valid.rbegin(), valid.rend());
    for (int i = 0; i < 3; ++i)
        EXPECT_NE(std::find(named.begin(), named.end(), valid[static_cast<size_t>(i)]), named.end());
    const auto mean = [](const std::vector<double>& v) {
        double s = 0;
        for (double x : v) s += x;
        return s / static_cast<double>(v.size());
    };
    EXPECT_LT(mean(dropped), mean(named));
}

TEST_F(LabelPlacement, LayoutIsReusedUntilAnInputChanges) {
    const geodata::Dataset& ds = fixtures::bundledDataset();
    render::MapRenderer renderer(ds, &m_font);
    const int year = ds.firstYear();
    const std::vector<PlacedLabel>* first = &draw(renderer, {1280, 720}, year);
    const PlacedLabel* firstData = first->data();
    const std::vector<PlacedLabel> copy = *first;
    // The same frame again: the image is copied back, the labels are still there, not laid out anew.
    EXPECT_EQ(draw(renderer, {1280, 720}, year).data(), firstData);
    EXPECT_TRUE(renderer.lastDraw().reused);
    EXPECT_EQ(renderer.lastLabels().size(), copy.size());
    // An overlay over a name moves it (and the picture is drawn again).
    const PlacedLabel& inside = *std::find_if(
        copy.begin(), copy.end(), [](const PlacedLabel& l) { return l.placement == Placement::Inside; });
    const std::vector<PlacedLabel>& moved = draw(renderer, {1280, 720}, year, {inside.box});
    EXPECT_FALSE(renderer.lastDraw().reused);
    for (const PlacedLabel& l : moved)
        if (l.unit == inside.unit) {
            EXPECT_FALSE(l.placement != Placement::Dropped && fixtures::boxesOverlap(l.box, inside.box));
        }
    // The first layout is still cached (two are kept): going back reuses it.
    EXPECT_EQ(draw(renderer, {1280, 720}, year).data(), firstData);
}

TEST_F(LabelPlacement, MidTransitionTheNamesSwitchAtHalfway) {
    const geodata::Dataset& ds = fixtures::bundledDataset();
    render::MapRenderer renderer(ds, &m_font);
    const std::vector<int> changes = ds.changeYears();
    const int to = changes.front();
    const int from = to - 1;
    for (const float progress : {0.3F, 0.7F}) {
        m_frame.transition = geodata::Transition{from, to, progress};
        const int shown = progress < 0.5F ? from : to;
        const std::vector<PlacedLabel>& labels = draw(renderer, {1280, 720}, to);
        EXPECT_EQ(labels.size(), ds.unitsValidIn(shown).size()) << progress;
        for (const PlacedLabel& l : labels)
            EXPECT_TRUE(ds.units[static_cast<size_t>(l.unit)].validIn(shown)) << l.text << " at " << progress;
    }
}
