// The story files are optional and may be broken: the map must still open, with the problems listed.
#include "content/atlas.hpp"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>

namespace fs = std::filesystem;

namespace {

// A copy of the bundled dataset in a fresh folder, so a test can break one file of it.
fs::path copyOfBundledData() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    const fs::path folder =
        fs::temp_directory_path() / "tidsatlas-tests" / (std::string("Atlas.") + info->name());
    fs::remove_all(folder);
    fs::create_directories(folder.parent_path());
    fs::copy(TIDSATLAS_DATA_DIR, folder, fs::copy_options::recursive);
    return folder;
}

} // namespace

TEST(Atlas, BundledDataLoadsWithItsStoryAndNoProblems) {
    const app::AtlasLoad loaded = app::loadAtlas(TIDSATLAS_DATA_DIR);
    ASSERT_TRUE(loaded.atlas.has_value());
    EXPECT_TRUE(loaded.atlas->problems.empty()) << loaded.atlas->problems.front();
    EXPECT_FALSE(loaded.atlas->timeline.events.empty());
    EXPECT_FALSE(loaded.atlas->population.empty());
}

TEST(Atlas, ABrokenTimelineLeavesTheMapAndNamesTheProblem) {
    const fs::path folder = copyOfBundledData();
    std::ofstream(folder / "timeline.json") << "{\"events\": [ {\"id\": 3 ";
    const app::AtlasLoad loaded = app::loadAtlas(folder.string());
    ASSERT_TRUE(loaded.atlas.has_value()) << "the boundaries alone must still open";
    EXPECT_EQ(loaded.atlas->dataset.units.size(), 54U);
    ASSERT_FALSE(loaded.atlas->problems.empty());
    EXPECT_NE(loaded.atlas->problems.front().find("timeline.json"), std::string::npos)
        << loaded.atlas->problems.front();
}

TEST(Atlas, ABadPopulationRowIsReportedAndTheRestIsKept) {
    const fs::path folder = copyOfBundledData();
    std::ofstream(folder / "population.csv", std::ios::app) << "012600000,Huddinge,notayear,5,somewhere,\n";
    const app::AtlasLoad loaded = app::loadAtlas(folder.string());
    ASSERT_TRUE(loaded.atlas.has_value());
    ASSERT_EQ(loaded.atlas->problems.size(), 1U);
    EXPECT_NE(loaded.atlas->problems.front().find("population.csv"), std::string::npos);
    EXPECT_GT(loaded.atlas->population.size(), 90U);
}

TEST(Atlas, MissingStoryFilesAreFine) {
    const fs::path folder = copyOfBundledData();
    fs::remove(folder / "timeline.json");
    fs::remove(folder / "population.csv");
    const app::AtlasLoad loaded = app::loadAtlas(folder.string());
    ASSERT_TRUE(loaded.atlas.has_value());
    EXPECT_TRUE(loaded.atlas->problems.empty());
    EXPECT_TRUE(loaded.atlas->timeline.events.empty());
}
