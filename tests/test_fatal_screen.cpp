// The calm screen shown while a kiosk restarts after an unexpected error, rendered offscreen: the whole
// target is the quiet background, the two lines of words sit in the middle, nothing else is drawn.
#include "bundled_dataset.hpp"
#include "platform/fatal_screen.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <gtest/gtest.h>

namespace {

sf::Image render(unsigned width, unsigned height, double seconds = 0) {
    sf::RenderTexture texture;
    if (!texture.create(width, height)) return {};
    const app::FatalScreen screen;
    screen.draw(texture, seconds);
    texture.display();
    return texture.getTexture().copyToImage();
}

bool isBackground(sf::Color c) { return c == app::fatalBackground(); }

// Light pixels (the Swedish line's near-white) within a band of rows.
int brightPixels(const sf::Image& image, unsigned top, unsigned bottom) {
    int count = 0;
    for (unsigned y = top; y < bottom; ++y)
        for (unsigned x = 0; x < image.getSize().x; ++x) {
            const sf::Color c = image.getPixel(x, y);
            if (c.r > 200 && c.g > 200 && c.b > 200) ++count;
        }
    return count;
}

} // namespace

TEST(FatalScreen, CalmBackgroundWithTheWordsInTheMiddle) {
    if (!fixtures::hasDisplay()) GTEST_SKIP() << "no X display (run under xvfb-run)";
    const app::FatalScreen probe;
    ASSERT_TRUE(probe.hasFont()) << "fonts-dejavu-core is a dependency of the app";
    const sf::Image image = render(640, 360);
    ASSERT_EQ(image.getSize(), sf::Vector2u(640, 360));

    // The top quarter and the bottom quarter are all background: no error text, no stack trace anywhere.
    for (unsigned y = 0; y < 360; ++y) {
        if (y >= 90 && y < 270) continue;
        for (unsigned x = 0; x < 640; ++x)
            ASSERT_TRUE(isBackground(image.getPixel(x, y))) << "stray pixel at " << x << "," << y;
    }
    // The Swedish line is large and light around 42 % of the height; the English line is dimmer below it.
    EXPECT_GT(brightPixels(image, 130, 170), 500) << "the Swedish line";
    EXPECT_EQ(brightPixels(image, 170, 270), 0) << "the English line and the dots are dimmer";
    int englishPixels = 0;
    for (unsigned y = 172; y < 200; ++y)
        for (unsigned x = 0; x < 640; ++x)
            if (!isBackground(image.getPixel(x, y))) ++englishPixels;
    EXPECT_GT(englishPixels, 200) << "the English line";
    // Centred: as much ink left of the middle as right of it, within a tenth.
    int left = 0;
    int right = 0;
    for (unsigned y = 130; y < 200; ++y)
        for (unsigned x = 0; x < 640; ++x)
            if (!isBackground(image.getPixel(x, y))) ++(x < 320 ? left : right);
    EXPECT_NEAR(left, right, (left + right) / 10.0);
}

TEST(FatalScreen, TheWordsFitANarrowPortraitScreen) {
    if (!fixtures::hasDisplay()) GTEST_SKIP() << "no X display (run under xvfb-run)";
    const sf::Image image = render(240, 480);
    bool ink = false;
    for (unsigned y = 0; y < 480; ++y) {
        EXPECT_TRUE(isBackground(image.getPixel(0, y)) && isBackground(image.getPixel(1, y)) &&
                    isBackground(image.getPixel(238, y)) && isBackground(image.getPixel(239, y)))
            << "text cut at the edge in row " << y;
        for (unsigned x = 0; x < 240; ++x) ink = ink || !isBackground(image.getPixel(x, y));
    }
    EXPECT_TRUE(ink);
}

TEST(FatalScreen, TheDotsMoveSoTheScreenIsNotFrozen) {
    if (!fixtures::hasDisplay()) GTEST_SKIP() << "no X display (run under xvfb-run)";
    const sf::Image first = render(640, 360, 0.0);
    const sf::Image later = render(640, 360, 0.5);
    int differing = 0;
    for (unsigned y = 0; y < 360; ++y)
        for (unsigned x = 0; x < 640; ++x)
            if (first.getPixel(x, y) != later.getPixel(x, y)) {
                ++differing;
                EXPECT_GT(y, 200U) << "only the dots change, not the words";
            }
    EXPECT_GT(differing, 10);
}
