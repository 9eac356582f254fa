// The window's panels, driven offscreen: a tap on the map opens the right panel (the scene's hit
// test feeds the ImGui panels), every panel and the map's own words come from the catalogues in
// both languages, and switching the language changes what is on screen.
#include "bundled_dataset.hpp"
#include "modes/teach/alluvial_panel.hpp"
#include "modes/teach/teach.hpp"
#include "render/imgui_sfml.hpp"
#include "render/palette.hpp"
#include "scene_harness.hpp"
#include "ui/ui_panels.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <functional>
#include <gtest/gtest.h>
#include <imgui_internal.h>

namespace {

constexpr unsigned kWidth = 1600;
constexpr unsigned kHeight = 900;
const app::PanelArea kArea{static_cast<float>(kWidth), static_cast<float>(kHeight)};

std::string joined(const std::vector<std::string>& list) {
    std::string s;
    for (const std::string& item : list) s += "\n  " + item;
    return s;
}

class MapUi : public ::testing::Test {
  protected:
    void SetUp() override {
        if (!fixtures::hasDisplay()) GTEST_SKIP() << "no X display (run under xvfb-run)";
        m_atlas = &fixtures::bundledAtlas();
        ASSERT_TRUE(m_texture.create(kWidth, kHeight));
    }

    // Runs `panels` for `frames` ImGui frames in a fresh ImGui context (draw data appears from the
    // second frame; a new context means every window "appears", as when the app starts), then calls
    // `inspect` while the context still lives.
    void runFrames(int frames, const std::function<void(app::UiIntent&)>& panels,
                   const std::function<void()>& inspect = {}) {
        render::ImGuiSfml imgui;
        for (int frame = 0; frame < frames; ++frame) {
            imgui.newFrame({kWidth, kHeight}, 1.0F / 60.0F);
            app::UiIntent intent;
            panels(intent);
            m_texture.clear(sf::Color(40, 40, 48));
            imgui.render(m_texture);
        }
        m_texture.display();
        if (inspect) inspect();
    }

    // The visible title of window `windowId` (the part before "###"), or "" when it is not shown.
    static std::string shownTitle(const char* windowId) {
        const ImGuiWindow* window = ImGui::FindWindowByName(windowId);
        if (!window || !window->WasActive) return "";
        const std::string name = window->Name;
        return name.substr(0, name.find("###"));
    }

    // The panel a tap at `tap` opens: its visible title, or "" when `windowId` is not shown.
    std::string panelAfterTap(fixtures::SceneHarness& scene, sf::Vector2f tap, const char* windowId) {
        const render::SceneRenderer::Pick hit = scene.pick(tap);
        std::string title;
        runFrames(
            2,
            [&](app::UiIntent& intent) {
                if (hit.unit)
                    app::unitInfoPanel(*m_atlas, *hit.unit, scene.moment.year, scene.strings, kArea, intent);
                if (hit.body)
                    app::bodyPanel(*m_atlas, *hit.body, scene.moment.year, scene.strings, kArea, intent);
            },
            [&] { title = shownTitle(windowId); });
        return title;
    }

    // Every panel of the window with `text`, in every state that has words of its own.
    void drawEveryPanel(const app::Strings& text, fixtures::SceneHarness& scene) {
        const app::Atlas& atlas = *m_atlas;
        const geodata::Dataset& dataset = atlas.dataset;
        geodata::Playback playback(dataset.firstYear(), dataset.lastYear(), dataset.changeYears(),
                                   atlas.timeline.eventYears());
        const std::vector<std::string> problems = {"timeline.json /events/3/date: an example problem"};
        std::optional<std::string> firstMilestone;
        for (const geodata::Event& e : atlas.timeline.events)
            if (!geodata::changesBoundaries(e.type) && !firstMilestone) firstMilestone = e.id;
        ASSERT_TRUE(firstMilestone.has_value());
        ASSERT_FALSE(atlas.timeline.bodies.empty());

        for (const bool playing : {false, true}) {
            playback.setPlaying(playing);
            runFrames(2, [&](app::UiIntent& intent) {
                app::viewBar(scene.choices, text, playing, playing, kArea, intent);
                app::timelinePanel(playback, atlas, text, kArea, intent);
                app::storyPanel(atlas, firstMilestone, text, kArea, intent);
                app::problemsPanel(problems, text, kArea);
                app::aboutPanel(atlas, text, kArea, intent);
            });
        }
        // Each unit version in its first and last year (known, interpolated and missing figures, with
        // and without joint bodies and lineage), and each joint body before it had members and in the
        // last year. One frame draws them all into the same two windows.
        runFrames(1, [&](app::UiIntent& intent) {
            for (const geodata::UnitVersion& u : dataset.units)
                for (const int year : {u.fromYear, std::min(u.toYear, dataset.lastYear())})
                    app::unitInfoPanel(atlas, u.id, year, text, kArea, intent);
            for (const geodata::JointBody& body : atlas.timeline.bodies)
                for (const int year : {dataset.firstYear(), dataset.lastYear()})
                    app::bodyPanel(atlas, body.id, year, text, kArea, intent);
        });
        // The teaching tools, each opened as the panel appears; the quiz in each of its states.
        for (const app::TeachTool tool :
             {app::TeachTool::Compare, app::TeachTool::Lineage, app::TeachTool::Quiz}) {
            app::TeachState teach(atlas);
            teach.tool = tool;
            ASSERT_GT(teach.quiz.count(), 0U);
            const auto drawTeach = [&](app::UiIntent& intent) {
                app::teachPanel(teach, atlas, text, kArea, intent);
                if (teach.tool == app::TeachTool::Lineage) {
                    const app::AlluvialLayout chart = app::planFamilyTree(
                        teach.flowChoices, atlas, {600, 80, kArea.width - 610, kArea.height - 200}, true);
                    app::alluvialPanel(chart, teach.flowChoices, atlas, scene.renderer.map(), text, intent);
                }
            };
            runFrames(3, drawTeach);
            EXPECT_EQ(teach.tool, tool) << "the teaching panel did not open on the tool asked for";
            if (tool != app::TeachTool::Quiz) continue;
            (void)teach.quiz.submit(); // nothing chosen: a wrong answer, with the right one shown
            runFrames(3, drawTeach);
            while (!teach.quiz.finished()) teach.quiz.next();
            runFrames(3, drawTeach);
        }
    }

    // The map with its caption, year card and legend, in each view and the years that word them
    // differently: a described event, a change only the lineage explains, partial population.
    void drawEveryMap(fixtures::SceneHarness& scene) {
        const geodata::Dataset& dataset = m_atlas->dataset;
        scene.fitCamera({static_cast<float>(kWidth), static_cast<float>(kHeight)});
        std::vector<int> years = dataset.changeYears();
        years.push_back(dataset.firstYear());
        years.push_back(dataset.lastYear());
        for (const app::MapView view : {app::MapView::Units, app::MapView::Density, app::MapView::Circles}) {
            scene.choices.view = view;
            for (const int year : years) {
                scene.setYear(year);
                scene.draw(m_texture);
            }
        }
        scene.mode.sideBySide = std::pair{dataset.firstYear(), dataset.lastYear()};
        scene.draw(m_texture);
        scene.mode.sideBySide.reset();
    }

    // The pixels of `rect` in the texture as last displayed.
    [[nodiscard]] std::vector<sf::Color> pixels(sf::IntRect rect) const {
        const sf::Image image = m_texture.getTexture().copyToImage();
        std::vector<sf::Color> out;
        for (int y = rect.top; y < rect.top + rect.height; ++y)
            for (int x = rect.left; x < rect.left + rect.width; ++x)
                out.push_back(image.getPixel(static_cast<unsigned>(x), static_cast<unsigned>(y)));
        return out;
    }

    const app::Atlas* m_atlas = nullptr;
    sf::RenderTexture m_texture;
};

} // namespace

TEST_F(MapUi, ATapAtAUnitsAnchorOpensThatUnitsPanel) {
    const app::Strings strings = fixtures::bundledStrings();
    fixtures::SceneHarness scene(*m_atlas, strings);
    scene.setYear(1971);
    scene.fitCamera({1600.0F, 900.0F});
    for (const geodata::UnitVersion* u : m_atlas->dataset.unitsValidIn(1971)) {
        const sf::Vector2f at = scene.choices.camera.toScreen(u->labelAnchor);
        const render::SceneRenderer::Pick hit = scene.pick(at);
        ASSERT_TRUE(hit.unit.has_value()) << u->fullName();
        EXPECT_EQ(*hit.unit, u->id);
    }
    const geodata::UnitVersion* haninge = nullptr;
    for (const geodata::UnitVersion* u : m_atlas->dataset.unitsValidIn(1971))
        if (u->name == "Haninge") haninge = u;
    ASSERT_NE(haninge, nullptr);
    EXPECT_EQ(panelAfterTap(scene, scene.choices.camera.toScreen(haninge->labelAnchor), "###unitinfo"),
              "Haninge kommun");
}

TEST_F(MapUi, ATapOnABadgeOpensThatBodysPanel) {
    const app::Strings strings = fixtures::bundledStrings();
    fixtures::SceneHarness scene(*m_atlas, strings);
    scene.setYear(2009);
    scene.fitCamera({1600.0F, 900.0F});
    const render::SceneLayout& layout = scene.draw(m_texture); // lays out the badges
    ASSERT_FALSE(layout.badges.empty());
    const render::BodyBadge badge = layout.badges.front();
    const sf::Vector2f centre(badge.rect.left + badge.rect.width / 2, badge.rect.top + badge.rect.height / 2);
    ASSERT_EQ(scene.pick(centre).body, badge.id);
    const geodata::JointBody* body = m_atlas->timeline.findBody(badge.id);
    ASSERT_NE(body, nullptr);
    EXPECT_EQ(panelAfterTap(scene, centre, "###bodyinfo"), body->shortName);
}

TEST_F(MapUi, ATapOnTheSeaSelectsNothing) {
    const app::Strings strings = fixtures::bundledStrings();
    fixtures::SceneHarness scene(*m_atlas, strings);
    scene.setYear(1971);
    scene.choices.bodies = false;
    scene.fitCamera({1600.0F, 900.0F});
    const render::SceneRenderer::Pick hit = scene.pick({1590.0F, 890.0F});
    EXPECT_FALSE(hit.unit.has_value());
    EXPECT_FALSE(hit.body.has_value());
}

// Every key the panels and the map ask for exists in the language shown: Strings records each one
// it had to fall back for, and none may be recorded. (Keys only reached in states this test does not
// draw are still covered by I18n.EveryKeyInTheSourcesIsInBothCatalogues.)
TEST_F(MapUi, EveryPanelAndTheMapAreWordedFromTheCatalogueInBothLanguages) {
    for (const app::Language language : {app::Language::Swedish, app::Language::English}) {
        const app::Strings text = fixtures::bundledStrings(language);
        fixtures::SceneHarness scene(*m_atlas, text);
        drawEveryPanel(text, scene);
        drawEveryMap(scene);
        EXPECT_TRUE(text.missingKeys().empty())
            << app::languageCode(language) << ": keys not in the catalogue:" << joined(text.missingKeys());
        // The panels were drawn with these words: a window's title is its catalogue text.
        runFrames(
            2, [&](app::UiIntent& intent) { app::storyPanel(*m_atlas, std::nullopt, text, kArea, intent); },
            [&] { EXPECT_EQ(shownTitle("###story"), text.get("story.panel_title")); });
    }
}

// The check above can fail: with a catalogue that lacks the panels' keys, the same drawing records them.
TEST_F(MapUi, AnIncompleteCatalogueIsNoticedWhileDrawing) {
    app::Strings partial;
    (void)partial.load(std::string(TIDSATLAS_FIXTURES_DIR) + "/i18n/wrong_placeholders",
                       app::Language::English);
    fixtures::SceneHarness scene(*m_atlas, partial);
    drawEveryPanel(partial, scene);
    const auto missing = partial.missingKeys();
    EXPECT_NE(std::find(missing.begin(), missing.end(), "en: timeline.play"), missing.end())
        << joined(missing);
    EXPECT_NE(std::find(missing.begin(), missing.end(), "en: unit.came_from"), missing.end())
        << joined(missing);
}

// What the window does on a tap on "English": the same Strings switches language, and the play
// button and the map's year card read differently, while drawing twice in one language is identical.
TEST_F(MapUi, SwitchingTheLanguageChangesThePlayButtonAndTheYearCard) {
    app::Strings text = fixtures::bundledStrings(app::Language::Swedish);
    ASSERT_NE(text.get("timeline.play", app::Language::Swedish),
              text.get("timeline.play", app::Language::English));
    const geodata::Dataset& dataset = m_atlas->dataset;
    const geodata::Playback playback(dataset.firstYear(), dataset.lastYear(), dataset.changeYears());
    // The play button's rectangle, as timelinePanel lays it out: after the 56 px "|<" button, 96×36.
    sf::IntRect playButton;
    const auto drawTimeline = [&] {
        runFrames(
            2, [&](app::UiIntent& intent) { app::timelinePanel(playback, *m_atlas, text, kArea, intent); },
            [&] {
                const ImGuiStyle& style = ImGui::GetStyle();
                playButton = sf::IntRect(
                    static_cast<int>(style.WindowPadding.x + 56 + style.ItemSpacing.x),
                    static_cast<int>(kHeight - app::kTimelinePanelHeight + style.WindowPadding.y), 96, 36);
            });
        return pixels(playButton);
    };
    const auto swedish = drawTimeline();
    EXPECT_EQ(drawTimeline(), swedish)
        << "drawing is not deterministic, so the comparison below says nothing";
    text.setLanguage(app::Language::English);
    const auto english = drawTimeline();
    EXPECT_NE(english, swedish) << "the play button looks the same in Swedish and English";
    EXPECT_TRUE(text.missingKeys().empty()) << joined(text.missingKeys());

    // The year card: "17 kommuner" / "17 municipalities" in the top-left corner.
    fixtures::SceneHarness scene(*m_atlas, text);
    scene.setYear(1952);
    scene.fitCamera({static_cast<float>(kWidth), static_cast<float>(kHeight)});
    const sf::IntRect card(0, 0, 400, 150);
    const auto drawCard = [&] {
        m_texture.clear();
        scene.draw(m_texture);
        m_texture.display();
        return pixels(card);
    };
    const auto englishCard = drawCard();
    text.setLanguage(app::Language::Swedish);
    EXPECT_NE(drawCard(), englishCard) << "the year card looks the same in Swedish and English";
}

// Teaching's old borders over new: the magenta lines have a key beside the map, in both languages and in
// every view, naming the two years; it keeps off the map like every legend. Before: no key at all.
TEST_F(MapUi, OldBordersOverNewHaveAKeyOffTheMap) {
    const geodata::Dataset& dataset = m_atlas->dataset;
    const int earlier = dataset.firstYear(), later = dataset.lastYear();
    for (const app::Language language : {app::Language::Swedish, app::Language::English})
        for (const app::MapView view : {app::MapView::Units, app::MapView::Density, app::MapView::Circles}) {
            SCOPED_TRACE(std::string(app::languageCode(language)) + " view " +
                         std::to_string(static_cast<int>(view)));
            const app::Strings text = fixtures::bundledStrings(language);
            fixtures::SceneHarness scene(*m_atlas, text);
            scene.setYear(later);
            scene.choices.view = view;
            scene.mode.year = later;
            const sf::Vector2f size(static_cast<float>(kWidth), static_cast<float>(kHeight));
            scene.fitCamera(size);
            m_texture.clear();
            const render::SceneLayout withoutGhost = scene.draw(m_texture);
            scene.mode.ghostYear = earlier;
            scene.fitCamera(size);
            const render::SceneSnapshot snapshot = scene.snapshot();
            EXPECT_NE(snapshot.legendText.ghostEarlier.find(std::to_string(earlier)), std::string::npos);
            EXPECT_NE(snapshot.legendText.ghostLater.find(std::to_string(later)), std::string::npos);
            m_texture.clear();
            const render::SceneLayout layout = scene.draw(m_texture);
            m_texture.display();
            ASSERT_GT(layout.legend.height, withoutGhost.legend.height) << "no key for the magenta lines";
            // The key's own rows are below the view's legend: a magenta sample is drawn there.
            const sf::FloatRect key(layout.legend.left, layout.legend.top + withoutGhost.legend.height,
                                    layout.legend.width, layout.legend.height - withoutGhost.legend.height);
            const auto inKey = pixels(sf::IntRect(key));
            const bool magenta = std::any_of(inKey.begin(), inKey.end(), [](sf::Color c) {
                return std::abs(c.r - render::palette::kGhost.r) < 30 &&
                       std::abs(c.g - render::palette::kGhost.g) < 30 &&
                       std::abs(c.b - render::palette::kGhost.b) < 30;
            });
            EXPECT_TRUE(magenta) << "the key shows no magenta line";
            // Off the map: the data's bounds on screen do not reach into it.
            const render::Camera& camera = scene.choices.camera;
            const sf::Vector2f a = camera.toScreen({dataset.bounds.minX, dataset.bounds.minY});
            const sf::Vector2f b = camera.toScreen({dataset.bounds.maxX, dataset.bounds.maxY});
            const sf::FloatRect map(std::min(a.x, b.x), std::min(a.y, b.y), std::abs(b.x - a.x),
                                    std::abs(b.y - a.y));
            EXPECT_FALSE(map.intersects(layout.legend)) << "the key covers the map";
            EXPECT_TRUE(text.missingKeys().empty()) << joined(text.missingKeys());
        }
}

// A file with thousands of bad rows made the problems panel as tall as the window, covering the map. It
// keeps to under a third of the height and scrolls, in landscape and in the kiosk's portrait alike.
TEST_F(MapUi, AThousandProblemsDoNotCoverTheMap) {
    const app::Strings text = app::loadAppStrings(app::Language::English);
    std::vector<std::string> problems;
    for (int i = 0; i < 1000; ++i)
        problems.push_back("population.csv:" + std::to_string(i + 2) + " (year): year '19x0' is not a year");
    for (const app::PanelArea area : {kArea, app::PanelArea{900.0F, 1600.0F}}) {
        float height = 0, scrollMax = 0;
        bool shown = false;
        runFrames(
            3, [&](app::UiIntent&) { app::problemsPanel(problems, text, area); },
            [&] {
                const ImGuiWindow* window = ImGui::FindWindowByName("###problems");
                shown = window && window->WasActive;
                if (!shown) return;
                height = window->Size.y;
                scrollMax = window->ScrollMax.y;
            });
        ASSERT_TRUE(shown);
        EXPECT_LE(height, area.height * 0.3F + 1) << area.width << "x" << area.height;
        EXPECT_GT(height, 100.0F);
        EXPECT_GT(scrollMax, 0.0F) << "the rest is reached by scrolling";
    }
}
