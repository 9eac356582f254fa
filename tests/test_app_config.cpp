// The installation's config file: a valid file applies every key; a bad key is named with the file and
// its default is used while the good keys still apply; sizes in millimetres become pixels.
#include "platform/app_config.hpp"

#include <algorithm>
#include <gtest/gtest.h>

using app::AppConfig;
using app::Language;

namespace {

const std::string kFixtures = std::string(TIDSATLAS_FIXTURES_DIR) + "/config";

app::ConfigLoad load(const std::string& name) { return app::loadConfig(kFixtures + "/" + name); }

std::string joined(const std::vector<std::string>& list) {
    std::string s;
    for (const std::string& item : list) s += "\n  " + item;
    return s;
}

// The problem about `key` (its JSON pointer "/key"), or an empty string.
std::string problemFor(const app::ConfigLoad& r, const std::string& key) {
    for (const std::string& p : r.problems)
        if (p.find(" /" + key + ":") != std::string::npos) return p;
    return {};
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace

TEST(AppConfig, DefaultsAreThoseOfTheIssue) {
    const AppConfig c;
    EXPECT_EQ(c.idleSeconds, 60);
    EXPECT_EQ(c.countdownSeconds, 10);
    EXPECT_EQ(c.minTouchTargetMm, 15);
    EXPECT_EQ(c.language, Language::Swedish);
    EXPECT_EQ(c.pin, "2468");
    EXPECT_EQ(c.textScale, 1.0F);
}

TEST(AppConfig, ValidFileAppliesEveryKey) {
    const auto r = load("valid.json");
    ASSERT_TRUE(r.ok()) << joined(r.problems);
    const AppConfig& c = r.config;
    EXPECT_EQ(c.screenWidthMm, 527);
    EXPECT_EQ(c.screenHeightMm, 296);
    EXPECT_EQ(c.idleSeconds, 90);
    EXPECT_EQ(c.countdownSeconds, 15);
    EXPECT_EQ(c.pin, "01357"); // leading zero kept
    EXPECT_FLOAT_EQ(c.textScale, 1.5F);
    EXPECT_EQ(c.language, Language::English);
    EXPECT_EQ(c.storyFile, "stories/short.json");
    EXPECT_EQ(c.heartbeatFile, ""); // no heartbeat
    EXPECT_EQ(c.heartbeatSeconds, 2);
    EXPECT_EQ(c.minTouchTargetMm, 18);
}

TEST(AppConfig, ShippedExampleIsValid) {
    const auto r = app::loadConfig(std::string(TIDSATLAS_SOURCE_DIR) + "/data/config.example.json");
    EXPECT_TRUE(r.ok()) << joined(r.problems);
}

TEST(AppConfig, EachBadKeyIsNamedAndFallsBackToItsDefault) {
    const auto r = load("bad_values.json");
    const AppConfig defaults;
    const std::pair<const char*, const char*> expected[] = {
        {"screenWidthMm", "24 is out of range (0 or 50–20000 mm); using the default 0"},
        {"screenHeightMm", "expected a number, found a string"},
        {"idleSeconds", "-5 is out of range (5–86400 seconds); using the default 60"},
        {"countdownSeconds", "0 is out of range (1–600 seconds); using the default 10"},
        {"pin", "in quotes"},
        {"storyFile", "expected a file path as text, found a number"},
        {"heartbeatFile", "the folder /no/such/folder does not exist"},
        {"heartbeatSeconds", "0.1 is out of range (1–3600 seconds); using the default 5"},
        {"minTouchTargetMm", "8 is out of range (15–60 mm); using the default 15"},
        {"idleSecond", "did you mean 'idleSeconds'?"},
        {"colour", "unknown key 'colour', ignored (known keys: screenWidthMm"},
    };
    for (const auto& [key, message] : expected) {
        const std::string p = problemFor(r, key);
        EXPECT_TRUE(contains(p, "bad_values.json /")) << key << joined(r.problems);
        EXPECT_TRUE(contains(p, message)) << key << ": " << p;
    }
    EXPECT_EQ(r.problems.size(), std::size(expected)) << joined(r.problems);
    // Defaults for the bad keys, the good ones still apply.
    EXPECT_EQ(r.config.screenWidthMm, defaults.screenWidthMm);
    EXPECT_EQ(r.config.idleSeconds, defaults.idleSeconds);
    EXPECT_EQ(r.config.countdownSeconds, defaults.countdownSeconds);
    EXPECT_EQ(r.config.pin, defaults.pin);
    EXPECT_EQ(r.config.heartbeatFile, defaults.heartbeatFile);
    EXPECT_EQ(r.config.minTouchTargetMm, defaults.minTouchTargetMm);
    EXPECT_FLOAT_EQ(r.config.textScale, 2.5F);
    EXPECT_EQ(r.config.language, Language::English);
}

TEST(AppConfig, PinTextScaleAndLanguageAreChecked) {
    const auto r = load("bad_pin.json");
    EXPECT_TRUE(contains(problemFor(r, "pin"), "4–8 digits")) << joined(r.problems);
    EXPECT_TRUE(contains(problemFor(r, "pin"), "using the default \"2468\"")) << joined(r.problems);
    EXPECT_TRUE(contains(problemFor(r, "textScale"), "9 is out of range (0.5–4")) << joined(r.problems);
    EXPECT_TRUE(contains(problemFor(r, "language"), "expected \"sv\" or \"en\", found \"fi\""))
        << joined(r.problems);
    EXPECT_EQ(r.config.pin, "2468");
    EXPECT_EQ(r.config.textScale, 1.0F);
    EXPECT_EQ(r.config.language, Language::Swedish);
}

// Issue 19, case 8: an invalid PIN fell back to the published default "2468" silently enough that a kiosk
// ran on it. Now the load says so in pinError (naming the file and the key), and main refuses to start the
// kiosk; a file whose PIN cannot be read at all (missing, not JSON, not an object) is the same.
TEST(AppConfig, AnUnreadablePinIsAnErrorThatNamesTheKey) {
    for (const char* text :
         {R"({"pin": ""})", R"({"pin": 2468})", R"({"pin": "12a4"})", R"({"pin": null})"}) {
        const app::ConfigLoad r = app::loadConfigFromText(text, "kiosk.json");
        EXPECT_TRUE(contains(r.pinError, "kiosk.json /pin: ")) << text << ": " << r.pinError;
        EXPECT_TRUE(app::usesPublishedPin(r.config)) << text;
    }
    EXPECT_TRUE(
        contains(app::loadConfigFromText("{\"pin\": ", "kiosk.json").pinError, "kiosk.json: invalid JSON"));
    EXPECT_TRUE(
        contains(app::loadConfigFromText("[1]", "kiosk.json").pinError, "kiosk.json: expected an object"));
    EXPECT_TRUE(contains(load("no_such_file.json").pinError, "no_such_file.json: cannot open the file"));
    // A good PIN, and a file without the key (the default, warned about at start), are no error.
    const app::ConfigLoad good = app::loadConfigFromText(R"({"pin": "5937"})", "kiosk.json");
    EXPECT_EQ(good.pinError, "");
    EXPECT_FALSE(app::usesPublishedPin(good.config));
    const app::ConfigLoad none = app::loadConfigFromText(R"({"idleSeconds": 30})", "kiosk.json");
    EXPECT_EQ(none.pinError, "");
    EXPECT_TRUE(app::usesPublishedPin(none.config));
    // Other bad keys never stop anything.
    EXPECT_EQ(app::loadConfigFromText(R"({"idleSeconds": -5})", "kiosk.json").pinError, "");
}

TEST(AppConfig, BadJsonNamesFileAndLineAndUsesTheDefaults) {
    const auto r = load("bad_json.json");
    ASSERT_EQ(r.problems.size(), 1U) << joined(r.problems);
    EXPECT_TRUE(contains(r.problems[0], "bad_json.json: invalid JSON at line 4")) << r.problems[0];
    EXPECT_TRUE(contains(r.problems[0], "using the defaults")) << r.problems[0];
    EXPECT_EQ(r.config.idleSeconds, 60);
    EXPECT_EQ(r.config.pin, "2468");
}

TEST(AppConfig, MissingFileAndWrongTopLevelAreNamed) {
    auto r = load("no_such_file.json");
    ASSERT_EQ(r.problems.size(), 1U);
    EXPECT_TRUE(contains(r.problems[0], "no_such_file.json: cannot open the file")) << r.problems[0];
    r = load("not_object.json");
    ASSERT_EQ(r.problems.size(), 1U);
    EXPECT_TRUE(contains(r.problems[0], "not_object.json: expected an object of settings, found an array"));
}

TEST(AppConfig, AFolderGivenAsConfigIsCalledAFolderNotInvalidJson) {
    const app::ConfigLoad r = app::loadConfig(TIDSATLAS_FIXTURES_DIR);
    ASSERT_EQ(r.problems.size(), 1U);
    EXPECT_EQ(r.problems[0],
              std::string(TIDSATLAS_FIXTURES_DIR) +
                  ": is a folder, not a settings file; give the JSON file itself; using the defaults");
}

TEST(AppConfig, PixelsPerMmFromScreenSizeOr96Dpi) {
    AppConfig c;
    EXPECT_NEAR(app::pixelsPerMm(c, 1920, 1080), 96.0 / 25.4, 1e-4); // unknown size
    c.screenWidthMm = 480;
    EXPECT_NEAR(app::pixelsPerMm(c, 1920, 1080), 4.0, 1e-4); // width alone is enough
    c.screenWidthMm = 0;
    c.screenHeightMm = 270;
    EXPECT_NEAR(app::pixelsPerMm(c, 1920, 1080), 4.0, 1e-4);
    c.screenWidthMm = 480;
    c.screenHeightMm = 300; // 4.0 and 3.6 px/mm: the mean
    EXPECT_NEAR(app::pixelsPerMm(c, 1920, 1080), 3.8, 1e-4);
}

TEST(AppConfig, TouchTargetsAreAtLeastTheMinimum) {
    AppConfig c;
    c.screenWidthMm = 480;                                      // 4 px/mm at 1920 wide
    EXPECT_NEAR(app::touchTargetPx(c, 1920, 1080), 60.0, 1e-3); // 15 mm
    EXPECT_NEAR(app::touchTargetPx(c, 1920, 1080, 10), 60.0, 1e-3);
    EXPECT_NEAR(app::touchTargetPx(c, 1920, 1080, 20), 80.0, 1e-3);
    c.minTouchTargetMm = 18;
    EXPECT_NEAR(app::touchTargetPx(c, 1920, 1080), 72.0, 1e-3);
    // A 4K panel of the same size needs twice the pixels for the same finger.
    EXPECT_NEAR(app::touchTargetPx(c, 3840, 2160), 144.0, 1e-3);
}

TEST(AppConfig, StoryPathResolvesAgainstTheDataFolder) {
    AppConfig c;
    EXPECT_EQ(app::storyPath(c, "data/sodertorn"), "data/sodertorn/story.json");
    c.storyFile = "short.json";
    EXPECT_EQ(app::storyPath(c, "data/sodertorn"), "data/sodertorn/short.json");
    c.storyFile = "/srv/kiosk/story.json";
    EXPECT_EQ(app::storyPath(c, "data/sodertorn"), "/srv/kiosk/story.json");
}
