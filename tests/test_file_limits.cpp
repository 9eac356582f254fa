// No cap on size or on the number of problems: a 54 MB population.csv gave 1.87 million warnings and took
// 1.1 GB, and a timeline.json linked to /dev/zero was read until the process ran out of memory. Files of
// the data are read up to a stated limit, and repeated problems are counted, not listed one by one.
#include "content/story.hpp"
#include "fixture_writer.hpp"
#include "geodata/atlas.hpp"
#include "geodata/population.hpp"
#include "geodata/text_file.hpp"
#include "geodata/timeline.hpp"
#include "platform/app_config.hpp"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>

namespace fs = std::filesystem;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace

TEST(FileLimits, AFilePastTheLimitIsRefusedAndAnEndlessOneNeverRead) {
    // A sparse file of 2 MB costs no disk; with a limit of 1 MB it is refused before it is read.
    const fs::path big = fixtures::freshFolder() / "big.csv";
    std::ofstream(big).put('x');
    fs::resize_file(big, 2 * 1024 * 1024);
    const geodata::TextFile tooLarge = geodata::readTextFile(big.string(), 1024 * 1024);
    EXPECT_FALSE(tooLarge.text);
    EXPECT_EQ(tooLarge.error,
              "the file is larger than 1 MB, the most a file of the data may hold (is it the right "
              "file?)");
    // A device never ends: it is not a regular file, so it is not read at all.
    const geodata::TextFile zero = geodata::readTextFile("/dev/zero", 1024 * 1024);
    EXPECT_FALSE(zero.text);
    EXPECT_EQ(zero.error, "is a character device, not a regular file");
    EXPECT_EQ(geodata::megabytes(geodata::kMaxTextFileBytes), "16 MB");
}

TEST(FileLimits, EveryLoaderRefusesAFileLinkedToDevZero) {
    const fs::path folder = fixtures::freshFolder();
    for (const char* name : {"timeline.json", "story.json", "population.csv", "config.json"})
        fs::create_symlink("/dev/zero", folder / name);
    const auto timeline = geodata::loadTimeline((folder / "timeline.json").string(), {});
    ASSERT_EQ(timeline.issues.size(), 1U);
    EXPECT_TRUE(
        contains(timeline.issues[0].toString(), "timeline.json: is a character device, not a regular file"))
        << timeline.issues[0].toString();
    const auto story = app::loadStory((folder / "story.json").string(), {});
    ASSERT_EQ(story.issues.size(), 1U);
    EXPECT_TRUE(contains(story.issues[0].message, "is a character device")) << story.issues[0].message;
    const auto population = geodata::loadPopulationCsv((folder / "population.csv").string(), {});
    ASSERT_EQ(population.issues.size(), 1U);
    EXPECT_TRUE(contains(population.issues[0].message, "is a character device"))
        << population.issues[0].message;
    const auto config = app::loadConfig((folder / "config.json").string());
    ASSERT_EQ(config.problems.size(), 1U);
    EXPECT_TRUE(contains(config.problems[0], "is a character device, not a regular file; using the defaults"))
        << config.problems[0];
}

TEST(FileLimits, ADatasetJsonPastTheLimitIsRefused) {
    const fs::path folder = fixtures::freshFolder();
    fixtures::LayerSpec spec;
    spec.features = {fixtures::Feature{}};
    fixtures::writeLayer(folder, spec);
    // Sparse: 17 MB of zeros that take no disk. (A device reads as empty through GDAL's VSIIngestFile.)
    std::ofstream(folder / "dataset.json").close();
    fs::resize_file(folder / "dataset.json", 17 * 1024 * 1024);
    const geodata::LoadResult r = geodata::loadDataset(folder.string());
    ASSERT_TRUE(r.error);
    EXPECT_TRUE(contains(r.error->message, "larger than 16 MB")) << r.error->message;
}

TEST(FileLimits, AMillionBadRowsAreCountedNotListed) {
    const fs::path file = fixtures::freshFolder() / "population.csv";
    {
        std::ofstream out(file);
        out << "code,year,population,source\n";
        for (int i = 0; i < 200000; ++i) out << "X,19x0,many,\n"; // four problems a row
    }
    const auto r = geodata::loadPopulationCsv(file.string(), {"012700000"});
    // Ten of each kind (code, year, population, source) and one line each for the rest.
    ASSERT_EQ(r.issues.size(), 44U);
    EXPECT_TRUE(r.table.empty()) << "a row with a problem that is only counted is still left out";
    bool counted = false;
    for (const auto& issue : r.issues)
        if (issue.column == "year" &&
            contains(issue.message, "and 199 990 more like these on lines 12–200001")) {
            counted = true;
            EXPECT_EQ(issue.line, 12);
        }
    EXPECT_TRUE(counted) << [&] {
        std::string all;
        for (const auto& issue : r.issues) all += issue.toString() + "\n";
        return all;
    }();
}

TEST(FileLimits, ATimelineWithThousandsOfProblemsIsListedInPart) {
    const fs::path folder = fixtures::freshFolder();
    fixtures::LayerSpec spec;
    spec.features = {fixtures::Feature{}};
    fixtures::writeLayer(folder, spec);
    {
        std::ofstream out(folder / "timeline.json");
        out << R"({"events": [)";
        for (int i = 0; i < 3000; ++i) out << (i ? "," : "") << "7";
        out << "]}";
    }
    const geodata::AtlasLoad load = geodata::loadAtlas(folder.string());
    ASSERT_TRUE(load.atlas);
    ASSERT_EQ(load.atlas->problems.size(), 51U);
    EXPECT_TRUE(contains(load.atlas->problems.back(), "timeline.json: and 2950 more problems, not listed"))
        << load.atlas->problems.back();
}
