#pragma once
// The story told on top of the boundaries: dated events (mergers, splits, joint bodies, milestones),
// the joint bodies with their members, and the cooperation networks. Plain data, read from
// timeline.json (schema in docs/DATA.md) and validated against the boundary data the caller supplies.
#include "geodata/sources.hpp"

#include <compare>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace geodata {

/// A year, or a full date when the source gives one. month/day 0 = not given.
struct Date {
    int year = 0;
    int month = 0; // 1–12, 0 = year only
    int day = 0;   // 1–31, 0 = year only
    auto operator<=>(const Date&) const = default;
    /// "1952" or "2008-04-01".
    [[nodiscard]] std::string toString() const;
};

/// Parses "1952" or "2008-04-01" (calendar-checked). nullopt when malformed or not a real date.
[[nodiscard]] std::optional<Date> parseDate(const std::string& text);

/// A text in both languages the app speaks.
struct Text {
    std::string sv;
    std::string en;
};

enum class EventType { Merger, Split, Transfer, Rename, BodyFounded, BodyChanged, Milestone };

/// The JSON spelling: "merger", "split", "transfer", "rename", "body-founded", "body-changed", "milestone".
[[nodiscard]] std::string toString(EventType type);
[[nodiscard]] std::optional<EventType> parseEventType(const std::string& text);
/// Merger, split, transfer and rename change the map; their units must agree with the boundary data.
[[nodiscard]] bool changesBoundaries(EventType type);

struct Event {
    std::string id;
    Date date;
    EventType type = EventType::Milestone;
    Text title;
    Text text;
    // Optional: what the sources say about the fact (where they disagree, what only the boundary data
    // shows). The explorer shows it after the text; a kiosk visitor reads the text alone.
    Text note;
    std::vector<std::string> units;  // unit codes of the boundary data involved
    std::vector<std::string> bodies; // JointBody ids involved
    std::string source;              // source ids of sources.csv (or free text without it), " | " separated
    std::string image;               // relative to the dataset folder; empty = none
};

/// A municipality's membership of a joint body, by unit code.
struct Membership {
    std::string code;
    int fromYear = 0;
    int toYear = 9999; // 9999 = still a member
    /// true when a source gives the joining year. false when fromYear is only the first year a source
    /// shows the unit as a member: it may have joined earlier, and the UI should say so.
    bool fromYearExact = false;
    [[nodiscard]] bool memberIn(int year) const { return fromYear <= year && year <= toYear; }
};

/// A company or kommunalförbund owned by several municipalities.
struct JointBody {
    std::string id;
    std::string name;      // full name
    std::string shortName; // badge label; the name when not given
    int founded = 0;       // year
    Text what;             // what it does
    std::string colour;    // "#rrggbb", distinct and colour-blind safe across bodies
    std::vector<Membership> members;
    /// Owners that are not municipalities of the boundary data (Stockholm Vatten AB, Nacka …), as text.
    std::vector<std::string> otherMembers;
    /// Conflicts between sources and gaps in them, shown to users rather than hidden.
    std::vector<Text> notes;
    std::string source;

    [[nodiscard]] bool activeIn(int year) const { return founded <= year; }
    /// Unit codes that are members in `year`, in file order, without duplicates.
    [[nodiscard]] std::vector<std::string> membersIn(int year) const;
};

/// A cooperation network from the exhibition text, shown as browsable content.
struct Network {
    std::string id;
    Text title;
    Text text; // introduction; may be empty
    std::vector<std::string> items;
    std::string source;
};

struct Timeline {
    std::vector<Event> events; // ordered by date, file order within a date
    std::vector<JointBody> bodies;
    std::vector<Network> networks;

    [[nodiscard]] std::vector<const Event*> eventsIn(int year) const;
    [[nodiscard]] std::vector<const JointBody*> bodiesActiveIn(int year) const;
    /// Bodies that have `code` among their members in `year` (for a unit's info panel).
    [[nodiscard]] std::vector<const JointBody*> bodiesWithMember(const std::string& code, int year) const;
    [[nodiscard]] const JointBody* findBody(const std::string& id) const;
    [[nodiscard]] const Event* findEvent(const std::string& id) const;
    /// Distinct years that have at least one event, ascending (ticks on the slider).
    [[nodiscard]] std::vector<int> eventYears() const;
};

/// What the caller knows from the boundary data. Empty/zero fields switch the matching check off, so the
/// timeline can be loaded (and tested) without the geometry.
struct TimelineContext {
    std::set<std::string> knownUnitCodes; // empty = don't check unit codes
    int firstYear = 0;                    // 0 = no lower bound on dates
    int lastYear = 0;                     // 0 = no upper bound on dates
    std::string datasetFolder;            // images are resolved against it; empty = no file checks
    /// The dataset's sources.csv: every id a source field names must be in it. nullptr, or a result
    /// without the file, = sources are free text and not checked.
    const SourcesLoadResult* sources = nullptr;
};

/// One problem in timeline.json: the file, where in it (a JSON pointer such as /events/3/date; empty
/// for problems with the whole file) and what is wrong.
struct TimelineIssue {
    std::string file;
    std::string jsonPath;
    std::string message;
    /// "timeline.json /events/3/date: …" — one line for the screen and the log.
    [[nodiscard]] std::string toString() const;
};

struct TimelineLoadResult {
    /// Everything that passed validation. Entries with errors are left out, so with issues this is partial.
    Timeline timeline;
    std::vector<TimelineIssue> issues; // all problems found, not just the first
    [[nodiscard]] bool ok() const { return issues.empty(); }
};

/// Reads and validates timeline.json. Never throws: unreadable files, bad JSON and schema errors all
/// come back as issues.
[[nodiscard]] TimelineLoadResult loadTimeline(const std::string& path, const TimelineContext& ctx);
/// The same for the text of a timeline file; `fileName` names it in the issues. What the fuzzer calls.
[[nodiscard]] TimelineLoadResult loadTimelineFromText(const std::string& text, const std::string& fileName,
                                                      const TimelineContext& ctx);

} // namespace geodata
