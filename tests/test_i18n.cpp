// The UI's words: the bundled catalogues agree with each other (same keys, no empty texts, the same
// placeholders per key), the fallback chain works, and a bad catalogue is named in the problems.
#include "content/i18n.hpp"
#include "render/imgui_sfml.hpp"

#include <SFML/System/Utf.hpp>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

using app::Language;

namespace {

const std::string kBundled = std::string(TIDSATLAS_SOURCE_DIR) + "/data/i18n";
const std::string kFixtures = std::string(TIDSATLAS_FIXTURES_DIR) + "/i18n";

// The raw catalogue, read without the loader, so these tests also catch what the loader would hide.
nlohmann::json rawCatalogue(const std::string& language) {
    std::ifstream in(kBundled + "/" + language + ".json");
    return nlohmann::json::parse(in);
}

std::string joined(const std::vector<std::string>& list) {
    std::string s;
    for (const std::string& item : list) s += "\n  " + item;
    return s;
}

// Every catalogue key the app's and the renderer's sources ask for, with the first file asking.
// The rule the sources keep (docs/STORY.md): a UI text is fetched as get("group.key") or
// format("group.key", …) with the key written out at the call, never assembled at run time, so this
// simple pattern finds every one of them.
std::map<std::string, std::string> keysUsedInSources() {
    const std::regex call(R"re(\b(?:get|format)\(\s*"([^"]+)")re");
    std::map<std::string, std::string> used;
    const std::filesystem::path root(TIDSATLAS_SOURCE_DIR);
    for (const char* folder : {"app", "render/src", "render/include"}) {
        for (const auto& entry : std::filesystem::recursive_directory_iterator(root / folder)) {
            const std::string extension = entry.path().extension().string();
            if (extension != ".cpp" && extension != ".hpp") continue;
            std::ifstream in(entry.path());
            std::stringstream content;
            content << in.rdbuf();
            const std::string text = content.str();
            const std::string file = entry.path().lexically_relative(root).string();
            for (auto m = std::sregex_iterator(text.begin(), text.end(), call); m != std::sregex_iterator();
                 ++m)
                used.emplace((*m)[1].str(), file);
        }
    }
    return used;
}

bool anyContains(const std::vector<std::string>& lines, const std::string& a, const std::string& b = "") {
    return std::any_of(lines.begin(), lines.end(), [&](const std::string& line) {
        return line.find(a) != std::string::npos && line.find(b) != std::string::npos;
    });
}

} // namespace

TEST(I18n, BundledCataloguesLoadWithoutProblems) {
    app::Strings strings;
    const auto problems = strings.load(kBundled);
    EXPECT_TRUE(problems.empty()) << joined(problems);
    EXPECT_GT(strings.keys().size(), 80U);
}

TEST(I18n, SwedishAndEnglishHaveTheSameKeys) {
    app::Strings strings;
    (void)strings.load(kBundled);
    const auto sv = strings.keys(Language::Swedish);
    const auto en = strings.keys(Language::English);
    std::vector<std::string> onlySv, onlyEn;
    std::set_difference(sv.begin(), sv.end(), en.begin(), en.end(), std::back_inserter(onlySv));
    std::set_difference(en.begin(), en.end(), sv.begin(), sv.end(), std::back_inserter(onlyEn));
    EXPECT_TRUE(onlySv.empty()) << "keys in sv.json but not in en.json:" << joined(onlySv);
    EXPECT_TRUE(onlyEn.empty()) << "keys in en.json but not in sv.json:" << joined(onlyEn);
}

TEST(I18n, NoEmptyOrNonTextValues) {
    for (const char* language : {"sv", "en"}) {
        const nlohmann::json catalogue = rawCatalogue(language);
        for (const auto& item : catalogue.items()) {
            ASSERT_TRUE(item.value().is_string()) << language << ".json " << item.key();
            EXPECT_FALSE(item.value().get<std::string>().empty()) << language << ".json " << item.key();
        }
    }
}

TEST(I18n, PlaceholdersMatchBetweenLanguages) {
    const auto sv = rawCatalogue("sv");
    const auto en = rawCatalogue("en");
    std::vector<std::string> mismatches;
    for (const auto& item : sv.items()) {
        if (!en.contains(item.key())) continue; // the key-set test names those
        const auto a = app::placeholders(item.value().get<std::string>());
        const auto b = app::placeholders(en.at(item.key()).get<std::string>());
        if (a != b) mismatches.push_back(item.key());
    }
    EXPECT_TRUE(mismatches.empty()) << "placeholders differ for:" << joined(mismatches);
}

TEST(I18n, StringsTheModesNeedAreThere) {
    app::Strings strings;
    (void)strings.load(kBundled, Language::English);
    EXPECT_EQ(strings.get("kiosk.touch_to_explore", Language::Swedish), "Tryck för att utforska");
    EXPECT_EQ(strings.get("kiosk.touch_to_explore"), "Touch to explore");
    EXPECT_EQ(strings.get("kiosk.still_there", Language::Swedish), "Är du kvar?");
    EXPECT_EQ(strings.format("kiosk.countdown", {7}), "In 7 s the map starts over");
    EXPECT_EQ(strings.format("kiosk.countdown", {7}, Language::Swedish),
              "Om 7 s börjar kartan om från början");
    EXPECT_EQ(strings.format("quiz.which_formed", {"Haninge", 1971}),
              "Which municipalities formed Haninge in 1971?");
    strings.setLanguage(Language::Swedish);
    EXPECT_EQ(strings.format("quiz.broke_away", {"Södertälje", 1999}),
              "Vilken kommun bröts ut ur Södertälje 1999?");
    for (const char* key : {"teach.compare", "teach.lineage", "teach.quiz", "quiz.verdict_right",
                            "quiz.verdict_wrong", "quiz.score", "present.next_scene", "present.elapsed",
                            "present.notes", "language.swedish", "language.english"})
        EXPECT_TRUE(strings.has(key, Language::Swedish) && strings.has(key, Language::English)) << key;
    EXPECT_EQ(strings.get("language.swedish", Language::English), "Svenska"); // each in its own language
    EXPECT_TRUE(strings.missingKeys().empty()) << joined(strings.missingKeys());
}

TEST(I18n, MissingEnglishFallsBackToSwedishThenToTheKey) {
    app::Strings strings;
    (void)strings.load(kFixtures + "/wrong_placeholders", Language::English);
    EXPECT_EQ(strings.get("only.swedish"), "Bara svenska");
    EXPECT_EQ(strings.get("no.such.key"), "no.such.key");
    EXPECT_EQ(strings.get("quiz.score"), "Score: %d out of %d"); // a duplicate: the last one wins
    EXPECT_EQ(strings.missingKeys(), (std::vector<std::string>{"en: no.such.key", "en: only.swedish"}));
    // The reference stays valid while other unknown keys are asked for.
    const std::string& unknown = strings.get("another.key");
    for (int i = 0; i < 100; ++i) (void)strings.get("key." + std::to_string(i));
    EXPECT_EQ(unknown, "another.key");
    strings.clearMissing();
    EXPECT_TRUE(strings.missingKeys().empty());
}

TEST(I18n, LoaderNamesEveryProblemInATranslation) {
    app::Strings strings;
    const auto problems = strings.load(kFixtures + "/wrong_placeholders", Language::English);
    const std::string en = "wrong_placeholders/en.json";
    EXPECT_TRUE(anyContains(problems, en + " /quiz.which_formed", "placeholders %d %s differ"))
        << joined(problems);
    EXPECT_TRUE(anyContains(problems, en + " /quiz.score", "appears twice")) << joined(problems);
    EXPECT_TRUE(anyContains(problems, en + " /only.english", "not in sv.json")) << joined(problems);
    EXPECT_TRUE(anyContains(problems, en + " /percent", "empty")) << joined(problems);
    EXPECT_TRUE(anyContains(problems, en + " /number", "found a number")) << joined(problems);
    EXPECT_TRUE(anyContains(problems, en + ":", "only.swedish")) << joined(problems);
    // A mismatched translation is dropped so a %s never receives a number by accident.
    EXPECT_EQ(strings.format("quiz.which_formed", {"Haninge", 1971}), "Vilka kommuner bildade Haninge 1971?");
}

TEST(I18n, BadJsonNamesTheFileAndLine) {
    app::Strings strings;
    const auto problems = strings.load(kFixtures + "/bad_json");
    ASSERT_FALSE(problems.empty());
    EXPECT_TRUE(anyContains(problems, "bad_json/sv.json", "invalid JSON at line 4")) << joined(problems);
    EXPECT_TRUE(anyContains(problems, "bad_json/en.json", "invalid JSON")) << joined(problems);
    EXPECT_EQ(strings.get("a.b"), "a.b"); // nothing loaded: keys show as themselves
}

TEST(I18n, WrongTopLevelAndMissingFolderAreNamed) {
    app::Strings strings;
    auto problems = strings.load(kFixtures + "/not_object");
    EXPECT_TRUE(anyContains(problems, "not_object/sv.json", "found an array")) << joined(problems);
    problems = strings.load(kFixtures + "/no_such_folder");
    EXPECT_TRUE(anyContains(problems, "no_such_folder/sv.json", "cannot open")) << joined(problems);
    EXPECT_TRUE(anyContains(problems, "no_such_folder/en.json", "cannot open")) << joined(problems);
}

TEST(I18n, PlaceholdersAreFoundAndFilledSafely) {
    EXPECT_EQ(app::placeholders("%d av %d, %.1f år/s, 100 %% %s"),
              (std::vector<std::string>{"%d", "%d", "%.1f", "%s"}));
    EXPECT_TRUE(app::placeholders("inga").empty());
    EXPECT_EQ(app::placeholders("Fråga %zu av %lu"), (std::vector<std::string>{"%zu", "%lu"}));
    EXPECT_EQ(app::formatText("Fråga %zu av %d", {size_t{3}, 12U}), "Fråga 3 av 12");
    EXPECT_EQ(app::formatText("%.1f år/s", {12.0}), "12.0 år/s");
    EXPECT_EQ(app::formatText("%s %d", {"Nykvarn", 1999}), "Nykvarn 1999");
    EXPECT_EQ(app::formatText("%d%%", {50}), "50%");
    // What printf would make undefined: too few arguments and swapped types.
    EXPECT_EQ(app::formatText("%s och %s", {"A"}), "A och %s");
    EXPECT_EQ(app::formatText("%d %s", {"text", 3}), "text 3");
    EXPECT_EQ(app::formatText("100 %", {}), "100 %");
    // A precision too long for an int (found by fuzz_i18n: UBSan, signed overflow) is capped; the number
    // fills the 63 characters it is rendered into.
    EXPECT_EQ(app::placeholders("%.99999999999f år"), (std::vector<std::string>{"%.99999999999f"}));
    EXPECT_EQ(app::formatText("%.99999999999f", {1.5}), "1." + std::string("5") + std::string(60, '0'));
}

TEST(I18n, DefaultFolderExists) {
    EXPECT_TRUE(std::filesystem::is_regular_file(std::filesystem::path(app::defaultI18nDir()) / "sv.json"));
    EXPECT_STREQ(app::languageCode(Language::English), "en");
}

TEST(I18n, EveryKeyInTheSourcesIsInBothCatalogues) {
    app::Strings strings;
    (void)strings.load(kBundled); // problems are BundledCataloguesLoadWithoutProblems' to name
    const auto used = keysUsedInSources();
    // The panels, captions, legends and quiz ask for well over this many; fewer means the pattern
    // stopped matching the way the sources fetch their words, and this test would pass on nothing.
    EXPECT_GT(used.size(), 80U);
    for (const char* key : {"timeline.play", "legend.no_data", "change.forms", "quiz.which_formed"})
        EXPECT_TRUE(used.contains(key)) << key << " is used in the sources but the scan did not find it";
    std::vector<std::string> missing;
    for (const auto& [key, file] : used)
        for (const Language language : {Language::Swedish, Language::English})
            if (!strings.has(key, language))
                missing.push_back(std::string(app::languageCode(language)) + ".json lacks \"" + key + "\" (" +
                                  file + ")");
    EXPECT_TRUE(missing.empty()) << joined(missing);
}

// The panels draw with an ImGui font built for a fixed set of code points; a character outside it
// shows as '?'. Every character of every text must be in that set (a new arrow or symbol in a
// translation means widening kGlyphRanges in render/src/imgui_sfml.cpp).
TEST(I18n, EveryCharacterIsInThePanelsFont) {
    std::vector<std::string> unprintable;
    for (const char* language : {"sv", "en"}) {
        const nlohmann::json catalogue = rawCatalogue(language);
        for (const auto& item : catalogue.items()) {
            if (item.key().starts_with("_") || !item.value().is_string()) continue;
            const std::string text = item.value().get<std::string>();
            for (auto it = text.begin(); it != text.end();) {
                sf::Uint32 codepoint = 0;
                it = sf::Utf8::decode(it, text.end(), codepoint);
                if (!render::uiFontCovers(codepoint))
                    unprintable.push_back(std::string(language) + ".json " + item.key() + ": U+" +
                                          std::to_string(codepoint) + " in \"" + text + "\"");
            }
        }
    }
    EXPECT_TRUE(unprintable.empty()) << joined(unprintable);
    EXPECT_FALSE(render::uiFontCovers(U'\u2265')); // ≥ is not loaded: the check can fail
}
