// population.csv: exact figures, interpolation only strictly between known figures, region totals as far
// as they are known, and a CSV reader that accepts what spreadsheets write and explains what it rejects.
#include "bundled_records.hpp"
#include "fixture_writer.hpp"
#include "geodata/population.hpp"
#include "geodata/text_encoding.hpp"
#include "render/population_layer.hpp"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <gtest/gtest.h>
#include <map>

using geodata::PopulationLoadResult;

namespace {

const std::string kFixtures = std::string(TIDSATLAS_FIXTURES_DIR) + "/timeline";
const std::set<std::string> kFixtureCodes = {"012700000", "012800000", "018100000"};

using fixtures::readUnitRecords;
using fixtures::UnitRecord;

std::set<std::string> boundaryCodes() {
    std::set<std::string> codes;
    for (const UnitRecord& r : readUnitRecords()) codes.insert(r.code);
    return codes;
}

std::vector<std::string> codesValidIn(int year) {
    std::vector<std::string> codes;
    for (const UnitRecord& r : readUnitRecords())
        if (r.fromYear <= year && year <= r.toYear) codes.push_back(r.code);
    return codes;
}

const PopulationLoadResult& bundled() {
    static const PopulationLoadResult result =
        geodata::loadPopulationCsv(std::string(TIDSATLAS_DATA_DIR) + "/population.csv", boundaryCodes());
    return result;
}

PopulationLoadResult loadFixture(const std::string& name) {
    return geodata::loadPopulationCsv(kFixtures + "/" + name, kFixtureCodes);
}

std::string allIssues(const PopulationLoadResult& r) {
    std::string s;
    for (const auto& issue : r.issues) s += issue.toString() + "\n";
    return s;
}

const geodata::PopulationIssue* issueOnLine(const PopulationLoadResult& r, int line) {
    for (const auto& issue : r.issues)
        if (issue.line == line) return &issue;
    return nullptr;
}

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

} // namespace

// ---- values ----

TEST(Population, ExactFigureIsNotInterpolated) {
    const auto r = loadFixture("population_basic.csv");
    ASSERT_TRUE(r.ok()) << allIssues(r);
    const auto v = r.table.at("012700000", 1960);
    ASSERT_TRUE(v);
    EXPECT_DOUBLE_EQ(v->value, 2000);
    EXPECT_FALSE(v->interpolated);
    EXPECT_EQ(v->fromYear, 1960);
    EXPECT_EQ(v->toYear, 1960);
    EXPECT_EQ(v->source, "source B");
    EXPECT_EQ(v->note, "on today's boundaries");
    EXPECT_DOUBLE_EQ(r.table.at("018100000", 1955)->value, 7000.5);
}

TEST(Population, MidwayBetweenTwoFiguresIsLinearAndFlagged) {
    const auto r = loadFixture("population_basic.csv");
    ASSERT_TRUE(r.ok()) << allIssues(r);
    const auto mid = r.table.at("012700000", 1955);
    ASSERT_TRUE(mid);
    EXPECT_DOUBLE_EQ(mid->value, 1500);
    EXPECT_TRUE(mid->interpolated);
    EXPECT_EQ(mid->fromYear, 1950);
    EXPECT_EQ(mid->toYear, 1960);
    EXPECT_EQ(mid->source, "source A | source B");
    EXPECT_DOUBLE_EQ(r.table.at("012700000", 1952)->value, 1200);
}

TEST(Population, OutsideTheKnownRangeIsUnknownNeverExtrapolated) {
    const auto r = loadFixture("population_basic.csv");
    ASSERT_TRUE(r.ok()) << allIssues(r);
    EXPECT_FALSE(r.table.at("012700000", 1949));
    EXPECT_FALSE(r.table.at("012700000", 1961));
    EXPECT_FALSE(r.table.at("012800000", 1984)); // a single figure is only ever exact
    EXPECT_FALSE(r.table.at("012800000", 1982));
    EXPECT_TRUE(r.table.at("012800000", 1983));
    EXPECT_FALSE(r.table.at("014000000", 2000)); // a code without figures
}

TEST(Population, RegionTotalIsTheSumOfTheKnownUnitsWithCounts) {
    const auto r = loadFixture("population_basic.csv");
    ASSERT_TRUE(r.ok()) << allIssues(r);
    const auto t = r.table.regionTotal({"012700000", "012800000", "018100000"}, 1955);
    EXPECT_DOUBLE_EQ(t.knownSum, 1500 + 7000.5); // Salem has no figure for 1955
    EXPECT_EQ(t.knownCount, 2);
    EXPECT_EQ(t.interpolatedCount, 1);
    EXPECT_EQ(t.totalCount, 3);
    EXPECT_FALSE(t.complete);
    const auto whole = r.table.regionTotal({"012700000", "018100000"}, 1955);
    EXPECT_TRUE(whole.complete);
    const auto none = r.table.regionTotal({}, 1955);
    EXPECT_EQ(none.totalCount, 0);
    EXPECT_DOUBLE_EQ(none.knownSum, 0);
}

// ---- the CSV reader ----

TEST(PopulationCsv, QuotedFieldsWithCommasQuotesAndLineBreaks) {
    const auto r = loadFixture("population_quoted.csv");
    ASSERT_TRUE(r.ok()) << allIssues(r);
    EXPECT_EQ(r.table.size(), 3U);
    const auto botkyrka = r.table.at("012700000", 1950);
    ASSERT_TRUE(botkyrka);
    EXPECT_EQ(botkyrka->source, "Book, page 12");
    EXPECT_EQ(botkyrka->note, "He said \"hello\", then left");
    const auto salem = r.table.recordsOf("012800000");
    ASSERT_EQ(salem.size(), 1U);
    EXPECT_EQ(salem[0]->note, "Line one\r\nline two, with comma");
    // The row after a two-line field starts on line 5, not 4.
    EXPECT_EQ(r.table.recordsOf("018100000")[0]->line, 5);
}

TEST(PopulationCsv, ErrorsNameFileLineAndColumnAndGoodRowsStillLoad) {
    const auto r = loadFixture("population_errors.csv");
    const std::map<int, std::pair<std::string, std::string>> expected = {
        {3, {"year", "'19x0' is not a year"}},
        {4, {"population", "'12 470' is not a number"}},
        {5, {"code", "unknown unit code '099900000'"}},
        {6, {"year", "the first is on line 2"}},
        {7, {"population", "population is empty"}},
        {8, {"source", "every figure needs a source"}},
        {9, {"code", "Did you mean 012700000"}},
        {10, {"", "a text containing ',' must be in double quotes"}},
    };
    EXPECT_EQ(r.issues.size(), expected.size()) << allIssues(r);
    for (const auto& [line, want] : expected) {
        const auto* issue = issueOnLine(r, line);
        ASSERT_NE(issue, nullptr) << "line " << line << "\n" << allIssues(r);
        EXPECT_EQ(issue->column, want.first) << issue->toString();
        EXPECT_TRUE(contains(issue->message, want.second)) << issue->toString();
        EXPECT_TRUE(contains(issue->toString(), "population_errors.csv:" + std::to_string(line)));
    }
    EXPECT_EQ(r.table.size(), 2U);                                // lines 2 and 11
    EXPECT_DOUBLE_EQ(r.table.at("012700000", 1950)->value, 1000); // the first of the duplicates wins
    EXPECT_TRUE(r.table.at("018100000", 1993));
}

TEST(PopulationCsv, SpreadsheetSemicolonsBomAndCrlf) {
    const auto r = loadFixture("population_semicolon.csv");
    ASSERT_TRUE(r.ok()) << allIssues(r);
    const auto v = r.table.at("012700000", 1950);
    ASSERT_TRUE(v);
    EXPECT_DOUBLE_EQ(v->value, 1000.5); // decimal comma
    EXPECT_EQ(v->source, "Källa; sida 3");
    EXPECT_TRUE(r.table.at("012800000", 1983));
}

// Swedish Excel's "CSV" is Windows-1252 with ';' and CRLF: before, the notes showed "Ã–smÃ¶"-like
// mojibake (the bytes taken as UTF-8) without a word about the encoding.
TEST(PopulationCsv, WindowsCodePageFromExcelIsDecodedAndSaidOnce) {
    const auto r = loadFixture("population_excel_windows1252.csv");
    ASSERT_EQ(r.issues.size(), 1U) << allIssues(r);
    EXPECT_EQ(r.issues[0].line, 2) << "the first line with a byte that is not UTF-8";
    EXPECT_TRUE(contains(r.issues[0].message, "not UTF-8 (the first other byte, E4,")) << r.issues[0].message;
    EXPECT_TRUE(contains(r.issues[0].message, "read as Windows-1252")) << r.issues[0].message;
    const auto botkyrka = r.table.at("012700000", 1950);
    ASSERT_TRUE(botkyrka);
    EXPECT_EQ(botkyrka->source, "SCB, Folkräkningen 1950");
    const auto salem = r.table.at("012800000", 1983);
    ASSERT_TRUE(salem);
    EXPECT_DOUBLE_EQ(salem->value, 8765.5);
    EXPECT_EQ(salem->source, "Källa: SCB; sida 3");
    EXPECT_EQ(salem->note, "Efter delningen från Botkyrka – åter egen kommun"); // – is 0x96 in 1252
    const auto sodertalje = r.table.at("018100000", 1950);
    ASSERT_TRUE(sodertalje);
    EXPECT_EQ(sodertalje->note, "Ösmö och Härad räknade för sig");
}

TEST(PopulationCsv, Utf16IsNamedNotReadAsGarbage) {
    const auto r = loadFixture("population_utf16.csv");
    ASSERT_EQ(r.issues.size(), 1U) << allIssues(r);
    EXPECT_TRUE(contains(r.issues[0].message, "the file is UTF-16 little-endian")) << r.issues[0].message;
}

TEST(TextEncoding, Utf8CheckAndWindows1252Decoding) {
    EXPECT_FALSE(geodata::firstInvalidUtf8("Ösmö – 1952"));
    EXPECT_EQ(geodata::firstInvalidUtf8("ab\xD6smo"), 2U);
    EXPECT_EQ(geodata::firstInvalidUtf8("ab\xC3"), 2U) << "a sequence cut off at the end";
    EXPECT_EQ(geodata::firstInvalidUtf8("\xC0\xAF"), 0U) << "overlong";
    EXPECT_EQ(geodata::firstInvalidUtf8("x\xED\xA0\x80"), 1U) << "a surrogate";
    EXPECT_EQ(geodata::windows1252ToUtf8("\xD6sm\xF6 \x96 \x80"), "Ösmö – €");
    EXPECT_EQ(geodata::windows1252ToUtf8("a\x81"
                                         "b"),
              "a\uFFFDb")
        << "an undefined byte is not dropped";
}

TEST(PopulationCsv, UnterminatedQuoteNamesItsLine) {
    const auto r = loadFixture("population_unterminated.csv");
    ASSERT_EQ(r.issues.size(), 1U) << allIssues(r);
    EXPECT_EQ(r.issues[0].line, 3);
    EXPECT_TRUE(contains(r.issues[0].message, "never closed"));
}

TEST(PopulationCsv, MissingColumnIsReported) {
    const auto r = loadFixture("population_missing_column.csv");
    ASSERT_EQ(r.issues.size(), 1U) << allIssues(r);
    EXPECT_EQ(r.issues[0].line, 1);
    EXPECT_EQ(r.issues[0].column, "source");
    EXPECT_TRUE(r.table.empty());
}

TEST(PopulationCsv, MissingFileIsAnIssueNotAnException) {
    const auto r = loadFixture("nope.csv");
    ASSERT_EQ(r.issues.size(), 1U);
    EXPECT_TRUE(contains(r.issues[0].toString(), "nope.csv: cannot open"));
}

// ---- the bundled figures ----

TEST(BundledPopulation, LoadsWithZeroIssuesAgainstTheBoundaryCodes) {
    EXPECT_TRUE(bundled().ok()) << allIssues(bundled());
    EXPECT_EQ(bundled().table.size(), 100U);
}

TEST(BundledPopulation, FiguresFollowTheirUnitCodes) {
    const auto& t = bundled().table;
    const auto sodertalje = t.at("018100016", 1950); // Södertälje stad
    ASSERT_TRUE(sodertalje);
    EXPECT_DOUBLE_EQ(sodertalje->value, 25315);
    EXPECT_FALSE(sodertalje->interpolated);
    const auto tyreso = t.at("013800000", 1955);
    ASSERT_TRUE(tyreso);
    EXPECT_TRUE(tyreso->interpolated);
    EXPECT_EQ(tyreso->fromYear, 1950);
    EXPECT_EQ(tyreso->toYear, 1960);
    EXPECT_DOUBLE_EQ(tyreso->value, (3169 + 6012) / 2.0);
    EXPECT_FALSE(t.at("014000000", 1998)); // Nykvarn: nothing before its first figure
    EXPECT_FALSE(t.at("018000001", 1900)); // Brännkyrka: the 1901 figure is not pulled back to 1900
}

TEST(BundledPopulation, RegionTotal1999IsTheSumOfTheEightMunicipalities) {
    const auto units = codesValidIn(1999);
    ASSERT_EQ(units.size(), 8U);
    const auto total = bundled().table.regionTotal(units, 1999);
    EXPECT_TRUE(total.complete);
    EXPECT_EQ(total.interpolatedCount, 0);
    EXPECT_DOUBLE_EQ(total.knownSum, 390105); // the facts file's sum of the eight 31 Dec 1999 figures
}

TEST(BundledPopulation, RegionTotal1900IsHonestAboutWhatIsMissing) {
    const auto units = codesValidIn(1900);
    ASSERT_EQ(units.size(), 27U);
    const auto total = bundled().table.regionTotal(units, 1900);
    EXPECT_EQ(total.totalCount, 27);
    EXPECT_EQ(total.knownCount, 1); // only Södertälje stad, interpolated 1890–1950
    EXPECT_EQ(total.interpolatedCount, 1);
    EXPECT_FALSE(total.complete);
}

TEST(PopulationSources, AnUnknownSourceIdIsReportedByLineAndTheFigureKept) {
    geodata::SourcesLoadResult sources;
    sources.fileFound = true;
    sources.table.add({"scb", "SCB", "Statistics Sweden", "SCB, table", "", "", 2});
    sources.rejectedIds.insert("half-done");
    const auto path = fixtures::freshFolder() / "population.csv";
    std::ofstream(path) << "code,year,population,source\n"
                           "012700000,1950,100,scb\n"
                           "012700000,1960,200,scb | nowhere\n"
                           "012700000,1970,300,half-done\n"
                           "012700000,notayear,400,nowhere-either\n";
    const auto r = geodata::loadPopulationCsv(path.string(), kFixtureCodes, &sources);
    const auto* line3 = issueOnLine(r, 3);
    ASSERT_NE(line3, nullptr) << allIssues(r);
    EXPECT_EQ(line3->column, "source");
    EXPECT_TRUE(contains(line3->toString(), "population.csv:3 (source): unknown source id 'nowhere'"))
        << line3->toString();
    EXPECT_EQ(issueOnLine(r, 4), nullptr) << "a rejected row of sources.csv is reported there, not here";
    // A row with another problem still has its unknown source reported, so one pass finds everything.
    EXPECT_TRUE(contains(allIssues(r), "population.csv:5 (source): unknown source id 'nowhere-either'"))
        << allIssues(r);
    EXPECT_EQ(r.table.size(), 3U);
    EXPECT_EQ(r.table.at("012700000", 1960)->value, 200);

    // Without sources.csv the source is free text, as before.
    geodata::SourcesLoadResult none;
    EXPECT_EQ(geodata::loadPopulationCsv(path.string(), kFixtureCodes, &none).issues.size(), 1U);
}

TEST(BundledPopulation, EverySourceIdIsDefinedInSourcesCsv) {
    const geodata::SourcesLoadResult sources =
        geodata::loadSourcesCsv(std::string(TIDSATLAS_DATA_DIR) + "/sources.csv");
    ASSERT_TRUE(sources.ok());
    const auto r = geodata::loadPopulationCsv(std::string(TIDSATLAS_DATA_DIR) + "/population.csv",
                                              boundaryCodes(), &sources);
    EXPECT_TRUE(r.ok()) << allIssues(r);
    EXPECT_EQ(r.table.size(), bundled().table.size());
}

// Issue 19, case 6: 1e15 inhabitants showed as "minst 1 000 000 000 000 009 080 invånare", and a 29-digit
// figure overflowed to "minst 0 invånare". A figure above the stated bound is refused with its line, and
// the number shown never overflows.
TEST(PopulationCsv, FiguresNoMunicipalityCanHaveAreRefusedWithTheBound) {
    const std::string path = testing::TempDir() + "absurd_population.csv";
    std::ofstream(path) << "code,year,population,source\n"
                           "012700000,1950,1000000000000000,a\n"
                           "012700000,1960,12345678901234567890123456789,b\n"
                           "012700000,1970,100000001,c\n"
                           "012700000,1980,100000000,d\n"
                           "012700000,1990,35000000,e\n";
    const auto r = geodata::loadPopulationCsv(path, kFixtureCodes);
    ASSERT_EQ(r.issues.size(), 3U) << allIssues(r);
    for (int line : {2, 3, 4}) {
        const auto* issue = issueOnLine(r, line);
        ASSERT_NE(issue, nullptr) << "line " << line << "\n" << allIssues(r);
        EXPECT_EQ(issue->column, "population");
        EXPECT_TRUE(contains(issue->message, "is more than any municipality has (the bound is 100 000 000"))
            << issue->toString();
    }
    EXPECT_EQ(r.table.size(), 2U); // the bound itself, and a big city's figure, are kept
    EXPECT_DOUBLE_EQ(r.table.at("012700000", 1980)->value, geodata::kMaxPopulation);
}

TEST(PopulationCsv, LargeSumsAreShownWithoutOverflow) {
    EXPECT_EQ(render::formatThousands(1e20, " "), "100 000 000 000 000 000 000");
    EXPECT_EQ(render::formatThousands(-1e19, " "), "-10 000 000 000 000 000 000");
    EXPECT_EQ(render::formatThousands(123456789.4, " "), "123 456 789");
}
