// tidsatlas --import-population, below the command line: the two table readers on hand-made fixtures
// (tests/fixtures/import, every figure in them made up), the matching of regions to unit versions against
// the bundled boundaries (Nykvarn, Södertälje, Salem inside Botkyrka), conflicts, and the writer that keeps
// population.csv whole. The command line itself: tests/cli/import_population.sh.
#include "bundled_dataset.hpp"
#include "geodata/population_import.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

namespace {

namespace fs = std::filesystem;
using geodata::ImportFigure;
using geodata::ImportTable;

const std::string kFixtures = std::string(TIDSATLAS_FIXTURES_DIR) + "/import/";

std::string readBytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void writeBytes(const fs::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

// A fresh scratch folder per test.
fs::path scratch(const std::string& name) {
    const fs::path dir =
        fs::temp_directory_path() / ("tidsatlas-import-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

const ImportFigure* find(const ImportTable& t, const std::string& code, int year) {
    for (const ImportFigure& f : t.figures)
        if (f.regionCode == code && f.year == year) return &f;
    return nullptr;
}

ImportTable tableOf(std::vector<ImportFigure> figures, std::string title = "Test table") {
    ImportTable t;
    t.file = "test";
    t.format = "test";
    t.title = std::move(title);
    t.figures = std::move(figures);
    return t;
}

ImportFigure figure(std::string code, std::string name, int year, double value) {
    ImportFigure f;
    f.regionCode = std::move(code);
    f.regionName = std::move(name);
    f.year = year;
    f.value = value;
    return f;
}

const geodata::PlannedFigure* added(const geodata::ImportPlan& plan, const std::string& code, int year) {
    for (const auto& f : plan.added)
        if (f.code == code && f.year == year) return &f;
    return nullptr;
}

const geodata::SkippedFigure* skipped(const geodata::ImportPlan& plan, const std::string& region, int year) {
    for (const auto& s : plan.skipped)
        if (s.region == region && s.year == year) return &s;
    return nullptr;
}

double areaOf(const std::string& code, int year) {
    const geodata::UnitVersion* v = fixtures::bundledDataset().versionOf(code, year);
    return v ? v->areaM2 : -1;
}

// ---- SCB's CSV export ----

TEST(ScbCsvImport, ReadsLatin1SemicolonsWithTitleDotsAndFootnotes) {
    const ImportTable t = geodata::readScbCsv(kFixtures + "scb_semicolon_latin1.csv");
    ASSERT_TRUE(t.ok()) << t.error;
    EXPECT_NE(t.format.find("';'"), std::string::npos) << t.format;
    EXPECT_NE(t.format.find("Latin-1"), std::string::npos) << t.format;
    EXPECT_EQ(t.title, "Folkmängd efter region och år (påhittade siffror för test)"); // Latin-1 → UTF-8
    EXPECT_EQ(t.figures.size(), 5u * 4u); // five regions × four years
    const ImportFigure* sodertalje = find(t, "0181", 1998);
    ASSERT_NE(sodertalje, nullptr);
    EXPECT_EQ(sodertalje->regionName, "Södertälje");
    EXPECT_EQ(sodertalje->value, 40002);
    EXPECT_EQ(sodertalje->place, "line 8, column 1998");
    const ImportFigure* dots = find(t, "0127", 1999);
    ASSERT_NE(dots, nullptr);
    EXPECT_FALSE(dots->value);
    EXPECT_EQ(dots->mark, "..");
    const ImportFigure* empty = find(t, "0181", 2000);
    ASSERT_NE(empty, nullptr);
    EXPECT_FALSE(empty->value);
    // The title above and the two footnotes below are reported, not read as figures.
    ASSERT_EQ(t.ignored.size(), 3u);
    EXPECT_NE(t.ignored[1].find(".. = uppgift saknas"), std::string::npos) << t.ignored[1];
    EXPECT_NE(t.ignored[2].find("Källa"), std::string::npos) << t.ignored[2];
}

TEST(ScbCsvImport, ReadsUtf8WithBomCommasQuotesAndMissingYears) {
    const ImportTable t = geodata::readScbCsv(kFixtures + "scb_comma_utf8_bom.csv");
    ASSERT_TRUE(t.ok()) << t.error;
    EXPECT_NE(t.format.find("','"), std::string::npos) << t.format;
    EXPECT_NE(t.format.find("UTF-8 with BOM"), std::string::npos) << t.format;
    // The contents in the year headers and the one value of the kön column are kept for the report.
    EXPECT_EQ(t.contents, "Folkmängd, kön: totalt");
    EXPECT_EQ(t.title, "Folkmängd efter region, civilstånd, ålder och kön (påhittade siffror)");
    std::vector<int> years;
    for (const ImportFigure& f : t.figures)
        if (f.regionCode == "0127") years.push_back(f.year);
    EXPECT_EQ(years, (std::vector<int>{1970, 1975, 1990})); // the years the table has, gaps and all
    EXPECT_EQ(find(t, "0127", 1975)->value, 50002);
    EXPECT_EQ(find(t, "0136", 1970)->mark, "..");
    EXPECT_EQ(find(t, "0192", 1990)->mark, "empty cell"); // a row one cell short
    EXPECT_EQ(find(t, "0192", 1975)->regionName, "Nynäshamn");
}

TEST(ScbCsvImport, RefusesATableWithSeveralValuesOfAnotherVariable) {
    const fs::path dir = scratch("csv-kon");
    writeBytes(dir / "t.csv", "region;kön;1990\n0127 Botkyrka;män;1\n0127 Botkyrka;kvinnor;2\n");
    const ImportTable t = geodata::readScbCsv((dir / "t.csv").string());
    EXPECT_FALSE(t.ok());
    EXPECT_NE(t.error.find("'kön' has several values (kvinnor, män)"), std::string::npos) << t.error;
    EXPECT_TRUE(t.figures.empty());
}

TEST(ScbCsvImport, RefusesARegionTwiceWhenNoColumnSaysWhy) {
    const fs::path dir = scratch("csv-twice");
    writeBytes(dir / "t.csv", "region;1990\n0127 Botkyrka;1\n0127 Botkyrka;2\n");
    const ImportTable t = geodata::readScbCsv((dir / "t.csv").string());
    EXPECT_FALSE(t.ok());
    EXPECT_NE(t.error.find("line 3: region '0127 Botkyrka' appears again (first on line 2)"),
              std::string::npos)
        << t.error;
}

TEST(ScbCsvImport, RefusesSeveralContentsAndTablesWithoutYears) {
    const fs::path dir = scratch("csv-contents");
    writeBytes(dir / "two.csv", "region,Folkmängd 1990,Folkökning 1990\n0127 Botkyrka,1,2\n");
    const ImportTable two = geodata::readScbCsv((dir / "two.csv").string());
    EXPECT_NE(two.error.find("several contents ('Folkmängd', 'Folkökning')"), std::string::npos) << two.error;
    writeBytes(dir / "none.csv", "kommun,invånare\nBotkyrka,1\n");
    const ImportTable none = geodata::readScbCsv((dir / "none.csv").string());
    EXPECT_NE(none.error.find("no header row with years"), std::string::npos) << none.error;
}

TEST(ScbCsvImport, ATitleRowEndingInAYearIsNotTakenForTheHeader) {
    const fs::path dir = scratch("csv-title-year");
    writeBytes(dir / "t.csv", "Tabell 1;2023\n\nregion;1990;1991\n0127 Botkyrka;1;2\n");
    const ImportTable t = geodata::readScbCsv((dir / "t.csv").string());
    ASSERT_TRUE(t.ok()) << t.error;
    ASSERT_EQ(t.figures.size(), 2u);
    EXPECT_EQ(find(t, "0127", 1991)->value, 2);
    EXPECT_EQ(t.title, "Tabell 1; 2023");
}

// ---- JSON-stat 2.0 ----

TEST(JsonStatImport, ReadsArraysNullsStatusObjectAndASizeOneContentsDimension) {
    const ImportTable t = geodata::readJsonStat(kFixtures + "jsonstat_value_array.json");
    ASSERT_TRUE(t.ok()) << t.error;
    EXPECT_EQ(t.format, "JSON-stat 2.0");
    EXPECT_EQ(t.contents, "Folkmängd");
    ASSERT_EQ(t.figures.size(), 9u);
    const ImportFigure* nykvarn1999 = find(t, "0140", 1999);
    ASSERT_NE(nykvarn1999, nullptr);
    EXPECT_EQ(nykvarn1999->regionName, "Nykvarn"); // "0140 Nykvarn" without its code
    EXPECT_EQ(nykvarn1999->value, 12002);
    EXPECT_EQ(nykvarn1999->place, "value[4]");
    EXPECT_FALSE(find(t, "0140", 1998)->value);
    EXPECT_EQ(find(t, "0140", 1998)->mark, ".."); // null, with its status
    EXPECT_EQ(find(t, "0138", 2000)->mark, ".");
    EXPECT_EQ(find(t, "0127", 2000)->value, 11003);
}

TEST(JsonStatImport, ReadsIndexAndValueAsObjectsStatusAsArrayInAnotherDimensionOrder) {
    const ImportTable t = geodata::readJsonStat(kFixtures + "jsonstat_value_object.json");
    ASSERT_TRUE(t.ok()) << t.error;
    EXPECT_EQ(t.contents, "total"); // the sex dimension's one category, given by its label alone
    ASSERT_EQ(t.figures.size(), 4u);
    // id [Tid, Kon, Region]: the region varies fastest, and index {"0128": 1, "0127": 0} puts Botkyrka first.
    EXPECT_EQ(find(t, "0127", 1975)->value, 21001);
    EXPECT_EQ(find(t, "0128", 1975)->value, 21002);
    EXPECT_EQ(find(t, "0128", 1990)->value, 22002);
    EXPECT_FALSE(find(t, "0127", 1990)->value); // left out of the value object
    EXPECT_EQ(find(t, "0127", 1990)->mark, "..");
    EXPECT_EQ(find(t, "0128", 1990)->regionName, "Salem");
}

TEST(JsonStatImport, RefusesSeveralCategoriesNonYearsAndAShortValueArray) {
    const fs::path dir = scratch("jsonstat-bad");
    const std::string head = R"({"version":"2.0","class":"dataset","id":["Region","Kon","Tid"],)";
    writeBytes(dir / "kon.json", head + R"("size":[1,2,1],"dimension":{
        "Region":{"category":{"index":["0127"]}},
        "Kon":{"label":"kön","category":{"index":["1","2"],"label":{"1":"män","2":"kvinnor"}}},
        "Tid":{"category":{"index":["1990"]}}},"value":[1,2]})");
    const ImportTable kon = geodata::readJsonStat((dir / "kon.json").string());
    EXPECT_NE(kon.error.find("dimension 'Kon' (kön) has 2 categories (1 män, 2 kvinnor)"), std::string::npos)
        << kon.error;
    writeBytes(dir / "month.json", head + R"("size":[1,1,1],"dimension":{
        "Region":{"category":{"index":["0127"]}},"Kon":{"category":{"index":["1+2"]}},
        "Tid":{"category":{"index":["2020M01"]}}},"value":[1]})");
    EXPECT_NE(geodata::readJsonStat((dir / "month.json").string()).error.find("'2020M01'"),
              std::string::npos);
    writeBytes(dir / "short.json", head + R"("size":[1,1,2],"dimension":{
        "Region":{"category":{"index":["0127"]}},"Kon":{"category":{"index":["1+2"]}},
        "Tid":{"category":{"index":["1990","1991"]}}},"value":[1]})");
    EXPECT_NE(geodata::readJsonStat((dir / "short.json").string()).error.find("\"value\" has 1 entries"),
              std::string::npos);
    writeBytes(dir / "broken.json", "{\"version\": \"2.0\",\n \"class\": }");
    EXPECT_NE(geodata::readJsonStat((dir / "broken.json").string()).error.find("invalid JSON"),
              std::string::npos);
}

TEST(PopulationImport, ChoosesTheReaderByTheFilesContent) {
    EXPECT_EQ(geodata::readPopulationTable(kFixtures + "jsonstat_value_object.json").format, "JSON-stat 2.0");
    EXPECT_NE(geodata::readPopulationTable(kFixtures + "scb_comma_utf8_bom.csv").format.find("SCB CSV"),
              std::string::npos);
}

// ---- Matching and boundaries (item 4), against the bundled boundaries ----

TEST(PopulationImportBoundaries, NykvarnBeforeItsSplitIsSkippedAndFromItsFirstYearAttached) {
    const auto plan =
        geodata::planImport(tableOf({figure("0140", "Nykvarn", 1998, 1), figure("0140", "Nykvarn", 1999, 2)}),
                            fixtures::bundledDataset().units, {}, {"x"});
    const auto* before = skipped(plan, "0140 Nykvarn", 1998);
    ASSERT_NE(before, nullptr);
    EXPECT_NE(before->reason.find("no version of 014000000 Nykvarn is valid on 31 December of the year (its "
                                  "versions: 1999–)"),
              std::string::npos)
        << before->reason;
    const auto* first = added(plan, "014000000", 1999);
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->versionFrom, 1999);
    EXPECT_TRUE(first->boundaryWarning.empty()) << first->boundaryWarning; // today's Nykvarn
}

TEST(PopulationImportBoundaries, SodertaljeWithNykvarnGetsTheFigureAndAWarningButNeverTheStad) {
    const auto plan = geodata::planImport(
        tableOf({figure("0181", "Södertälje", 1968, 1), figure("0181", "Södertälje", 1998, 2),
                 figure("0181", "Södertälje", 1999, 3)}),
        fixtures::bundledDataset().units, {}, {"x"});
    // 1968: today's Södertälje (018100000) did not exist; Södertälje stad (018100016) is another unit, far
    // smaller than today's municipality, and a code match is never moved to a name.
    const auto* stad = skipped(plan, "0181 Södertälje", 1968);
    ASSERT_NE(stad, nullptr);
    EXPECT_NE(stad->reason.find("018100016 Södertälje stad has the same name but another code"),
              std::string::npos)
        << stad->reason;
    EXPECT_EQ(added(plan, "018100016", 1968), nullptr);
    // 1998: the 1971–1998 version, which still held Nykvarn: written, with the warning in its note.
    const auto* with = added(plan, "018100000", 1998);
    ASSERT_NE(with, nullptr);
    EXPECT_EQ(with->versionFrom, 1971);
    EXPECT_EQ(with->versionTo, 1998);
    EXPECT_NE(with->boundaryWarning.find("Södertälje kommun of 1971–1998 had other boundaries"),
              std::string::npos)
        << with->boundaryWarning;
    EXPECT_NE(with->note.find(with->boundaryWarning), std::string::npos);
    const auto* without = added(plan, "018100000", 1999);
    ASSERT_NE(without, nullptr);
    EXPECT_EQ(without->versionFrom, 1999);
    EXPECT_TRUE(without->boundaryWarning.empty());
    EXPECT_EQ(plan.warnings().size(), 1u);
}

TEST(PopulationImportBoundaries, SalemInsideBotkyrka1974To1982) {
    const auto plan =
        geodata::planImport(tableOf({figure("0128", "Salem", 1975, 1), figure("0127", "Botkyrka", 1972, 2),
                                     figure("0127", "Botkyrka", 1975, 3), figure("0127", "Botkyrka", 1990, 4),
                                     figure("0127", "Botkyrka", 1970, 5)}),
                            fixtures::bundledDataset().units, {}, {"x"});
    // Salem was part of Botkyrka: no version of today's Salem is valid in 1975.
    const auto* salem = skipped(plan, "0128 Salem", 1975);
    ASSERT_NE(salem, nullptr);
    EXPECT_NE(salem->reason.find("no version of 012800000 Salem"), std::string::npos) << salem->reason;
    // Botkyrka 1975 is the 1974–1982 version with Salem: a figure on today's boundaries lacks Salem.
    const auto* with = added(plan, "012700000", 1975);
    ASSERT_NE(with, nullptr);
    EXPECT_EQ(with->versionFrom, 1974);
    EXPECT_EQ(with->versionTo, 1982);
    EXPECT_FALSE(with->boundaryWarning.empty());
    // Botkyrka 1970, the landskommun without Grödinge: another area, warned.
    EXPECT_FALSE(added(plan, "012700000", 1970)->boundaryWarning.empty());
    // 1971–1973 had today's area (Botkyrka with Grödinge, without Salem): a warning only if the areas differ.
    const auto* early = added(plan, "012700000", 1972);
    ASSERT_NE(early, nullptr);
    const double a1972 = areaOf("012700000", 1972), today = areaOf("012700000", 2000);
    EXPECT_EQ(early->boundaryWarning.empty(), std::abs(a1972 - today) <= 0.005 * today)
        << early->boundaryWarning;
    EXPECT_TRUE(added(plan, "012700000", 1990)->boundaryWarning.empty());
}

TEST(PopulationImportBoundaries, FiguresForTheUnitsAsTheyStoodAreNotWarned) {
    geodata::ImportOptions asThen{"x", false, geodata::SourceBoundaries::AsThen};
    const auto plan =
        geodata::planImport(tableOf({figure("", "Brännkyrka", 1900, 1), figure("0127", "", 1975, 2)}),
                            fixtures::bundledDataset().units, {}, asThen);
    EXPECT_TRUE(plan.warnings().empty());
    // The same on today's boundaries: Brännkyrka (into Stockholm 1913) has no boundary today.
    const auto today = geodata::planImport(tableOf({figure("", "Brännkyrka", 1900, 1)}),
                                           fixtures::bundledDataset().units, {}, {"x"});
    ASSERT_EQ(today.added.size(), 1u);
    EXPECT_NE(today.added[0].boundaryWarning.find("ended in 1913"), std::string::npos)
        << today.added[0].boundaryWarning;
}

TEST(PopulationImportBoundaries, OnTheDivisionOfTheYearAfterOnlyTheYearBeforeAChangeIsWarned) {
    // SCB describes its yearly tables so: the figure of 31 December on the division of 1 January after.
    geodata::ImportOptions yearAfter{"x", false, geodata::SourceBoundaries::YearAfter};
    const auto plan = geodata::planImport(
        tableOf({figure("0181", "Södertälje", 1990, 1), figure("0181", "Södertälje", 1998, 2),
                 figure("0127", "Botkyrka", 1975, 3), figure("0127", "Botkyrka", 1982, 4)}),
        fixtures::bundledDataset().units, {}, yearAfter);
    EXPECT_TRUE(added(plan, "018100000", 1990)->boundaryWarning.empty()); // 1 January 1991: the same version
    EXPECT_TRUE(added(plan, "012700000", 1975)->boundaryWarning.empty());
    // 31 December 1998 on the division of 1 January 1999: without Nykvarn, unlike the version it goes to.
    const auto* split = added(plan, "018100000", 1998);
    ASSERT_NE(split, nullptr);
    EXPECT_EQ(split->versionTo, 1998);
    EXPECT_NE(split->boundaryWarning.find("the division of 1 January 1999"), std::string::npos)
        << split->boundaryWarning;
    EXPECT_FALSE(added(plan, "012700000", 1982)->boundaryWarning.empty()); // Salem leaves on 1 January 1983
}

TEST(PopulationImportBoundaries, AZeroIsTheSourcesMarkForAUnitThatDidNotExistAndIsSkipped) {
    const auto plan = geodata::planImport(tableOf({figure("0127", "Botkyrka", 1990, 0)}),
                                          fixtures::bundledDataset().units, {}, {"x"});
    EXPECT_TRUE(plan.added.empty());
    ASSERT_NE(skipped(plan, "0127 Botkyrka", 1990), nullptr);
    EXPECT_NE(skipped(plan, "0127 Botkyrka", 1990)->reason.find("did not exist"), std::string::npos);
}

// ---- Matching by code and by name ----

TEST(PopulationImportMatching, AMunicipalityCodeNamesItsUnitAndNeverTheParishesInIt) {
    const auto plan = geodata::planImport(
        tableOf({figure("0127", "Botkyrka", 1960, 1), figure("012700001", "Grödinge", 1960, 2)}),
        fixtures::bundledDataset().units, {}, {"x"});
    ASSERT_NE(added(plan, "012700000", 1960), nullptr); // 0127 → 012700000, not 012700001
    ASSERT_NE(added(plan, "012700001", 1960), nullptr); // an exact code
    EXPECT_EQ(plan.added.size(), 2u);
}

TEST(PopulationImportMatching, ANameFindsTheUnitValidThatYear) {
    const auto plan = geodata::planImport(
        tableOf({figure("", "Södertälje", 1950, 1), figure("", "Södertälje kommun", 1980, 2),
                 figure("", "HUDDINGE", 1950, 3), figure("", "Atlantis", 1950, 4),
                 figure("", "Nykvarn", 1990, 5)}),
        fixtures::bundledDataset().units, {}, {"x"});
    EXPECT_NE(added(plan, "018100016", 1950), nullptr); // Södertälje stad then
    EXPECT_NE(added(plan, "018100000", 1980), nullptr); // the full name
    EXPECT_NE(added(plan, "012600000", 1950), nullptr); // case ignored
    EXPECT_NE(skipped(plan, "Atlantis", 1950)->reason.find("no unit with this code or name"),
              std::string::npos);
    EXPECT_NE(skipped(plan, "Nykvarn", 1990)->reason.find("no unit of that name is valid"),
              std::string::npos);
}

TEST(PopulationImportMatching, ASecondFigureForTheSameUnitAndYearIsSkipped) {
    const auto plan = geodata::planImport(
        tableOf({figure("0127", "Botkyrka", 1990, 1), figure("", "Botkyrka kommun", 1990, 2)}),
        fixtures::bundledDataset().units, {}, {"x"});
    ASSERT_EQ(plan.added.size(), 1u);
    EXPECT_EQ(plan.added[0].value, 1);
    EXPECT_NE(skipped(plan, "Botkyrka kommun", 1990)->reason.find("a second figure for 012700000"),
              std::string::npos);
}

// ---- Conflicts ----

geodata::PopulationTable existingBotkyrka1999(double value) {
    geodata::PopulationTable t;
    t.add({"012700000", 1999, value, "book-p12", "", 7});
    return t;
}

TEST(PopulationImportConflicts, ADifferentFigureIsKeptUnlessReplaceAndTheSameIsLeftAlone) {
    const ImportTable table = tableOf({figure("0127", "Botkyrka", 1999, 73230)});
    const auto kept =
        geodata::planImport(table, fixtures::bundledDataset().units, existingBotkyrka1999(73229), {"x"});
    ASSERT_EQ(kept.conflicts.size(), 1u);
    EXPECT_FALSE(kept.conflicts[0].replaced);
    EXPECT_EQ(kept.conflicts[0].existingValue, 73229);
    EXPECT_EQ(kept.conflicts[0].existingLine, 7);
    EXPECT_EQ(kept.conflicts[0].existingSource, "book-p12");
    EXPECT_EQ(kept.written(), 0u);
    const auto replaced = geodata::planImport(table, fixtures::bundledDataset().units,
                                              existingBotkyrka1999(73229), {"x", true});
    ASSERT_EQ(replaced.conflicts.size(), 1u);
    EXPECT_TRUE(replaced.conflicts[0].replaced);
    EXPECT_EQ(replaced.written(), 1u);
    const auto same =
        geodata::planImport(table, fixtures::bundledDataset().units, existingBotkyrka1999(73230), {"x"});
    EXPECT_EQ(same.unchanged.size(), 1u);
    EXPECT_TRUE(same.conflicts.empty());
    EXPECT_EQ(same.written(), 0u);
}

// ---- Writing population.csv ----

const std::string kExisting = "\xEF\xBB\xBF"
                              "code,name,year,population,source,note\r\n"
                              "012700000,Botkyrka kommun,1999,73229,book-p12,\"Dec 31, per the book\"\r\n"
                              "012600000,\"Huddinge, kommun\",1999,84587,book-p12,\r\n";

geodata::ImportPlan planFor(const std::string& csvPath, const ImportTable& table, bool replace) {
    std::set<std::string> codes;
    for (const auto& u : fixtures::bundledDataset().units) codes.insert(u.code);
    const auto existing = geodata::loadPopulationCsv(csvPath, codes);
    EXPECT_TRUE(existing.ok());
    return geodata::planImport(table, fixtures::bundledDataset().units, existing.table,
                               {"scb-be0101", replace});
}

TEST(PopulationImportWriter, KeepsEveryRowByteForByteAndAppendsInTheFilesStyle) {
    const fs::path dir = scratch("write-append");
    writeBytes(dir / "population.csv", kExisting);
    const ImportTable table =
        tableOf({figure("0127", "Botkyrka", 1999, 73230), figure("0127", "Botkyrka", 2000, 74000),
                 figure("0136", "Haninge", 2000, 70000)},
                "Folkmängd, efter region");
    const auto plan = planFor((dir / "population.csv").string(), table, false);
    ASSERT_EQ(plan.added.size(), 2u);
    ASSERT_EQ(plan.conflicts.size(), 1u);
    EXPECT_EQ(geodata::applyImport((dir / "population.csv").string(), plan, {"scb-be0101"}), "");
    const std::string after = readBytes(dir / "population.csv");
    EXPECT_TRUE(after.starts_with(kExisting))
        << after; // BOM, quotes, CR LF, the kept conflict: all as before
    EXPECT_EQ(
        after.substr(kExisting.size()),
        "012700000,Botkyrka kommun,2000,74000,scb-be0101,\"Folkmängd, efter region (0127 Botkyrka)\"\r\n"
        "013600000,Haninge kommun,2000,70000,scb-be0101,\"Folkmängd, efter region (0136 Haninge)\"\r\n");
    // The app reads the result without a problem and has the new figures.
    std::set<std::string> codes;
    for (const auto& u : fixtures::bundledDataset().units) codes.insert(u.code);
    const auto reread = geodata::loadPopulationCsv((dir / "population.csv").string(), codes);
    EXPECT_TRUE(reread.ok());
    EXPECT_EQ(reread.table.at("013600000", 2000)->value, 70000);
    EXPECT_EQ(reread.table.at("012700000", 1999)->value, 73229);
}

TEST(PopulationImportWriter, ReplaceRewritesOnlyTheConflictingRowAndKeepsItsName) {
    const fs::path dir = scratch("write-replace");
    writeBytes(dir / "population.csv", kExisting);
    const auto plan =
        planFor((dir / "population.csv").string(), tableOf({figure("0127", "Botkyrka", 1999, 73230)}), true);
    EXPECT_EQ(geodata::applyImport((dir / "population.csv").string(), plan, {"scb-be0101", true}), "");
    const std::string after = readBytes(dir / "population.csv");
    std::string expected = kExisting;
    const std::string oldRow = "012700000,Botkyrka kommun,1999,73229,book-p12,\"Dec 31, per the book\"\r\n";
    expected.replace(expected.find(oldRow), oldRow.size(),
                     "012700000,Botkyrka kommun,1999,73230,scb-be0101,Test table (0127 Botkyrka)\r\n");
    EXPECT_EQ(after, expected);
}

TEST(PopulationImportWriter, WritesSemicolonsIntoASemicolonFileAndCreatesAMissingFile) {
    const fs::path dir = scratch("write-semicolon");
    writeBytes(dir / "population.csv", "code;year;population;source\n012700000;1999;73229;book\n");
    const auto plan =
        planFor((dir / "population.csv").string(), tableOf({figure("0127", "Botkyrka", 2000, 1)}), false);
    EXPECT_EQ(geodata::applyImport((dir / "population.csv").string(), plan, {"s"}), "");
    EXPECT_EQ(readBytes(dir / "population.csv"),
              "code;year;population;source\n012700000;1999;73229;book\n012700000;2000;1;s\n");

    const fs::path fresh = scratch("write-new") / "population.csv";
    EXPECT_EQ(geodata::applyImport(fresh.string(), plan, {"s"}), "");
    EXPECT_EQ(readBytes(fresh), "code,name,year,population,source,note\n"
                                "012700000,Botkyrka kommun,2000,1,s,Test table (0127 Botkyrka)\n");
}

TEST(PopulationImportWriter, AFailureMidWriteLeavesTheOldFileByteForByteAndNoTemporaryFile) {
    const fs::path dir = scratch("write-fail");
    const std::string bundled = readBytes(fs::path(TIDSATLAS_DATA_DIR) / "population.csv");
    writeBytes(dir / "population.csv", bundled);
    const auto plan =
        planFor((dir / "population.csv").string(), tableOf({figure("0127", "Botkyrka", 2000, 1)}), false);
    ASSERT_EQ(plan.added.size(), 1u);
    // Half the new file written, then the disk is full.
    const std::string error = geodata::applyImport((dir / "population.csv").string(), plan, {"s"},
                                                   geodata::WriteFault{bundled.size() / 2});
    EXPECT_NE(error.find("cannot write"), std::string::npos) << error;
    EXPECT_NE(error.find("is unchanged"), std::string::npos) << error;
    EXPECT_EQ(readBytes(dir / "population.csv"), bundled);
    for (const auto& entry : fs::directory_iterator(dir))
        EXPECT_EQ(entry.path().filename(), "population.csv") << "left behind: " << entry.path();
    // Without the fault the same import goes through.
    EXPECT_EQ(geodata::applyImport((dir / "population.csv").string(), plan, {"s"}), "");
    EXPECT_TRUE(readBytes(dir / "population.csv").starts_with(bundled));
}

} // namespace
