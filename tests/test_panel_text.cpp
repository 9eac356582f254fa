// Panel text stays inside its panel: every unit's and every joint body's panel, and "Om kartan", in both
// languages, in the explorer and the kiosk (larger touch text), landscape and portrait. ImGui draws a line
// that does not fit past the panel's edge, where it is clipped: the joint body panel showed "Telge i
// Södertälje AB (Södertälje kommuns bol…" and its "Om källorna" notes cut, the kiosk's unit panel "Blev:
// Västerhaninge landskommun (1952–197…". A panel's contents may be no wider than its inside.
#include "bundled_dataset.hpp"
#include "render/imgui_sfml.hpp"
#include "shell/app_shell.hpp"
#include "ui/wrapped_text.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <cctype>
#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::vector<std::string> linesOf(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

struct Screen {
    const char* name;
    bool kiosk;
    bool english;
    sf::Vector2u size;
};

class PanelText : public ::testing::TestWithParam<Screen> {
  protected:
    void SetUp() override {
        if (!fixtures::hasDisplay()) GTEST_SKIP() << "no X display (run under xvfb-run)";
        const Screen& screen = GetParam();
        ASSERT_TRUE(m_texture.create(screen.size.x, screen.size.y));
        app::Options options;
        options.dataDir = TIDSATLAS_DATA_DIR;
        options.kiosk = screen.kiosk;
        options.english = screen.english;
        app::AppConfig config;
        config.heartbeatFile.clear();
        m_app = std::make_unique<app::AppShell>(fixtures::sharedBundledAtlas(), options, config,
                                                std::vector<std::string>{}, screen.size);
        frames(2);
        if (screen.kiosk) { // the first touch only wakes the kiosk
            sf::Event key{};
            key.type = sf::Event::KeyPressed;
            key.key.code = sf::Keyboard::A;
            m_app->handle(key);
            frames(2);
        }
    }

    void frames(int count) {
        for (int i = 0; i < count; ++i) {
            m_app->update(1.0 / 30);
            m_app->draw(m_texture);
        }
    }

    // Asks for `intent`, lets the auto-sizing panel settle, then checks window `id`'s contents against its
    // inside. Returns how much wider they are (0 when they fit).
    void expectFits(const app::UiIntent& intent, const char* id, const std::string& what) {
        m_app->request(intent);
        frames(3);
        const ImGuiWindow* panel = ImGui::FindWindowByName(id);
        ASSERT_NE(panel, nullptr) << what;
        ASSERT_TRUE(panel->WasActive) << what << ": the panel is not shown";
        const float inside = panel->ContentRegionRect.GetWidth();
        EXPECT_LE(panel->ContentSize.x, inside + 0.5F)
            << what << ": " << panel->ContentSize.x - inside << " px of its text run past the panel's edge ("
            << GetParam().name << ")";
        ++m_checked;
    }

    sf::RenderTexture m_texture;
    std::unique_ptr<app::AppShell> m_app;
    int m_checked = 0;
};

// The explorer's own panels (the kiosk has neither the joint body panel nor this "Om kartan").
class ExplorerPanelText : public PanelText {};

void PrintTo(const Screen& screen, std::ostream* out) { *out << screen.name; }

std::string testName(const ::testing::TestParamInfo<Screen>& param) {
    std::string out;
    for (const char c : std::string(param.param.name))
        if (std::isalnum(static_cast<unsigned char>(c))) out += c;
    return out;
}

const Screen kExploreSv{"explore, Swedish, 1920x1080", false, false, {1920, 1080}};
const Screen kExploreEn{"explore, English, 1080x1920", false, true, {1080, 1920}};
const Screen kKioskSv{"kiosk, Swedish, 1920x1080", true, false, {1920, 1080}};
const Screen kKioskEn{"kiosk, English, 1080x1920", true, true, {1080, 1920}};

} // namespace

TEST_P(PanelText, EveryUnitsPanelFitsItsText) {
    const geodata::Dataset& dataset = fixtures::bundledAtlas().dataset;
    for (const geodata::UnitVersion& unit : dataset.units) {
        const int year = std::max(unit.fromYear, dataset.firstYear());
        if (year > dataset.lastYear()) continue;
        app::UiIntent intent;
        intent.seekYear = year;
        intent.selectUnit = unit.id;
        expectFits(intent, "###unitinfo", unit.fullName() + " " + std::to_string(year));
    }
    EXPECT_GT(m_checked, 40);
}

TEST_P(ExplorerPanelText, EveryJointBodysPanelFitsItsText) {
    const app::Atlas& atlas = fixtures::bundledAtlas();
    for (const geodata::JointBody& body : atlas.timeline.bodies)
        for (const int year : {body.founded, atlas.dataset.lastYear()}) {
            app::UiIntent intent;
            intent.seekYear = year;
            intent.selectBody = body.id;
            expectFits(intent, "###bodyinfo", body.shortName + " " + std::to_string(year));
        }
    EXPECT_EQ(m_checked, 2 * static_cast<int>(atlas.timeline.bodies.size()));
}

TEST_P(ExplorerPanelText, AboutThisMapFitsItsText) {
    app::UiIntent intent;
    intent.toggleAbout = true;
    expectFits(intent, "###about", "Om kartan");
}

INSTANTIATE_TEST_SUITE_P(Screens, PanelText, ::testing::Values(kExploreSv, kExploreEn, kKioskSv, kKioskEn),
                         testName);
INSTANTIATE_TEST_SUITE_P(Screens, ExplorerPanelText, ::testing::Values(kExploreSv, kExploreEn), testName);

// The wrapping itself: breaks only between words, every line fits, nothing is lost; a word wider than the
// line (an address) is shown whole over several lines.
TEST(WrapWords, BreaksBetweenWordsAndEveryLineFits) {
    if (!fixtures::hasDisplay()) GTEST_SKIP() << "no X display (run under xvfb-run)";
    render::ImGuiSfml imgui;
    imgui.newFrame({800, 600}, 1.0F / 60.0F);
    const std::string text = "Telge i Södertälje AB (Södertälje kommuns bolag) äger 20 av 120 aktier";
    const float width = ImGui::CalcTextSize("Telge i Södertälje AB").x;
    const std::vector<std::string> lines = linesOf(app::wrapWords(text, width));
    ASSERT_GE(lines.size(), 3U);
    std::string joined;
    for (const std::string& line : lines) {
        EXPECT_LE(ImGui::CalcTextSize(line.c_str()).x, width) << line;
        EXPECT_FALSE(line.starts_with(' ') || line.ends_with(' ')) << "'" << line << "'";
        joined += (joined.empty() ? "" : " ") + line;
    }
    EXPECT_EQ(joined, text) << "broken only where there was a space, nothing lost";
    EXPECT_EQ(lines.front(), "Telge i Södertälje AB");

    const std::string address = "https://example.org/en-mycket-lång-adress-utan-mellanslag";
    const std::vector<std::string> pieces = linesOf(app::wrapWords(address, 100.0F));
    ASSERT_GE(pieces.size(), 2U);
    std::string whole;
    for (const std::string& piece : pieces) {
        EXPECT_LE(ImGui::CalcTextSize(piece.c_str()).x, 100.0F) << piece;
        whole += piece;
    }
    EXPECT_EQ(whole, address) << "cut between whole characters (å is two bytes)";
    ImGui::EndFrame();
}
