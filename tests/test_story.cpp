// story.json: the bundled story checked against the bundled boundaries and timeline, each schema error on
// its own, and the camera a scene asks for.
#include "bundled_dataset.hpp"
#include "content/story.hpp"

#include <gtest/gtest.h>
#include <set>

using app::StoryContext;
using app::StoryLoad;

namespace {

const std::string kFixtures = std::string(TIDSATLAS_FIXTURES_DIR) + "/story";

// A small world: Botkyrka, Salem before and after 1974–1982, Nykvarn from 1999, two bodies, a map in metres.
StoryContext fixtureContext() {
    StoryContext ctx;
    ctx.unitYears = {{"012700000", {{1863, 1970}, {1971, 1973}, {1974, 1982}, {1983, 9999}}},
                     {"012800001", {{1863, 1973}}},
                     {"012800000", {{1983, 9999}}},
                     {"014000000", {{1999, 9999}}}};
    ctx.bodyFounded = {{"syvab", 1964}, {"smohf", 2008}};
    ctx.firstYear = 1900;
    ctx.lastYear = 2009;
    ctx.mapBounds = geodata::Bounds{600000, 6500000, 720000, 6600000}; // SWEREF 99 TM metres
    return ctx;
}

StoryLoad loadFixture(const std::string& name) {
    return app::loadStory(kFixtures + "/" + name, fixtureContext());
}

const app::StoryIssue* issueAt(const StoryLoad& r, const std::string& jsonPath) {
    for (const auto& issue : r.issues)
        if (issue.jsonPath == jsonPath) return &issue;
    return nullptr;
}

std::string allIssues(const StoryLoad& r) {
    std::string s;
    for (const auto& issue : r.issues) s += "\n  " + issue.toString();
    return s;
}

std::vector<std::string> sceneIds(const StoryLoad& r) {
    std::vector<std::string> ids;
    for (const app::Scene& s : r.story.scenes) ids.push_back(s.id);
    return ids;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// Expects an issue at `path` whose message contains `part`, in a line that names the fixture file.
void expectIssue(const StoryLoad& r, const std::string& path, const std::string& part) {
    const auto* issue = issueAt(r, path);
    ASSERT_NE(issue, nullptr) << "no issue at " << path << allIssues(r);
    EXPECT_TRUE(contains(issue->message, part)) << issue->toString();
    EXPECT_TRUE(contains(issue->toString(), "fixtures/story/")) << issue->toString();
}

} // namespace

// ---- the bundled story ----

TEST(StoryBundled, LoadsWithZeroIssuesAgainstTheBundledData) {
    const app::Atlas& atlas = fixtures::bundledAtlas();
    ASSERT_FALSE(atlas.timeline.bodies.empty());
    const StoryContext ctx = app::makeStoryContext(atlas.dataset, atlas.timeline);
    const StoryLoad r = app::loadStory(std::string(TIDSATLAS_DATA_DIR) + "/story.json", ctx);
    EXPECT_TRUE(r.ok()) << allIssues(r);
    EXPECT_GE(r.story.scenes.size(), 10U);
    EXPECT_LE(r.story.scenes.size(), 14U);
    EXPECT_FALSE(r.story.title.sv.empty());
}

TEST(StoryBundled, FollowsTheExhibitionFrom1900To2009) {
    const app::Atlas& atlas = fixtures::bundledAtlas();
    const StoryLoad r = app::loadStory(std::string(TIDSATLAS_DATA_DIR) + "/story.json",
                                       app::makeStoryContext(atlas.dataset, atlas.timeline));
    ASSERT_FALSE(r.story.scenes.empty());
    EXPECT_EQ(r.story.scenes.front().fromYear, 1900);
    EXPECT_EQ(r.story.scenes.back().toYear, 2009);
    // Every year the exhibition names, and every joint body, has a scene.
    std::set<int> years;
    std::set<std::string> bodies;
    for (const app::Scene& s : r.story.scenes) {
        for (int y = s.fromYear; y <= s.toYear; ++y) years.insert(y);
        bodies.insert(s.highlightBodies.begin(), s.highlightBodies.end());
        EXPECT_FALSE(s.caption.sv.empty() || s.caption.en.empty()) << s.id;
        EXPECT_FALSE(s.notes.sv.empty() || s.notes.en.empty()) << s.id << ": the presenter needs notes";
        EXPECT_NE(s.notes.sv, s.notes.en) << s.id << ": an English talk gets English notes";
    }
    for (int y : {1900, 1952, 1971, 1974, 1983, 1999, 2004, 2007, 2009, 1964, 1969, 1972, 1982, 1993, 2008})
        EXPECT_TRUE(years.contains(y)) << y;
    for (const geodata::JointBody& body : atlas.timeline.bodies)
        EXPECT_TRUE(bodies.contains(body.id)) << body.id;
}

// ---- a valid file and the model ----

TEST(Story, ValidFixtureLoadsEveryField) {
    const auto r = loadFixture("valid.json");
    ASSERT_TRUE(r.ok()) << allIssues(r);
    EXPECT_EQ(r.story.title.en, "Test story");
    ASSERT_EQ(sceneIds(r), (std::vector<std::string>{"start", "salem", "zoomed"}));
    const app::Scene& start = r.story.scenes[0];
    EXPECT_TRUE(start.singleYear());
    EXPECT_EQ(start.toYear, 1900);
    EXPECT_EQ(start.holdSeconds, 8);
    EXPECT_EQ(start.yearsPerSecond, 0); // the default tempo
    EXPECT_FALSE(start.centreX);
    const app::Scene& salem = r.story.scenes[1];
    EXPECT_EQ(salem.fromYear, 1974);
    EXPECT_EQ(salem.toYear, 1983);
    EXPECT_EQ(salem.fitUnits, (std::vector<std::string>{"012700000", "012800000"}));
    EXPECT_EQ(salem.highlightBodies, std::vector<std::string>{"syvab"});
    EXPECT_EQ(salem.caption.sv, "Salem in och ut");
    // Notes as one string serve both languages; as {"sv", "en"} each language has its own.
    EXPECT_EQ(salem.notes.sv, "Salem går upp i Botkyrka 1974 och ut igen 1983.");
    EXPECT_EQ(salem.notes.en, salem.notes.sv);
    EXPECT_EQ(salem.yearsPerSecond, 2);
    const app::Scene& zoomed = r.story.scenes[2];
    EXPECT_EQ(zoomed.centreX, 650000);
    EXPECT_EQ(zoomed.centreY, 6560000.5);
    EXPECT_EQ(zoomed.zoom, 4);
    EXPECT_EQ(zoomed.notes.sv, "Zooma in på Tyresö.");
    EXPECT_EQ(zoomed.notes.en, "Zoom in on Tyresö.");
    EXPECT_TRUE(start.notes.sv.empty() && start.notes.en.empty()) << "notes are optional";
    EXPECT_EQ(r.story.indexOf("zoomed"), 2U);
    EXPECT_FALSE(r.story.indexOf("nothing"));
}

TEST(Story, ChecksAreOffWithAnEmptyContext) {
    const auto r = app::loadStory(kFixtures + "/references.json", StoryContext{});
    EXPECT_TRUE(r.ok()) << allIssues(r);
    EXPECT_EQ(r.story.scenes.size(), 6U);
}

TEST(Story, SceneViewFitsUnitsOrCentreOrEverything) {
    const geodata::Dataset& dataset = fixtures::bundledDataset();
    app::Scene scene;
    scene.fromYear = scene.toYear = 1999;
    const geodata::Bounds all = app::sceneView(scene, dataset);
    EXPECT_EQ(all.minX, dataset.bounds.minX);
    EXPECT_EQ(all.maxY, dataset.bounds.maxY);

    scene.fitUnits = {"014000000"}; // Nykvarn, inside the map and smaller than it
    const geodata::Bounds nykvarn = app::sceneView(scene, dataset);
    EXPECT_EQ(nykvarn.minX, dataset.versionOf("014000000", 1999)->bounds.minX);
    EXPECT_LT(nykvarn.width(), all.width());
    scene.fitUnits.push_back("013600000"); // and Haninge: the union
    const geodata::Bounds both = app::sceneView(scene, dataset);
    EXPECT_GT(both.width(), nykvarn.width());

    scene.fitUnits.clear();
    scene.centreX = 660000;
    scene.centreY = 6550000;
    scene.zoom = 2;
    const geodata::Bounds zoomed = app::sceneView(scene, dataset);
    EXPECT_DOUBLE_EQ(zoomed.center().x, 660000);
    EXPECT_DOUBLE_EQ(zoomed.center().y, 6550000);
    EXPECT_NEAR(zoomed.width(), all.width() / 2, 1e-6);
    EXPECT_NEAR(zoomed.height(), all.height() / 2, 1e-6);
}

// ---- schema errors, one kind per test ----

TEST(StorySchema, WrongTypesNameFileAndJsonPointer) {
    const auto r = loadFixture("wrong_types.json");
    expectIssue(r, "/scenes/0/id", "expected a string, found a number");
    expectIssue(r, "/scenes/0/from", "expected a whole number, found a string");
    expectIssue(r, "/scenes/0/caption/en", "missing required field 'en'");
    expectIssue(r, "/scenes/0/notes",
                "expected a string, or {\"sv\": …, \"en\": …} for each language, found a number");
    expectIssue(r, "/scenes/0/yearsPerSecond", "expected a number, found a string");
    expectIssue(r, "/scenes/1/fit", "expected an array of strings");
    expectIssue(r, "/scenes/1/highlightBodies/0", "expected a non-empty string");
    expectIssue(r, "/scenes/1/caption", "expected an object");
    expectIssue(r, "/scenes/2", "expected an object, found a string");
    EXPECT_TRUE(r.story.scenes.empty()); // scenes with errors are left out, not half-filled
}

TEST(StorySchema, UnknownUnitsAndBodiesAndTheirYears) {
    const auto r = loadFixture("references.json");
    expectIssue(r, "/scenes/0/fit/0", "unknown unit code '999999999'");
    expectIssue(r, "/scenes/1/highlightUnits/0", "has no version in 1975–1980");
    expectIssue(r, "/scenes/1/highlightUnits/0", "(its versions: 1983–)");
    expectIssue(r, "/scenes/2/fit/0", "has no version in 1975, the year the camera fits");
    expectIssue(r, "/scenes/3/highlightBodies/0", "unknown body id 'water'");
    expectIssue(r, "/scenes/4/highlightBodies/0", "founded in 2008, after the scene ends (2004)");
    EXPECT_EQ(r.issues.size(), 5U) << allIssues(r);
    EXPECT_EQ(sceneIds(r), std::vector<std::string>{"fine"});
}

TEST(StorySchema, YearsOutsideTheDataAndBackwardsSpans) {
    const auto r = loadFixture("years.json");
    expectIssue(r, "/scenes/0/from", "year 1863 is before the data starts (1900)");
    expectIssue(r, "/scenes/1/to", "year 2020 is after the data ends (2009)");
    expectIssue(r, "/scenes/2/to", "'to' 1974 is before 'from' 1983");
    expectIssue(r, "/scenes/3/from", "missing required field 'from'");
    expectIssue(r, "/scenes/4/yearsPerSecond", "-1 is out of range (0–100)");
    expectIssue(r, "/scenes/4/holdSeconds", "1000 is out of range (0–600)");
    EXPECT_TRUE(r.story.scenes.empty());
}

TEST(StorySchema, DuplicateIdsAreNamed) {
    const auto r = loadFixture("duplicate_ids.json");
    expectIssue(r, "/scenes/2/id", "duplicate scene id '1952'");
    EXPECT_EQ(r.issues.size(), 1U) << allIssues(r);
    EXPECT_EQ(sceneIds(r), (std::vector<std::string>{"1952", "1971"}));
}

TEST(StorySchema, CameraIsFitOrCentreAndInsideTheMap) {
    const auto r = loadFixture("camera.json");
    expectIssue(r, "/scenes/0/centre", "either 'fit' or 'centre', not both");
    expectIssue(r, "/scenes/1/zoom", "needs a 'centre'");
    expectIssue(r, "/scenes/2/centre", "is outside the map");
    expectIssue(r, "/scenes/2/centre", "not in degrees");
    expectIssue(r, "/scenes/3/centre", "expected [x, y]");
    expectIssue(r, "/scenes/4/zoom", "100 is out of range (0.5–20)");
    EXPECT_EQ(sceneIds(r), std::vector<std::string>{"fine"});
    EXPECT_EQ(r.story.scenes[0].zoom, 1.0); // a centre without zoom keeps the whole map's scale
}

TEST(StorySchema, UnknownKeysAndVersion) {
    const auto r = loadFixture("unknown_keys.json");
    expectIssue(r, "/version", "schema version 2 is not supported");
    expectIssue(r, "/sceens", "unknown field 'sceens'");
    expectIssue(r, "/scenes/0/captoin", "unknown field 'captoin'");
    EXPECT_EQ(r.issues.size(), 3U) << allIssues(r); // "_note" is a comment
    EXPECT_EQ(sceneIds(r), (std::vector<std::string>{"typo", "comment"}));
}

TEST(StorySchema, AStoryNeedsScenes) {
    expectIssue(loadFixture("empty.json"), "/scenes", "at least one scene");
    expectIssue(loadFixture("no_scenes.json"), "/scenes", "missing required field 'scenes'");
}

TEST(StorySchema, BadJsonAndMissingFileNameTheFile) {
    auto r = loadFixture("bad_json.json");
    ASSERT_EQ(r.issues.size(), 1U) << allIssues(r);
    EXPECT_TRUE(contains(r.issues[0].toString(), "bad_json.json: invalid JSON at line 4")) << allIssues(r);
    r = loadFixture("no_such_story.json");
    ASSERT_EQ(r.issues.size(), 1U);
    EXPECT_TRUE(contains(r.issues[0].toString(), "no_such_story.json: cannot open the file")) << allIssues(r);
}
