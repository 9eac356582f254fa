// The picture's layout rules (the issue "an exhibition-grade picture"), asserted on the layout report of
// real frames: every year in which the map changes, the bundled data and generated data, at 1280×720,
// 1600×900, 1920×1080 and portrait 1080×1920, in Swedish and English, in all three views. Nothing drawn
// over the map may sit on a unit, no name may overlap another name or an overlay or leave the frame, and
// from 1600×900 up every unit of the bundled data is named. The map's framing stays the same in every year.
#include "bundled_dataset.hpp"
#include "fixture_writer.hpp"
#include "generator/generator.hpp"
#include "layout_rules.hpp"
#include "scene_harness.hpp"
#include "small_generated.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <gtest/gtest.h>
#include <numeric>
#include <tuple>

namespace {

using app::Language;
using app::MapView;

std::vector<int> yearsOfChange(const geodata::Dataset& d) {
    std::vector<int> years{d.firstYear()};
    for (int y : d.changeYears())
        if (y > d.firstYear() && y <= d.lastYear()) years.push_back(y);
    return years;
}

struct Tally {
    int pictures = 0, unnamed = 0;
};

// Draws every year of change in every view and checks each picture's report. `allNamed`: no unit may be
// left without its name.
void checkAllPictures(const app::Atlas& atlas, sf::Vector2u size, Language language, bool allNamed,
                      Tally& tally) {
    const app::Strings strings = app::loadAppStrings(language);
    sf::RenderTexture target;
    ASSERT_TRUE(target.create(size.x, size.y));
    const sf::Vector2f pixels(static_cast<float>(size.x), static_cast<float>(size.y));
    for (MapView view : {MapView::Units, MapView::Density, MapView::Circles}) {
        fixtures::SceneHarness scene(atlas, strings);
        scene.choices.view = view;
        std::optional<render::Camera> framing;
        for (int year : yearsOfChange(atlas.dataset)) {
            SCOPED_TRACE("year " + std::to_string(year) + ", view " + std::to_string(static_cast<int>(view)));
            scene.setYear(year);
            scene.fitCamera(pixels);
            // The framing does not jump between years.
            if (!framing) framing = scene.choices.camera;
            EXPECT_EQ(scene.choices.camera.scale(), framing->scale());
            EXPECT_EQ(scene.choices.camera.centre().x, framing->centre().x);
            EXPECT_EQ(scene.choices.camera.centre().y, framing->centre().y);
            const render::SceneSnapshot snapshot = scene.snapshot();
            scene.renderer.draw(target, snapshot);
            const app::LayoutReport report = app::layoutReport(atlas, scene.renderer, snapshot, size);
            const fixtures::LayoutVerdict verdict = fixtures::checkLayout(report);
            for (const std::string& broken : verdict.broken) ADD_FAILURE() << broken;
            if (allNamed) {
                EXPECT_TRUE(verdict.unnamed.empty())
                    << verdict.unnamed.size() << " unnamed, first " << verdict.unnamed.front();
            }
            EXPECT_EQ(report.labels.size(), report.units.size())
                << "every unit is reported, named or dropped";
            ++tally.pictures;
            tally.unnamed += static_cast<int>(verdict.unnamed.size());
        }
    }
}

class LayoutRules : public ::testing::TestWithParam<std::tuple<sf::Vector2u, Language>> {
  protected:
    void SetUp() override {
        if (!fixtures::hasDisplay()) GTEST_SKIP() << "no X display (run under xvfb-run)";
    }
};

TEST_P(LayoutRules, BundledDataInEveryYearOfChange) {
    const auto [size, language] = GetParam();
    // 1600×900 and up name every unit; at 1280×720 the least important may drop, each one counted.
    const bool allNamed = size.x * size.y >= 1600U * 900U;
    Tally tally;
    checkAllPictures(*fixtures::sharedBundledAtlas(), size, language, allNamed, tally);
    EXPECT_GT(tally.pictures, 3 * 4);
    if (!allNamed) {
        EXPECT_LE(tally.unnamed, tally.pictures) << "at most one name dropped per picture on average";
    }
}

TEST_P(LayoutRules, GeneratedData) {
    const auto [size, language] = GetParam();
    const std::filesystem::path folder = fixtures::freshFolder();
    (void)generator::generateDataset(fixtures::smallGenerated(folder.string(), 11),
                                     [](const std::string&, double) {});
    geodata::AtlasLoad load = geodata::loadAtlasWith(folder.string(), geodata::LoadOptions{false, {}});
    ASSERT_TRUE(load.atlas) << load.error->toString();
    Tally tally;
    checkAllPictures(*load.atlas, size, language, false, tally);
    EXPECT_GT(tally.pictures, 0);
}

std::string caseName(const ::testing::TestParamInfo<std::tuple<sf::Vector2u, Language>>& info) {
    const auto [size, language] = info.param;
    return std::to_string(size.x) + "x" + std::to_string(size.y) +
           (language == Language::English ? "_en" : "_sv");
}

INSTANTIATE_TEST_SUITE_P(
    Screens, LayoutRules,
    ::testing::Combine(::testing::Values(sf::Vector2u(1280, 720), sf::Vector2u(1600, 900),
                                         sf::Vector2u(1920, 1080), sf::Vector2u(1080, 1920)),
                       ::testing::Values(Language::Swedish, Language::English)),
    caseName);

} // namespace
