// A key written twice in one JSON object ({"idleSeconds": 5, "idleSeconds": 100000}) was resolved silently
// to the last one by nlohmann. Every JSON file the app reads reports it with the file, the JSON pointer and
// both places: config.json, dataset.json, timeline.json, story.json and the UI catalogues.
#include "content/story.hpp"
#include "fixture_writer.hpp"
#include "geodata/dataset.hpp"
#include "geodata/json_file.hpp"
#include "geodata/timeline.hpp"
#include "platform/app_config.hpp"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>

namespace fs = std::filesystem;

namespace {

std::string joined(const std::vector<std::string>& lines) {
    std::string s;
    for (const std::string& line : lines) s += line + "\n";
    return s;
}

template <typename Issue> std::string joinedIssues(const std::vector<Issue>& issues) {
    std::string s;
    for (const Issue& issue : issues) s += issue.toString() + "\n";
    return s;
}

} // namespace

TEST(DuplicateKeys, FoundAtAnyDepthWithPointerLineAndColumn) {
    const std::string text = "{\"a\": 1,\n \"b\": {\"c\": [1, {\"d\": 2, \"d\": 3}], \"c\": 4},\n \"a\": 5,\n"
                             " \"e~/\": 1, \"e~/\": 2, \"\\u0061\": 6, \"x\": \"a\"}";
    const geodata::json::ParseResult parsed = geodata::json::parse(text);
    ASSERT_TRUE(parsed.ok()) << parsed.error;
    ASSERT_EQ(parsed.duplicates.size(), 5U);
    EXPECT_EQ(parsed.duplicates[0].pointer, "/b/c/1/d");
    EXPECT_EQ(parsed.duplicates[0].line, 2U);
    EXPECT_EQ(parsed.duplicates[1].pointer, "/b/c");
    EXPECT_EQ(parsed.duplicates[2].pointer, "/a");
    EXPECT_EQ(parsed.duplicates[2].firstLine, 1U);
    EXPECT_EQ(parsed.duplicates[2].firstColumn, 2U);
    EXPECT_EQ(parsed.duplicates[2].line, 3U);
    EXPECT_EQ(parsed.duplicates[2].column, 2U);
    EXPECT_EQ(parsed.duplicates[3].pointer, "/e~0~1");
    EXPECT_EQ(parsed.duplicates[4].pointer, "/a"); // "\u0061" is "a", as nlohmann reads it
    // Equal strings that are values, or the same key in two objects, are not duplicates.
    EXPECT_TRUE(geodata::json::parse(R"({"a": "a", "b": "a", "o": {"a": 1}, "p": [{"a": 1}, {"a": 2}]})")
                    .duplicates.empty());
}

TEST(DuplicateKeys, ConfigNamesTheKeyAndBothPlaces) {
    const app::ConfigLoad load =
        app::loadConfigFromText("{\"idleSeconds\": 5,\n \"idleSeconds\": 100000}", "kiosk.json");
    ASSERT_EQ(load.problems.size(), 2U) << joined(load.problems); // the repeat, and 100000 out of range
    EXPECT_EQ(load.problems[0], "kiosk.json /idleSeconds: the key 'idleSeconds' appears twice in one object "
                                "(line 1, column 2 and line 2, column 2); the last one is used");
}

TEST(DuplicateKeys, DatasetJsonIsRefusedNamingTheKey) {
    const fs::path folder = fixtures::freshFolder();
    fixtures::LayerSpec spec;
    spec.features = {fixtures::Feature{}};
    fixtures::writeLayer(folder, spec);
    std::ofstream(folder / "dataset.json")
        << R"({"units": {"file": "municipalities.shp", "file": "other.shp"}})";
    const geodata::LoadResult r = geodata::loadDataset(folder.string());
    ASSERT_FALSE(r.dataset.has_value());
    ASSERT_TRUE(r.error.has_value());
    EXPECT_EQ(fs::path(r.error->file).filename(), "dataset.json");
    EXPECT_NE(r.error->message.find("/units/file: the key 'file' appears twice"), std::string::npos)
        << r.error->message;
}

TEST(DuplicateKeys, TimelineReportsTheRepeatAtItsPointer) {
    const geodata::TimelineLoadResult r = geodata::loadTimelineFromText(
        R"({"events": [], "events": []})", "timeline.json", geodata::TimelineContext{});
    ASSERT_EQ(r.issues.size(), 1U) << joinedIssues(r.issues);
    EXPECT_EQ(r.issues[0].jsonPath, "/events");
    EXPECT_NE(r.issues[0].message.find("appears twice"), std::string::npos) << r.issues[0].message;
}

TEST(DuplicateKeys, StoryReportsTheRepeatAtItsPointer) {
    const app::StoryLoad r =
        app::loadStoryFromText(R"({"scenes": [], "scenes": []})", "story.json", app::StoryContext{});
    bool found = false;
    for (const auto& issue : r.issues)
        found = found ||
                (issue.jsonPath == "/scenes" && issue.message.find("appears twice") != std::string::npos);
    EXPECT_TRUE(found) << joinedIssues(r.issues);
}
