// Teaching as a class sees it on a projector, through the real shell: the family tree names every unit in
// text the back row reads, without two names overlapping, beside the map and not over it; and every
// teaching view shows one year on its map, its card and its timeline.
#include "app_clicks.hpp"
#include "bundled_dataset.hpp"
#include "direction/stage_text.hpp"
#include "modes/teach/teach_mode.hpp"
#include "shell/app_shell.hpp"

#include <SFML/Graphics/RenderTexture.hpp>
#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>
#include <sstream>

namespace {

using fixtures::mouse;
using fixtures::tabCentre;

class Classroom : public ::testing::Test {
  protected:
    void SetUp() override {
        if (!fixtures::hasDisplay()) GTEST_SKIP() << "no X display (run under xvfb-run)";
        m_options.dataDir = TIDSATLAS_DATA_DIR;
        m_options.teach = true;
        m_config.heartbeatFile.clear();
    }

    std::unique_ptr<app::AppShell> make(sf::Vector2u size, app::Language language) {
        EXPECT_TRUE(m_texture.create(size.x, size.y));
        m_options.english = language == app::Language::English;
        return std::make_unique<app::AppShell>(fixtures::sharedBundledAtlas(), m_options, m_config,
                                               std::vector<std::string>{}, size);
    }

    void frame(app::AppShell& app) {
        app.update(1.0 / 30);
        app.draw(m_texture);
        m_texture.display();
    }

    void tap(app::AppShell& app, sf::Vector2f at) {
        app.handle(mouse(sf::Event::MouseButtonPressed, at));
        app.handle(mouse(sf::Event::MouseButtonReleased, at));
    }

    // Taps the teaching panel's tab `id` and lets two frames pass.
    void openTab(app::AppShell& app, const std::string& id) {
        frame(app); // an auto-sized panel settles a frame after its contents change
        const auto centre = tabCentre(id);
        ASSERT_TRUE(centre.has_value()) << id;
        tap(app, *centre);
        frame(app);
        frame(app);
    }

    // The data's bounds on screen: where the map's units are drawn.
    static sf::FloatRect mapOnScreen(const app::AppShell& app) {
        const geodata::Bounds& b = fixtures::bundledDataset().bounds;
        const sf::Vector2f p = app.choices().camera.toScreen({b.minX, b.minY});
        const sf::Vector2f q = app.choices().camera.toScreen({b.maxX, b.maxY});
        return {std::min(p.x, q.x), std::min(p.y, q.y), std::abs(q.x - p.x), std::abs(q.y - p.y)};
    }

    sf::RenderTexture m_texture;
    app::Options m_options;
    app::AppConfig m_config;
};

std::string where(const sf::FloatRect& r) {
    std::ostringstream out;
    out << '(' << r.left << ',' << r.top << ' ' << r.width << 'x' << r.height << ')';
    return out.str();
}

} // namespace

// Before: about 14 px text, 3 of the 27 units of 1900 named, names overlapping, the chart over half the map.
TEST_F(Classroom, TheFamilyTreeNamesEveryUnitInProjectorTextBesideTheMap) {
    struct Case {
        sf::Vector2u size;
        app::Language language;
    };
    for (const Case c :
         {Case{{1280, 720}, app::Language::Swedish}, Case{{1280, 720}, app::Language::English},
          Case{{1920, 1080}, app::Language::English}, Case{{1080, 1920}, app::Language::Swedish}}) {
        SCOPED_TRACE(std::to_string(c.size.x) + "x" + std::to_string(c.size.y) + " " +
                     std::string(app::languageCode(c.language)));
        auto app = make(c.size, c.language);
        frame(*app);
        frame(*app);
        openTab(*app, "lineage");
        frame(*app); // the map is planned around the chart from the frame after it appeared
        ASSERT_EQ(app->mode(), app::AppMode::Teach);
        const app::AlluvialLayout& chart = app->teaching().familyTree();
        ASSERT_GE(chart.columns.size(), 3U) << "the chart shows too few of the reforms to tell the story";
        const app::FlowDiagram& diagram = app->teaching().state().flowChoices.at(chart.diagram);
        ASSERT_EQ(diagram.columns.size(), chart.columns.size());

        // Every unit of every column has its name, in its column.
        size_t units = 0;
        for (size_t col = 0; col < diagram.columns.size(); ++col)
            for (int id : diagram.columns[col].units) {
                ++units;
                const auto named = std::find_if(chart.labels.begin(), chart.labels.end(), [&](const auto& l) {
                    return l.unit == id && l.column == col;
                });
                EXPECT_NE(named, chart.labels.end())
                    << fixtures::bundledDataset().units[static_cast<size_t>(id)].name << " in "
                    << diagram.columns[col].year << " has no name";
            }
        EXPECT_EQ(chart.labels.size(), units);
        EXPECT_EQ(chart.unnamed, 0U);

        // Text the back of the room reads: at least the projector's smallest, as the presenter's names.
        const float minimum = app::projectorMinimumTextPixels(c.size.x, c.size.y);
        EXPECT_GE(chart.textHeight, minimum);
        for (const app::ChartLabel& l : chart.labels) EXPECT_GE(l.box.height, minimum) << l.text;

        // No two names overlap; each lies inside the chart and off every bar.
        for (size_t i = 0; i < chart.labels.size(); ++i) {
            const app::ChartLabel& a = chart.labels[i];
            EXPECT_TRUE(chart.box.contains(a.box.left, a.box.top) &&
                        chart.box.contains(a.box.left + a.box.width, a.box.top + a.box.height))
                << a.text << " " << where(a.box) << " outside the chart " << where(chart.box);
            for (size_t j = i + 1; j < chart.labels.size(); ++j)
                EXPECT_FALSE(a.box.intersects(chart.labels[j].box))
                    << a.text << " " << where(a.box) << " overlaps " << chart.labels[j].text << " "
                    << where(chart.labels[j].box);
            for (const app::ChartColumn& col : chart.columns)
                for (const auto& [id, slot] : col.slots) {
                    const sf::FloatRect bar(col.barLeft, slot.top, app::AlluvialStyle{}.barWidth,
                                            slot.bottom - slot.top);
                    EXPECT_FALSE(a.box.intersects(bar)) << a.text << " lies on a bar";
                }
        }

        // The chart and the map share the screen: the map's units are nowhere under the chart, and the
        // chart is off the teaching panel, the view bar and the timeline.
        const sf::FloatRect map = mapOnScreen(*app);
        EXPECT_FALSE(map.intersects(chart.box))
            << "map " << where(map) << " under the chart " << where(chart.box);
        EXPECT_GT(map.width * map.height, 0.04F * static_cast<float>(c.size.x * c.size.y))
            << "the map is a speck: " << where(map);
        for (const app::Overlay& o : app->overlays()) {
            if (!o.name.starts_with("panel:") || o.name.ends_with("###alluvial")) continue;
            EXPECT_FALSE(o.box.intersects(chart.box)) << o.name << " " << where(o.box);
        }
    }
}

// Every teaching view shows one year on the map, the card and the timeline (part 11 held it for the
// comparison and the quiz; here the family tree too, and the way back between the tools).
TEST_F(Classroom, EveryTeachingViewShowsOneYearOnTheMapTheCardAndTheTimeline) {
    auto app = make({1280, 720}, app::Language::Swedish);
    const auto oneYear = [&](const char* view) {
        EXPECT_EQ(app->snapshot().map.year, app->playback().year()) << view << ": map and timeline differ";
        ASSERT_TRUE(app->snapshot().card.has_value()) << view;
        EXPECT_EQ(app->snapshot().card->year, app->playback().year()) << view << ": card and timeline differ";
    };
    frame(*app);
    frame(*app);
    oneYear("side by side");
    EXPECT_EQ(app->playback().year(), app->teaching().state().laterYear);
    openTab(*app, "lineage");
    oneYear("family tree");
    app::UiIntent seek;
    seek.seekYear = 1952;
    app->request(seek);
    frame(*app);
    EXPECT_EQ(app->playback().year(), 1952);
    oneYear("family tree after a seek");
    openTab(*app, "quiz");
    oneYear("quiz");
    EXPECT_EQ(app->playback().year(), app->teaching().state().quiz.current().mapYear);
    openTab(*app, "compare");
    ASSERT_EQ(app->teaching().state().tool, app::TeachTool::Compare);
    oneYear("compare again");
    EXPECT_EQ(app->playback().year(), app->teaching().state().laterYear);
}
