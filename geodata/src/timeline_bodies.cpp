// Reading /bodies and /networks of timeline.json. Ids are checked for duplicates by the loader, which
// sees all entries; everything that concerns one entry is checked here.
#include "timeline_reader.hpp"

#include <algorithm>
#include <cctype>

namespace geodata::detail {

namespace {

bool equalIgnoringCase(const std::string& a, const std::string& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
    });
}

bool isHexColour(const std::string& c) {
    return c.size() == 7 && c[0] == '#' && std::all_of(c.begin() + 1, c.end(), [](char ch) {
               return std::isxdigit(static_cast<unsigned char>(ch));
           });
}

void readMembers(JsonReader& r, const ContextChecks& checks, const Json& object, const std::string& path,
                 JointBody& body) {
    const Json* list = r.field(object, path, "members", false);
    if (!list) return;
    const std::string here = pointer(path, "members");
    if (!list->is_array()) {
        r.error(here, "expected an array of members, found " + describeType(*list));
        return;
    }
    for (size_t i = 0; i < list->size(); ++i) {
        const std::string at = pointer(here, i);
        const Json& m = (*list)[i];
        if (!r.expectObject(m, at)) continue;
        r.checkKeys(m, at, {"code", "from", "to", "fromExact"});
        Membership member;
        if (auto code = r.string(m, at, "code", true)) {
            checks.unitCode(*code, pointer(at, "code"));
            member.code = *code;
        }
        if (auto from = r.integer(m, at, "from", true)) {
            member.fromYear = *from;
            checks.year(*from, pointer(at, "from"), "membership start");
            if (body.founded != 0 && *from < body.founded)
                r.error(pointer(at, "from"), "member from " + std::to_string(*from) +
                                                 ", before the body was founded (" +
                                                 std::to_string(body.founded) + ")");
        }
        if (auto to = r.integer(m, at, "to", false)) {
            member.toYear = *to;
            if (*to < member.fromYear)
                r.error(pointer(at, "to"), "membership ends (" + std::to_string(*to) +
                                               ") before it starts (" + std::to_string(member.fromYear) +
                                               ")");
        }
        if (auto exact = r.boolean(m, at, "fromExact", false)) member.fromYearExact = *exact;
        body.members.push_back(std::move(member));
    }
}

void readNotes(JsonReader& r, const Json& object, const std::string& path, JointBody& body) {
    const Json* list = r.field(object, path, "notes", false);
    if (!list) return;
    const std::string here = pointer(path, "notes");
    if (!list->is_array()) {
        r.error(here, "expected an array of {\"sv\", \"en\"} notes, found " + describeType(*list));
        return;
    }
    for (size_t i = 0; i < list->size(); ++i)
        if (auto note = r.textValue((*list)[i], pointer(here, i))) body.notes.push_back(std::move(*note));
}

} // namespace

JointBody readBody(JsonReader& r, const ContextChecks& checks, const Json& j, const std::string& path,
                   const std::vector<JointBody>& accepted) {
    JointBody body;
    if (!r.expectObject(j, path)) return body;
    r.checkKeys(j, path,
                {"id", "name", "shortName", "founded", "what", "colour", "members", "otherMembers", "notes",
                 "source"});
    body.id = r.string(j, path, "id", true).value_or("");
    body.name = r.string(j, path, "name", true).value_or("");
    body.shortName = r.string(j, path, "shortName", false).value_or("");
    if (body.shortName.empty()) body.shortName = body.name;
    if (auto founded = r.integer(j, path, "founded", true)) {
        body.founded = *founded;
        checks.year(*founded, pointer(path, "founded"), "founding year");
    }
    if (auto what = r.text(j, path, "what", true)) body.what = *what;
    if (auto colour = r.string(j, path, "colour", true)) {
        const std::string at = pointer(path, "colour");
        if (!isHexColour(*colour)) r.error(at, "colour '" + *colour + "' is not of the form #rrggbb");
        // Members are outlined in the body's colour; two bodies in one colour could not be told apart.
        for (const JointBody& other : accepted)
            if (equalIgnoringCase(other.colour, *colour))
                r.error(at, "colour " + *colour + " is already used by '" + other.id +
                                "'; each body needs its own");
        body.colour = *colour;
    }
    readMembers(r, checks, j, path, body);
    body.otherMembers = r.stringList(j, path, "otherMembers", false).value_or(std::vector<std::string>{});
    readNotes(r, j, path, body);
    body.source = r.string(j, path, "source", true).value_or("");
    return body;
}

Network readNetwork(JsonReader& r, const Json& j, const std::string& path) {
    Network network;
    if (!r.expectObject(j, path)) return network;
    r.checkKeys(j, path, {"id", "title", "text", "items", "source"});
    network.id = r.string(j, path, "id", true).value_or("");
    if (auto title = r.text(j, path, "title", true)) network.title = *title;
    if (auto text = r.text(j, path, "text", false)) network.text = *text;
    if (auto items = r.stringList(j, path, "items", true)) network.items = *items;
    network.source = r.string(j, path, "source", true).value_or("");
    return network;
}

} // namespace geodata::detail
