// The timeline's words where a class or a hall can read them: every change year that fits is written,
// the great reforms always (1971 lost its label to 1967 when labels were taken left to right), no two
// labels touch, and the speed's label keeps clear of its slider's handle. ImGui runs without drawing:
// the panel reports where it put its parts.
#include "bundled_dataset.hpp"
#include "render/imgui_sfml.hpp"
#include "ui/tick_labels.hpp"
#include "ui/ui_panels.hpp"

#include <gtest/gtest.h>

namespace {

bool overlap(const sf::FloatRect& a, const sf::FloatRect& b) { return a.intersects(b); }

struct Case {
    unsigned width, height;
    app::Language language;
    float fontPixels;
};

app::TimelineLayout layoutAt(const Case& c, double speed) {
    const app::Atlas& atlas = fixtures::bundledAtlas();
    const geodata::Dataset& dataset = atlas.dataset;
    const app::Strings text = fixtures::bundledStrings(c.language);
    geodata::Playback playback(dataset.firstYear(), dataset.lastYear(), dataset.changeYears(),
                               atlas.timeline.eventYears());
    playback.tempo.yearsPerSecond = speed;
    render::ImGuiSfml imgui;
    imgui.setFontPixelSize(c.fontPixels);
    app::TimelineLayout layout;
    for (int frame = 0; frame < 2; ++frame) {
        imgui.newFrame({c.width, c.height}, 1.0F / 60.0F);
        app::UiIntent intent;
        layout = app::timelinePanel(playback, atlas, text,
                                    {static_cast<float>(c.width), static_cast<float>(c.height)}, intent);
        ImGui::Render(); // no drawing: only the layout is asked for
    }
    return layout;
}

} // namespace

TEST(TickLabels, TheMostImportantChangeWinsAndEveryLabelThatFitsIsWritten) {
    // 1967 (a small change) sits just before 1971 (a reform): left to right it took 1971's room.
    const std::vector<app::TickLabel> ticks{
        {1963, 60, 36, 0}, {1967, 140, 36, 0}, {1971, 170, 36, 8}, {1974, 200, 36, 1}, {1999, 400, 36, 1}};
    const std::vector<bool> written = app::chooseTickLabels(ticks, 6, 0, 1000);
    EXPECT_EQ(written, (std::vector<bool>{true, false, true, false, true})); // left to right: 1967, not 1971
    // Nothing outside the bounds.
    EXPECT_EQ(app::chooseTickLabels({{1900, 10, 36, 5}}, 6, 0, 1000), std::vector<bool>{false});
}

TEST(TimelinePanel, EveryChangeYearThatFitsIsWrittenTheReformsAlwaysAndNoLabelsTouch) {
    const geodata::Dataset& dataset = fixtures::bundledDataset();
    // The years whose number of units changed most: the reforms a class is taught.
    std::vector<std::pair<size_t, int>> byChange;
    for (int year : dataset.changeYears()) {
        if (year <= dataset.firstYear() || year > dataset.lastYear()) continue;
        const auto now = dataset.unitsValidIn(year).size(), before = dataset.unitsValidIn(year - 1).size();
        byChange.emplace_back(now > before ? now - before : before - now, year);
    }
    std::sort(byChange.rbegin(), byChange.rend());
    ASSERT_GE(byChange.size(), 2U);
    const int biggest = byChange[0].second, second = byChange[1].second;

    for (const Case c :
         {Case{1280, 720, app::Language::Swedish, 18}, Case{1280, 720, app::Language::English, 18},
          Case{1920, 1080, app::Language::Swedish, 24}, Case{1080, 1920, app::Language::English, 18},
          Case{1080, 1920, app::Language::Swedish, 24}, Case{960, 540, app::Language::Swedish, 18}}) {
        SCOPED_TRACE(std::to_string(c.width) + "x" + std::to_string(c.height) + " font " +
                     std::to_string(static_cast<int>(c.fontPixels)));
        const app::TimelineLayout layout = layoutAt(c, 12.0);
        ASSERT_FALSE(layout.ticks.empty());
        std::map<int, sf::FloatRect> written(layout.tickLabels.begin(), layout.tickLabels.end());
        EXPECT_TRUE(written.contains(1971)) << "the 1971 tick has no label";
        EXPECT_TRUE(written.contains(biggest)) << biggest;
        EXPECT_TRUE(written.contains(second)) << second;
        for (auto a = written.begin(); a != written.end(); ++a)
            for (auto b = std::next(a); b != written.end(); ++b)
                EXPECT_FALSE(overlap(a->second, b->second)) << a->first << " and " << b->first << " overlap";
        for (const auto& [year, box] : written)
            EXPECT_FALSE(overlap(box, layout.speedLabel)) << year << " runs into the speed's label";
        // Every tick without a label would have run into one that has (else it should have been written).
        const sf::FloatRect& any = layout.tickLabels.front().second;
        for (const auto& [year, x] : layout.ticks) {
            if (written.contains(year)) continue;
            const sf::FloatRect would(x - any.width / 2 - 6, any.top, any.width + 12, any.height);
            const bool inside = would.left >= 0 && would.left + would.width <= layout.speedLabel.left;
            EXPECT_TRUE(!inside || std::any_of(written.begin(), written.end(),
                                               [&](const auto& w) { return overlap(w.second, would); }))
                << year << " has room but no label";
        }
    }
}

TEST(TimelinePanel, TheSpeedsLabelKeepsClearOfItsSlidersHandle) {
    for (const Case c :
         {Case{1280, 720, app::Language::Swedish, 18}, Case{1920, 1080, app::Language::English, 24},
          Case{1080, 1920, app::Language::Swedish, 18}})
        for (const double speed : {0.5, 5.0, 12.0, 20.0}) {
            SCOPED_TRACE(std::to_string(c.width) + "x" + std::to_string(c.height) + " at " +
                         std::to_string(speed));
            const app::TimelineLayout layout = layoutAt(c, speed);
            ASSERT_GT(layout.speedLabel.width, 0);
            // The handle moves anywhere inside the slider's frame: the label is outside it.
            EXPECT_FALSE(overlap(layout.speedLabel, layout.speedSlider));
            EXPECT_LE(layout.speedLabel.left + layout.speedLabel.width, static_cast<float>(c.width));
            EXPECT_LE(layout.speedLabel.top + layout.speedLabel.height, static_cast<float>(c.height));
        }
}
