// The plain timeline model: dates, event types and the look-ups the app makes per shown year.
#include "geodata/timeline.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <utility>

namespace geodata {

namespace {

bool isLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(int year, int month) {
    static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && isLeapYear(year)) return 29;
    return kDays[static_cast<size_t>(month - 1)];
}

// Exactly `digits` ASCII digits: "+1952", " 1952" or "19520" must not slip through from_chars.
std::optional<int> parseFixedDigits(const std::string& s, size_t pos, size_t digits) {
    if (pos + digits > s.size()) return std::nullopt;
    for (size_t i = pos; i < pos + digits; ++i)
        if (s[i] < '0' || s[i] > '9') return std::nullopt;
    int value = 0;
    std::from_chars(s.data() + pos, s.data() + pos + digits, value);
    return value;
}

constexpr std::array<std::pair<EventType, const char*>, 7> kTypeNames = {{
    {EventType::Merger, "merger"},
    {EventType::Split, "split"},
    {EventType::Transfer, "transfer"},
    {EventType::Rename, "rename"},
    {EventType::BodyFounded, "body-founded"},
    {EventType::BodyChanged, "body-changed"},
    {EventType::Milestone, "milestone"},
}};

} // namespace

std::string Date::toString() const {
    char buf[32];
    if (month == 0)
        std::snprintf(buf, sizeof buf, "%d", year);
    else
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

std::optional<Date> parseDate(const std::string& text) {
    const auto year = parseFixedDigits(text, 0, 4);
    if (!year) return std::nullopt;
    if (text.size() == 4) return Date{*year, 0, 0};
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    const auto month = parseFixedDigits(text, 5, 2);
    const auto day = parseFixedDigits(text, 8, 2);
    if (!month || !day || *month < 1 || *month > 12) return std::nullopt;
    if (*day < 1 || *day > daysInMonth(*year, *month)) return std::nullopt;
    return Date{*year, *month, *day};
}

std::string toString(EventType type) {
    for (const auto& [t, name] : kTypeNames)
        if (t == type) return name;
    return "milestone";
}

std::optional<EventType> parseEventType(const std::string& text) {
    for (const auto& [t, name] : kTypeNames)
        if (text == name) return t;
    return std::nullopt;
}

bool changesBoundaries(EventType type) {
    return type == EventType::Merger || type == EventType::Split || type == EventType::Transfer ||
           type == EventType::Rename;
}

std::vector<std::string> JointBody::membersIn(int year) const {
    std::vector<std::string> codes;
    for (const Membership& m : members)
        if (m.memberIn(year) && std::find(codes.begin(), codes.end(), m.code) == codes.end())
            codes.push_back(m.code);
    return codes;
}

std::vector<const Event*> Timeline::eventsIn(int year) const {
    std::vector<const Event*> found;
    for (const Event& e : events)
        if (e.date.year == year) found.push_back(&e);
    return found;
}

std::vector<const JointBody*> Timeline::bodiesActiveIn(int year) const {
    std::vector<const JointBody*> found;
    for (const JointBody& b : bodies)
        if (b.activeIn(year)) found.push_back(&b);
    return found;
}

std::vector<const JointBody*> Timeline::bodiesWithMember(const std::string& code, int year) const {
    std::vector<const JointBody*> found;
    for (const JointBody& b : bodies) {
        if (!b.activeIn(year)) continue;
        const bool member = std::any_of(b.members.begin(), b.members.end(), [&](const Membership& m) {
            return m.code == code && m.memberIn(year);
        });
        if (member) found.push_back(&b);
    }
    return found;
}

const JointBody* Timeline::findBody(const std::string& id) const {
    for (const JointBody& b : bodies)
        if (b.id == id) return &b;
    return nullptr;
}

const Event* Timeline::findEvent(const std::string& id) const {
    for (const Event& e : events)
        if (e.id == id) return &e;
    return nullptr;
}

std::vector<int> Timeline::eventYears() const {
    std::vector<int> years;
    for (const Event& e : events) years.push_back(e.date.year);
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    return years;
}

std::string TimelineIssue::toString() const {
    std::string s = file;
    if (!jsonPath.empty()) s += " " + jsonPath;
    return s + ": " + message;
}

} // namespace geodata
