// story.json → Story. Every problem becomes an issue naming the file, the JSON pointer and what is wrong;
// the loader keeps going so a curator sees all errors at once. Schema: docs/STORY.md.
#include "content/story.hpp"

// The JSON reader geodata uses for timeline.json: same checks, same messages, same pointers.
#include "geodata/json_file.hpp"
#include "geodata/text_file.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

namespace app {

using geodata::json::describeType;
using geodata::json::Json;
using geodata::json::JsonReader;
using geodata::json::pointer;

namespace {

constexpr int kSchemaVersion = 1;

std::string number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.10g", value);
    return buffer;
}

// The map's extent is in metres for Södertörn; decimals there would only be noise.
std::string whole(double value) { return std::to_string(std::llround(value)); }

std::string spans(const std::vector<YearSpan>& list) {
    std::string s;
    for (const YearSpan& span : list)
        s += (s.empty() ? "" : ", ") + std::to_string(span.from) + "–" +
             (span.to == geodata::kOpenEndYear ? "" : std::to_string(span.to));
    return s;
}

struct Loader {
    JsonReader& r;
    const StoryContext& ctx;
    geodata::TimelineContext yearBounds; // for ContextChecks::year, which words the year messages
    Story story;
    std::set<std::string> ids;

    std::optional<double> readNumber(const Json& object, const std::string& path, const char* key, double min,
                                     double max) {
        const Json* value = r.field(object, path, key, false);
        if (!value) return std::nullopt;
        if (!value->is_number()) {
            r.error(pointer(path, key), "expected a number, found " + describeType(*value));
            return std::nullopt;
        }
        const double v = value->get<double>();
        if (v < min || v > max) {
            r.error(pointer(path, key),
                    number(v) + " is out of range (" + number(min) + "–" + number(max) + ")");
            return std::nullopt;
        }
        return v;
    }

    // A code of the boundary data with a version in some year of [from, to]; `what` says why it must.
    void unitIn(const std::string& code, const std::string& path, int from, int to, const std::string& what) {
        if (ctx.unitYears.empty()) return;
        const auto it = ctx.unitYears.find(code);
        if (it == ctx.unitYears.end()) {
            r.error(path, "unknown unit code '" + code + "' (not in the boundary data)");
            return;
        }
        const bool overlaps = std::any_of(it->second.begin(), it->second.end(),
                                          [&](const YearSpan& s) { return s.from <= to && from <= s.to; });
        if (!overlaps) {
            const std::string years =
                from == to ? std::to_string(from) : std::to_string(from) + "–" + std::to_string(to);
            r.error(path, "unit '" + code + "' has no version in " + years + ", " + what +
                              " (its versions: " + spans(it->second) + ")");
        }
    }

    void readCamera(const Json& j, const std::string& path, Scene& scene) {
        if (auto fit = r.stringList(j, path, "fit", false)) {
            for (size_t i = 0; i < fit->size(); ++i)
                unitIn((*fit)[i], pointer(pointer(path, "fit"), i), scene.toYear, scene.toYear,
                       "the year the camera fits");
            scene.fitUnits = *fit;
        }
        if (const Json* centre = r.field(j, path, "centre", false)) {
            const std::string here = pointer(path, "centre");
            if (!centre->is_array() || centre->size() != 2 || !(*centre)[0].is_number() ||
                !(*centre)[1].is_number()) {
                r.error(here, "expected [x, y], two numbers in the boundary data's coordinates, found " +
                                  centre->dump());
            } else {
                const geodata::Point p{(*centre)[0].get<double>(), (*centre)[1].get<double>()};
                if (ctx.mapBounds && !ctx.mapBounds->contains(p)) {
                    const geodata::Bounds& b = *ctx.mapBounds;
                    r.error(here, "centre [" + number(p.x) + ", " + number(p.y) + "] is outside the map (x " +
                                      whole(b.minX) + "–" + whole(b.maxX) + ", y " + whole(b.minY) + "–" +
                                      whole(b.maxY) +
                                      "); give it in the boundary data's coordinates, not in degrees");
                } else {
                    scene.centreX = p.x;
                    scene.centreY = p.y;
                }
            }
            if (!scene.fitUnits.empty()) r.error(here, "give either 'fit' or 'centre', not both");
        }
        if (auto zoom = readNumber(j, path, "zoom", 0.5, 20)) {
            if (!r.field(j, path, "centre", false))
                r.error(pointer(path, "zoom"), "'zoom' needs a 'centre' to zoom to");
            scene.zoom = *zoom;
        }
        if (scene.centreX && !scene.zoom) scene.zoom = 1.0;
    }

    void readHighlights(const Json& j, const std::string& path, Scene& scene) {
        if (auto units = r.stringList(j, path, "highlightUnits", false)) {
            for (size_t i = 0; i < units->size(); ++i)
                unitIn((*units)[i], pointer(pointer(path, "highlightUnits"), i), scene.fromYear, scene.toYear,
                       "the years of the scene");
            scene.highlightUnits = *units;
        }
        if (auto bodies = r.stringList(j, path, "highlightBodies", false)) {
            for (size_t i = 0; i < bodies->size(); ++i) {
                const std::string& id = (*bodies)[i];
                const std::string here = pointer(pointer(path, "highlightBodies"), i);
                if (ctx.bodyFounded.empty()) continue;
                const auto it = ctx.bodyFounded.find(id);
                if (it == ctx.bodyFounded.end())
                    r.error(here, "unknown body id '" + id + "' (not in the timeline's bodies)");
                else if (it->second > scene.toYear)
                    r.error(here, "body '" + id + "' is founded in " + std::to_string(it->second) +
                                      ", after the scene ends (" + std::to_string(scene.toYear) + ")");
            }
            scene.highlightBodies = *bodies;
        }
    }

    // Notes are the speaker's, who may prepare in one language for both: a string serves both, an object
    // {"sv", "en"} gives each its own.
    void readNotes(const Json& j, const std::string& path, Scene& scene) {
        const Json* notes = r.field(j, path, "notes", false);
        if (!notes) return;
        if (notes->is_string()) {
            scene.notes = {notes->get<std::string>(), notes->get<std::string>()};
        } else if (notes->is_object()) {
            if (auto text = r.textValue(*notes, pointer(path, "notes"))) scene.notes = *text;
        } else {
            r.error(pointer(path, "notes"),
                    "expected a string, or {\"sv\": …, \"en\": …} for each language, found " +
                        describeType(*notes));
        }
    }

    void readScene(const Json& j, const std::string& path) {
        if (!r.expectObject(j, path)) return;
        r.checkKeys(j, path,
                    {"id", "from", "to", "fit", "centre", "zoom", "highlightUnits", "highlightBodies",
                     "caption", "notes", "yearsPerSecond", "holdSeconds"});
        const size_t before = r.issueCount();
        const geodata::json::ContextChecks checks(r, yearBounds);
        Scene scene;
        if (auto id = r.string(j, path, "id", true)) {
            scene.id = *id;
            if (!ids.insert(*id).second) r.error(pointer(path, "id"), "duplicate scene id '" + *id + "'");
        }
        const auto from = r.integer(j, path, "from", true);
        const auto to = r.integer(j, path, "to", false);
        if (from) checks.year(*from, pointer(path, "from"), "year");
        if (to) checks.year(*to, pointer(path, "to"), "year");
        if (from && to && *to < *from)
            r.error(pointer(path, "to"), "'to' " + std::to_string(*to) + " is before 'from' " +
                                             std::to_string(*from) + "; a scene plays forwards");
        // The year checks below need a sound span; without one they would only add noise.
        if (r.issueCount() == before && from) {
            scene.fromYear = *from;
            scene.toYear = to.value_or(*from);
            readCamera(j, path, scene);
            readHighlights(j, path, scene);
        }
        if (auto caption = r.text(j, path, "caption", true)) scene.caption = *caption;
        readNotes(j, path, scene);
        scene.yearsPerSecond = readNumber(j, path, "yearsPerSecond", 0, 100).value_or(0);
        scene.holdSeconds = readNumber(j, path, "holdSeconds", 0, 600).value_or(0);
        if (r.issueCount() == before) story.scenes.push_back(std::move(scene));
    }

    void read(const Json& root) {
        if (!root.is_object()) {
            r.error("", "the top level must be an object with \"scenes\", found " + describeType(root));
            return;
        }
        r.checkKeys(root, "", {"version", "title", "scenes"});
        if (auto version = r.integer(root, "", "version", false); version && *version != kSchemaVersion)
            r.error("/version", "schema version " + std::to_string(*version) +
                                    " is not supported (expected " + std::to_string(kSchemaVersion) + ")");
        if (auto title = r.text(root, "", "title", false)) story.title = *title;
        const Json* scenes = r.field(root, "", "scenes", true);
        if (!scenes) return;
        if (!scenes->is_array()) {
            r.error("/scenes", "expected an array, found " + describeType(*scenes));
            return;
        }
        if (scenes->empty()) r.error("/scenes", "a story needs at least one scene");
        for (size_t i = 0; i < scenes->size(); ++i) readScene((*scenes)[i], pointer("/scenes", i));
    }
};

} // namespace

std::optional<size_t> Story::indexOf(std::string_view id) const {
    for (size_t i = 0; i < scenes.size(); ++i)
        if (scenes[i].id == id) return i;
    return std::nullopt;
}

StoryContext makeStoryContext(const geodata::Dataset& dataset, const geodata::Timeline& timeline) {
    StoryContext ctx;
    for (const geodata::UnitVersion& u : dataset.units)
        ctx.unitYears[u.code].push_back({u.fromYear, u.toYear});
    for (auto& [code, list] : ctx.unitYears)
        std::sort(list.begin(), list.end(),
                  [](const YearSpan& a, const YearSpan& b) { return a.from < b.from; });
    for (const geodata::JointBody& body : timeline.bodies) ctx.bodyFounded[body.id] = body.founded;
    ctx.firstYear = dataset.firstYear();
    ctx.lastYear = dataset.lastYear();
    if (!dataset.bounds.isEmpty()) ctx.mapBounds = dataset.bounds;
    return ctx;
}

StoryLoad loadStoryFromText(const std::string& text, const std::string& fileName, const StoryContext& ctx) {
    StoryLoad result;
    JsonReader reader(fileName, result.issues);
    try {
        const std::optional<Json> parsed = geodata::json::parseText(text, reader);
        if (!parsed) return result;
        Loader loader{reader, ctx, {{}, ctx.firstYear, ctx.lastYear, {}}, {}, {}};
        loader.read(*parsed);
        result.story = std::move(loader.story);
    } catch (const std::exception& e) {
        // Nothing in here should throw; if it does, the map must still open without the story.
        reader.error("", std::string("internal error while reading the story: ") + e.what());
        result.story = {};
    }
    return result;
}

StoryLoad loadStory(const std::string& path, const StoryContext& ctx) {
    const geodata::TextFile file = geodata::readTextFile(path);
    if (!file.text) return {{}, {{path, "", file.error}}};
    return loadStoryFromText(*file.text, path, ctx);
}

geodata::Bounds sceneView(const Scene& scene, const geodata::Dataset& dataset) {
    if (!scene.fitUnits.empty()) {
        geodata::Bounds bounds = geodata::Bounds::empty();
        for (const std::string& code : scene.fitUnits)
            if (const geodata::UnitVersion* u = dataset.versionOf(code, scene.toYear))
                bounds.expand(u->bounds);
        if (!bounds.isEmpty()) return bounds;
    }
    if (scene.centreX && scene.centreY) {
        const double zoom = scene.zoom.value_or(1.0);
        const double halfWidth = dataset.frame.width() / zoom / 2;
        const double halfHeight = dataset.frame.height() / zoom / 2;
        return {*scene.centreX - halfWidth, *scene.centreY - halfHeight, *scene.centreX + halfWidth,
                *scene.centreY + halfHeight};
    }
    return dataset.frame;
}

} // namespace app
