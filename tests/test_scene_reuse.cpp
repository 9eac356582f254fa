// The map scene copies back the last picture (map, labels, caption, year card, badges, legend) when
// nothing it shows has changed, and the last map with its labels when only the words over it have. Each
// step of a sequence changes one thing; every frame must equal the same scene drawn from nothing.
#include "bundled_dataset.hpp"
#include "differing_pixels.hpp"
#include "src/map_scene.hpp"

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
    app::MapScene reusing(atlas, strings);
    app::MapScene drawing(atlas, strings);
    drawing.renderer().setDetail({.reuseImage = false});
    ASSERT_TRUE(reusing.fontsLoaded());
    const std::optional<int> quiet = firstQuietYear(atlas.dataset);
    ASSERT_TRUE(quiet);
    const int change = atlas.dataset.changeYears().front();

    enum class Expect { Drawn, MapCopied, PictureCopied, Either };
    struct Step {
        const char* what;
        std::function<void(app::MapScene&)> change;
        Expect expect;
    };
    const std::vector<Step> steps{
        {"first frame", [&](app::MapScene& s) { s.frame.year = *quiet - 1; }, Expect::Drawn},
        {"held", [](app::MapScene&) {}, Expect::PictureCopied},
        {"the next year, the same map", [&](app::MapScene& s) { s.frame.year = *quiet; }, Expect::MapCopied},
        {"held again", [](app::MapScene&) {}, Expect::PictureCopied},
        {"English", [&](app::MapScene&) { strings.setLanguage(app::Language::English); }, Expect::MapCopied},
        {"a story caption",
         [](app::MapScene& s) {
             s.captionText = render::Caption{"Titel", "Text om året", "1900"};
         },
         Expect::MapCopied},
        {"another story caption",
         [](app::MapScene& s) {
             s.captionText = render::Caption{"Titel", "En annan text", "1900"};
         },
         Expect::MapCopied},
        {"no caption", [](app::MapScene& s) { s.caption = false; }, Expect::MapCopied},
        {"no year card", [](app::MapScene& s) { s.overlay = false; }, Expect::MapCopied},
        {"year card and caption back",
         [](app::MapScene& s) {
             s.overlay = true;
             s.caption = true;
             s.captionText.reset();
         },
         Expect::MapCopied},
        {"no badges", [](app::MapScene& s) { s.bodies = false; }, Expect::MapCopied},
        {"badges back", [](app::MapScene& s) { s.bodies = true; }, Expect::MapCopied},
        {"a body fading in", [](app::MapScene& s) { s.bodyAppear = 0.5F; }, Expect::MapCopied},
        {"a change year", [&](app::MapScene& s) { s.frame.year = change; }, Expect::Drawn},
        {"held", [](app::MapScene&) {}, Expect::PictureCopied},
        {"projector text", [](app::MapScene& s) { s.frame.textScale = 1.5F; }, Expect::Drawn},
        {"density view", [](app::MapScene& s) { s.view = app::MapView::Density; }, Expect::Either},
        {"circles view", [](app::MapScene& s) { s.view = app::MapView::Circles; }, Expect::Either},
        {"circles grown a little",
         [](app::MapScene& s) { s.smoothYear = static_cast<double>(s.frame.year) + 0.5; }, Expect::MapCopied},
        {"held circles", [](app::MapScene&) {}, Expect::PictureCopied},
    };
    for (app::MapScene* scene : {&reusing, &drawing}) {
        scene->fitCamera({kWidth, kHeight});
        scene->smoothYear = 0;
    }
    for (const Step& step : steps) {
        SCOPED_TRACE(step.what);
        step.change(reusing);
        step.change(drawing);
        reusing.draw(reusingTarget);
        reusingTarget.display();
        drawing.draw(drawingTarget);
        drawingTarget.display();
        const render::DrawStats& stats = reusing.renderer().lastDraw();
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
        EXPECT_FALSE(drawing.renderer().lastDraw().reused);
        EXPECT_EQ(fixtures::differingPixels(reusingTarget.getTexture().copyToImage(),
                                            drawingTarget.getTexture().copyToImage()),
                  0U);
    }
}
