// timeline.json: schema validation (each error kind on its own), the model's look-ups, and the bundled
// Södertörn timeline checked against the unit codes and years of the bundled boundary data.
#include "bundled_records.hpp"
#include "geodata/timeline.hpp"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

using geodata::EventType;
using geodata::TimelineContext;
using geodata::TimelineLoadResult;

namespace {

const std::string kFixtures = std::string(TIDSATLAS_FIXTURES_DIR) + "/timeline";

using fixtures::UnitRecord;

const std::vector<UnitRecord>& unitRecords() {
    static const std::vector<UnitRecord> records = fixtures::readUnitRecords();
    return records;
}

TimelineContext bundledContext() {
    TimelineContext ctx;
    for (const UnitRecord& r : unitRecords()) ctx.knownUnitCodes.insert(r.code);
    std::ifstream in(std::string(TIDSATLAS_DATA_DIR) + "/dataset.json");
    const auto years = nlohmann::json::parse(in).at("years");
    ctx.firstYear = years.at(0).get<int>();
    ctx.lastYear = years.at(1).get<int>();
    ctx.datasetFolder = TIDSATLAS_DATA_DIR;
    return ctx;
}

const TimelineLoadResult& bundled() {
    static const TimelineLoadResult result =
        geodata::loadTimeline(std::string(TIDSATLAS_DATA_DIR) + "/timeline.json", bundledContext());
    return result;
}

TimelineContext fixtureContext() {
    TimelineContext ctx;
    ctx.knownUnitCodes = {"012700000", "012800000", "018100000", "014000000"};
    ctx.firstYear = 1900;
    ctx.lastYear = 2009;
    ctx.datasetFolder = kFixtures;
    return ctx;
}

TimelineLoadResult loadFixture(const std::string& name, const TimelineContext& ctx = fixtureContext()) {
    return geodata::loadTimeline(kFixtures + "/" + name, ctx);
}

// The issue at `jsonPath`, or nullptr; every issue must also name the file it came from.
const geodata::TimelineIssue* issueAt(const TimelineLoadResult& r, const std::string& jsonPath) {
    for (const auto& issue : r.issues)
        if (issue.jsonPath == jsonPath) return &issue;
    return nullptr;
}

std::string allIssues(const TimelineLoadResult& r) {
    std::string s;
    for (const auto& issue : r.issues) s += issue.toString() + "\n";
    return s;
}

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

} // namespace

// ---- the model and a valid file ----

TEST(Timeline, ValidFixtureLoadsWithoutIssues) {
    const auto r = loadFixture("valid.json");
    ASSERT_TRUE(r.ok()) << allIssues(r);
    EXPECT_EQ(r.timeline.events.size(), 4U);
    EXPECT_EQ(r.timeline.bodies.size(), 2U);
    ASSERT_EQ(r.timeline.networks.size(), 1U);
    EXPECT_EQ(r.timeline.networks[0].items, std::vector<std::string>{"Gemensam upphandling"});
}

TEST(Timeline, EventsAreOrderedByDateAndParsed) {
    const auto r = loadFixture("valid.json");
    ASSERT_TRUE(r.ok()) << allIssues(r);
    std::vector<std::string> ids;
    for (const auto& e : r.timeline.events) ids.push_back(e.id);
    EXPECT_EQ(ids, (std::vector<std::string>{"water-founded", "salem", "nykvarn", "milestone"}));
    const geodata::Event* nykvarn = r.timeline.findEvent("nykvarn");
    ASSERT_NE(nykvarn, nullptr);
    EXPECT_EQ(nykvarn->date, (geodata::Date{1999, 1, 1}));
    EXPECT_EQ(nykvarn->date.toString(), "1999-01-01");
    EXPECT_EQ(nykvarn->type, EventType::Split);
    EXPECT_EQ(nykvarn->title.en, "Nykvarn separates");
    EXPECT_EQ(nykvarn->image, "images/../images/marker.svg");
    EXPECT_EQ(r.timeline.findEvent("salem")->date, (geodata::Date{1983, 0, 0}));
    EXPECT_EQ(r.timeline.eventYears(), (std::vector<int>{1964, 1983, 1999}));
    EXPECT_EQ(r.timeline.eventsIn(1999).size(), 2U);
    EXPECT_TRUE(r.timeline.eventsIn(2000).empty());
}

TEST(Timeline, BodiesActiveAndMembersByYear) {
    const auto r = loadFixture("valid.json");
    ASSERT_TRUE(r.ok()) << allIssues(r);
    const geodata::Timeline& t = r.timeline;
    EXPECT_TRUE(t.bodiesActiveIn(1963).empty());
    EXPECT_EQ(t.bodiesActiveIn(1964).size(), 1U);
    EXPECT_EQ(t.bodiesActiveIn(1982).size(), 2U);
    const geodata::JointBody* water = t.findBody("water");
    ASSERT_NE(water, nullptr);
    EXPECT_EQ(water->membersIn(1970), std::vector<std::string>{"012700000"});
    EXPECT_EQ(water->membersIn(1985), (std::vector<std::string>{"012700000", "012800000"}));
    EXPECT_EQ(water->membersIn(1991), std::vector<std::string>{"012700000"}); // "to" is inclusive
    EXPECT_EQ(water->membersIn(2008), (std::vector<std::string>{"012700000", "014000000"}));
    EXPECT_TRUE(water->members[0].fromYearExact);
    EXPECT_FALSE(water->members[2].fromYearExact); // default: joined at the latest then
    EXPECT_EQ(water->members[2].toYear, 9999);
    EXPECT_EQ(t.findBody("heat")->shortName, "Test Heat AB"); // falls back to the name
    ASSERT_EQ(water->notes.size(), 1U);
    EXPECT_EQ(water->notes[0].en, "The sources disagree.");
    EXPECT_EQ(t.bodiesWithMember("012800000", 1985).size(), 1U);
    EXPECT_TRUE(t.bodiesWithMember("012800000", 1995).empty());
}

TEST(Timeline, DateParsing) {
    EXPECT_EQ(geodata::parseDate("1952"), (geodata::Date{1952, 0, 0}));
    EXPECT_EQ(geodata::parseDate("2008-02-29"), (geodata::Date{2008, 2, 29}));
    EXPECT_FALSE(geodata::parseDate("2009-02-29"));
    EXPECT_FALSE(geodata::parseDate("1952-13-01"));
    EXPECT_FALSE(geodata::parseDate("1952-1-1"));
    EXPECT_FALSE(geodata::parseDate("+952"));
    EXPECT_FALSE(geodata::parseDate("1952 "));
    EXPECT_FALSE(geodata::parseDate(""));
}

// ---- schema errors, one kind per test ----

TEST(TimelineSchema, WrongTypesNameFileAndJsonPath) {
    const auto r = loadFixture("wrong_types.json");
    EXPECT_FALSE(r.ok());
    for (const char* path : {"/bodies/0/founded", "/bodies/0/members", "/events/0/id", "/events/0/date",
                             "/events/0/title", "/events/0/text/en", "/events/0/units", "/networks"}) {
        const auto* issue = issueAt(r, path);
        ASSERT_NE(issue, nullptr) << "no issue at " << path << "\n" << allIssues(r);
        EXPECT_TRUE(contains(issue->file, "wrong_types.json"));
        EXPECT_TRUE(contains(issue->message, "expected")) << issue->message;
    }
    EXPECT_TRUE(contains(issueAt(r, "/events/0/date")->message, "found a boolean"));
    EXPECT_TRUE(contains(issueAt(r, "/bodies/0/founded")->message, "found a string"));
    // Entries with errors are left out of the model rather than half-filled.
    EXPECT_TRUE(r.timeline.events.empty());
    EXPECT_TRUE(r.timeline.bodies.empty());
}

TEST(TimelineSchema, UnknownUnitCodeIsAnError) {
    const auto r = loadFixture("unknown_code.json");
    ASSERT_EQ(r.issues.size(), 2U) << allIssues(r);
    ASSERT_NE(issueAt(r, "/events/0/units/1"), nullptr) << allIssues(r);
    EXPECT_TRUE(contains(issueAt(r, "/events/0/units/1")->message, "014000001"));
    ASSERT_NE(issueAt(r, "/bodies/0/members/0/code"), nullptr) << allIssues(r);
    EXPECT_TRUE(contains(issueAt(r, "/bodies/0/members/0/code")->message, "unknown unit code"));
}

TEST(TimelineSchema, EmptyCodeSetSkipsTheCodeCheck) {
    TimelineContext ctx = fixtureContext();
    ctx.knownUnitCodes.clear();
    const auto r = loadFixture("unknown_code.json", ctx);
    EXPECT_TRUE(r.ok()) << allIssues(r);
}

TEST(TimelineSchema, DatesOutsideTheDataAreErrors) {
    const auto r = loadFixture("date_outside.json");
    EXPECT_EQ(r.issues.size(), 3U) << allIssues(r);
    ASSERT_NE(issueAt(r, "/events/0/date"), nullptr) << allIssues(r);
    EXPECT_TRUE(contains(issueAt(r, "/events/0/date")->message, "before the data starts (1900)"));
    ASSERT_NE(issueAt(r, "/events/1/date"), nullptr) << allIssues(r);
    EXPECT_TRUE(contains(issueAt(r, "/events/1/date")->message, "after the data ends (2009)"));
    ASSERT_NE(issueAt(r, "/bodies/0/founded"), nullptr) << allIssues(r);
    ASSERT_EQ(r.timeline.events.size(), 1U); // the one inside the range still loads
    EXPECT_EQ(r.timeline.events[0].id, "in-range");
}

TEST(TimelineSchema, InvalidDatesAreErrors) {
    const std::string path = ::testing::TempDir() + "/invalid_dates.json";
    std::ofstream(path) << R"({"events": [
      {"id": "a", "date": "1952-02-30", "type": "milestone", "title": {"sv": "A", "en": "A"}, "text": {"sv": "A", "en": "A"}, "source": "s"},
      {"id": "b", "date": "1952/03/01", "type": "milestone", "title": {"sv": "B", "en": "B"}, "text": {"sv": "B", "en": "B"}, "source": "s"},
      {"id": "c", "date": 1952.5, "type": "milestone", "title": {"sv": "C", "en": "C"}, "text": {"sv": "C", "en": "C"}, "source": "s"}]})";
    const auto r = geodata::loadTimeline(path, fixtureContext());
    EXPECT_EQ(r.issues.size(), 3U) << allIssues(r);
    for (const char* p : {"/events/0/date", "/events/1/date", "/events/2/date"})
        EXPECT_NE(issueAt(r, p), nullptr) << p << "\n" << allIssues(r);
    EXPECT_TRUE(contains(issueAt(r, "/events/0/date")->message, "not a valid date"));
}

TEST(TimelineSchema, DuplicateIdsAreErrors) {
    const auto r = loadFixture("duplicate_ids.json");
    EXPECT_EQ(r.issues.size(), 2U) << allIssues(r);
    ASSERT_NE(issueAt(r, "/events/2/id"), nullptr) << allIssues(r);
    EXPECT_TRUE(contains(issueAt(r, "/events/2/id")->message, "duplicate event id 'same'"));
    ASSERT_NE(issueAt(r, "/bodies/1/id"), nullptr) << allIssues(r);
    EXPECT_TRUE(contains(issueAt(r, "/bodies/1/id")->message, "duplicate body id 'water'"));
}

TEST(TimelineSchema, ImagePathsThatLeaveTheDatasetFolderAreRefused) {
    const auto r = loadFixture("image_escape.json");
    EXPECT_EQ(r.issues.size(), 3U) << allIssues(r);
    ASSERT_NE(issueAt(r, "/events/0/image"), nullptr) << allIssues(r);
    EXPECT_TRUE(contains(issueAt(r, "/events/0/image")->message, "leaves the dataset folder"));
    ASSERT_NE(issueAt(r, "/events/1/image"), nullptr) << allIssues(r); // ".." that leaves after normalising
    ASSERT_NE(issueAt(r, "/events/2/image"), nullptr) << allIssues(r);
    EXPECT_TRUE(contains(issueAt(r, "/events/2/image")->message, "absolute"));
    EXPECT_EQ(issueAt(r, "/events/3/image"), nullptr); // "./images/marker.svg" stays inside
}

TEST(TimelineSchema, ImageSymlinkOutOfTheFolderIsRefused) {
    namespace fs = std::filesystem;
    const fs::path root = fs::path(::testing::TempDir()) / "timeline_symlink";
    fs::remove_all(root);
    fs::create_directories(root / "dataset");
    std::ofstream(root / "secret.svg") << "<svg/>";
    std::ofstream(root / "dataset" / "inside.svg") << "<svg/>";
    fs::create_symlink(root / "secret.svg", root / "dataset" / "link.svg");
    std::ofstream(root / "dataset" / "timeline.json") << R"({"events": [
      {"id": "a", "date": 1950, "type": "milestone", "title": {"sv": "A", "en": "A"}, "text": {"sv": "A", "en": "A"}, "source": "s", "image": "link.svg"},
      {"id": "b", "date": 1950, "type": "milestone", "title": {"sv": "B", "en": "B"}, "text": {"sv": "B", "en": "B"}, "source": "s", "image": "missing.svg"},
      {"id": "c", "date": 1950, "type": "milestone", "title": {"sv": "C", "en": "C"}, "text": {"sv": "C", "en": "C"}, "source": "s", "image": "inside.svg"}]})";
    TimelineContext ctx = fixtureContext();
    ctx.datasetFolder = (root / "dataset").string();
    const auto r = geodata::loadTimeline((root / "dataset" / "timeline.json").string(), ctx);
    EXPECT_EQ(r.issues.size(), 2U) << allIssues(r);
    ASSERT_NE(issueAt(r, "/events/0/image"), nullptr) << allIssues(r);
    EXPECT_TRUE(contains(issueAt(r, "/events/0/image")->message, "outside the dataset folder"));
    ASSERT_NE(issueAt(r, "/events/1/image"), nullptr) << allIssues(r);
    EXPECT_TRUE(contains(issueAt(r, "/events/1/image")->message, "not found"));
}

TEST(TimelineSchema, BadJsonNamesFileAndLine) {
    const auto r = loadFixture("bad_json.json");
    ASSERT_EQ(r.issues.size(), 1U) << allIssues(r);
    const auto& issue = r.issues[0];
    EXPECT_TRUE(contains(issue.file, "bad_json.json"));
    EXPECT_TRUE(issue.jsonPath.empty());
    EXPECT_TRUE(contains(issue.message, "line 7,"))
        << issue.message; // the missing comma is noticed on line 7
    EXPECT_TRUE(contains(issue.message, "syntax error")) << issue.message;
    EXPECT_TRUE(r.timeline.events.empty());
}

TEST(TimelineSchema, MissingFileIsAnIssueNotAnException) {
    const auto r = loadFixture("does_not_exist.json");
    ASSERT_EQ(r.issues.size(), 1U);
    EXPECT_TRUE(contains(r.issues[0].toString(), "does_not_exist.json: cannot open"));
}

TEST(TimelineSchema, UnknownTypeFieldAndBodyReferenceAreErrors) {
    const std::string path = ::testing::TempDir() + "/unknown_things.json";
    std::ofstream(path) << R"({"bodies": [
      {"id": "w", "name": "W", "founded": 1964, "what": {"sv": "W", "en": "W"}, "colour": "#0072B2", "source": "s",
       "members": [{"code": "012700000", "from": 1960}]}],
     "events": [
      {"id": "a", "date": 1950, "type": "merge", "title": {"sv": "A", "en": "A"}, "text": {"sv": "A", "en": "A"}, "source": "s"},
      {"id": "b", "date": 1950, "type": "milestone", "titel": {"sv": "B", "en": "B"}, "text": {"sv": "B", "en": "B"}, "source": "s"},
      {"id": "c", "date": 1950, "type": "body-changed", "bodies": ["nope"], "title": {"sv": "C", "en": "C"}, "text": {"sv": "C", "en": "C"}, "source": "s"},
      {"id": "d", "date": 1965, "type": "body-founded", "bodies": ["w"], "title": {"sv": "D", "en": "D"}, "text": {"sv": "D", "en": "D"}, "source": "s"},
      {"id": "e", "date": 1950, "type": "merger", "title": {"sv": "E", "en": "E"}, "text": {"sv": "E", "en": "E"}, "source": ""}]})";
    const auto r = geodata::loadTimeline(path, fixtureContext());
    const std::pair<const char*, const char*> expected[] = {
        {"/events/0/type", "unknown event type 'merge'"},
        {"/events/1/titel", "unknown field 'titel'"},
        {"/events/1/title", "missing required field 'title'"},
        {"/events/2/bodies/0", "unknown body id 'nope'"},
        {"/events/3/bodies/0", "was founded 1964"},
        {"/events/4/source", "must not be empty"},
        {"/bodies/0/members/0/from", "before the body was founded"},
    };
    for (const auto& [p, text] : expected) {
        const auto* issue = issueAt(r, p);
        ASSERT_NE(issue, nullptr) << p << "\n" << allIssues(r);
        EXPECT_TRUE(contains(issue->message, text)) << issue->message;
    }
    EXPECT_EQ(r.issues.size(), std::size(expected)) << allIssues(r);
    EXPECT_TRUE(r.timeline.events.empty()); // every event had an error, including the bad references
}

TEST(TimelineSchema, ColoursMustBeHexAndDistinct) {
    const std::string path = ::testing::TempDir() + "/colours.json";
    std::ofstream(path) << R"({"bodies": [
      {"id": "a", "name": "A", "founded": 1964, "what": {"sv": "A", "en": "A"}, "colour": "#0072B2", "source": "s"},
      {"id": "b", "name": "B", "founded": 1964, "what": {"sv": "B", "en": "B"}, "colour": "#0072b2", "source": "s"},
      {"id": "c", "name": "C", "founded": 1964, "what": {"sv": "C", "en": "C"}, "colour": "blue", "source": "s"}]})";
    const auto r = geodata::loadTimeline(path, fixtureContext());
    EXPECT_EQ(r.issues.size(), 2U) << allIssues(r);
    ASSERT_NE(issueAt(r, "/bodies/1/colour"), nullptr) << allIssues(r);
    EXPECT_TRUE(contains(issueAt(r, "/bodies/1/colour")->message, "already used by 'a'"));
    ASSERT_NE(issueAt(r, "/bodies/2/colour"), nullptr) << allIssues(r);
}

// ---- the bundled Södertörn timeline ----

TEST(BundledTimeline, LoadsWithZeroIssuesAgainstTheBoundaryCodes) {
    ASSERT_EQ(unitRecords().size(), 54U);
    EXPECT_TRUE(bundled().ok()) << allIssues(bundled());
    EXPECT_GT(bundled().timeline.events.size(), 30U);
}

TEST(BundledTimeline, ChangeEventsAgreeWithTheBoundaryData) {
    // A unit named by a merger/split/transfer/rename must have a version that starts that year or ends the
    // year before: the caption may not describe a change the map does not show.
    for (const geodata::Event& e : bundled().timeline.events) {
        if (!geodata::changesBoundaries(e.type)) continue;
        const int y = e.date.year;
        for (const std::string& code : e.units) {
            const bool changes =
                std::any_of(unitRecords().begin(), unitRecords().end(), [&](const UnitRecord& r) {
                    return r.code == code && (r.fromYear == y || r.toYear == y - 1);
                });
            EXPECT_TRUE(changes) << e.id << ": unit " << code << " has no version starting " << y
                                 << " or ending " << y - 1;
        }
    }
}

TEST(BundledTimeline, EveryBoundaryChangeHasEventsNamingAllItsUnits) {
    const auto& ctx = bundledContext();
    std::map<int, std::set<std::string>>
        changed; // year -> codes whose version starts then or ended the year before
    for (const UnitRecord& r : unitRecords()) {
        if (r.fromYear > ctx.firstYear && r.fromYear <= ctx.lastYear) changed[r.fromYear].insert(r.code);
        if (r.toYear >= ctx.firstYear && r.toYear < ctx.lastYear) changed[r.toYear + 1].insert(r.code);
    }
    std::map<int, std::set<std::string>> named;
    for (const geodata::Event& e : bundled().timeline.events)
        if (geodata::changesBoundaries(e.type)) named[e.date.year].insert(e.units.begin(), e.units.end());
    EXPECT_EQ(named, changed);
    std::vector<int> years;
    for (const auto& [y, codes] : changed) years.push_back(y);
    EXPECT_EQ(years, (std::vector<int>{1914, 1947, 1948, 1952, 1959, 1963, 1967, 1971, 1974, 1983, 1999}));
}

TEST(BundledTimeline, JointBodiesFromTheExhibitionText) {
    const geodata::Timeline& t = bundled().timeline;
    const std::map<std::string, int> founded = {{"syvab", 1964},       {"sfab", 1969}, {"srv", 1972},
                                                {"soderenergi", 1982}, {"sbff", 1993}, {"smohf", 2008}};
    ASSERT_EQ(t.bodies.size(), founded.size());
    std::set<std::string> colours;
    for (const geodata::JointBody& b : t.bodies) {
        ASSERT_TRUE(founded.contains(b.id)) << b.id;
        EXPECT_EQ(b.founded, founded.at(b.id)) << b.id;
        colours.insert(b.colour);
        EXPECT_FALSE(b.notes.empty()) << b.id << ": every body has a gap or conflict in its sources";
        const bool hasFoundingEvent =
            std::any_of(t.events.begin(), t.events.end(), [&](const geodata::Event& e) {
                return e.type == EventType::BodyFounded && e.bodies == std::vector<std::string>{b.id};
            });
        EXPECT_TRUE(hasFoundingEvent) << b.id;
    }
    EXPECT_EQ(colours.size(), t.bodies.size());
    // The SRV founding conflict (1972 in the exhibition, 1949 in the company's history) is shown, not hidden.
    const geodata::JointBody* srv = t.findBody("srv");
    const bool conflictNoted = std::any_of(srv->notes.begin(), srv->notes.end(),
                                           [](const geodata::Text& n) { return contains(n.sv, "1949"); });
    EXPECT_TRUE(conflictNoted);
    EXPECT_EQ(t.findBody("smohf")->membersIn(2008).size(), 3U);
    EXPECT_EQ(t.bodiesWithMember("012600000", 2009).size(), 4U); // Huddinge: SFAB, SRV, Söderenergi, SBFF
}

TEST(BundledTimeline, CooperationMilestonesAndNetworks) {
    const geodata::Timeline& t = bundled().timeline;
    for (int year : {2004, 2007, 2008, 2009}) {
        const auto events = t.eventsIn(year);
        const bool fromExhibition = std::any_of(events.begin(), events.end(), [](const geodata::Event* e) {
            return e->type == EventType::Milestone && contains(e->source, "bildarkivet-samarbete");
        });
        EXPECT_TRUE(fromExhibition) << year;
    }
    std::vector<std::string> ids;
    for (const auto& n : t.networks) ids.push_back(n.id);
    EXPECT_EQ(ids, (std::vector<std::string>{"chefsnatverk", "sociala-fragor", "miljo-stadsbyggnad", "skola",
                                             "it", "kultur", "aldrefragor", "ovrigt"}));
}

// ---- source ids (sources.csv) ----

namespace {

geodata::SourcesLoadResult someSources() {
    geodata::SourcesLoadResult sources;
    sources.fileFound = true;
    sources.table.add({"book", "Bok", "Book", "A book, 1990", "", "", 2});
    sources.table.add({"web", "Webb", "Web", "A page", "https://example.org", "", 3});
    sources.rejectedIds.insert("broken"); // a row of sources.csv with its own problem
    return sources;
}

const char* kSourcedTimeline = R"({
  "version": 1,
  "bodies": [{"id": "b", "name": "Body", "founded": 1950, "what": {"sv": "x", "en": "x"}, "colour": "#0072B2",
              "members": [{"code": "012700000", "from": 1950}], "source": "book | nowhere"}],
  "events": [
    {"id": "e1", "date": 1950, "type": "milestone", "title": {"sv": "a", "en": "a"}, "text": {"sv": "a", "en": "a"},
     "source": "web|book"},
    {"id": "e2", "date": 1960, "type": "milestone", "title": {"sv": "b", "en": "b"}, "text": {"sv": "b", "en": "b"},
     "source": "Some free text | broken"},
    {"id": "e3", "date": 1970, "type": "milestone", "title": {"sv": "c", "en": "c"}, "text": {"sv": "c", "en": "c"},
     "source": "web"}
  ],
  "networks": [{"id": "n", "title": {"sv": "n", "en": "n"}, "items": ["i"], "source": "missing-too"}]
})";

} // namespace

TEST(TimelineSources, AnUnknownSourceIdIsReportedByJsonPointerAndTheEntryKept) {
    const geodata::SourcesLoadResult sources = someSources();
    TimelineContext ctx = fixtureContext();
    ctx.sources = &sources;
    const auto r = geodata::loadTimelineFromText(kSourcedTimeline, "sourced.json", ctx);
    ASSERT_EQ(r.issues.size(), 3U) << allIssues(r);
    const auto* body = issueAt(r, "/bodies/0/source");
    const auto* event = issueAt(r, "/events/1/source");
    const auto* network = issueAt(r, "/networks/0/source");
    ASSERT_TRUE(body && event && network) << allIssues(r);
    EXPECT_TRUE(contains(body->toString(), "sourced.json /bodies/0/source: unknown source id 'nowhere'"))
        << body->toString();
    // Free text in a dataset with sources.csv is an unknown id like any other; the rejected row's id is not
    // reported again (its own problem is in sources.csv).
    EXPECT_TRUE(contains(event->message, "'Some free text'")) << event->message;
    EXPECT_FALSE(contains(allIssues(r), "'broken'")) << allIssues(r);
    EXPECT_TRUE(contains(network->message, "'missing-too'"));
    // The facts stand: only their citations need fixing.
    EXPECT_EQ(r.timeline.bodies.size(), 1U);
    EXPECT_EQ(r.timeline.events.size(), 3U);
    EXPECT_EQ(r.timeline.networks.size(), 1U);
}

TEST(TimelineSources, WithoutSourcesCsvSourcesAreFreeTextAndNotChecked) {
    geodata::SourcesLoadResult none; // the dataset has no sources.csv
    TimelineContext ctx = fixtureContext();
    ctx.sources = &none;
    EXPECT_TRUE(geodata::loadTimelineFromText(kSourcedTimeline, "sourced.json", ctx).ok());
    ctx.sources = nullptr;
    EXPECT_TRUE(geodata::loadTimelineFromText(kSourcedTimeline, "sourced.json", ctx).ok());
}

TEST(BundledTimeline, EverySourceIdIsDefinedInSourcesCsv) {
    const geodata::SourcesLoadResult sources =
        geodata::loadSourcesCsv(std::string(TIDSATLAS_DATA_DIR) + "/sources.csv");
    ASSERT_TRUE(sources.fileFound);
    ASSERT_TRUE(sources.ok());
    TimelineContext ctx = bundledContext();
    ctx.sources = &sources;
    const auto r = geodata::loadTimeline(std::string(TIDSATLAS_DATA_DIR) + "/timeline.json", ctx);
    EXPECT_TRUE(r.ok()) << allIssues(r);
    // And every entry names at least one.
    for (const geodata::Event& e : r.timeline.events)
        EXPECT_FALSE(geodata::splitSourceIds(e.source).empty()) << e.id;
    for (const geodata::JointBody& b : r.timeline.bodies)
        EXPECT_FALSE(geodata::splitSourceIds(b.source).empty()) << b.id;
}
