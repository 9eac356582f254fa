#include "change_text.hpp"

#include <algorithm>
#include <set>

namespace app {

std::string joinNames(const std::vector<std::string>& names, Language language) {
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += i + 1 == names.size() ? (language == Language::Swedish ? " och " : " and ") : ", ";
        out += names[i];
    }
    return out;
}

namespace {

std::string sentence(const std::vector<std::string>& from, const geodata::UnitVersion& to, bool absorbs,
                     Language sv) {
    const bool swedish = sv == Language::Swedish;
    if (from.empty()) return swedish ? to.name + " tillkommer" : to.name + " appears";
    if (absorbs) {
        return swedish ? joinNames(from, sv) + " går upp i " + to.name
                       : joinNames(from, sv) + " join " + to.name;
    }
    if (from.size() == 1)
        return swedish ? to.name + " bryts ut ur " + from[0] : to.name + " splits from " + from[0];
    return swedish ? joinNames(from, sv) + " bildar " + to.name : joinNames(from, sv) + " form " + to.name;
}

} // namespace

std::vector<std::string> describeChanges(const geodata::Dataset& dataset, int year, Language language) {
    std::vector<std::string> lines;
    std::set<int> explained; // earlier versions already covered by a sentence
    for (const geodata::UnitVersion& u : dataset.units) {
        if (u.fromYear != year) continue;
        std::vector<std::string> others;
        bool continues = false; // the same code existed the year before
        std::string sourceCode;
        for (const geodata::LineageLink& link : dataset.lineage.cameFrom(u.id)) {
            const geodata::UnitVersion& before = dataset.units[static_cast<size_t>(link.from)];
            explained.insert(before.id);
            // The same code, or the same name under a new code (a stad that becomes a kommun),
            // is the unit living on.
            if (before.code == u.code || before.name == u.name) {
                continues = true;
                if (before.polygons == u.polygons && before.kind != u.kind && !u.kind.empty())
                    lines.push_back(language == Language::Swedish
                                        ? before.fullName() + " blir " + u.fullName()
                                        : before.fullName() + " becomes " + u.fullName());
            } else {
                others.push_back(before.name);
                sourceCode = before.code;
            }
        }
        std::sort(others.begin(), others.end());
        if (continues && others.empty()) continue; // only the kind or a small boundary adjustment
        // A unit that keeps its code and gains neighbours absorbs them. A new unit with a single
        // source has split from it if the source lives on, and replaced it if not.
        if (!continues && others.size() == 1 && !dataset.versionOf(sourceCode, year)) {
            lines.push_back(language == Language::Swedish ? others[0] + " ombildas till " + u.fullName()
                                                          : others[0] + " is reorganised as " + u.fullName());
            continue;
        }
        lines.push_back(sentence(others, u, continues, language));
    }
    for (const geodata::UnitVersion& u : dataset.units)
        if (u.toYear == year - 1 && !explained.count(u.id) && dataset.lineage.wentTo(u.id).empty())
            lines.push_back(language == Language::Swedish ? u.fullName() + " lämnar kartan"
                                                          : u.fullName() + " leaves the map");
    return lines;
}

} // namespace app
