// What a kiosk visitor reads, and how large: the unit and joint-body panels at the visitor's level (no unit
// code, no notes on the sources, no source lines), the body panel's full name and one line of what the body
// does, text sized from the screen's millimetres, and the panels clear of the badges on a portrait screen.
// The panels' words are read from ImGui's own text log while a frame is drawn.
#include "bundled_dataset.hpp"
#include "modes/kiosk/kiosk_session.hpp"
#include "shell/app_shell.hpp"
#include "ui/ui_panels.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <algorithm>
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

    // The text of the first window the next frame begins. ImGui logs what a window draws and hands it to
    // the clipboard when the window ends; logging starts right after NewFrame (a context hook) and the
    // clipboard is ours for the frame. In the kiosk the unit or body panel is the first window begun.
    std::string firstWindowTextOfNextFrame() {
        ImGuiContext* context = ImGui::GetCurrentContext();
        ImGuiIO& io = ImGui::GetIO();
        static std::string captured;
        captured.clear();
        const auto previous = io.SetClipboardTextFn;
        io.SetClipboardTextFn = [](void*, const char* text) { captured += text; };
        ImGuiContextHook hook;
        hook.Type = ImGuiContextHookType_NewFramePost;
        hook.Callback = [](ImGuiContext*, ImGuiContextHook*) { ImGui::LogToClipboard(1 << 20); };
        const ImGuiID id = ImGui::AddContextHook(context, &hook);
        frames(1);
        ImGui::RemoveContextHook(context, id);
        io.SetClipboardTextFn = previous;
        return captured;
    }

    // The same panel drawn for the scholarly audience in a frame of the test's own, in the app's context.
    std::string scholarsUnitPanelText(int unitId, int year) {
        std::string text = firstWindowOf([&](app::UiIntent& intent) {
            app::unitInfoPanel(fixtures::bundledAtlas(), unitId, year, m_app->strings(),
                               {ImGui::GetIO().DisplaySize.x, ImGui::GetIO().DisplaySize.y}, intent);
        });
        return text;
    }

    template <typename Draw> std::string firstWindowOf(Draw draw) {
        ImGuiIO& io = ImGui::GetIO();
        static std::string captured;
        captured.clear();
        const auto previous = io.SetClipboardTextFn;
        io.SetClipboardTextFn = [](void*, const char* text) { captured += text; };
        io.DeltaTime = 1.0F / 30;
        ImGui::NewFrame();
        ImGui::LogToClipboard(1 << 20);
        app::UiIntent intent;
        draw(intent);
        ImGui::EndFrame();
        io.SetClipboardTextFn = previous;
        return captured;
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
        return firstWindowTextOfNextFrame();
    }

    std::string bodyPanelText(const std::string& body, int year) {
        app::UiIntent intent;
        intent.seekYear = year;
        intent.clearSelection = true;
        intent.selectBody = body;
        m_app->request(intent);
        frames(3);
        EXPECT_NE(window("###bodyinfo"), nullptr) << "the body panel is shown";
        return firstWindowTextOfNextFrame();
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
    const geodata::UnitVersion* huddinge = fixtures::bundledAtlas().dataset.versionOf("012600000", 1999);
    ASSERT_NE(huddinge, nullptr);
    start(true, {1920, 1080});
    // The scholar's panel, drawn by the test: the log reads the code and source lines there.
    const std::string scholar = scholarsUnitPanelText(huddinge->id, 1999);
    ASSERT_TRUE(contains(scholar, "Kod: 012600000")) << scholar;
    ASSERT_TRUE(contains(scholar, "Källa:")) << scholar;

    const std::string kiosk = unitPanelText("012600000", 1999); // the kiosk's own frame
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

    start(true, {1920, 1080});
    const std::string scholar = firstWindowOf([&](app::UiIntent& intent) {
        app::bodyPanel(fixtures::bundledAtlas(), "srv", 2009, m_app->strings(),
                       {ImGui::GetIO().DisplaySize.x, ImGui::GetIO().DisplaySize.y}, intent);
    });
    ASSERT_TRUE(contains(scholar, note)) << "the explorer's panel shows the notes: " << scholar;

    const std::string kiosk = bodyPanelText("srv", 2009);
    EXPECT_TRUE(contains(kiosk, srv->name)) << kiosk;
    EXPECT_TRUE(contains(kiosk, app::pick(srv->what, app::Language::Swedish))) << kiosk;
    EXPECT_FALSE(contains(kiosk, note)) << kiosk;
    EXPECT_FALSE(contains(kiosk, "Om källorna")) << kiosk;
    EXPECT_FALSE(contains(kiosk, "Källa:")) << kiosk;
}

// A visitor panel stays off the map: in the text column beside it (landscape) or on the touch strip below it
// (portrait), never over a badge, never over the name of a unit it lists, never over half the caption, and
// with room for all it says.
TEST_F(KioskText, ThePanelsCoverNoBadgeNoMembersNameNoPartOfTheCaptionAndNeedNoScrolling) {
    const geodata::JointBody* sbff = fixtures::bundledAtlas().timeline.findBody("sbff");
    ASSERT_NE(sbff, nullptr);
    const std::vector<std::string> members = sbff->membersIn(2009);
    ASSERT_GE(members.size(), 8U) << "the body with the most members: the tallest panel";
    for (const sf::Vector2u size : {sf::Vector2u(1080, 1920), sf::Vector2u(1920, 1080)}) {
        const std::string screen = std::to_string(size.x) + "x" + std::to_string(size.y);
        m_config.screenWidthMm = size.x > size.y ? 527 : 535; // a 24-inch landscape, a 43-inch portrait
        m_config.screenHeightMm = size.x > size.y ? 296 : 951;
        start(true, size);
        bodyPanelText("sbff", 2009);
        const ImGuiWindow* panel = window("###bodyinfo");
        ASSERT_NE(panel, nullptr);
        const sf::FloatRect box(panel->Pos.x, panel->Pos.y, panel->Size.x, panel->Size.y);
        const std::string where = screen + ": the panel at " + std::to_string(box.left) + "," +
                                  std::to_string(box.top) + " " + std::to_string(box.width) + "x" +
                                  std::to_string(box.height);
        EXPECT_EQ(panel->ScrollMax.y, 0.0F) << where << " needs scrolling";
        EXPECT_LE(box.top + box.height, static_cast<float>(size.y)) << where;
        const auto& badges = m_app->scene().lastLayout().badges;
        ASSERT_FALSE(badges.empty());
        for (const render::BodyBadge& badge : badges)
            EXPECT_FALSE(box.intersects(badge.rect)) << where << " covers the badge " << badge.id;
        int named = 0;
        for (const render::PlacedLabel& label : m_app->scene().map().lastLabels()) {
            if (std::find(members.begin(), members.end(), label.code) == members.end() ||
                label.placement == render::Placement::Dropped)
                continue;
            ++named;
            EXPECT_FALSE(box.intersects(label.box)) << where << " covers the member " << label.text;
        }
        EXPECT_EQ(named, static_cast<int>(members.size())) << screen << ": every member named on the map";
        // The body's panel and a unit's (taller) cover the caption whole or not at all, never cut it.
        const sf::FloatRect caption = m_app->scene().lastLayout().caption;
        ASSERT_GT(caption.width, 0) << screen << ": 2009 has a caption";
        const auto describe = [](const sf::FloatRect& r) {
            return std::to_string(r.left) + "," + std::to_string(r.top) + " " + std::to_string(r.width) +
                   "x" + std::to_string(r.height);
        };
        sf::FloatRect common;
        if (box.intersects(caption, common)) {
            EXPECT_EQ(common, caption) << where << " cuts the caption at " << describe(caption);
        }
        unitPanelText("012600000", 2009);
        const ImGuiWindow* unit = window("###unitinfo");
        ASSERT_NE(unit, nullptr);
        const sf::FloatRect unitBox(unit->Pos.x, unit->Pos.y, unit->Size.x, unit->Size.y);
        EXPECT_EQ(unit->ScrollMax.y, 0.0F) << screen << ": the unit panel needs scrolling";
        if (unitBox.intersects(caption, common)) {
            EXPECT_EQ(common, caption) << screen << ": the unit panel at " << describe(unitBox)
                                       << " cuts the caption at " << describe(caption);
        }
    }
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
