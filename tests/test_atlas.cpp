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
    std::ofstream(folder / "population.csv", std::ios::app)
        << "012600000,Huddinge,notayear,5,wikipedia-sv-huddinge-socken,\n";
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

TEST(Atlas, TheSourcesTableIsLoadedAndUnknownIdsAreNamedWithFileAndPlace) {
    const fs::path folder = copyOfBundledData();
    std::ofstream(folder / "population.csv", std::ios::app)
        << "012600000,Huddinge,2009,99999,no-such-source,\n";
    {
        std::ifstream in(folder / "timeline.json");
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        // The first body's source list gets an id sources.csv does not have.
        const auto at = text.find("\"source\": \"bildarkivet-samarbete");
        ASSERT_NE(at, std::string::npos);
        text.insert(at + std::string("\"source\": \"").size(), "typo-id | ");
        std::ofstream(folder / "timeline.json") << text;
    }
    const size_t lines = [&] {
        std::ifstream in(folder / "population.csv");
        size_t n = 0;
        for (std::string l; std::getline(in, l);) ++n;
        return n;
    }();
    const app::AtlasLoad loaded = app::loadAtlas(folder.string());
    ASSERT_TRUE(loaded.atlas.has_value());
    const auto& problems = loaded.atlas->problems;
    ASSERT_EQ(problems.size(), 2U);
    std::string all;
    for (const std::string& p : problems) all += p + "\n";
    EXPECT_NE(
        all.find("population.csv:" + std::to_string(lines) + " (source): unknown source id 'no-such-source'"),
        std::string::npos)
        << all;
    EXPECT_NE(all.find("timeline.json /bodies/0/source: unknown source id 'typo-id'"), std::string::npos)
        << all;
    // Nothing is lost: the figure and the body are there, and the table is the dataset's.
    EXPECT_TRUE(loaded.atlas->population.at("012600000", 2009).has_value());
    EXPECT_EQ(loaded.atlas->timeline.bodies.size(), 6U);
    EXPECT_GT(loaded.atlas->sources.size(), 50U);
    EXPECT_NE(loaded.atlas->sources.find("bildarkivet-samarbete"), nullptr);
}

TEST(Atlas, WithoutSourcesCsvTheSourceFieldsAreFreeText) {
    const fs::path folder = copyOfBundledData();
    fs::remove(folder / "sources.csv");
    const app::AtlasLoad loaded = app::loadAtlas(folder.string());
    ASSERT_TRUE(loaded.atlas.has_value());
    EXPECT_TRUE(loaded.atlas->problems.empty()) << loaded.atlas->problems.front();
    EXPECT_TRUE(loaded.atlas->sources.empty());
}

TEST(Atlas, ABadRowOfSourcesCsvIsReportedOnceNotAtEveryUse) {
    const fs::path folder = copyOfBundledData();
    std::ifstream in(folder / "sources.csv");
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    in.close();
    // bildarkivet-samarbete is used by many events and bodies; its Swedish short text goes missing.
    const auto at = text.find("bildarkivet-samarbete,Bildarkivet,");
    ASSERT_NE(at, std::string::npos);
    text.replace(at, std::string("bildarkivet-samarbete,Bildarkivet,").size(), "bildarkivet-samarbete,,");
    std::ofstream(folder / "sources.csv") << text;
    const app::AtlasLoad loaded = app::loadAtlas(folder.string());
    ASSERT_TRUE(loaded.atlas.has_value());
    ASSERT_EQ(loaded.atlas->problems.size(), 1U) << loaded.atlas->problems.front();
    EXPECT_NE(loaded.atlas->problems.front().find("sources.csv:"), std::string::npos);
    EXPECT_NE(loaded.atlas->problems.front().find("(short_sv)"), std::string::npos);
}
