// timeline.json → Timeline. Every problem becomes an issue naming the file, the JSON pointer and what is
// wrong; the loader keeps going so a curator sees all errors at once. Schema: docs/DATA.md.
#include "geodata/text_file.hpp"
#include "geodata/timeline.hpp"
#include "timeline_reader.hpp"

#include <algorithm>
#include <map>

namespace geodata {

using detail::Json;
using detail::JsonReader;
using detail::pointer;

namespace {

constexpr int kSchemaVersion = 1;

struct Loader {
    Loader(JsonReader& reader, const TimelineContext& context)
        : r(reader), ctx(context), checks(reader, context) {}
    JsonReader& r;
    const TimelineContext& ctx;
    detail::ContextChecks checks;
    Timeline timeline;
    std::set<std::string> declaredBodyIds; // including bodies with errors, so references don't cascade
    std::map<std::string, int> foundedYear;
    // Body references are checked after all bodies are read: (json path, body id, event type, event year).
    struct BodyRef {
        std::string path, id, eventId;
        EventType type;
        int year;
    };
    std::vector<BodyRef> bodyRefs;

    std::optional<Date> readDate(const Json& object, const std::string& path) {
        const Json* value = r.field(object, path, "date", true);
        if (!value) return std::nullopt;
        const std::string here = pointer(path, "date");
        std::optional<Date> date;
        if (value->is_number_integer()) {
            const auto year = value->get<long long>();
            if (year >= 1000 && year <= 9999) date = Date{static_cast<int>(year), 0, 0};
        } else if (value->is_string()) {
            date = parseDate(value->get<std::string>());
        } else {
            r.error(here,
                    "expected a year or a \"YYYY-MM-DD\" string, found " + detail::describeType(*value));
            return std::nullopt;
        }
        if (!date) {
            r.error(here, "'" + value->dump() + "' is not a valid date; use a year (1952) or \"YYYY-MM-DD\"");
            return std::nullopt;
        }
        checks.year(date->year, here, "date");
        return date;
    }

    void readEvent(const Json& j, const std::string& path, std::set<std::string>& eventIds) {
        if (!r.expectObject(j, path)) return;
        r.checkKeys(j, path,
                    {"id", "date", "type", "title", "text", "note", "units", "bodies", "source", "image"});
        const size_t before = r.issueCount();
        Event event;
        if (auto id = r.string(j, path, "id", true)) {
            event.id = *id;
            if (!eventIds.insert(*id).second)
                r.error(pointer(path, "id"), "duplicate event id '" + *id + "'");
        }
        if (auto date = readDate(j, path)) event.date = *date;
        if (auto type = r.string(j, path, "type", true)) {
            if (auto t = parseEventType(*type))
                event.type = *t;
            else
                r.error(pointer(path, "type"),
                        "unknown event type '" + *type +
                            "' (expected merger, split, transfer, rename, body-founded, "
                            "body-changed or milestone)");
        }
        if (auto title = r.text(j, path, "title", true)) event.title = *title;
        if (auto text = r.text(j, path, "text", true)) event.text = *text;
        if (auto note = r.text(j, path, "note", false)) event.note = *note;
        if (auto units = r.stringList(j, path, "units", false)) {
            for (size_t i = 0; i < units->size(); ++i)
                checks.unitCode((*units)[i], pointer(pointer(path, "units"), i));
            event.units = *units;
        }
        if (auto bodies = r.stringList(j, path, "bodies", false)) {
            for (size_t i = 0; i < bodies->size(); ++i)
                bodyRefs.push_back({pointer(pointer(path, "bodies"), i), (*bodies)[i], event.id, event.type,
                                    event.date.year});
            event.bodies = *bodies;
        }
        event.source = r.string(j, path, "source", true).value_or("");
        if (auto image = r.string(j, path, "image", false); image && !image->empty()) {
            if (auto problem = detail::imagePathProblem(*image, ctx.datasetFolder))
                r.error(pointer(path, "image"), *problem);
            event.image = *image;
        }
        if (r.issueCount() == before) {
            if (changesBoundaries(event.type) && event.units.empty())
                r.error(pointer(path, "units"),
                        "a " + toString(event.type) + " event must name the units involved");
            const bool bodyEvent =
                event.type == EventType::BodyFounded || event.type == EventType::BodyChanged;
            if (bodyEvent && event.bodies.empty())
                r.error(pointer(path, "bodies"), "a " + toString(event.type) + " event must name its body");
        }
        const bool keep = r.issueCount() == before;
        checks.sourceIds(event.source, pointer(path, "source"));
        if (keep) timeline.events.push_back(std::move(event));
    }

    // After all bodies are read; an event with a bad reference is taken out again like any entry with errors.
    void checkBodyRefs() {
        std::set<std::string> badEvents;
        for (const BodyRef& ref : bodyRefs) {
            const size_t before = r.issueCount();
            const auto founded = foundedYear.find(ref.id);
            if (!declaredBodyIds.contains(ref.id))
                r.error(ref.path, "unknown body id '" + ref.id + "' (not in /bodies)");
            else if (ref.type == EventType::BodyFounded && founded != foundedYear.end() &&
                     founded->second != 0 && founded->second != ref.year)
                r.error(ref.path, "body-founded event in " + std::to_string(ref.year) + " but '" + ref.id +
                                      "' was founded " + std::to_string(founded->second));
            if (r.issueCount() != before) badEvents.insert(ref.eventId);
        }
        std::erase_if(timeline.events, [&](const Event& e) { return badEvents.contains(e.id); });
    }

    void readBody(const Json& j, const std::string& path) {
        const size_t before = r.issueCount();
        JointBody body = detail::readBody(r, checks, j, path, timeline.bodies);
        if (body.id.empty()) return;
        if (!declaredBodyIds.insert(body.id).second)
            r.error(pointer(path, "id"), "duplicate body id '" + body.id + "'");
        foundedYear.emplace(body.id, body.founded);
        const bool keep = r.issueCount() == before;
        checks.sourceIds(body.source, pointer(path, "source"));
        if (keep) timeline.bodies.push_back(std::move(body));
    }

    void readNetwork(const Json& j, const std::string& path, std::set<std::string>& ids) {
        const size_t before = r.issueCount();
        Network network = detail::readNetwork(r, j, path);
        if (network.id.empty()) return;
        if (!ids.insert(network.id).second)
            r.error(pointer(path, "id"), "duplicate network id '" + network.id + "'");
        const bool keep = r.issueCount() == before;
        checks.sourceIds(network.source, pointer(path, "source"));
        if (keep) timeline.networks.push_back(std::move(network));
    }

    const Json* array(const Json& root, const char* key) {
        const Json* list = r.field(root, "", key, false);
        if (list && !list->is_array()) {
            r.error(pointer("", key), "expected an array, found " + detail::describeType(*list));
            return nullptr;
        }
        return list;
    }

    void read(const Json& root) {
        if (!root.is_object()) {
            r.error("",
                    "the top level must be an object with \"events\", \"bodies\" and \"networks\", found " +
                        detail::describeType(root));
            return;
        }
        r.checkKeys(root, "", {"version", "events", "bodies", "networks"});
        if (auto version = r.integer(root, "", "version", false); version && *version != kSchemaVersion)
            r.error("/version", "schema version " + std::to_string(*version) +
                                    " is not supported (expected " + std::to_string(kSchemaVersion) + ")");
        // Bodies first so events can be checked against them; paths stay those of the file.
        if (const Json* bodies = array(root, "bodies"))
            for (size_t i = 0; i < bodies->size(); ++i) readBody((*bodies)[i], pointer("/bodies", i));
        std::set<std::string> eventIds;
        if (const Json* events = array(root, "events"))
            for (size_t i = 0; i < events->size(); ++i)
                readEvent((*events)[i], pointer("/events", i), eventIds);
        checkBodyRefs();
        std::set<std::string> networkIds;
        if (const Json* networks = array(root, "networks"))
            for (size_t i = 0; i < networks->size(); ++i)
                readNetwork((*networks)[i], pointer("/networks", i), networkIds);
        std::stable_sort(timeline.events.begin(), timeline.events.end(),
                         [](const Event& a, const Event& b) { return a.date < b.date; });
    }
};

} // namespace

TimelineLoadResult loadTimelineFromText(const std::string& text, const std::string& fileName,
                                        const TimelineContext& ctx) {
    TimelineLoadResult result;
    JsonReader reader(fileName, result.issues);
    try {
        const std::optional<Json> parsed = json::parseText(text, reader);
        if (!parsed) return result;
        Loader loader{reader, ctx};
        loader.read(*parsed);
        result.timeline = std::move(loader.timeline);
    } catch (const std::exception& e) {
        // Nothing in here should throw; if it does, the app must still start on the boundaries alone.
        reader.error("", std::string("internal error while reading the timeline: ") + e.what());
        result.timeline = {};
    }
    return result;
}

TimelineLoadResult loadTimeline(const std::string& path, const TimelineContext& ctx) {
    const TextFile file = readTextFile(path);
    if (!file.text) return {{}, {{path, "", file.error}}};
    return loadTimelineFromText(*file.text, path, ctx);
}

} // namespace geodata
