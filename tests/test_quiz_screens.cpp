// The quiz as a class sees it: after an answer the verdict in words and a mark (✓ / ✗), in the large font,
// not only green and red on the map; after the last question an end screen with the score, large, and
// every question's mark. ImGui runs without drawing; the panel reports what it showed
// (TeachState::quizShown).
#include "bundled_dataset.hpp"
#include "modes/teach/teach.hpp"
#include "render/imgui_sfml.hpp"

#include <gtest/gtest.h>

namespace {

constexpr float kFont = 18.0F;

// Draws the teaching panel for two frames (a tab bar shows its tab's contents from the second).
void show(app::TeachState& teach, const app::Strings& text) {
    render::ImGuiSfml imgui;
    imgui.setFontPixelSize(kFont);
    for (int frame = 0; frame < 2; ++frame) {
        imgui.newFrame({1280, 720}, 1.0F / 60.0F);
        app::UiIntent intent;
        (void)app::teachPanel(teach, fixtures::bundledAtlas(), text, {1280, 720}, intent);
        ImGui::Render();
    }
}

} // namespace

TEST(QuizScreens, TheVerdictIsWordsAndAMarkInTheLargeFontAndTheEndShowsTheScore) {
    for (const app::Language language : {app::Language::Swedish, app::Language::English}) {
        SCOPED_TRACE(app::languageCode(language));
        const app::Strings text = fixtures::bundledStrings(language);
        app::TeachState teach(fixtures::bundledAtlas());
        teach.tool = app::TeachTool::Quiz;
        const size_t count = teach.quiz.count();
        ASSERT_GE(count, 3U);

        show(teach, text);
        EXPECT_EQ(teach.quizShown.screen, app::QuizShown::Screen::Question);

        // Right: every answer chosen.
        for (const std::string& code : teach.quiz.current().answer) teach.quiz.toggle(code);
        (void)teach.quiz.submit();
        show(teach, text);
        EXPECT_EQ(teach.quizShown.screen, app::QuizShown::Screen::Verdict);
        EXPECT_EQ(teach.quizShown.headline, text.get("quiz.verdict_right"));
        EXPECT_NE(teach.quizShown.headline.find("\u2713"), std::string::npos) << "no ✓";
        EXPECT_GE(teach.quizShown.headlinePixels, 2 * kFont - 0.5F) << "the verdict is not large";
        teach.quiz.next();

        // Wrong: nothing chosen.
        (void)teach.quiz.submit();
        show(teach, text);
        EXPECT_EQ(teach.quizShown.headline, text.get("quiz.verdict_wrong"));
        EXPECT_NE(teach.quizShown.headline.find("\u2717"), std::string::npos) << "no ✗";
        EXPECT_NE(teach.quizShown.headline, text.get("quiz.verdict_right"));
        EXPECT_GE(teach.quizShown.headlinePixels, 2 * kFont - 0.5F);
        teach.quiz.next();

        // The rest skipped: the end screen, with 1 of count right, large.
        while (!teach.quiz.finished()) teach.quiz.next();
        show(teach, text);
        EXPECT_EQ(teach.quizShown.screen, app::QuizShown::Screen::End);
        EXPECT_EQ(teach.quizShown.headline, text.format("quiz.finished", {1, count}));
        EXPECT_NE(teach.quizShown.headline.find("1"), std::string::npos);
        EXPECT_NE(teach.quizShown.headline.find(std::to_string(count)), std::string::npos);
        EXPECT_GE(teach.quizShown.headlinePixels, 2 * kFont - 0.5F) << "the score is not large";
        ASSERT_EQ(teach.quiz.results().size(), count);
        EXPECT_TRUE(teach.quiz.results()[0]);
        EXPECT_FALSE(teach.quiz.results()[1]);
        EXPECT_TRUE(text.missingKeys().empty());
    }
}
