// Analytic antialiasing is as good as 4× multisampling: the bundled data's whole picture at 1920×1080 (every
// view of a year with many borders, names, circles and the overlays), drawn with --aa analytic and no
// samples, may differ from the same picture drawn with --aa msaa and 4 samples by no more than a PSNR of
// 38 dB allows; drawn with --aa none (today's stair steps) it differs by more.
#include "bundled_dataset.hpp"
#include "render/stroke.hpp"
#include "scene_harness.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <cmath>
#include <gtest/gtest.h>

namespace {

constexpr unsigned kWidth = 1920, kHeight = 1080;

// Peak signal-to-noise ratio of two pictures of one size over their red, green and blue, in dB.
double psnr(const sf::Image& a, const sf::Image& b) {
    double sum = 0;
    for (unsigned y = 0; y < a.getSize().y; ++y)
        for (unsigned x = 0; x < a.getSize().x; ++x) {
            const sf::Color p = a.getPixel(x, y), q = b.getPixel(x, y);
            for (const double d : {static_cast<double>(p.r) - q.r, static_cast<double>(p.g) - q.g,
                                   static_cast<double>(p.b) - q.b})
                sum += d * d;
        }
    const double mse = sum / (3.0 * a.getSize().x * a.getSize().y);
    return mse == 0 ? 99.0 : 10.0 * std::log10(255.0 * 255.0 / mse);
}

// The picture of `year` in `view` drawn with `mode` into a target with `samples`.
sf::Image picture(int year, app::MapView view, render::Antialiasing mode, unsigned samples) {
    render::setAntialiasing(mode);
    sf::RenderTexture target;
    sf::ContextSettings settings;
    settings.antialiasingLevel = samples;
    EXPECT_TRUE(target.create(kWidth, kHeight, settings));
    const app::Strings strings = app::loadAppStrings(app::Language::Swedish);
    fixtures::SceneHarness scene(fixtures::bundledAtlas(), strings);
    scene.choices.view = view;
    scene.setYear(year);
    scene.fitCamera({static_cast<float>(kWidth), static_cast<float>(kHeight)});
    scene.draw(target);
    target.display();
    render::setAntialiasing(render::Antialiasing::Analytic);
    return target.getTexture().copyToImage();
}

} // namespace

TEST(EdgeQuality, AnalyticIsWithin38DbOfFourSamplesAndNoneIsNot) {
    if (!fixtures::hasDisplay()) GTEST_SKIP() << "no X display (run under xvfb-run)";
    for (const app::MapView view : {app::MapView::Units, app::MapView::Circles}) {
        for (const int year : {1952, 1971}) {
            SCOPED_TRACE("year " + std::to_string(year) + ", view " + std::to_string(static_cast<int>(view)));
            const sf::Image reference = picture(year, view, render::Antialiasing::Msaa, 4);
            const double analytic = psnr(picture(year, view, render::Antialiasing::Analytic, 0), reference);
            const double none = psnr(picture(year, view, render::Antialiasing::None, 0), reference);
            std::printf("year %d view %d: analytic %.2f dB, none %.2f dB against 4x MSAA\n", year,
                        static_cast<int>(view), analytic, none);
            EXPECT_GE(analytic, 38.0);
            EXPECT_LT(none, analytic - 3.0) << "the measure tells smooth edges from stair steps";
        }
    }
}
