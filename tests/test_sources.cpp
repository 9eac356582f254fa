// sources.csv: the dataset's bibliography. Lookup by id, the CSV dialect shared with population.csv, and
// every rejected row explained by file, line and column; a dataset without the file is not an error.
#include "fixture_writer.hpp"
#include "geodata/sources.hpp"

#include <fstream>
#include <gtest/gtest.h>

using geodata::SourcesLoadResult;

namespace {

std::string writeFile(const std::string& content, const std::string& name = "sources.csv") {
    const auto path = fixtures::freshFolder() / name;
    std::ofstream(path, std::ios::binary) << content;
    return path.string();
}

std::string allIssues(const SourcesLoadResult& r) {
    std::string s;
    for (const auto& issue : r.issues) s += issue.toString() + "\n";
    return s;
}

const geodata::SourceIssue* issueOnLine(const SourcesLoadResult& r, int line) {
    for (const auto& issue : r.issues)
        if (issue.line == line) return &issue;
    return nullptr;
}

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

const char* kHeader = "id,short_sv,short_en,reference,url,licence\n";

} // namespace

TEST(Sources, ReadsEveryColumnAndFindsById) {
    const auto r = geodata::loadSourcesCsv(writeFile(
        std::string(kHeader) +
        "wiki-sodertalje,Wikipedia: Södertälje,Wikipedia: Södertälje,\"Wikipedia, Södertälje kommun\","
        "https://sv.wikipedia.org/wiki/S%C3%B6dert%C3%A4lje_kommun,CC BY-SA 4.0\n"
        "scb-bef,SCB: folkmängd,Statistics Sweden: population,\"SCB, Folkmängd efter region och år\",,\n"));
    ASSERT_TRUE(r.ok()) << allIssues(r);
    EXPECT_TRUE(r.fileFound);
    ASSERT_EQ(r.table.size(), 2u);
    const geodata::Source* wiki = r.table.find("wiki-sodertalje");
    ASSERT_NE(wiki, nullptr);
    EXPECT_EQ(wiki->shortSv, "Wikipedia: Södertälje");
    EXPECT_EQ(wiki->reference, "Wikipedia, Södertälje kommun");
    EXPECT_EQ(wiki->url, "https://sv.wikipedia.org/wiki/S%C3%B6dert%C3%A4lje_kommun");
    EXPECT_EQ(wiki->licence, "CC BY-SA 4.0");
    EXPECT_EQ(wiki->line, 2);
    const geodata::Source* scb = r.table.find("scb-bef");
    ASSERT_NE(scb, nullptr);
    EXPECT_EQ(scb->shortEn, "Statistics Sweden: population");
    EXPECT_TRUE(scb->url.empty());
    EXPECT_EQ(scb->line, 3);
    // File order is kept (the About panel lists them so).
    EXPECT_EQ(r.table.all()[0].id, "wiki-sodertalje");
    EXPECT_EQ(r.table.all()[1].id, "scb-bef");
    // Ids are exact: no case folding, no trimming at lookup.
    EXPECT_EQ(r.table.find("SCB-bef"), nullptr);
    EXPECT_FALSE(r.table.contains("nowhere"));
}

TEST(Sources, AMissingFileIsAnEmptyTableWithoutIssues) {
    const auto r = geodata::loadSourcesCsv((fixtures::freshFolder() / "sources.csv").string());
    EXPECT_TRUE(r.ok()) << allIssues(r);
    EXPECT_FALSE(r.fileFound);
    EXPECT_TRUE(r.table.empty());
}

TEST(Sources, AcceptsWhatSpreadsheetsWrite) {
    // BOM, CRLF, ';' as separator, a quoted cell with a line break and a quote, columns in another order
    // and an extra column for the curator's own comment.
    const auto r = geodata::loadSourcesCsv(writeFile("\xEF\xBB\xBFreference;id;short_en;short_sv;comment\r\n"
                                                     "\"Hembygdsbok;\r\nvol. \"\"2\"\"\";bok-2;Book 2;Bok 2;"
                                                     "checked 2024\r\n"));
    ASSERT_TRUE(r.ok()) << allIssues(r);
    const geodata::Source* book = r.table.find("bok-2");
    ASSERT_NE(book, nullptr);
    EXPECT_EQ(book->reference, "Hembygdsbok;\r\nvol. \"2\"");
    EXPECT_EQ(book->shortSv, "Bok 2");
    EXPECT_EQ(book->shortEn, "Book 2");
    EXPECT_TRUE(book->licence.empty());
}

TEST(Sources, ADuplicateIdIsReportedWithBothLinesAndTheFirstKept) {
    const auto r = geodata::loadSourcesCsv(writeFile(std::string(kHeader) + "a,Första,First,Ref 1,,\n"
                                                                            "b,Andra,Second,Ref 2,,\n"
                                                                            "a,Tredje,Third,Ref 3,,\n"));
    ASSERT_EQ(r.issues.size(), 1u) << allIssues(r);
    const auto& issue = r.issues.front();
    EXPECT_EQ(issue.line, 4);
    EXPECT_EQ(issue.column, "id");
    EXPECT_TRUE(contains(issue.message, "'a'")) << issue.message;
    EXPECT_TRUE(contains(issue.message, "line 2")) << issue.message;
    EXPECT_TRUE(contains(issue.toString(), "sources.csv:4 (id): ")) << issue.toString();
    ASSERT_EQ(r.table.size(), 2u);
    EXPECT_EQ(r.table.find("a")->shortEn, "First");
}

TEST(Sources, EmptyIdOrShortTextOrReferenceIsReportedByColumn) {
    const auto r =
        geodata::loadSourcesCsv(writeFile(std::string(kHeader) + ",Namnlös,Nameless,Ref,,\n"   // line 2
                                                                 "no-sv,,Only English,Ref,,\n" // line 3
                                                                 "no-en,Bara svenska,,Ref,,\n" // line 4
                                                                 "no-ref,Kort,Short,,,\n"      // line 5
                                                                 "good,Bra,Good,Ref,,\n"));
    const auto* l2 = issueOnLine(r, 2);
    const auto* l3 = issueOnLine(r, 3);
    const auto* l4 = issueOnLine(r, 4);
    const auto* l5 = issueOnLine(r, 5);
    ASSERT_TRUE(l2 && l3 && l4 && l5) << allIssues(r);
    EXPECT_EQ(l2->column, "id");
    EXPECT_EQ(l3->column, "short_sv");
    EXPECT_EQ(l4->column, "short_en");
    EXPECT_EQ(l5->column, "reference");
    EXPECT_EQ(r.issues.size(), 4u) << allIssues(r);
    // Rows with problems are left out, the good one is kept.
    ASSERT_EQ(r.table.size(), 1u);
    EXPECT_TRUE(r.table.contains("good"));
}

TEST(Sources, AnIdWithASpaceOrTheSeparatorIsRejected) {
    const auto r = geodata::loadSourcesCsv(writeFile(std::string(kHeader) + "two words,A,A,Ref,,\n"
                                                                            "a|b,B,B,Ref,,\n"
                                                                            "ok_1.2-x,C,C,Ref,,\n"));
    ASSERT_NE(issueOnLine(r, 2), nullptr) << allIssues(r);
    ASSERT_NE(issueOnLine(r, 3), nullptr) << allIssues(r);
    EXPECT_EQ(issueOnLine(r, 2)->column, "id");
    EXPECT_TRUE(contains(issueOnLine(r, 3)->message, "'a|b'"));
    EXPECT_EQ(r.table.size(), 1u);
    EXPECT_TRUE(r.table.contains("ok_1.2-x"));
}

TEST(Sources, ABadHeaderNamesTheMissingColumns) {
    // A file whose first line is data, not a header.
    const auto r = geodata::loadSourcesCsv(writeFile("wiki,Wikipedia,Wikipedia (en),Ref,https://x,\n"));
    ASSERT_GE(r.issues.size(), 4u) << allIssues(r);
    for (const auto& issue : r.issues) {
        EXPECT_EQ(issue.line, 1);
        EXPECT_TRUE(contains(issue.message, "missing column")) << issue.message;
    }
    EXPECT_TRUE(r.table.empty());
    EXPECT_TRUE(contains(allIssues(r), "(short_sv): missing column 'short_sv'")) << allIssues(r);

    const auto twice = geodata::loadSourcesCsv(writeFile("id,short_sv,short_en,reference,id\na,A,A,R,b\n"));
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(contains(allIssues(twice), "column 'id' appears twice")) << allIssues(twice);
}

TEST(Sources, AnEmptyFileOrAnOpenQuoteIsOneIssueForTheFile) {
    const auto empty = geodata::loadSourcesCsv(writeFile(""));
    ASSERT_EQ(empty.issues.size(), 1u);
    EXPECT_TRUE(empty.fileFound);
    EXPECT_TRUE(contains(empty.issues[0].message, "empty")) << empty.issues[0].message;

    const auto open = geodata::loadSourcesCsv(writeFile(std::string(kHeader) + "a,A,A,\"never closed,,\n"));
    ASSERT_EQ(open.issues.size(), 1u) << allIssues(open);
    EXPECT_EQ(open.issues[0].line, 2);
    EXPECT_TRUE(contains(open.issues[0].message, "never closed"));
}

TEST(Sources, ARowWithTooManyCellsAsksForQuotes) {
    const auto r = geodata::loadSourcesCsv(
        writeFile(std::string(kHeader) + "a,A,A,Smith, Jones 1990,https://x.org,CC0\n"));
    ASSERT_EQ(r.issues.size(), 1u) << allIssues(r);
    EXPECT_EQ(r.issues[0].line, 2);
    EXPECT_TRUE(contains(r.issues[0].message, "double quotes")) << r.issues[0].message;
}

TEST(Sources, SplitsSeveralIdsInOneField) {
    using V = std::vector<std::string>;
    EXPECT_EQ(geodata::splitSourceIds("wikipedia-sodertalje | riksarkivet-gis"),
              (V{"wikipedia-sodertalje", "riksarkivet-gis"}));
    EXPECT_EQ(geodata::splitSourceIds("one"), (V{"one"}));
    EXPECT_EQ(geodata::splitSourceIds("  a|b  ||c "), (V{"a", "b", "c"}));
    EXPECT_TRUE(geodata::splitSourceIds("").empty());
    EXPECT_TRUE(geodata::splitSourceIds(" | ").empty());
}

TEST(Sources, TableAddRefusesASecondSourceWithTheSameId) {
    geodata::SourceTable table;
    EXPECT_TRUE(table.add({"x", "X", "X", "Ref", "", "", 2}));
    EXPECT_FALSE(table.add({"x", "Y", "Y", "Other", "", "", 3}));
    ASSERT_EQ(table.size(), 1u);
    EXPECT_EQ(table.find("x")->shortSv, "X");
}
