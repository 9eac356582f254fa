// The map scene copies back the last picture (map, labels, caption, year card, badges, legend) when
// nothing it shows has changed, and the last map with its labels when only the words over it have. Each
// step of a sequence changes one thing; every frame must equal the same scene drawn from nothing.
#include "bundled_dataset.hpp"
#include "differing_pixels.hpp"
#include "scene_harness.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <functional>
#include <gtest/gtest.h>
#include <optional>

namespace {

constexpr unsigned kWidth = 960, kHeight = 540;

// Two consecutive years whose maps are the same (only the year card differs).
std::optional<int> firstQuietYear(const geodata::Dataset& ds) {
    const std::vector<int> changes = ds.changeYears();
    for (int year = ds.firstYear() + 1; year < ds.lastYear(); ++year)
        if (std::find(changes.begin(), changes.end(), year) == changes.end()) return year;
    return std::nullopt;
}

} // namespace

TEST(SceneReuse, AnUnchangedPictureIsCopiedBackAndAnyChangeDrawsWhatChanged) {
    if (!fixtures::hasDisplay()) GTEST_SKIP() << "no X display (run under xvfb-run)";
    sf::RenderTexture reusingTarget;
    sf::RenderTexture drawingTarget;
    ASSERT_TRUE(reusingTarget.create(kWidth, kHeight)); // single-sampled: the images can be kept
    ASSERT_TRUE(drawingTarget.create(kWidth, kHeight));
    const app::Atlas& atlas = fixtures::bundledAtlas();
    app::Strings strings = fixtures::bundledStrings(app::Language::Swedish);
    fixtures::SceneHarness reusing(atlas, strings);
    fixtures::SceneHarness drawing(atlas, strings);
    drawing.renderer.map().setDetail({.reuseImage = false});
    ASSERT_TRUE(reusing.renderer.fontsLoaded());
    const std::optional<int> quiet = firstQuietYear(atlas.dataset);
    ASSERT_TRUE(quiet);
    const int change = atlas.dataset.changeYears().front();

    enum class Expect { Drawn, MapCopied, PictureCopied, Either };
    struct Step {
        const char* what;
        std::function<void(fixtures::SceneHarness&)> change;
        Expect expect;
    };
    const std::vector<Step> steps{
        {"first frame", [&](fixtures::SceneHarness& s) { s.setYear(*quiet - 1); }, Expect::Drawn},
        {"held", [](fixtures::SceneHarness&) {}, Expect::PictureCopied},
        {"the next year, the same map", [&](fixtures::SceneHarness& s) { s.setYear(*quiet); },
         Expect::MapCopied},
        {"held again", [](fixtures::SceneHarness&) {}, Expect::PictureCopied},
        // The English attribution is longer: its box, which no name may cover, grows, so names may move.
        {"English", [&](fixtures::SceneHarness&) { strings.setLanguage(app::Language::English); },
         Expect::Drawn},
        {"a story caption",
         [](fixtures::SceneHarness& s) {
             s.mode.storyCaption = render::Caption{"Titel", "Text om året", "1900"};
         },
         Expect::MapCopied},
        {"another story caption",
         [](fixtures::SceneHarness& s) {
             s.mode.storyCaption = render::Caption{"Titel", "En annan text", "1900"};
         },
         Expect::MapCopied},
        // Without a caption or a card their boxes are free for names again: the map is drawn anew.
        {"no caption", [](fixtures::SceneHarness& s) { s.mode.caption = false; }, Expect::Drawn},
        {"no year card", [](fixtures::SceneHarness& s) { s.card = false; }, Expect::Drawn},
        {"year card and caption back",
         [](fixtures::SceneHarness& s) {
             s.card = true;
             s.mode.caption = true;
             s.mode.storyCaption.reset();
         },
         Expect::Drawn},
        {"no badges", [](fixtures::SceneHarness& s) { s.choices.bodies = false; }, Expect::Drawn},
        {"badges back", [](fixtures::SceneHarness& s) { s.choices.bodies = true; }, Expect::Drawn},
        {"a body fading in", [](fixtures::SceneHarness& s) { s.bodyAppear = 0.5F; }, Expect::MapCopied},
        {"a change year", [&](fixtures::SceneHarness& s) { s.setYear(change); }, Expect::Drawn},
        {"held", [](fixtures::SceneHarness&) {}, Expect::PictureCopied},
        {"projector text", [](fixtures::SceneHarness& s) { s.look.textScale = 1.5F; }, Expect::Drawn},
        {"density view", [](fixtures::SceneHarness& s) { s.choices.view = app::MapView::Density; },
         Expect::Either},
        {"circles view", [](fixtures::SceneHarness& s) { s.choices.view = app::MapView::Circles; },
         Expect::Either},
        {"circles grown a little",
         [](fixtures::SceneHarness& s) { s.moment.exactYear = static_cast<double>(s.moment.year) + 0.5; },
         Expect::MapCopied},
        {"held circles", [](fixtures::SceneHarness&) {}, Expect::PictureCopied},
    };
    for (fixtures::SceneHarness* scene : {&reusing, &drawing}) {
        scene->fitCamera({kWidth, kHeight});
    }
    for (const Step& step : steps) {
        SCOPED_TRACE(step.what);
        step.change(reusing);
        step.change(drawing);
        reusing.draw(reusingTarget);
        reusingTarget.display();
        drawing.draw(drawingTarget);
        drawingTarget.display();
        const render::DrawStats& stats = reusing.renderer.map().lastDraw();
        switch (step.expect) {
        case Expect::Drawn:
            EXPECT_FALSE(stats.reused);
            break;
        case Expect::MapCopied:
            EXPECT_TRUE(stats.reused);
            EXPECT_FALSE(stats.wholePicture);
            break;
        case Expect::PictureCopied:
            EXPECT_TRUE(stats.wholePicture);
            break;
        case Expect::Either:
            break;
        }
        EXPECT_FALSE(drawing.renderer.map().lastDraw().reused);
        EXPECT_EQ(fixtures::differingPixels(reusingTarget.getTexture().copyToImage(),
                                            drawingTarget.getTexture().copyToImage()),
                  0U);
    }
}
