// tidsatlas --check on small hand-made datasets: each check finds what it is for, with file and line or
// JSON pointer; the per-year population report; the JSON shape scripts read; and the exit status (0 with
// only warnings, 1 on errors).
#include "cli/check_output.hpp"
#include "cli/dataset_check.hpp"
#include "fixture_writer.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

namespace fs = std::filesystem;
using app::CheckProblem;
using app::CheckReport;
using app::CheckSeverity;
using fixtures::Feature;

namespace {

// A (two versions, 1900–1949 and 1950–), B (1900–) and C (1950–), side by side.
fs::path threeUnits() {
    const fs::path folder = fixtures::freshFolder();
    fixtures::LayerSpec spec;
    spec.features = {
        Feature{
            .code = "A", .name = "Alfa", .toYear = 1949, .wkt = "POLYGON((0 0,1000 0,1000 1000,0 1000,0 0))"},
        Feature{.code = "A",
                .name = "Alfa",
                .fromYear = 1950,
                .wkt = "POLYGON((0 0,1000 0,1000 1000,0 1000,0 0))"},
        Feature{.code = "B", .name = "Beta", .wkt = "POLYGON((1000 0,2000 0,2000 1000,1000 1000,1000 0))"},
        Feature{.code = "C",
                .name = "Gamma",
                .fromYear = 1950,
                .wkt = "POLYGON((2000 0,3000 0,3000 1000,2000 1000,2000 0))"},
    };
    fixtures::writeLayer(folder, spec);
    return folder;
}

void write(const fs::path& file, const std::string& text) { std::ofstream(file, std::ios::binary) << text; }

const char* kSources = "id,short_sv,short_en,reference,url,licence\n"
                       "s1,Källa 1,Source 1,Reference 1,,\n"
                       "unused,Oanvänd,Unused,Reference 2,,\n";

const char* kEvent = R"({"id": "%s", "date": 1950, "type": "milestone", "title": {"sv": "t", "en": "t"},
                         "text": {"sv": "t", "en": "t"}, "source": "s1")";

std::string event(const std::string& id, const std::string& extra) {
    std::string text = kEvent;
    text.replace(text.find("%s"), 2, id);
    return text + extra + "}";
}

// Every check's trigger, once.
fs::path datasetWithEveryProblem() {
    const fs::path folder = threeUnits();
    write(folder / "sources.csv", kSources);
    write(folder / "population.csv", "code,year,population,source\n"
                                     "A,1900,100,s1\n"     // 2
                                     "A,1900,120,s1\n"     // 3: conflicts with line 2
                                     "B,1900,50,s1\n"      // 4
                                     "B,1900,50,s1\n"      // 5: repeats line 4
                                     "C,1920,10,s1\n"      // 6: C is valid from 1950 only
                                     "B,1960,70,nowhere\n" // 7: unknown source
                                     "Z,1960,1,s1\n");     // 8: unknown code
    write(folder / "timeline.json",
          "{\"events\": [" + event("codes", R"(, "units": ["A", "Q"])") + "," +
              event("outside", R"(, "image": "../outside.png")") + "," +
              event("missing", R"(, "image": "pictures/missing.png")") + "," +
              R"({"id": "nosource", "date": 1950, "type": "milestone", "title": {"sv": "t", "en": "t"},
                  "text": {"sv": "t", "en": "t"}, "source": "nope"})" +
              "]}");
    write(folder / "story.json",
          R"({"scenes": [{"id": "s", "from": 1950, "fit": ["Q"], "caption": {"sv": "a", "en": "a"}}]})");
    return folder;
}

CheckReport check(const fs::path& folder) { return app::checkDataset(folder.string(), {false, ""}); }

std::string all(const CheckReport& r) {
    std::string s;
    for (const CheckProblem& p : r.problems)
        s +=
            p.file + " " + std::to_string(p.line) + " " + p.pointer + " [" + p.kind + "] " + p.message + "\n";
    return s;
}

const CheckProblem* find(const CheckReport& r, const std::string& kind, const std::string& file, int line,
                         const std::string& pointer = "") {
    for (const CheckProblem& p : r.problems)
        if (p.kind == kind && fs::path(p.file).filename() == file && p.line == line && p.pointer == pointer)
            return &p;
    return nullptr;
}

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

} // namespace

TEST(DatasetCheck, ConflictingAndRepeatedFiguresNameBothLinesAndValues) {
    const CheckReport r = check(datasetWithEveryProblem());
    const CheckProblem* conflict = find(r, "conflict", "population.csv", 3);
    ASSERT_NE(conflict, nullptr) << all(r);
    EXPECT_EQ(conflict->severity, CheckSeverity::Error);
    EXPECT_TRUE(contains(conflict->message, "120")) << conflict->message;
    EXPECT_TRUE(contains(conflict->message, "conflicts with 100")) << conflict->message;
    EXPECT_TRUE(contains(conflict->message, "line 2")) << conflict->message;
    const CheckProblem* repeat = find(r, "duplicate", "population.csv", 5);
    ASSERT_NE(repeat, nullptr) << all(r);
    EXPECT_TRUE(contains(repeat->message, "repeats")) << repeat->message;
}

TEST(DatasetCheck, AFigureOutsideItsUnitsYearsIsAWarning) {
    const CheckReport r = check(datasetWithEveryProblem());
    const CheckProblem* outside = find(r, "outside-validity", "population.csv", 6);
    ASSERT_NE(outside, nullptr) << all(r);
    EXPECT_EQ(outside->severity, CheckSeverity::Warning);
    EXPECT_TRUE(contains(outside->message, "C in 1920")) << outside->message;
    EXPECT_TRUE(contains(outside->message, "1950–")) << outside->message;
    // The figures inside their years are not reported.
    EXPECT_EQ(find(r, "outside-validity", "population.csv", 2), nullptr);
}

TEST(DatasetCheck, UnknownCodesInPopulationTimelineAndStory) {
    const CheckReport r = check(datasetWithEveryProblem());
    EXPECT_NE(find(r, "unknown-code", "population.csv", 8), nullptr) << all(r);
    const CheckProblem* timeline = find(r, "unknown-code", "timeline.json", 0, "/events/0/units/1");
    ASSERT_NE(timeline, nullptr) << all(r);
    EXPECT_TRUE(contains(timeline->message, "'Q'"));
    EXPECT_NE(find(r, "unknown-code", "story.json", 0, "/scenes/0/fit/0"), nullptr) << all(r);
}

TEST(DatasetCheck, SourcesReferencedButNotDefinedAndDefinedButNotUsed) {
    const CheckReport r = check(datasetWithEveryProblem());
    const CheckProblem* population = find(r, "unknown-source", "population.csv", 7);
    ASSERT_NE(population, nullptr) << all(r);
    EXPECT_TRUE(contains(population->message, "'nowhere'"));
    EXPECT_NE(find(r, "unknown-source", "timeline.json", 0, "/events/3/source"), nullptr) << all(r);
    // With errors elsewhere an entry left out would make its source look unused, so that waits for a clean
    // dataset (next test).
    EXPECT_EQ(std::count_if(r.problems.begin(), r.problems.end(),
                            [](const CheckProblem& p) { return p.kind == "unused-source"; }),
              0);
}

TEST(DatasetCheck, ACleanDatasetWithOnlyWarningsExitsZero) {
    const fs::path folder = threeUnits();
    write(folder / "sources.csv", kSources);
    write(folder / "population.csv", "code,year,population,source\nA,1900,100,s1\nC,1920,10,s1\n");
    const CheckReport r = check(folder);
    EXPECT_EQ(r.count(CheckSeverity::Error), 0U) << all(r);
    const CheckProblem* unused = find(r, "unused-source", "sources.csv", 3);
    ASSERT_NE(unused, nullptr) << all(r);
    EXPECT_EQ(unused->severity, CheckSeverity::Warning);
    EXPECT_NE(find(r, "outside-validity", "population.csv", 3), nullptr) << all(r);
    EXPECT_EQ(r.count(CheckSeverity::Warning), 2U) << all(r);
    EXPECT_EQ(r.exitCode(), 0);
}

TEST(DatasetCheck, WithoutSourcesCsvItSaysTheSourcesAreNotChecked) {
    const fs::path folder = threeUnits();
    write(folder / "population.csv", "code,year,population,source\nA,1900,100,Some book p. 3\n");
    const CheckReport r = check(folder);
    const CheckProblem* none = find(r, "no-sources", "sources.csv", 0);
    ASSERT_NE(none, nullptr) << all(r);
    EXPECT_EQ(none->severity, CheckSeverity::Warning);
    EXPECT_EQ(r.exitCode(), 0) << all(r);
}

TEST(DatasetCheck, ImagesMissingOrOutsideTheFolder) {
    const CheckReport r = check(datasetWithEveryProblem());
    const CheckProblem* outside = find(r, "image", "timeline.json", 0, "/events/1/image");
    const CheckProblem* missing = find(r, "image", "timeline.json", 0, "/events/2/image");
    ASSERT_TRUE(outside && missing) << all(r);
    EXPECT_EQ(outside->severity, CheckSeverity::Error);
    EXPECT_TRUE(contains(missing->message, "missing.png")) << missing->message;
}

TEST(DatasetCheck, ErrorsMakeExitStatusOneAndProblemsAreGroupedByFile) {
    const CheckReport r = check(datasetWithEveryProblem());
    EXPECT_EQ(r.exitCode(), 1);
    // Files in reading order, CSV problems by line: a curator works down each file.
    std::vector<std::string> files;
    for (const CheckProblem& p : r.problems) {
        const std::string name = fs::path(p.file).filename().string();
        if (files.empty() || files.back() != name) files.push_back(name);
    }
    EXPECT_EQ(files, (std::vector<std::string>{"timeline.json", "population.csv", "story.json"})) << all(r);
    int lastLine = 0;
    for (const CheckProblem& p : r.problems)
        if (fs::path(p.file).filename() == "population.csv") {
            EXPECT_GE(p.line, lastLine);
            lastLine = p.line;
        }
}

TEST(DatasetCheck, BoundariesThatDoNotLoadAreOneErrorAndNoYears) {
    const fs::path folder = fixtures::freshFolder();
    write(folder / "municipalities.shp", "not a shapefile");
    const CheckReport r = check(folder);
    EXPECT_FALSE(r.boundariesLoaded);
    ASSERT_EQ(r.problems.size(), 1U) << all(r);
    EXPECT_EQ(r.problems[0].kind, "boundaries");
    EXPECT_TRUE(r.years.empty());
    EXPECT_EQ(r.exitCode(), 1);
}

TEST(DatasetCheck, PopulationPerYearOfChangeIsExactInterpolatedOrUnknown) {
    const CheckReport r = check(datasetWithEveryProblem());
    ASSERT_EQ(r.years.size(), 2U);
    const app::CheckYear& y1900 = r.years[0];
    EXPECT_EQ(y1900.year, 1900);
    EXPECT_EQ(y1900.unitsValid, 2);
    ASSERT_EQ(y1900.exact.size(), 2U);
    EXPECT_EQ(y1900.exact[0].code, "A");
    EXPECT_EQ(y1900.exact[0].population, 100); // the first of the conflicting figures, as the app uses it
    EXPECT_EQ(y1900.exact[1].code, "B");
    const app::CheckYear& y1950 = r.years[1];
    EXPECT_EQ(y1950.year, 1950);
    EXPECT_EQ(y1950.unitsValid, 3);
    // B: between 50 (1900) and 70 (1960, kept although its source is unknown).
    ASSERT_EQ(y1950.interpolated.size(), 1U);
    EXPECT_EQ(y1950.interpolated[0].code, "B");
    EXPECT_NEAR(y1950.interpolated[0].population, 50 + 20.0 * 50 / 60, 1e-9);
    EXPECT_EQ(y1950.interpolated[0].fromYear, 1900);
    EXPECT_EQ(y1950.interpolated[0].toYear, 1960);
    // A's only figure is 1900 and C's only one is before it existed: unknown, never extrapolated.
    std::vector<std::string> unknown;
    for (const app::CheckUnit& u : y1950.unknown) unknown.push_back(u.code);
    EXPECT_EQ(unknown, (std::vector<std::string>{"A", "C"}));
}

TEST(DatasetCheck, TheJsonReportHasTheDocumentedShape) {
    const CheckReport r = check(datasetWithEveryProblem());
    const nlohmann::json j = app::checkJson(r);
    for (const char* key : {"folder", "boundaries_loaded", "counts", "errors", "warnings", "exit_status",
                            "seconds", "problems", "years"})
        EXPECT_TRUE(j.contains(key)) << key;
    EXPECT_EQ(j["exit_status"], 1);
    EXPECT_EQ(j["errors"], r.count(CheckSeverity::Error));
    EXPECT_EQ(j["counts"]["unit_versions"], 4);
    for (const auto& p : j["problems"]) {
        EXPECT_TRUE(p["severity"] == "error" || p["severity"] == "warning") << p.dump();
        for (const char* key : {"kind", "file", "message"}) EXPECT_TRUE(p[key].is_string()) << p.dump();
        EXPECT_TRUE(p.contains("line") != p.contains("pointer")) << "a place, one kind of it: " << p.dump();
    }
    const auto& y1950 = j["years"][1];
    EXPECT_EQ(y1950["year"], 1950);
    EXPECT_EQ(y1950["units_valid"], 3);
    EXPECT_EQ(y1950["interpolated"][0]["between"], nlohmann::json::array({1900, 1960}));
    EXPECT_EQ(y1950["unknown"][0], (nlohmann::json{{"code", "A"}, {"name", "Alfa kommun"}}));
    EXPECT_EQ(j["years"][0]["exact"][0]["population"], 100);
    EXPECT_TRUE(j["years"][0]["exact"][0]["population"].is_number_integer());
}

TEST(DatasetCheck, TheTextReportGroupsByFileWithLinesAndEndsWithTheResult) {
    const CheckReport r = check(datasetWithEveryProblem());
    std::ostringstream out;
    app::writeCheckText(r, out);
    const std::string text = out.str();
    EXPECT_TRUE(contains(text, "population.csv\n    error  line 3 (year): a second figure")) << text;
    EXPECT_TRUE(contains(text, "    warning  line 6 (year): a figure for C in 1920")) << text;
    EXPECT_TRUE(contains(text, "/events/1/image: ")) << text;
    EXPECT_TRUE(contains(text, "  1950  3 units: 0 exact, 1 interpolated, 2 unknown")) << text;
    EXPECT_TRUE(contains(text, "unknown: Alfa kommun (A), Gamma kommun (C)")) << text;
    EXPECT_TRUE(contains(text, "exit status 1\n")) << text;
}
