// What a kiosk visitor reads, and how large: the unit and joint-body panels at the visitor's level (no unit
// code, no notes on the sources, no source lines), the body panel's full name and one line of what the body
// does, text sized from the screen's millimetres, and the panels clear of the badges on a portrait screen.
// The panels' words are read from ImGui's own text log while a frame is drawn.
#include "bundled_dataset.hpp"
#include "modes/kiosk/kiosk_session.hpp"
#include "shell/app_shell.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>
#include <string>

namespace {

class KioskText : public ::testing::Test {
  protected:
    void SetUp() override {
        if (!fixtures::hasDisplay()) GTEST_SKIP() << "no X display (run under xvfb-run)";
        m_options.dataDir = TIDSATLAS_DATA_DIR;
        m_config.heartbeatFile.clear();
    }

    void start(bool kiosk, sf::Vector2u size) {
        ASSERT_TRUE(m_texture.create(size.x, size.y));
        m_options.kiosk = kiosk;
        m_app = std::make_unique<app::AppShell>(fixtures::sharedBundledAtlas(), m_options, m_config,
                                                std::vector<std::string>{}, size);
        frames(2);
        if (kiosk) { // the first touch only wakes the kiosk
            sf::Event key{};
            key.type = sf::Event::KeyPressed;
            key.key.code = sf::Keyboard::A;
            m_app->handle(key);
            frames(2);
            ASSERT_EQ(m_app->kiosk().state(), app::KioskState::Interactive);
        }
    }

    void frames(int count) {
        for (int i = 0; i < count; ++i) {
            m_app->update(1.0 / 30);
            m_app->draw(m_texture);
        }
    }

    // Every text ImGui draws in one frame (ImGui's log, into its buffer).
    std::string textOfOneFrame() {
        ImGuiContext& g = *ImGui::GetCurrentContext();
        g.LogEnabled = true;
        g.LogType = ImGuiLogType_Buffer;
        g.LogDepthRef = 0;
        g.LogDepthToExpand = 1 << 20;
        g.LogLinePosY = FLT_MAX;
        g.LogLineFirstItem = true;
        g.LogBuffer.clear();
        frames(1);
        std::string text = g.LogBuffer.c_str();
        g.LogEnabled = false;
        g.LogBuffer.clear();
        return text;
    }

    const ImGuiWindow* window(const char* id) {
        const ImGuiWindow* w = ImGui::FindWindowByName(id);
        return w && w->WasActive ? w : nullptr;
    }

    std::string unitPanelText(const std::string& code, int year) {
        const geodata::UnitVersion* unit = fixtures::bundledAtlas().dataset.versionOf(code, year);
        EXPECT_NE(unit, nullptr);
        app::UiIntent intent;
        intent.seekYear = year;
        intent.selectUnit = unit->id;
        m_app->request(intent);
        frames(3);
        EXPECT_NE(window("###unitinfo"), nullptr) << "the unit panel is shown";
        return textOfOneFrame();
    }

    std::string bodyPanelText(const std::string& body, int year) {
        app::UiIntent intent;
        intent.seekYear = year;
        intent.clearSelection = true;
        intent.selectBody = body;
        m_app->request(intent);
        frames(3);
        EXPECT_NE(window("###bodyinfo"), nullptr) << "the body panel is shown";
        return textOfOneFrame();
    }

    app::Options m_options;
    app::AppConfig m_config;
    sf::RenderTexture m_texture;
    std::unique_ptr<app::AppShell> m_app;
};

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

TEST_F(KioskText, TheUnitPanelHasNoCodeLineAndNoSourceLine) {
    start(false, {1920, 1080}); // the explorer first: the same panel shows the scholar's lines there
    const std::string explore = unitPanelText("012600000", 1999);
    ASSERT_TRUE(contains(explore, "Kod: 012600000")) << "the log reads the panel: " << explore;
    ASSERT_TRUE(contains(explore, "Källa:"));

    start(true, {1920, 1080});
    const std::string kiosk = unitPanelText("012600000", 1999);
    EXPECT_TRUE(contains(kiosk, "Huddinge")) << kiosk;
    EXPECT_TRUE(contains(kiosk, "Befolkning 1999")) << "the visitor still gets the figure: " << kiosk;
    EXPECT_FALSE(contains(kiosk, "Kod:")) << kiosk;
    EXPECT_FALSE(contains(kiosk, "012600000")) << kiosk;
    EXPECT_FALSE(contains(kiosk, "Källa:")) << kiosk;
}

TEST_F(KioskText, ABadgeOpensTheBodysNameAndWhatItDoesWithoutNotes) {
    const geodata::JointBody* srv = fixtures::bundledAtlas().timeline.findBody("srv");
    ASSERT_NE(srv, nullptr);
    ASSERT_FALSE(srv->notes.empty());
    const std::string note = app::pick(srv->notes.front(), app::Language::Swedish).substr(0, 30);

    start(false, {1920, 1080});
    ASSERT_TRUE(contains(bodyPanelText("srv", 2009), note)) << "the explorer shows the notes";

    start(true, {1920, 1080});
    const std::string kiosk = bodyPanelText("srv", 2009);
    EXPECT_TRUE(contains(kiosk, srv->name)) << kiosk;
    EXPECT_TRUE(contains(kiosk, app::pick(srv->what, app::Language::Swedish))) << kiosk;
    EXPECT_FALSE(contains(kiosk, note)) << kiosk;
    EXPECT_FALSE(contains(kiosk, "Om källorna")) << kiosk;
    EXPECT_FALSE(contains(kiosk, "Källa:")) << kiosk;
}

// On a portrait kiosk the badges take a band at the top: the body panel opens below them, not over them.
TEST_F(KioskText, OnAPortraitKioskTheBodyPanelLeavesTheBadgesFree) {
    start(true, {1080, 1920});
    bodyPanelText("sbff", 2009);
    const ImGuiWindow* panel = window("###bodyinfo");
    ASSERT_NE(panel, nullptr);
    const sf::FloatRect box(panel->Pos.x, panel->Pos.y, panel->Size.x, panel->Size.y);
    const auto& badges = m_app->scene().lastLayout().badges;
    ASSERT_FALSE(badges.empty());
    for (const render::BodyBadge& badge : badges)
        EXPECT_FALSE(box.intersects(badge.rect))
            << badge.id << " at " << badge.rect.left << "," << badge.rect.top << " is under the panel at "
            << box.left << "," << box.top << " " << box.width << "x" << box.height;
}

// Text from the screen's millimetres: on a 43-inch portrait screen (535 × 951 mm) and on a 24-inch landscape
// one (527 × 296 mm) the panels' text is the same size on the glass, at least the buttons' labels.
TEST_F(KioskText, TheTextIsSizedFromTheScreensMillimetres) {
    const auto mmOfText = [&](sf::Vector2u size, double widthMm, double heightMm) {
        m_config.screenWidthMm = widthMm;
        m_config.screenHeightMm = heightMm;
        start(true, size);
        const float pxPerMm = app::pixelsPerMm(m_config, size.x, size.y);
        const float label =
            app::touchTargetPx(m_config, size.x, size.y, app::kKioskButtonMm) * app::kKioskButtonLabelShare;
        EXPECT_GE(ImGui::GetFontSize() + 0.5F, label) << "at least the buttons' labels";
        return ImGui::GetFontSize() / pxPerMm;
    };
    const float landscape = mmOfText({1920, 1080}, 527, 296);
    const float portrait = mmOfText({1080, 1920}, 535, 951);
    EXPECT_NEAR(landscape, portrait, 0.2F);
    EXPECT_GE(portrait, 6.0F) << "a capital of 4.5 mm: 22 minutes of arc at 700 mm";
}

} // namespace
