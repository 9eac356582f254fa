// A tap on the map opens the right panel: the scene's hit test feeds the ImGui panels.
#include "bundled_dataset.hpp"
#include "map_scene.hpp"
#include "render/imgui_sfml.hpp"
#include "ui_panels.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <gtest/gtest.h>
#include <imgui_internal.h>

namespace {

class MapUi : public ::testing::Test {
  protected:
    void SetUp() override {
        if (!fixtures::hasDisplay()) GTEST_SKIP() << "no X display (run under xvfb-run)";
        m_atlas = &fixtures::bundledAtlas();
        ASSERT_TRUE(m_texture.create(1600, 900));
    }

    // Runs two ImGui frames (draw data appears from the second) with the panels the window shows.
    // Returns the visible title of the window `windowId` after the tap, or "" when it is not shown.
    std::string panelAfterTap(app::MapScene& scene, sf::Vector2f tap, const char* windowId) {
        const app::MapScene::Pick hit = scene.pick(tap);
        render::ImGuiSfml imgui;
        for (int frame = 0; frame < 2; ++frame) {
            imgui.newFrame({1600, 900}, 1.0F / 60.0F);
            app::UiIntent intent;
            const app::PanelArea area{1600.0F, 900.0F};
            if (hit.unit)
                app::unitInfoPanel(*m_atlas, *hit.unit, scene.frame.year, scene.language, area, intent);
            if (hit.body) app::bodyPanel(*m_atlas, *hit.body, scene.frame.year, scene.language, area, intent);
            imgui.render(m_texture);
        }
        const ImGuiWindow* window = ImGui::FindWindowByName(windowId); // while the context still lives
        if (!window || !window->WasActive) return "";
        const std::string name = window->Name;
        return name.substr(0, name.find("###"));
    }

    const app::Atlas* m_atlas = nullptr;
    sf::RenderTexture m_texture;
};

} // namespace

TEST_F(MapUi, ATapAtAUnitsAnchorOpensThatUnitsPanel) {
    app::MapScene scene(*m_atlas);
    scene.frame.year = 1971;
    scene.fitCamera({1600.0F, 900.0F});
    for (const geodata::UnitVersion* u : m_atlas->dataset.unitsValidIn(1971)) {
        const sf::Vector2f at = scene.frame.camera.toScreen(u->labelAnchor);
        const app::MapScene::Pick hit = scene.pick(at);
        ASSERT_TRUE(hit.unit.has_value()) << u->fullName();
        EXPECT_EQ(*hit.unit, u->id);
    }
    const geodata::UnitVersion* haninge = nullptr;
    for (const geodata::UnitVersion* u : m_atlas->dataset.unitsValidIn(1971))
        if (u->name == "Haninge") haninge = u;
    ASSERT_NE(haninge, nullptr);
    EXPECT_EQ(panelAfterTap(scene, scene.frame.camera.toScreen(haninge->labelAnchor), "###unitinfo"),
              "Haninge kommun");
}

TEST_F(MapUi, ATapOnABadgeOpensThatBodysPanel) {
    app::MapScene scene(*m_atlas);
    scene.frame.year = 2009;
    scene.fitCamera({1600.0F, 900.0F});
    scene.draw(m_texture); // lays out the badges
    ASSERT_FALSE(scene.badges().empty());
    const render::BodyBadge& badge = scene.badges().front();
    const sf::Vector2f centre(badge.rect.left + badge.rect.width / 2, badge.rect.top + badge.rect.height / 2);
    ASSERT_EQ(scene.pick(centre).body, badge.id);
    const geodata::JointBody* body = m_atlas->timeline.findBody(badge.id);
    ASSERT_NE(body, nullptr);
    EXPECT_EQ(panelAfterTap(scene, centre, "###bodyinfo"), body->shortName);
}

TEST_F(MapUi, ATapOnTheSeaSelectsNothing) {
    app::MapScene scene(*m_atlas);
    scene.frame.year = 1971;
    scene.bodies = false;
    scene.fitCamera({1600.0F, 900.0F});
    const app::MapScene::Pick hit = scene.pick({1590.0F, 890.0F});
    EXPECT_FALSE(hit.unit.has_value());
    EXPECT_FALSE(hit.body.has_value());
}
