// Lines drawn by render/stroke.hpp, on pixels: with analytic antialiasing a line's edge pixels are shaded
// by how much of them it covers (and the coverage across a line adds up to its width); without, every
// pixel is all line or all ground. Also the joining of border segments into lines, and --aa.
#include "border_chains.hpp"
#include "bundled_dataset.hpp"
#include "platform/antialiasing.hpp"
#include "render/stroke.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <algorithm>
#include <array>
#include <cmath>
#include <gtest/gtest.h>
#include <numbers>
#include <random>

namespace {

constexpr unsigned kSize = 100;
const sf::Color kGround = sf::Color::White;
const sf::Color kInk = sf::Color::Black;

// Restores the process's smoothing after a test.
struct SmoothingScope {
    explicit SmoothingScope(render::Antialiasing mode) : previous(render::antialiasing()) {
        render::setAntialiasing(mode);
    }
    ~SmoothingScope() { render::setAntialiasing(previous); }
    render::Antialiasing previous;
};

class Strokes : public ::testing::Test {
  protected:
    void SetUp() override {
        if (!fixtures::hasDisplay()) GTEST_SKIP() << "no X display (run under xvfb-run)";
        ASSERT_TRUE(m_target.create(kSize, kSize)); // no multisampling
    }
    // Draws stroke vertices `width` pixels wide in black on white with `mode`; the picture.
    sf::Image draw(const std::vector<sf::Vertex>& vertices, float width, render::Antialiasing mode) {
        const SmoothingScope scope(mode);
        m_target.clear(kGround);
        render::drawStrokes(m_target, vertices, width);
        m_target.display();
        return m_target.getTexture().copyToImage();
    }
    sf::RenderTexture m_target;
};

// How much of a pixel is ink, 0–1, from its red channel (black ink on white ground).
float ink(const sf::Image& image, unsigned x, unsigned y) {
    return 1.0F - static_cast<float>(image.getPixel(x, y).r) / 255.0F;
}

std::vector<sf::Vertex> line(sf::Vector2f a, sf::Vector2f b, sf::Color colour = kInk) {
    std::vector<sf::Vertex> out;
    const std::array<sf::Vector2f, 2> points{a, b};
    render::appendStroke(out, points, false, colour);
    return out;
}

} // namespace

TEST_F(Strokes, AnalyticEdgesShadeByCoverageAndAddUpToTheLinesWidth) {
    // A line 1 px wide at 30° to the x axis: down each column it covers 1 / cos 30° of a pixel.
    const float slope = std::tan(std::numbers::pi_v<float> / 6);
    const auto vertices = line({5, 20}, {95, 20 + 90 * slope});
    const sf::Image smooth = draw(vertices, 1.0F, render::Antialiasing::Analytic);
    const sf::Image hard = draw(vertices, 1.0F, render::Antialiasing::None);
    const float width = 1.0F / std::cos(std::numbers::pi_v<float> / 6);
    int partial = 0;
    float total = 0;
    for (unsigned x = 20; x < 80; ++x) {
        float column = 0;
        for (unsigned y = 0; y < kSize; ++y) {
            const float v = ink(smooth, x, y);
            column += v;
            if (v > 0.05F && v < 0.95F) ++partial;
            const float h = ink(hard, x, y);
            EXPECT_TRUE(h == 0.0F || h == 1.0F) << "a hard edge has no shades: " << x << "," << y << " " << h;
        }
        // Each column's pixels sample the coverage across the line at their own distances: near the
        // width, and on average (below) on it.
        EXPECT_NEAR(column, width, 0.15F) << "column " << x;
        total += column;
    }
    EXPECT_NEAR(total / 60.0F, width, 0.03F);
    EXPECT_GT(partial, 60) << "the edge pixels are shaded, not stepped";
}

TEST_F(Strokes, AWideLineCoversItsWidthAndItsAlphaBlends) {
    // Horizontal, 4 px wide, centred on y = 50: rows 48–51 covered whole, the rows beside untouched; in a
    // colour at half alpha (a border half-way through fading in) the covered rows are half ink.
    for (const sf::Uint8 alpha : {sf::Uint8(255), sf::Uint8(128)}) {
        const sf::Image image =
            draw(line({10, 50}, {90, 50}, sf::Color(0, 0, 0, alpha)), 4.0F, render::Antialiasing::Analytic);
        const float full = static_cast<float>(alpha) / 255.0F;
        for (unsigned y : {48U, 49U, 50U, 51U}) EXPECT_NEAR(ink(image, 50, y), full, 0.01F) << y;
        for (unsigned y : {46U, 53U}) EXPECT_EQ(ink(image, 50, y), 0.0F) << y;
    }
}

TEST_F(Strokes, ADiscCoversItsAreaWithASmoothRim) {
    std::vector<sf::Vertex> vertices;
    const float radius = 20;
    render::appendDisc(vertices, {50, 50}, radius, kInk);
    const sf::Image image = draw(vertices, 2 * radius, render::Antialiasing::Analytic);
    float area = 0;
    int rim = 0;
    for (unsigned y = 0; y < kSize; ++y)
        for (unsigned x = 0; x < kSize; ++x) {
            const float v = ink(image, x, y);
            area += v;
            rim += v > 0.05F && v < 0.95F ? 1 : 0;
        }
    EXPECT_NEAR(area, std::numbers::pi_v<float> * radius * radius,
                0.01F * std::numbers::pi_v<float> * radius * radius);
    EXPECT_EQ(ink(image, 50, 50), 1.0F);
    EXPECT_EQ(ink(image, 50, 50 + 22), 0.0F);
    EXPECT_GT(rim, 60) << "the rim is shaded all round";
}

TEST_F(Strokes, StripsDrawnInOneCallStayApartAndACornerHasNoNotch) {
    // Two lines appended to one vertex list: nothing is drawn between them.
    std::vector<sf::Vertex> vertices = line({10, 20}, {40, 20});
    const std::vector<sf::Vertex> second = line({60, 80}, {90, 80});
    vertices.insert(vertices.end(), second.begin(), second.end());
    // A right angle: the mitre fills the outer corner.
    const std::array<sf::Vector2f, 3> corner{sf::Vector2f(20, 40), sf::Vector2f(70, 40),
                                             sf::Vector2f(70, 70)};
    render::appendStroke(vertices, corner, false, kInk);
    const sf::Image image = draw(vertices, 6.0F, render::Antialiasing::Analytic);
    EXPECT_EQ(ink(image, 50, 50), 0.0F) << "between the strips";
    EXPECT_EQ(ink(image, 50, 30), 0.0F);
    EXPECT_GT(ink(image, 25, 20), 0.99F);
    EXPECT_GT(ink(image, 75, 80), 0.99F);
    // The outer corner of the 6 px line reaches (73, 37); a square end would leave it bare.
    EXPECT_GT(ink(image, 72, 37), 0.99F);
}

TEST(StrokeGeometry, TheCountMatchesWhatIsAppended) {
    std::mt19937 random(7);
    std::uniform_real_distribution<float> coordinate(0, 50);
    for (int round = 0; round < 200; ++round) {
        std::vector<sf::Vector2f> points(2 + round % 9);
        for (sf::Vector2f& p : points) p = {coordinate(random), coordinate(random)};
        if (round % 5 == 0) points.push_back(points.back()); // a repeated point
        for (const bool closed : {false, true})
            for (const float minStep : {0.0F, 3.0F}) {
                std::vector<sf::Vertex> out;
                render::appendStroke(out, points, closed, kInk, minStep);
                EXPECT_EQ(out.size(), render::strokeVertexCount(points, closed, minStep));
                // Every strip starts and ends with a repeated vertex.
                if (!out.empty()) {
                    EXPECT_EQ(out[0].texCoords, out[1].texCoords);
                    EXPECT_EQ(out[out.size() - 1].texCoords, out[out.size() - 2].texCoords);
                }
            }
    }
}

TEST(BorderChains, LooseSegmentsBecomeLinesThatEndAtJunctions) {
    // A square ring (an island) and a T: three arms meeting at (10, 0), given shuffled and turned about.
    const std::vector<geodata::Segment> segments{
        {{1, 1}, {2, 1}},  {{10, 0}, {11, 0}}, {{2, 2}, {2, 1}},     {{10, 0}, {10, -1}}, {{1, 2}, {1, 1}},
        {{9, 0}, {10, 0}}, {{2, 2}, {1, 2}},   {{10, -1}, {10, -2}}, {{12, 0}, {11, 0}},
    };
    std::vector<uint32_t> all(segments.size());
    for (uint32_t i = 0; i < all.size(); ++i) all[i] = i;
    int closed = 0, open = 0;
    size_t points = 0;
    render::forEachBorderLine(segments, all, [&](const std::vector<geodata::Point>& line, bool isClosed) {
        (isClosed ? closed : open) += 1;
        points += line.size();
        const geodata::Point junction{10, 0};
        if (isClosed) {
            EXPECT_EQ(line.size(), 4U);
        } else {
            EXPECT_TRUE(line.front() == junction || line.back() == junction);
        }
    });
    EXPECT_EQ(closed, 1);
    EXPECT_EQ(open, 3);
    EXPECT_EQ(points, 4U + 2 + 3 + 3);
}

TEST(AntialiasingOptions, AnalyticByDefaultAndSamplesOnlyWithMsaa) {
    auto parse = [](std::vector<const char*> args) {
        args.insert(args.begin(), "tidsatlas");
        int exitCode = 0;
        auto options =
            app::parseOptions(static_cast<int>(args.size()), const_cast<char**>(args.data()), exitCode);
        return std::make_pair(options, exitCode);
    };
    const auto defaults = parse({}).first;
    ASSERT_TRUE(defaults);
    EXPECT_EQ(defaults->aa, render::Antialiasing::Analytic);
    EXPECT_EQ(app::samplesFor(*defaults), 0U) << "analytic edges need no samples";
    const auto msaa = parse({"--aa", "msaa"}).first;
    ASSERT_TRUE(msaa);
    EXPECT_EQ(app::samplesFor(*msaa), 4U);
    const auto eight = parse({"--aa", "msaa", "--msaa", "8"}).first;
    ASSERT_TRUE(eight);
    EXPECT_EQ(app::samplesFor(*eight), 8U);
    const auto none = parse({"--aa", "none", "--msaa", "4"}).first;
    ASSERT_TRUE(none);
    EXPECT_EQ(none->aa, render::Antialiasing::None);
    EXPECT_EQ(app::samplesFor(*none), 0U);
    const auto wrong = parse({"--aa", "smooth"});
    EXPECT_FALSE(wrong.first);
    EXPECT_NE(wrong.second, 0);
}
