// The shell taking a reload from the data watcher: new data replaces the running data; a refusal keeps the
// running data and shows why in the problems panel until a later reload is accepted; a story.json that
// breaks with the new data refuses the reload too.
#include "bundled_dataset.hpp"
#include "fixture_writer.hpp"
#include "modes/kiosk/kiosk_session.hpp"
#include "modes/present/presenter.hpp"
#include "platform/data_watcher.hpp"
#include "platform/log.hpp"
#include "shell/app_shell.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>
#include <thread>

namespace fs = std::filesystem;

namespace {

std::shared_ptr<const app::Atlas> bundled() {
    return {&fixtures::bundledAtlas(), [](const app::Atlas*) {}}; // the fixture owns it
}

bool mentions(const std::vector<std::string>& lines, const std::string& text) {
    return std::any_of(lines.begin(), lines.end(),
                       [&](const std::string& line) { return line.find(text) != std::string::npos; });
}

class Reload : public ::testing::Test {
  protected:
    void SetUp() override {
        if (!fixtures::hasDisplay()) GTEST_SKIP() << "no X display (run under xvfb-run)";
        m_folder = fixtures::freshFolder() / "data";
        fs::copy(TIDSATLAS_DATA_DIR, m_folder, fs::copy_options::recursive);
        m_options.dataDir = m_folder.string();
        m_config.heartbeatFile.clear();
        m_app = std::make_unique<app::AppShell>(bundled(), m_options, m_config, std::vector<std::string>{},
                                                sf::Vector2u(640, 360));
    }

    fs::path m_folder;
    app::Options m_options;
    app::AppConfig m_config;
    std::unique_ptr<app::AppShell> m_app;
};

} // namespace

TEST_F(Reload, ARefusalKeepsTheDataAndIsShownUntilGoodDataComes) {
    const auto running = m_app->atlas();
    ASSERT_TRUE(m_app->problems().empty());
    app::ReloadResult refused;
    refused.refusals = {"data/timeline.json: invalid JSON at line 4, column 14"};
    m_app->applyReload(refused);
    EXPECT_EQ(m_app->atlas(), running) << "the running data stays";
    EXPECT_TRUE(mentions(m_app->problems(), "timeline.json: invalid JSON at line 4"))
        << "shown to the operator";
    EXPECT_TRUE(mentions(m_app->problems(), "new data refused, the previous stays"));

    app::ReloadResult accepted;
    auto fresh = std::make_shared<app::Atlas>(fixtures::bundledAtlas());
    accepted.atlas = fresh;
    m_app->applyReload(accepted);
    EXPECT_EQ(m_app->atlas(), fresh) << "a valid change appears without a restart";
    EXPECT_TRUE(m_app->problems().empty()) << "and the old refusal is gone";
    EXPECT_FALSE(m_app->story().scenes.empty());
}

TEST_F(Reload, AStoryThatBreaksRefusesTheReload) {
    const auto running = m_app->atlas();
    const size_t scenes = m_app->story().scenes.size();
    ASSERT_GT(scenes, 0U);
    std::ofstream(m_folder / "story.json", std::ios::trunc) << R"({"scenes": [ {"id": )";

    app::ReloadResult accepted;
    accepted.atlas = std::make_shared<app::Atlas>(fixtures::bundledAtlas());
    m_app->applyReload(accepted);
    EXPECT_EQ(m_app->atlas(), running) << "the running data and story stay";
    EXPECT_EQ(m_app->story().scenes.size(), scenes) << "the attract loop keeps its scenes";
    EXPECT_TRUE(mentions(m_app->problems(), "story.json")) << m_app->problems().size();
}

// One story change, one log line: the watcher logged "reloaded" for the new data, then the shell logged
// "refused" for its story, so the operator read both for one edit. Now the shell, which decides, logs once.
TEST_F(Reload, OneChangeIsLoggedOnceAsReloadedOrRefused) {
    const fs::path logFile = m_folder.parent_path() / "kiosk.log"; // beside the data, not in it
    app::LogSettings settings;
    settings.path = logFile.string();
    settings.mirrorToStderr = false;
    app::configureLog(settings);
    const auto logText = [&] {
        std::ifstream in(logFile);
        std::stringstream text;
        text << in.rdbuf();
        return text.str();
    };
    const auto count = [](const std::string& text, const std::string& word) {
        size_t n = 0;
        for (size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) ++n;
        return n;
    };

    // The watcher's half: an accepted load of a changed story.json is handed over without a log line.
    std::ofstream(m_folder / "story.json", std::ios::trunc) << R"({"scenes": [ {"id": )";
    app::DataWatcher watcher(m_folder.string(), {}, std::nullopt,
                             {std::chrono::milliseconds(20), std::chrono::milliseconds(50)});
    std::ofstream(m_folder / "population.csv", std::ios::app) << "\n";
    std::optional<app::ReloadResult> result;
    for (int i = 0; i < 2000 && !result; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        result = watcher.poll();
    }
    ASSERT_TRUE(result) << "the watcher delivered nothing";
    ASSERT_TRUE(result->accepted());
    // The shell's half: the story breaks with it, so it is refused, in one line.
    m_app->applyReload(*result);
    const std::string refused = logText();
    app::configureLog({});
    EXPECT_EQ(count(refused, "reloaded"), 0U) << refused;
    EXPECT_EQ(count(refused, "refused"), 1U) << refused;
    EXPECT_NE(refused.find("story.json"), std::string::npos) << refused;

    // A change that is taken is logged once as reloaded, with the watcher's summary.
    app::configureLog(settings);
    std::ofstream(m_folder / "story.json", std::ios::trunc)
        << std::ifstream(fs::path(TIDSATLAS_DATA_DIR) / "story.json").rdbuf();
    app::ReloadResult accepted;
    accepted.atlas = std::make_shared<app::Atlas>(fixtures::bundledAtlas());
    accepted.summary = "in 5 ms after a change to story.json: 1 unit versions, 0 known problems";
    m_app->applyReload(accepted);
    const std::string both = logText();
    app::configureLog({});
    EXPECT_EQ(count(both, "reloaded in 5 ms after a change to story.json"), 1U) << both;
    EXPECT_EQ(count(both, "refused"), 1U) << "only the earlier one: " << both;
}
