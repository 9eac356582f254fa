// What the shell says it put over the map must be where the pixels say it is: in every mode, landscape
// and portrait, each frame is drawn twice, as the app draws it and as the bare map of the same snapshot
// (no card, caption, legend, badges, panels or cards), and every pixel that differs must lie inside one
// of the frame's overlay boxes, and every box must cover something that was drawn.
#include "bundled_dataset.hpp"
#include "modes/kiosk/kiosk_session.hpp"
#include "shell/app_shell.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <gtest/gtest.h>
#include <string>

namespace {

// Antialiased edges and outlines (the kiosk cards' 2 px outline) reach this far past a box.
constexpr float kEdge = 3.0F;

bool inside(const app::Overlays& overlays, float x, float y) {
    for (const app::Overlay& o : overlays)
        if (x >= o.box.left - kEdge && x < o.box.left + o.box.width + kEdge && y >= o.box.top - kEdge &&
            y < o.box.top + o.box.height + kEdge)
            return true;
    return false;
}

// The same snapshot without anything over the map. Population circles are part of the map. The names keep
// out of the same boxes as in the app's frame (`reserved`, the plan's), so they are placed the same.
render::SceneSnapshot bareMap(render::SceneSnapshot s, const std::vector<sf::FloatRect>& reserved) {
    if (!s.sideBySide) { // a comparison plans each half itself, the same way in both
        s.covered.insert(s.covered.end(), reserved.begin(), reserved.end());
        s.captionRoom = false;
    }
    s.caption.reset();
    s.card.reset();
    s.legend = render::Legend::None;
    s.bodies = false;
    return s;
}

class Overlays : public ::testing::TestWithParam<sf::Vector2u> {
  protected:
    void SetUp() override {
        if (!fixtures::hasDisplay()) GTEST_SKIP() << "no X display (run under xvfb-run)";
        m_size = GetParam();
        ASSERT_TRUE(m_app.create(m_size.x, m_size.y));
        ASSERT_TRUE(m_bare.create(m_size.x, m_size.y));
        m_options.dataDir = TIDSATLAS_DATA_DIR;
        m_config.heartbeatFile.clear();
    }

    std::unique_ptr<app::AppShell> make() {
        return std::make_unique<app::AppShell>(fixtures::sharedBundledAtlas(), m_options, m_config,
                                               std::vector<std::string>{}, m_size);
    }

    // Draws a frame of `shell` both ways and checks its overlays against the pixels.
    void check(app::AppShell& shell, const std::string& what) {
        SCOPED_TRACE(what + " at " + std::to_string(m_size.x) + "x" + std::to_string(m_size.y));
        shell.update(1.0 / 30);
        shell.draw(m_app);
        m_app.display();
        ASSERT_FALSE(shell.snapshot().selectedBody.has_value())
            << "a chosen body also outlines its members on the map: pick a frame without one";
        render::SceneRenderer bare(shell.atlas()->dataset, shell.atlas()->timeline,
                                   shell.atlas()->population);
        bare.draw(m_bare, bareMap(shell.snapshot(), shell.scene().lastPlan().reserved()));
        m_bare.display();
        const sf::Image drawn = m_app.getTexture().copyToImage();
        const sf::Image map = m_bare.getTexture().copyToImage();
        const app::Overlays& overlays = shell.overlays();
        ASSERT_FALSE(overlays.empty());
        std::vector<int> covered(overlays.size(), 0);
        int outside = 0;
        for (unsigned y = 0; y < m_size.y; ++y)
            for (unsigned x = 0; x < m_size.x; ++x) {
                if (drawn.getPixel(x, y) == map.getPixel(x, y)) continue;
                const auto fx = static_cast<float>(x), fy = static_cast<float>(y);
                if (!inside(overlays, fx, fy)) {
                    if (outside++ < 5)
                        ADD_FAILURE() << "drawn over the map outside every box at " << x << "," << y;
                }
                for (size_t i = 0; i < overlays.size(); ++i)
                    if (overlays[i].box.contains(fx, fy)) ++covered[i];
            }
        EXPECT_EQ(outside, 0);
        for (size_t i = 0; i < overlays.size(); ++i)
            EXPECT_GT(covered[i], 0) << overlays[i].name << " covers nothing that was drawn";
    }

    sf::Vector2u m_size;
    sf::RenderTexture m_app, m_bare;
    app::Options m_options;
    app::AppConfig m_config;
};

TEST_P(Overlays, ExploreAndTeachDeclareEveryPanelAndWhatTheSceneDrew) {
    auto shell = make();
    check(*shell, "explore, first frame");
    check(*shell, "explore");
    app::UiIntent density;
    density.view = app::MapView::Density;
    density.showStory = true;
    shell->request(density);
    check(*shell, "explore, density view and the story panel");
    app::UiIntent teach;
    teach.showTeach = true;
    teach.view = app::MapView::Circles;
    shell->request(teach);
    ASSERT_EQ(shell->mode(), app::AppMode::Teach);
    check(*shell, "teach, first frame");
    check(*shell, "teach, circles");
}

TEST_P(Overlays, PresentDeclaresItsCaptionCardAndBadges) {
    m_options.present = true;
    auto shell = make();
    check(*shell, "present, first scene");
    // The controls appear when the mouse moves.
    sf::Event moved{};
    moved.type = sf::Event::MouseMoved;
    shell->handle(moved);
    check(*shell, "present, with its controls");
}

TEST_P(Overlays, KioskDeclaresItsPromptControlsAndQuestion) {
    m_options.kiosk = true;
    m_config.idleSeconds = 20;
    auto shell = make();
    check(*shell, "kiosk, attract loop");
    sf::Event touch{};
    touch.type = sf::Event::KeyPressed;
    touch.key.code = sf::Keyboard::A;
    shell->handle(touch); // wakes
    check(*shell, "kiosk, a visitor");
    check(*shell, "kiosk, a visitor's second frame");
    shell->update(20.5);
    ASSERT_EQ(shell->kiosk().state(), app::KioskState::StillThere);
    check(*shell, "kiosk, Är du kvar?");
}

INSTANTIATE_TEST_SUITE_P(LandscapeAndPortrait, Overlays,
                         ::testing::Values(sf::Vector2u(1600, 900), sf::Vector2u(1080, 1920)),
                         [](const ::testing::TestParamInfo<sf::Vector2u>& p) {
                             return p.param.x > p.param.y ? "Landscape" : "Portrait";
                         });

} // namespace
