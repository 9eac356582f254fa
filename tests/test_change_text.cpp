// Sentences derived from the lineage graph for the captions.
#include "bundled_dataset.hpp"
#include "content/change_text.hpp"

#include <algorithm>
#include <gtest/gtest.h>

namespace {
bool has(const std::vector<std::string>& lines, const std::string& line) {
    return std::find(lines.begin(), lines.end(), line) != lines.end();
}
const app::Strings& swedish() {
    static const app::Strings strings = fixtures::bundledStrings(app::Language::Swedish);
    return strings;
}
const app::Strings& english() {
    static const app::Strings strings = fixtures::bundledStrings(app::Language::English);
    return strings;
}
std::string all(const std::vector<std::string>& lines) { return app::joinNames(lines, english()); }
} // namespace

TEST(ChangeText, HaningeIsFormedIn1971) {
    const auto lines = app::describeChanges(fixtures::bundledDataset(), 1971, swedish());
    EXPECT_TRUE(has(lines, "Västerhaninge och Österhaninge bildar Haninge")) << all(lines);
}

TEST(ChangeText, NykvarnSplitsFromSodertaljeIn1999) {
    const auto lines = app::describeChanges(fixtures::bundledDataset(), 1999, english());
    EXPECT_TRUE(has(lines, "Nykvarn splits from Södertälje")) << all(lines);
}

TEST(ChangeText, SalemSplitsFromBotkyrkaIn1983) {
    const auto lines = app::describeChanges(fixtures::bundledDataset(), 1983, swedish());
    EXPECT_TRUE(has(lines, "Salem bryts ut ur Botkyrka")) << all(lines);
}

TEST(ChangeText, BrannkyrkaLeavesTheMapIn1914) {
    const auto lines = app::describeChanges(fixtures::bundledDataset(), 1914, swedish());
    EXPECT_TRUE(has(lines, "Brännkyrka landskommun lämnar kartan")) << all(lines);
}

TEST(ChangeText, JoinNamesUsesTheLanguagesConjunction) {
    EXPECT_EQ(app::joinNames({"A", "B", "C"}, swedish()), "A, B och C");
    EXPECT_EQ(app::joinNames({"A", "B"}, english()), "A and B");
    EXPECT_EQ(app::joinNames({"A"}, english()), "A");
}

TEST(ChangeText, ACaptionNamesAFewChangesAndCountsTheRest) {
    const std::vector<std::string> three{"A joins B", "C splits from D", "E leaves the map"};
    EXPECT_EQ(app::changesSentence(three, english()), "A joins B, C splits from D and E leaves the map.");
    std::vector<std::string> many;
    for (int i = 0; i < 417; ++i) many.push_back("change " + std::to_string(i));
    EXPECT_EQ(app::changesSentence(many, english()),
              "change 0, change 1, change 2, change 3, change 4 and 412 more changes.");
    EXPECT_EQ(app::changesSentence(many, swedish()),
              "change 0, change 1, change 2, change 3, change 4 och 412 förändringar till.");
}
