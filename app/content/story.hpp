#pragma once
// The story a presenter tells and the kiosk's attract loop plays: ordered scenes, each a year or a span
// of years to play, where the camera looks, what is highlighted, a caption in both languages and speaker
// notes. Read from story.json (schema in docs/STORY.md) and validated like timeline.json: every problem
// names the file and a JSON pointer, all are reported, and scenes with errors are left out.
#include "geodata/dataset.hpp"
#include "geodata/timeline.hpp"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace app {

struct Scene {
    std::string id;
    int fromYear = 0;
    int toYear = 0; // equal to fromYear: a single year
    /// Unit codes; the camera fits the bounds of their versions valid in toYear.
    std::vector<std::string> fitUnits;
    /// The alternative camera: a point in map coordinates (those of the boundary data) and a zoom factor
    /// relative to fitting the whole map (2 = twice as close). Set together or not at all.
    std::optional<double> centreX, centreY, zoom;
    std::vector<std::string> highlightUnits;  // unit codes
    std::vector<std::string> highlightBodies; // JointBody ids of the timeline
    geodata::Text caption;
    geodata::Text notes; // speaker notes, for the presenter's eyes only; one text for both languages or two
    double yearsPerSecond = 0; // playing from fromYear to toYear; 0 = the default tempo
    double holdSeconds = 0;    // the attract loop stays this long at toYear; 0 = the default

    [[nodiscard]] bool singleYear() const { return fromYear == toYear; }
};

struct Story {
    geodata::Text title; // may be empty
    std::vector<Scene> scenes;

    /// The position of the scene with `id`, for --scene and links.
    [[nodiscard]] std::optional<size_t> indexOf(std::string_view id) const;
};

struct YearSpan {
    int from = 0;
    int to = 0; // geodata::kOpenEndYear = still valid
};

/// What the story is checked against. Empty fields switch the matching check off, so a story can be
/// loaded (and tested) without the geometry or the timeline.
struct StoryContext {
    std::map<std::string, std::vector<YearSpan>> unitYears; // code → years of each of its versions
    std::map<std::string, int> bodyFounded;                 // body id → founding year
    int firstYear = 0;                                      // 0 = no lower bound
    int lastYear = 0;                                       // 0 = no upper bound
    std::optional<geodata::Bounds> mapBounds;               // a centre must lie inside
};

/// The context of a loaded dataset and its timeline: codes with their years, bodies, years shown, extent.
[[nodiscard]] StoryContext makeStoryContext(const geodata::Dataset& dataset,
                                            const geodata::Timeline& timeline);

/// Same shape as the timeline's issues: file, JSON pointer (/scenes/3/from), message.
using StoryIssue = geodata::TimelineIssue;

struct StoryLoad {
    Story story; // the scenes that passed validation, in file order
    std::vector<StoryIssue> issues;
    [[nodiscard]] bool ok() const { return issues.empty(); }
};

/// Reads and validates story.json. Never throws.
[[nodiscard]] StoryLoad loadStory(const std::string& path, const StoryContext& ctx);
/// The same for the text of a story file; `fileName` names it in the issues. What the fuzzer calls.
[[nodiscard]] StoryLoad loadStoryFromText(const std::string& text, const std::string& fileName,
                                          const StoryContext& ctx);

/// The map area the camera should frame for `scene`: its fit units' versions in toYear, or the centre
/// with the whole map's size divided by the zoom, or the whole map.
[[nodiscard]] geodata::Bounds sceneView(const Scene& scene, const geodata::Dataset& dataset);

} // namespace app
